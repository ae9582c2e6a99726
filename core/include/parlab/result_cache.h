/// @file result_cache.h
/// @brief joblib Memory's idea for measurements: finished runs and sweeps stored on disk, keyed by
/// everything that could change the numbers, so a figure already measured reappears at once.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace parlab {

struct CachedResult {
    std::string payload;         ///< whatever the caller stored (CSV or JSON text)
    std::int64_t measuredAt = 0; ///< Unix seconds
};

/// An embedded SQLite database. The key of an entry is (kind, parameters) plus parlab's version
/// and this machine (CPU model, physical and logical cores), so a different machine or version
/// never reuses a stale timing. Writes are transactional; two processes may use one file at once.
///
/// Only real damage (SQLite reports corruption or "not a database", or the integrity check fails)
/// moves the file aside and starts a fresh one: a cache that is merely busy (locked by another
/// connection past the busy timeout) or unreadable by permission is left exactly as it is — its
/// -wal file too, which may hold another connection's committed rows — and this object goes on
/// without a cache. A read-only file or folder is still read. A results table of another layout
/// is rebuilt. warning() says once, in a sentence, whichever of these happened.
class ResultCache {
  public:
    /// What this object can do with the file.
    enum class Access { readWrite, readOnly, none };

    /// Opens or creates the database at path (its folder is created if missing). Never throws:
    /// whatever goes wrong leaves a narrower access() and a warning(). `busyTimeout` is how long a
    /// statement waits for another connection's lock before the cache is given up for this run.
    explicit ResultCache(const std::string& path, std::chrono::milliseconds busyTimeout = std::chrono::seconds(5));
    ~ResultCache();
    ResultCache(const ResultCache&) = delete;
    ResultCache& operator=(const ResultCache&) = delete;

    /// nullopt on a miss, and when there is no cache.
    [[nodiscard]] std::optional<CachedResult> find(const std::string& kind, const std::string& params);
    /// Stores (or replaces) an entry, stamped with the current time; does nothing without write access.
    void store(const std::string& kind, const std::string& params, const std::string& payload);
    /// Removes every entry (with write access).
    void clear();
    /// Number of entries (all machines and versions); 0 without a cache.
    [[nodiscard]] std::int64_t size();

    [[nodiscard]] Access access() const noexcept { return access_; }
    /// The first thing that went wrong, as a sentence for the user; empty while all is well.
    [[nodiscard]] const std::string& warning() const { return warning_; }
    [[nodiscard]] const std::string& path() const { return path_; }

    /// The machine-and-version part of every key, e.g. "parlab 0.1.0|AMD EPYC|2|2".
    static std::string environmentKey();

  private:
    struct Db;
    void open();
    void openReadWrite();
    bool openReadOnly();
    void ensureTable();
    void recover(const std::string& why);
    void giveUp(const std::string& why);
    void warnOnce(const std::string& sentence);
    std::string path_;
    std::chrono::milliseconds busyTimeout_;
    Access access_ = Access::none;
    std::string warning_;
    std::unique_ptr<Db> db_;
};

} // namespace parlab
