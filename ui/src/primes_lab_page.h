/// @file primes_lab_page.h
/// @brief The primes lab page (skeleton: its issue fills in the controls and charts).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lab_page.h"

namespace parlab::ui {

class PrimesLabPage : public LabPage {
    Q_OBJECT
public:
    explicit PrimesLabPage(QWidget* parent = nullptr);

    [[nodiscard]] QString labId() const override { return QStringLiteral("primes"); }
    [[nodiscard]] QString title() const override { return tr("primes lab"); }
    [[nodiscard]] QStringList settingNames() const override;
    void applySetting(const QString& name, const QString& value) override;
    [[nodiscard]] QStringList sweepKinds() const override;
    void startRun() override;
    void startSweep(const QString& kind) override;
    void stop() override;
    [[nodiscard]] bool isBusy() const override;

private:
    RunSession* session_;
};

} // namespace parlab::ui
