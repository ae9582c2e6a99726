/// @file primes_lab_page.cpp
/// @brief The primes lab page (skeleton).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "primes_lab_page.h"

namespace parlab::ui {

PrimesLabPage::PrimesLabPage(QWidget* parent) : LabPage(parent), session_(new RunSession(this)) {}

QStringList PrimesLabPage::settingNames() const
{
    return {QStringLiteral("workers"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("chunksize"), QStringLiteral("schedule"), QStringLiteral("order"), QStringLiteral("seed")};
}

void PrimesLabPage::applySetting(const QString&, const QString&) {}

QStringList PrimesLabPage::sweepKinds() const
{
    return {QStringLiteral("chunksize"), QStringLiteral("chunks")};
}

void PrimesLabPage::startRun() {}
void PrimesLabPage::startSweep(const QString&) {}
void PrimesLabPage::stop() { session_->stop(); }
bool PrimesLabPage::isBusy() const { return session_->isRunning(); }

} // namespace parlab::ui
