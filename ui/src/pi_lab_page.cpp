/// @file pi_lab_page.cpp
/// @brief The π lab page (skeleton).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pi_lab_page.h"

namespace parlab::ui {

PiLabPage::PiLabPage(QWidget* parent) : LabPage(parent), session_(new RunSession(this)) {}

QStringList PiLabPage::settingNames() const
{
    return {QStringLiteral("workers"), QStringLiteral("samples"), QStringLiteral("blocks"), QStringLiteral("seed"), QStringLiteral("kernel"), QStringLiteral("seeding")};
}

void PiLabPage::applySetting(const QString&, const QString&) {}

QStringList PiLabPage::sweepKinds() const
{
    return {QStringLiteral("workers")};
}

void PiLabPage::startRun() {}
void PiLabPage::startSweep(const QString&) {}
void PiLabPage::stop() { session_->stop(); }
bool PiLabPage::isBusy() const { return session_->isRunning(); }

} // namespace parlab::ui
