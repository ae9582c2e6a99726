/// @file figures_page.cpp
/// @brief List of figures, description, run buttons, cache state, and the figure itself.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/figures_page.h"

#include "charts/presentation.h"

#include "export/chart_export.h"
#include "export/export_menu.h"
#include "figures/figure_registry.h"
#include "figures/log_time_box.h"
#include "figures/timed_points.h"
#include "parlab/error.h"
#include "parlab/translate.h"
#include "widgets/measure_boxes.h"
#include "widgets/run_controls.h"

#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace parlab::ui {

FiguresPage::FiguresPage(QWidget* parent) : LabPage(parent), session_(new RunSession(tr("the Figures page"), this))
{
    // Controls are named where they are made: the saved settings are kept under these names.
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("figure"));
    for (const auto& f : allFigures()) {
        const FigureInfo i = f->info();
        auto* item = new QListWidgetItem(
            i.bookFigure.isEmpty() ? i.id
                                   : QCoreApplication::translate("Figures", "%1   (fig. %2)").arg(i.id, i.bookFigure),
            list_);
        item->setData(Qt::UserRole, i.id);
        item->setToolTip(i.title);
    }
    list_->setMinimumWidth(200);
    list_->setMaximumWidth(260);

    heading_ = new QLabel(this);
    // 1.3 × the UI font, recomputed when presenter mode changes the UI font.
    // The list widens with it, so the figures' names stay whole.
    heading_->setWordWrap(true);
    const auto headingFont = [this] {
        QFont hf = QApplication::font();
        hf.setPointSizeF(hf.pointSizeF() * 1.3);
        hf.setBold(true);
        heading_->setFont(hf);
        const bool wide = Presentation::instance().presenter();
        // Presenter mode's text makes the ids wider than the list: it scrolls sideways rather than
        // push the figure past a 1024×768 projector's edge.
        list_->setMinimumWidth(wide ? 230 : 200);
        list_->setMaximumWidth(wide ? 250 : 260);
    };
    headingFont();
    connect(&Presentation::instance(), &Presentation::changed, heading_, headingFont);
    description_ = new QLabel(this);
    description_->setWordWrap(true);
    description_->setTextFormat(Qt::RichText);
    provenance_ = new QLabel(this);
    book_ = new QCheckBox(tr("Overlay the book's results (dashed, normalised)"), this);
    book_->setObjectName(QStringLiteral("bookOverlay"));
    controls_ = new RunControls(tr("points"), tr("Measure at the book's size"), this);
    controls_->watch(session_);
    controls_->runButton()->setText(tr("Measure (calibrated)"));
    controls_->runButton()->setToolTip(tr("Measure the selected figure on this machine, each point grown until it "
                                          "lasts long enough to time (Ctrl+R)"));
    controls_->sweepButton()->setToolTip(tr("Measure the selected figure at the book's problem size, as printed: "
                                            "slower, and comparable with the book"));
    book_->setToolTip(tr("Draw the book's published results over this machine's, dashed and scaled to the same "
                         "first point"));
    repeats_ = repeatsBox(tr("Each timed point is measured this many times; the chart shows the median and the "
                             "spread from the fastest to the slowest"),
                          this);
    target_ = targetBox(tr("Measure (calibrated) grows the problem until each timed point lasts this long: short "
                           "runs are mostly noise. The book's size is measured as it is."),
                        this);
    repeats_->setPrefix(tr("repeats ")); // in a row, not a form: the boxes say what they are
    target_->setPrefix(tr("each point ≥ "));
    remeasure_ = new QPushButton(this);
    remeasure_->setToolTip(tr("Measure again only the points whose repeats differ by more than 25 %"));
    remeasure_->hide();
    auto* clear = new QPushButton(tr("Clear cache"), this);
    clear->setToolTip(tr("Forget every stored measurement of this machine and version"));
    views_ = new QStackedWidget(this);
    // The room needs the figure, its title and Measure: the explanation and the cache details fold.
    for (QWidget* w :
         {static_cast<QWidget*>(description_), static_cast<QWidget*>(provenance_), static_cast<QWidget*>(clear)})
        Presentation::instance().markSecondary(w);

    auto* measuring = new QHBoxLayout;
    measuring->addWidget(repeats_);
    measuring->addWidget(target_);
    measuring->addWidget(remeasure_);
    // Beside the measuring boxes, not the overlay's long label: one row each stays narrow enough.
    logTime_ = new LogTimeBox(this);
    measuring->addWidget(logTime_);
    measuring->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addWidget(book_);
    top->addStretch(1);
    top->addWidget(provenance_);
    top->addWidget(clear);
    auto* right = new QVBoxLayout;
    right->addWidget(heading_);
    right->addWidget(description_);
    right->addWidget(controls_);
    right->addLayout(measuring);
    right->addLayout(top);
    right->addWidget(views_, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(list_);
    layout->addLayout(right, 1);

    connect(list_, &QListWidget::currentRowChanged, this, [this] { showSelected(); });
    connect(book_, &QCheckBox::toggled, this, [this] { redraw(); });
    connect(controls_, &RunControls::runRequested, this, [this] { measure(true); });
    connect(controls_, &RunControls::sweepRequested, this, [this] { measure(false); });
    connect(controls_, &RunControls::stopRequested, this, &FiguresPage::stop);
    connect(remeasure_, &QPushButton::clicked, this, &FiguresPage::remeasureNoisy);
    connect(clear, &QPushButton::clicked, this, [this] {
        store_.clear();
        payloadById_.clear();
        Q_EMIT statusMessage(tr("Cache cleared: every figure will be measured again"));
        showSelected();
    });
    connect(session_, &RunSession::ended, this, [this](RunOutcome outcome, const QString& message) {
        controls_->setRunning(false);
        // A finished measurement fills the bar (it ran as "busy", without counts); a stopped or
        // failed one empties it.
        if (outcome == RunOutcome::finished)
            controls_->showDone(provenance_->text());
        else
            controls_->clearProgress();
        list_->setEnabled(true);
        updateRemeasure();
        if (outcome == RunOutcome::failed)
            Q_EMIT statusMessage(tr("Failed: %1").arg(message));
        else if (outcome == RunOutcome::cancelled)
            Q_EMIT statusMessage(tr("Stopped"));
        else if (const QString busy = session_->busyNote(); !busy.isEmpty()) {
            Q_EMIT statusMessage(tr("⚠ %1").arg(busy));
            provenance_->setText(provenance_->text() + QStringLiteral(" — ⚠ ") + busy);
        }
        Q_EMIT runEnded(outcome, message);
    });
    list_->setCurrentRow(0);
}

