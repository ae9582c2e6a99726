/// @file lesson_runner.cpp
/// @brief Applies a lesson to the window's labs.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lesson_runner.h"

#include "figures/figures_page.h"
#include "parlab/error.h"
#include "run/lab_page.h"
#include "shell/main_window.h"

#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>

namespace parlab::ui {

namespace {

/// The measurement boxes are not start-up settings of a lab (`--lab` has no --repeats); a lesson
/// sets them by the names the boxes carry, so quick lessons stay quick.
bool applyBox(LabPage* page, const QString& name, const QString& value, QString* error)
{
    bool ok = false;
    if (name == QLatin1String("repeats")) {
        auto* box = page->findChild<QSpinBox*>(QStringLiteral("repeats"));
        const int n = value.toInt(&ok);
        if (box && ok && n >= box->minimum() && n <= box->maximum()) {
            box->setValue(n);
            return true;
        }
    } else if (name == QLatin1String("target")) {
        auto* box = page->findChild<QDoubleSpinBox*>(QStringLiteral("target"));
        const double s = value.toDouble(&ok);
        if (box && ok && s >= box->minimum() && s <= box->maximum()) {
            box->setValue(s);
            return true;
        }
    } else if (name == QLatin1String("sweep-workers")) {
        if (auto* edit = page->findChild<QLineEdit*>(QStringLiteral("sweepWorkers"))) {
            edit->setText(value);
            return true;
        }
    } else {
        return false;
    }
    *error = QCoreApplication::translate("LessonRunner", "%1=%2 is not a value this page's box takes").arg(name, value);
    return true;
}

} // namespace

LabPage* setUpLesson(MainWindow& window, const Lesson& lesson, bool quick, QString* error)
{
    LabPage* page = window.lab(lesson.page);
    if (!page) {
        *error = QCoreApplication::translate("LessonRunner", "no page '%1' in this window").arg(lesson.page);
        return nullptr;
    }
    for (const QString& id : {QStringLiteral("pi"), QStringLiteral("primes"), QStringLiteral("figures")})
        if (LabPage* other = window.lab(id); other && other->isBusy()) {
            *error =
                QCoreApplication::translate("LessonRunner", "%1 is measuring: stop it (Esc) or wait, then press again")
                    .arg(other->title());
            return nullptr;
        }
    for (const auto& [name, value] : lesson.effectiveSettings(quick)) {
        QString boxError;
        if (applyBox(page, name, value, &boxError)) {
            if (!boxError.isEmpty()) {
                *error = boxError;
                return nullptr;
            }
            continue;
        }
        try {
            page->applySetting(name, value);
        } catch (const Error& e) {
            *error = QString::fromStdString(e.what());
            return nullptr;
        }
    }
    window.showLab(page);
    return page;
}

bool startLesson(LabPage* page, const Lesson& lesson)
{
    if (lesson.action == QLatin1String("run") || lesson.action == QLatin1String("measure")) {
        page->startRun(); // the figures page's run is its calibrated Measure
        return true;
    }
    if (lesson.action == QLatin1String("open")) {
        auto* figures = qobject_cast<FiguresPage*>(page);
        if (figures && figures->showsMeasurement())
            return false;
        page->startRun();
        return true;
    }
    page->startSweep(lesson.sweepKind());
    return true;
}

} // namespace parlab::ui
