/// @file figure_store.h
/// @brief Where finished measurements are kept — figures, lab sweeps — in the result cache in
/// the user's cache folder.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/figure.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace parlab {
class ResultCache;
}

namespace parlab::ui {

struct StoredFigure {
    QString payload;
    QDateTime measuredAt;
};

/// Opens the cache lazily (QStandardPaths::CacheLocation/results.sqlite, or $PARLAB_CACHE_DIR);
/// any cache failure degrades to "not cached", reported through warning(), never a crash.
class FigureStore {
  public:
    FigureStore();
    ~FigureStore();

    std::optional<StoredFigure> find(const Figure& f, const FigureParams& p);
    void store(const Figure& f, const FigureParams& p, const QString& payload);
    /// Any other finished run or sweep, by kind ("pi-sweep", …) and its full settings.
    std::optional<StoredFigure> find(const QString& kind, const QString& key);
    void store(const QString& kind, const QString& key, const QString& payload);
    void clear();
    /// A sentence when the cache had to be set aside, is read-only or cannot be used; empty otherwise.
    [[nodiscard]] QString warning() const;
    /// warning() the first time there is one, then empty: a status bar says it once, not per figure.
    [[nodiscard]] QString takeWarning();
    [[nodiscard]] static QString path();

  private:
    ResultCache* cache();
    std::unique_ptr<ResultCache> cache_;
    bool failed_ = false;
    bool warned_ = false;
    QString warning_;
};

} // namespace parlab::ui