const Figure* FiguresPage::selected() const
{
    const QListWidgetItem* item = list_->currentItem();
    return item ? findFigure(item->data(Qt::UserRole).toString()) : nullptr;
}

void FiguresPage::applySetting(const QString& name, const QString& value)
{
    if (name == QLatin1String("figure") && !select(value)) {
        QStringList ids;
        for (const auto& f : allFigures())
            ids << f->info().id;
        throw parlab::Error(fill(translate("parlab::LabSettings", "--figure must be one of %1 (got '%2')"),
                                 {ids.join(QStringLiteral(", ")).toStdString(), value.toStdString()}));
    }
}

bool FiguresPage::select(const QString& id)
{
    for (int i = 0; i < list_->count(); ++i)
        if (list_->item(i)->data(Qt::UserRole).toString() == id) {
            list_->setCurrentRow(i);
            return true;
        }
    return false;
}

QWidget* FiguresPage::currentView() const
{
    return views_->currentWidget();
}

QString FiguresPage::provenance() const
{
    return provenance_->text();
}

QWidget* FiguresPage::viewFor(const Figure& f)
{
    const QString id = f.info().id;
    if (QWidget* v = viewById_.value(id))
        return v;
    QWidget* v = f.createView(views_);
    // Views are built in the order figures are first shown: a view's controls are saved under its
    // figure's id (a settings scope), never under its place in the stack.
    v->setObjectName(id);
    v->setProperty("parlabScope", true);
    views_->addWidget(v);
    viewById_.insert(id, v);
    ExportMenu::attach(v, [this, &f, v] {
        ChartExport e = f.exportOf(v, payloadById_.value(f.info().id));
        e.footer =
            standardFooter(QStringLiteral("%1 · %2").arg(f.info().id, f.paramsKey(paramsById_.value(f.info().id))));
        return e;
    });
    return v;
}

