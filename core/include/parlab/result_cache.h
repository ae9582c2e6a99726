/// @file result_cache.h
/// @brief joblib Memory's idea for measurements: finished runs and sweeps stored on disk, keyed by
/// everything that could change the numbers, so a figure already measured reappears at once.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace parlab {

struct CachedResult {
    std::string payload;        ///< whatever the caller stored (CSV or JSON text)
    std::int64_t measuredAt = 0;  ///< Unix seconds
};

/// An embedded SQLite database. The key of an entry is (kind, parameters) plus parlab's version
/// and this machine (CPU model, physical and logical cores), so a different machine or version
/// never reuses a stale timing. Writes are transactional; a damaged or unreadable file is moved
/// aside (warning() says where) and a fresh one is made; two processes may use one file at once.
class ResultCache {
public:
    /// Opens or creates the database at path (its folder is created if missing). Never throws for
    /// a damaged file; throws parlab::Error only when not even a fresh database can be made.
    explicit ResultCache(const std::string& path);
    ~ResultCache();
    ResultCache(const ResultCache&) = delete;
    ResultCache& operator=(const ResultCache&) = delete;

    [[nodiscard]] std::optional<CachedResult> find(const std::string& kind, const std::string& params);
    /// Stores (or replaces) an entry, stamped with the current time.
    void store(const std::string& kind, const std::string& params, const std::string& payload);
    /// Removes every entry.
    void clear();
    /// Number of entries (all machines and versions).
    [[nodiscard]] std::int64_t size();

    /// Non-empty when the file had to be set aside: a sentence for the user.
    [[nodiscard]] const std::string& warning() const { return warning_; }
    [[nodiscard]] const std::string& path() const { return path_; }

    /// The machine-and-version part of every key, e.g. "parlab 0.1.0|AMD EPYC|2|2".
    static std::string environmentKey();

private:
    struct Db;
    void open();
    void recover(const std::string& why);
    std::string path_;
    std::string warning_;
    std::unique_ptr<Db> db_;
};

} // namespace parlab
