/// @file figure_store.cpp
/// @brief The figures' view of the result cache.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/figure_store.h"

#include "parlab/error.h"
#include "parlab/result_cache.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace parlab::ui {

namespace {
QString kindOf(const Figure& f)
{
    return QStringLiteral("figure:") + f.cacheKind();
}
} // namespace

FigureStore::FigureStore() = default;
FigureStore::~FigureStore() = default;

QString FigureStore::path()
{
    QString dir = qEnvironmentVariable("PARLAB_CACHE_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return QDir(dir).filePath(QStringLiteral("results.sqlite"));
}

ResultCache* FigureStore::cache()
{
    if (!cache_ && !failed_) {
        try {
            cache_ = std::make_unique<ResultCache>(path().toStdString());
        } catch (const parlab::Error& e) {
            failed_ = true;
            warning_ = QCoreApplication::translate("Figures", "The result cache cannot be used: %1")
                           .arg(QString::fromStdString(e.what()));
        }
    }
    return cache_.get();
}

QString FigureStore::warning() const
{
    // The core's sentence first: it notices problems (a lock, a lost file) after opening too.
    if (cache_ && !cache_->warning().empty())
        return QString::fromStdString(cache_->warning());
    return warning_;
}

QString FigureStore::takeWarning()
{
    const QString w = warning();
    if (w.isEmpty() || warned_)
        return {};
    warned_ = true;
    return w;
}

std::optional<StoredFigure> FigureStore::find(const Figure& f, const FigureParams& p)
{
    return find(kindOf(f), f.paramsKey(p));
}

void FigureStore::store(const Figure& f, const FigureParams& p, const QString& payload)
{
    store(kindOf(f), f.paramsKey(p), payload);
}

std::optional<StoredFigure> FigureStore::find(const QString& kind, const QString& key)
{
    try {
        if (ResultCache* c = cache())
            if (auto hit = c->find(kind.toStdString(), key.toStdString()))
                return StoredFigure{QString::fromStdString(hit->payload),
                                    QDateTime::fromSecsSinceEpoch(hit->measuredAt)};
    } catch (const parlab::Error& e) {
        warning_ = QString::fromStdString(e.what());
    }
    return std::nullopt;
}

void FigureStore::store(const QString& kind, const QString& key, const QString& payload)
{
    try {
        if (ResultCache* c = cache())
            c->store(kind.toStdString(), key.toStdString(), payload.toStdString());
    } catch (const parlab::Error& e) {
        warning_ = QString::fromStdString(e.what());
    }
}

void FigureStore::clear()
{
    try {
        if (ResultCache* c = cache())
            c->clear();
    } catch (const parlab::Error& e) {
        warning_ = QString::fromStdString(e.what());
    }
}

} // namespace parlab::ui