void FiguresPage::showSelected()
{
    const Figure* f = selected();
    if (!f)
        return;
    const FigureInfo i = f->info();
    heading_->setText(i.bookFigure.isEmpty() ? i.title : tr("%1 — book figure %2").arg(i.title, i.bookFigure));
    description_->setText(
        tr("%1<br><b>Look for:</b> %2").arg(i.description.toHtmlEscaped(), i.lookFor.toHtmlEscaped()));
    book_->setEnabled(f->hasBookOverlay());
    views_->setCurrentWidget(viewFor(*f));
    logTime_->follow(views_->currentWidget());
    if (!payloadById_.contains(i.id)) {
        const FigureParams quick = pageParams(true);
        if (auto hit = store_.find(*f, quick)) {
            payloadById_.insert(i.id, hit->payload);
            paramsById_.insert(i.id, quick);
            provenance_->setText(tr("cached, measured %1 — press Measure to measure again")
                                     .arg(QLocale().toString(hit->measuredAt, QLocale::ShortFormat)));
        } else {
            provenance_->setText(tr("not measured on this machine yet"));
        }
        // Queued: the first figure is shown from the constructor, before the window listens.
        if (const QString w = store_.takeWarning(); !w.isEmpty())
            QMetaObject::invokeMethod(
                this, [this, w] { Q_EMIT statusMessage(w); }, Qt::QueuedConnection);
    }
    redraw();
}

void FiguresPage::redraw()
{
    const Figure* f = selected();
    if (f)
        f->draw(viewFor(*f), payloadById_.value(f->info().id), book_->isChecked());
    updateRemeasure();
}

FigureParams FiguresPage::pageParams(bool quick) const
{
    FigureParams p;
    p.quick = quick;
    p.repeats = repeats_->value();
    p.targetSeconds = target_->value();
    return p;
}

int FiguresPage::noisyPoints() const
{
    const Figure* f = selected();
    return f ? noisyPointCount(payloadById_.value(f->info().id)) : 0;
}

void FiguresPage::updateRemeasure()
{
    const int n = session_->isRunning() ? 0 : noisyPoints();
    remeasure_->setText(tr("Re-measure %n noisy point(s)", nullptr, n));
    remeasure_->setVisible(n > 0);
}

void FiguresPage::remeasureNoisy()
{
    const Figure* f = selected();
    if (!f || session_->isRunning() || noisyPoints() == 0)
        return;
    FigureParams params = paramsById_.value(f->info().id, pageParams(true));
    params.remeasureNoisyOf = payloadById_.value(f->info().id);
    start(f, params, tr("the noisy points again"));
}

void FiguresPage::measure(bool quick)
{
    const Figure* f = selected();
    if (!f || session_->isRunning())
        return;
    start(f, pageParams(quick), quick ? tr("calibrated") : tr("book size"));
}

void FiguresPage::start(const Figure* f, const FigureParams& params, const QString& what)
{
    if (const QString other = session_->busyElsewhere(); !other.isEmpty()) {
        Q_EMIT statusMessage(tr("Waiting: %1 is measuring (one measurement at a time)").arg(other));
        return;
    }
    const QString id = f->info().id;
    if (!params.remeasureNoisyOf) { // a re-measure keeps the points it does not measure again
        payloadById_.remove(id);
        redraw();
    }
    FigureParams stored = params;
    stored.remeasureNoisyOf.reset(); // the result is cached under the settings, not the way there
    paramsById_.insert(id, stored);
    provenance_->setText(tr("measuring on this machine…"));
    controls_->setRunning(true);
    controls_->setIndeterminate(tr("Measuring on this machine; each point is drawn as it is measured."));
    list_->setEnabled(false);
    remeasure_->hide();
    Q_EMIT statusMessage(tr("Measuring %1 (%2)…").arg(id, what));
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    session_->start([this, f, params, stored, id, started](const CancelToken& cancel) {
        const auto partial = [this, f, id](const QString& payload) {
            session_->post([this, f, id, payload] {
                payloadById_.insert(id, payload);
                if (selected() == f)
                    redraw();
            });
        };
        const auto payload = f->measureWithLoad(params, cancel, partial);
        if (!payload)
            return false;
        session_->post([this, f, stored, id, payload = *payload, started] {
            payloadById_.insert(id, payload);
            store_.store(*f, stored, payload);
            const double s = started->elapsed() / 1000.0;
            provenance_->setText(tr("measured now, in %1 s").arg(s, 0, 'f', 1));
            Q_EMIT statusMessage(tr("%1 measured in %2 s").arg(id).arg(s, 0, 'f', 1));
            if (selected() == f)
                redraw();
        });
        return true;
    });
}

void FiguresPage::stop()
{
    session_->stop();
}

bool FiguresPage::isBusy() const
{
    return session_->isRunning();
}

} // namespace parlab::ui
