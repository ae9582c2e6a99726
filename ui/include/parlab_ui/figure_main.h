/// @file figure_main.h
/// @brief `parlab figure NAME --out FILE.png …`: a figure rendered without a display.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace parlab::ui {

/// args are what follows `parlab figure`. Exit codes: 0 written, 1 the measurement failed,
/// 2 bad arguments (unknown figure, bad size, unwritable path), 130 interrupted.
int figureMain(int argc, char** argv);

} // namespace parlab::ui
