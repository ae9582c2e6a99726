/// @file session_settings.cpp
/// @brief Finds every control of every page by walking its widgets, reads and writes their values
/// to QSettings, and keeps the defaults they had when the window was built.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/session_settings.h"

#include "run/lab_page.h"
#include "shell/main_window.h"
#include "widgets/item_id.h"
#include "widgets/log_slider.h"
#include "widgets/worker_slider.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>

namespace parlab::ui {

namespace {

const char* kSavedProperties = "parlabSaved";
const char* kScope = "parlabScope";

QString pageKey()
{
    return QStringLiteral("window/page");
}

/// A widget whose value is the user's choice; its own children (a spin box's line edit, a log
/// slider's inner slider) are part of it, not controls of their own.
bool isControl(const QWidget* w)
{
    if (qobject_cast<const LogSlider*>(w) || qobject_cast<const QComboBox*>(w) ||
        qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QAbstractItemView*>(w))
        return true;
    if (qobject_cast<const WorkerSlider*>(w)) // one control with its label, as a LogSlider
        return true;
    if (const auto* b = qobject_cast<const QAbstractButton*>(w))
        return b->isCheckable();
    if (const auto* e = qobject_cast<const QLineEdit*>(w))
        return !e->isReadOnly();
    // Scroll bars belong to views, not to the user's settings.
    return qobject_cast<const QAbstractSlider*>(w) && !qobject_cast<const QScrollBar*>(w);
}

// A choice among items that carry an id (a backend, a figure, a kind of sweep: kItemIdRole, or a
// string in Qt::UserRole) is saved as that id, not as its row: a version that adds an item before
// it still brings back the same choice.
QString idOf(const QAbstractItemModel* m, int row, int column)
{
    if (!m || row < 0 || row >= m->rowCount())
        return {};
    const QModelIndex at = m->index(row, column);
    for (const int role : {kItemIdRole, int(Qt::UserRole)})
        if (const QVariant id = at.data(role); id.typeId() == QMetaType::QString)
            return id.toString();
    return {};
}

bool hasIds(const QAbstractItemModel* m, int column)
{
    return !idOf(m, 0, column).isEmpty();
}

int rowWithId(const QAbstractItemModel* m, int column, const QString& id)
{
    for (int row = 0; row < m->rowCount(); ++row)
        if (idOf(m, row, column) == id)
            return row;
    return -1;
}

QVariant valueOf(const QWidget* w)
{
    if (const auto* s = qobject_cast<const LogSlider*>(w))
        return QString::number(s->value());
    if (const auto* k = qobject_cast<const WorkerSlider*>(w))
        return k->value();
    if (const auto* c = qobject_cast<const QComboBox*>(w))
        return hasIds(c->model(), c->modelColumn()) ? QVariant(idOf(c->model(), c->currentIndex(), c->modelColumn()))
                                                    : QVariant(c->currentIndex());
    if (const auto* d = qobject_cast<const QDoubleSpinBox*>(w))
        return d->value();
    if (const auto* i = qobject_cast<const QSpinBox*>(w))
        return i->value();
    if (const auto* v = qobject_cast<const QAbstractItemView*>(w))
        return hasIds(v->model(), 0) ? QVariant(idOf(v->model(), v->currentIndex().row(), 0))
                                     : QVariant(v->currentIndex().row());
    if (const auto* b = qobject_cast<const QAbstractButton*>(w))
        return b->isChecked();
    if (const auto* e = qobject_cast<const QLineEdit*>(w))
        return e->text();
    if (const auto* s = qobject_cast<const QAbstractSlider*>(w))
        return s->value();
    return {};
}

void setValueOf(QWidget* w, const QVariant& v)
{
    if (auto* s = qobject_cast<LogSlider*>(w)) {
        bool ok = false;
        if (const quint64 n = v.toString().toULongLong(&ok); ok)
            s->setValue(n);
    } else if (auto* k = qobject_cast<WorkerSlider*>(w)) {
        k->setValue(v.toInt());
    } else if (auto* c = qobject_cast<QComboBox*>(w)) {
        const int i =
            hasIds(c->model(), c->modelColumn()) ? rowWithId(c->model(), c->modelColumn(), v.toString()) : v.toInt();
        if (i >= 0 && i < c->count())
            c->setCurrentIndex(i);
    } else if (auto* d = qobject_cast<QDoubleSpinBox*>(w)) {
        d->setValue(v.toDouble());
    } else if (auto* i = qobject_cast<QSpinBox*>(w)) {
        i->setValue(v.toInt());
    } else if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
        QAbstractItemModel* m = view->model();
        const int row = hasIds(m, 0) ? rowWithId(m, 0, v.toString()) : v.toInt();
        if (m && row >= 0 && row < m->rowCount())
            view->setCurrentIndex(m->index(row, 0));
    } else if (auto* b = qobject_cast<QAbstractButton*>(w)) {
        b->setChecked(v.toBool());
    } else if (auto* e = qobject_cast<QLineEdit*>(w)) {
        e->setText(v.toString());
    } else if (auto* s = qobject_cast<QAbstractSlider*>(w)) {
        s->setValue(v.toInt());
    }
}

struct Walker {
    QList<SessionSettings::Control> out; // controls, then (after their children) saved properties

