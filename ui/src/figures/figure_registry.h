/// @file figure_registry.h
/// @brief Every figure parlab can reproduce, in the chapter's order (README: Figures).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/figure.h"

#include <memory>
#include <vector>

namespace parlab::ui {

using FigureList = std::vector<std::unique_ptr<Figure>>;

/// All figures (made once; owned by the registry).
const FigureList& allFigures();
/// The figure with that id, or nullptr.
const Figure* findFigure(const QString& id);

// Each file of figures adds its own.
void registerPiFigures(FigureList& list);
void registerPrimesCostFigures(FigureList& list);
void registerPrimesFigures(FigureList& list);
void registerLabFigures(FigureList& list);

} // namespace parlab::ui
