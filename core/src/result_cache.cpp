/// @file result_cache.cpp
/// @brief The SQLite-backed result cache: open, check, recover, find, store.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/result_cache.h"

#include "parlab/error.h"
#include "parlab/machine.h"
#include "parlab/version.h"

#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <system_error>

namespace parlab {

namespace {

// Owns one prepared statement.
class Statement {
public:
    Statement(sqlite3* db, const char* sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK)
            throw Error(std::string("result cache: ") + sqlite3_errmsg(db));
    }
    ~Statement() { sqlite3_finalize(stmt_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    void bind(int i, const std::string& s) { sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT); }
    void bind(int i, std::int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
    int step() { return sqlite3_step(stmt_); }
    [[nodiscard]] std::string text(int col) const
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
        return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col))) : std::string();
    }
    [[nodiscard]] std::int64_t integer(int col) const { return sqlite3_column_int64(stmt_, col); }

private:
    sqlite3_stmt* stmt_ = nullptr;
};

std::int64_t unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

} // namespace

struct ResultCache::Db {
    sqlite3* handle = nullptr;
    ~Db() { sqlite3_close_v2(handle); }
    void exec(const char* sql) const
    {
        char* err = nullptr;
        if (sqlite3_exec(handle, sql, nullptr, nullptr, &err) != SQLITE_OK) {
            const std::string message = err ? err : sqlite3_errmsg(handle);
            sqlite3_free(err);
            throw Error("result cache: " + message);
        }
    }
};

std::string ResultCache::environmentKey()
{
    const MachineInfo& m = machine();
    return "parlab " + std::string(version()) + "|" + m.cpuModel + "|" + std::to_string(m.physicalCores) + "|" +
           std::to_string(m.logicalCores);
}

ResultCache::ResultCache(const std::string& path) : path_(path)
{
    std::error_code ec;
    const auto folder = std::filesystem::path(path).parent_path();
    if (!folder.empty())
        std::filesystem::create_directories(folder, ec);
    try {
        open();
    } catch (const Error& e) {
        recover(e.what());
    }
}

ResultCache::~ResultCache() = default;

void ResultCache::open()
{
    db_ = std::make_unique<Db>();
    if (sqlite3_open_v2(path_.c_str(), &db_->handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                        nullptr) != SQLITE_OK)
        throw Error("result cache: cannot open " + path_ + ": " + sqlite3_errmsg(db_->handle));
    // Another parlab may be writing: wait for its transaction rather than failing.
    sqlite3_busy_timeout(db_->handle, 5000);
    {
        // A file that is not a database, or a damaged one, shows up here.
        Statement check(db_->handle, "PRAGMA quick_check");
        if (check.step() != SQLITE_ROW || check.text(0) != "ok")
            throw Error("result cache: " + path_ + " failed its integrity check");
    }
    db_->exec("PRAGMA journal_mode=WAL");
    db_->exec("CREATE TABLE IF NOT EXISTS results ("
              " kind TEXT NOT NULL, params TEXT NOT NULL, environment TEXT NOT NULL,"
              " payload TEXT NOT NULL, measured_at INTEGER NOT NULL,"
              " PRIMARY KEY (kind, params, environment))");
}

void ResultCache::recover(const std::string& why)
{
    db_.reset();
    const std::string aside = path_ + ".damaged-" + std::to_string(unixNow());
    std::error_code ec;
    std::filesystem::rename(path_, aside, ec);
    for (const char* suffix : {"-wal", "-shm"})
        std::filesystem::remove(path_ + suffix, ec);
    warning_ = "The result cache could not be read (" + why + "); it was moved to " + aside +
               " and a fresh one was started.";
    open();  // a second failure is real: let it throw
}

std::optional<CachedResult> ResultCache::find(const std::string& kind, const std::string& params)
{
    Statement q(db_->handle, "SELECT payload, measured_at FROM results WHERE kind=?1 AND params=?2 AND environment=?3");
    q.bind(1, kind);
    q.bind(2, params);
    q.bind(3, environmentKey());
    if (q.step() != SQLITE_ROW)
        return std::nullopt;
    return CachedResult{q.text(0), q.integer(1)};
}

void ResultCache::store(const std::string& kind, const std::string& params, const std::string& payload)
{
    db_->exec("BEGIN IMMEDIATE");
    try {
        Statement q(db_->handle, "INSERT OR REPLACE INTO results (kind, params, environment, payload, measured_at)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5)");
        q.bind(1, kind);
        q.bind(2, params);
        q.bind(3, environmentKey());
        q.bind(4, payload);
        q.bind(5, unixNow());
        if (q.step() != SQLITE_DONE)
            throw Error(std::string("result cache: cannot store: ") + sqlite3_errmsg(db_->handle));
        db_->exec("COMMIT");
    } catch (...) {
        sqlite3_exec(db_->handle, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

void ResultCache::clear()
{
    db_->exec("DELETE FROM results");
}

std::int64_t ResultCache::size()
{
    Statement q(db_->handle, "SELECT COUNT(*) FROM results");
    return q.step() == SQLITE_ROW ? q.integer(0) : 0;
}

} // namespace parlab