    /// prefix is "<labId>" or "<labId>/<scope>"; empty below an unnamed scope, whose controls
    /// then have no key either.
    void walk(QWidget* parent, const QString& prefix)
    {
        for (QObject* o : parent->children()) {
            auto* w = qobject_cast<QWidget*>(o);
            if (!w || w->isWindow()) // menus, dialogs and pop-ups are not settings
                continue;
            // The containers a control sits in are not part of its key: only its own name is.
            const QString key =
                prefix.isEmpty() || w->objectName().isEmpty() ? QString() : prefix + QLatin1Char('/') + w->objectName();
            if (isControl(w)) {
                out.push_back({key, w});
                continue;
            }
            walk(w, w->property(kScope).toBool() ? key : prefix);
            for (const QString& p : w->property(kSavedProperties).toStringList())
                out.push_back({key.isEmpty() ? key : key + QStringLiteral("/@") + p, w});
        }
    }
};

QVariant read(const QString& key, QWidget* w)
{
    if (const int at = key.lastIndexOf(QStringLiteral("/@")); at >= 0)
        return w->property(key.mid(at + 2).toLatin1().constData());
    return valueOf(w);
}

void write(const QString& key, QWidget* w, const QVariant& v)
{
    if (const int at = key.lastIndexOf(QStringLiteral("/@")); at >= 0)
        w->setProperty(key.mid(at + 2).toLatin1().constData(), v);
    else
        setValueOf(w, v);
}

} // namespace

SessionSettings::SessionSettings(MainWindow* window) : QObject(window), window_(window)
{
    for (const Control& c : controls())
        defaults_.insert(c.key, read(c.key, c.widget));
    window_->viewMenu()->addSeparator();
    QAction* reset = window_->viewMenu()->addAction(tr("Reset to &defaults"), this, &SessionSettings::resetToDefaults);
    reset->setObjectName(QStringLiteral("resetToDefaults"));
    reset->setToolTip(tr("Put every control of every page back to its default and forget the saved ones"));
    window_->installEventFilter(this);
}

QList<SessionSettings::Control> SessionSettings::controlsOf(QWidget* page, const QString& labId)
{
    Walker w;
    w.walk(page, labId);
    return w.out;
}

QList<SessionSettings::Control> SessionSettings::controls() const
{
    QList<Control> out;
    QSet<QString> keys;
    for (int i = 0; i < window_->tabs()->count(); ++i) {
        auto* page = qobject_cast<LabPage*>(window_->tabs()->widget(i));
        if (!page)
            continue;
        for (const Control& c : controlsOf(page, page->labId())) {
            // An unnamed or doubly named control is left at its default rather than given a value
            // that may be another control's; the test of every page's names catches both.
            if (c.key.isEmpty() || keys.contains(c.key)) {
                qWarning("parlab: a %s on page %s is not saved: it needs a name of its own",
                         c.widget->metaObject()->className(), qPrintable(page->labId()));
                continue;
            }
            keys.insert(c.key);
            out.push_back(c);
        }
    }
    return out;
}

QSet<QString> SessionSettings::apply(const QHash<QString, QVariant>& values) const
{
    QSet<QString> done;
    for (const Control& c : controls()) {
        if (const auto it = values.constFind(c.key); it != values.constEnd()) {
            write(c.key, c.widget, *it);
            done.insert(c.key);
        }
    }
    return done;
}

void SessionSettings::restore()
{
    QSettings s;
    const QString page = s.value(pageKey()).toString();
    if (LabPage* p = page.isEmpty() ? nullptr : window_->lab(page))
        window_->showLab(p);
    // Only the named keys are read. Settings from before them (legacyLabsGroup(), keyed by widget
    // paths) are ignored: a user who upgrades gets every control's default once, rather than old
    // values put into whichever controls now sit at those paths. save() removes them.
    QHash<QString, QVariant> saved;
    s.beginGroup(labsGroup());
    for (const QString& key : s.allKeys())
        saved.insert(key, s.value(key));
    s.endGroup();
    // A restored choice can make controls of its own (the Figures page builds a figure's view
    // when it is selected): apply again until nothing new turns up.
    for (int pass = 0; pass < 3 && !saved.isEmpty(); ++pass) {
        const QSet<QString> done = apply(saved);
        if (done.isEmpty())
            break;
        for (const QString& key : done)
            saved.remove(key);
    }
    window_->restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    window_->restoreState(s.value(QStringLiteral("window/state")).toByteArray());
}

void SessionSettings::save() const
{
    QSettings s;
    s.remove(labsGroup()); // controls that no longer exist leave no stale keys behind
    s.remove(legacyLabsGroup());
    s.beginGroup(labsGroup());
    for (const Control& c : controls())
        s.setValue(c.key, read(c.key, c.widget));
    s.endGroup();
    if (const LabPage* p = window_->currentLab())
        s.setValue(pageKey(), p->labId());
    s.setValue(QStringLiteral("window/geometry"), window_->saveGeometry());
    s.setValue(QStringLiteral("window/state"), window_->saveState());
}

void SessionSettings::resetToDefaults()
{
    for (int i = 0; i < window_->tabs()->count(); ++i)
        if (auto* page = qobject_cast<LabPage*>(window_->tabs()->widget(i)); page && page->isBusy()) {
            window_->statusBar()->showMessage(tr("Stop the run first: its settings cannot change while it runs"), 5000);
            return;
        }
    apply(defaults_);
    QSettings s;
    s.remove(labsGroup());
    s.remove(legacyLabsGroup());
    window_->statusBar()->showMessage(tr("Every control is back to its default"), 5000);
}

bool SessionSettings::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == window_ && event->type() == QEvent::Close)
        save();
    return QObject::eventFilter(watched, event);
}

} // namespace parlab::ui
