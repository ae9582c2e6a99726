/// @file result_cache.cpp
/// @brief The SQLite-backed result cache: open (read-write, else read-only, else none), tell real
///        damage from a busy or forbidden file, recover, find, store.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parlab/result_cache.h"

#include "parlab/error.h"
#include "parlab/machine.h"
#include "parlab/version.h"

#include <sqlite3.h>

#include <filesystem>
#include <set>
#include <system_error>
#include <unistd.h>

namespace parlab {

namespace {

/// A failed SQLite call with its primary result code: what went wrong decides what we may do to
/// the file, so the code must survive until someone decides.
class SqlError : public Error {
  public:
    SqlError(int code, const std::string& message) : Error(message), code_(code) {}
    [[nodiscard]] int code() const noexcept { return code_; }
    /// Damage to the file itself, as opposed to a lock, a permission or the disk.
    [[nodiscard]] bool damage() const noexcept { return code_ == SQLITE_CORRUPT || code_ == SQLITE_NOTADB; }

  private:
    int code_;
};

[[noreturn]] void fail(sqlite3* db, int rc)
{
    throw SqlError(rc & 0xff, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
}

// Owns one prepared statement.
class Statement {
  public:
    Statement(sqlite3* db, const char* sql) : db_(db)
    {
        if (const int rc = sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr); rc != SQLITE_OK)
            fail(db, rc);
    }
    ~Statement() { sqlite3_finalize(stmt_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    void bind(int i, const std::string& s)
    {
        sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    }
    void bind(int i, std::int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
    /// True for a row, false when done; throws SqlError otherwise.
    bool step()
    {
        const int rc = sqlite3_step(stmt_);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            fail(db_, rc);
        return rc == SQLITE_ROW;
    }
    [[nodiscard]] std::string text(int col) const
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
        return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col))) : std::string();
    }
    [[nodiscard]] std::int64_t integer(int col) const { return sqlite3_column_int64(stmt_, col); }

  private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

std::int64_t unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

const std::set<std::string>& expectedColumns()
{
    static const std::set<std::string> c{"kind", "params", "environment", "payload", "measured_at"};
    return c;
}

constexpr const char* kCreateTable = "CREATE TABLE IF NOT EXISTS results ("
                                     " kind TEXT NOT NULL, params TEXT NOT NULL, environment TEXT NOT NULL,"
                                     " payload TEXT NOT NULL, measured_at INTEGER NOT NULL,"
                                     " PRIMARY KEY (kind, params, environment))";

// A file: URI for path ('%', '?' and '#' would otherwise be read as URI syntax).
std::string fileUri(const std::string& path, const char* query)
{
    std::string uri = "file:";
    for (const char c : path) {
        if (c == '%' || c == '?' || c == '#') {
            static const char hex[] = "0123456789ABCDEF";
            uri += '%';
            uri += hex[(static_cast<unsigned char>(c) >> 4) & 0xf];
            uri += hex[static_cast<unsigned char>(c) & 0xf];
        } else {
            uri += c;
        }
    }
    return uri + "?" + query;
}

} // namespace

struct ResultCache::Db {
    sqlite3* handle = nullptr;
    ~Db() { sqlite3_close_v2(handle); }
    void exec(const char* sql) const
    {
        if (const int rc = sqlite3_exec(handle, sql, nullptr, nullptr, nullptr); rc != SQLITE_OK)
            fail(handle, rc);
    }
    std::set<std::string> columns() const
    {
        std::set<std::string> names;
        Statement q(handle, "PRAGMA table_info(results)");
        while (q.step())
            names.insert(q.text(1));
        return names;
    }
    // A file that is not a database, or a damaged one, shows up here (as SQLITE_NOTADB/CORRUPT,
    // or as a report that is not "ok").
    void quickCheck() const
    {
        Statement check(handle, "PRAGMA quick_check");
        if (!check.step() || check.text(0) != "ok")
            throw SqlError(SQLITE_CORRUPT, "it failed its integrity check");
    }
};

std::string ResultCache::environmentKey()
{
    const MachineInfo& m = machine();
    return "parlab " + std::string(version()) + "|" + m.cpuModel + "|" + std::to_string(m.physicalCores) + "|" +
           std::to_string(m.logicalCores);
}

ResultCache::ResultCache(const std::string& path, std::chrono::milliseconds busyTimeout)
    : path_(path), busyTimeout_(busyTimeout)
{
    std::error_code ec;
    const auto folder = std::filesystem::path(path).parent_path();
    if (!folder.empty())
        std::filesystem::create_directories(folder, ec);
    open();
}

ResultCache::~ResultCache() = default;

void ResultCache::open()
{
    try {
        openReadWrite();
        return;
    } catch (const SqlError& e) {
        if (e.damage()) {
            recover(e.what());
            return;
        }
        const int code = e.code();
        db_.reset();
        // A read-only file or folder still holds good results: show them, measure only the rest.
        if ((code == SQLITE_READONLY || code == SQLITE_CANTOPEN || code == SQLITE_PERM) && openReadOnly()) {
            warnOnce("Result cache is read-only (" + std::string(e.what()) +
                     "): cached results are shown, new ones are not stored: " + path_);
            return;
        }
        giveUp(e.what());
    }
}

void ResultCache::openReadWrite()
{
    db_ = std::make_unique<Db>();
    if (const int rc = sqlite3_open_v2(path_.c_str(), &db_->handle,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
        rc != SQLITE_OK)
        fail(db_->handle, rc);
    // Another parlab may be writing: wait for its transaction rather than failing.
    sqlite3_busy_timeout(db_->handle, static_cast<int>(busyTimeout_.count()));
    db_->quickCheck();
    if (sqlite3_db_readonly(db_->handle, "main") == 1) // SQLite fell back to reading a file we may not write
        throw SqlError(SQLITE_READONLY, "the file cannot be written");
    db_->exec("PRAGMA journal_mode=WAL");
    ensureTable();
    access_ = Access::readWrite;
}

bool ResultCache::openReadOnly()
{
    // WAL readers need the -shm file; in a folder where it cannot be made, only an immutable
    // open reads (no one can be writing there: a writer would need that folder too).
    const auto folder = std::filesystem::path(path_).parent_path();
    const bool folderWritable = ::access(folder.empty() ? "." : folder.c_str(), W_OK) == 0;
    struct Attempt {
        const char* query;
        bool onlyInReadOnlyFolder;
    };
    for (const Attempt a : {Attempt{"mode=ro", false}, Attempt{"mode=ro&immutable=1", true}}) {
        if (a.onlyInReadOnlyFolder && folderWritable)
            break;
        const char* query = a.query;
        db_ = std::make_unique<Db>();
        try {
            if (const int rc = sqlite3_open_v2(fileUri(path_, query).c_str(), &db_->handle,
                                               SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_FULLMUTEX, nullptr);
                rc != SQLITE_OK)
                fail(db_->handle, rc);
            sqlite3_busy_timeout(db_->handle, static_cast<int>(busyTimeout_.count()));
            if (db_->columns() != expectedColumns())
                break; // nothing we could read, and we may not rebuild it
            access_ = Access::readOnly;
            return true;
        } catch (const SqlError&) {
        }
    }
    db_.reset();
    return false;
}

void ResultCache::ensureTable()
{
    if (db_->columns() == expectedColumns())
        return;
    // Missing, or another layout (an older parlab's): CREATE IF NOT EXISTS alone would keep the
    // wrong one, and every store would fail for good. Decided again under the write lock, so two
    // parlabs opening at once rebuild it once.
    db_->exec("BEGIN IMMEDIATE");
    try {
        const std::set<std::string> columns = db_->columns();
        if (!columns.empty() && columns != expectedColumns()) {
            db_->exec("DROP TABLE results");
            warnOnce("Result cache held a results table of another layout; it was rebuilt empty: " + path_);
        }
        db_->exec(kCreateTable);
        db_->exec("COMMIT");
    } catch (...) {
        sqlite3_exec(db_->handle, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

void ResultCache::recover(const std::string& why)
{
    db_.reset();
    const std::string aside = path_ + ".damaged-" + std::to_string(unixNow());
    std::error_code ec;
    std::filesystem::rename(path_, aside, ec);
    if (ec) {
        giveUp(why);
        return;
    }
    // The -wal belongs to the damaged file: keep it beside it (never delete what may hold rows);
    // the -shm is only an index of it.
    std::filesystem::rename(path_ + "-wal", aside + "-wal", ec);
    std::filesystem::remove(path_ + "-shm", ec);
    warnOnce("The result cache could not be read (" + why + "); it was moved to " + aside +
             " and a fresh one was started.");
    try {
        openReadWrite();
    } catch (const SqlError& e) {
        db_.reset();
        access_ = Access::none;
        warning_ += " The fresh one cannot be used either (" + std::string(e.what()) + ").";
    }
}

void ResultCache::giveUp(const std::string& why)
{
    db_.reset();
    access_ = Access::none;
    // The reason first and the path last: a status bar cuts the end off.
    warnOnce("Result cache cannot be used this run (" + why + "); the file is left as it is: " + path_);
}

void ResultCache::warnOnce(const std::string& sentence)
{
    if (warning_.empty())
        warning_ = sentence;
}

std::optional<CachedResult> ResultCache::find(const std::string& kind, const std::string& params)
{
    if (access_ == Access::none)
        return std::nullopt;
    try {
        Statement q(db_->handle,
                    "SELECT payload, measured_at FROM results WHERE kind=?1 AND params=?2 AND environment=?3");
        q.bind(1, kind);
        q.bind(2, params);
        q.bind(3, environmentKey());
        if (!q.step())
            return std::nullopt;
        return CachedResult{q.text(0), q.integer(1)};
    } catch (const SqlError& e) {
        giveUp(e.what());
        return std::nullopt;
    }
}

void ResultCache::store(const std::string& kind, const std::string& params, const std::string& payload)
{
    if (access_ != Access::readWrite)
        return;
    try {
        db_->exec("BEGIN IMMEDIATE");
        try {
            Statement q(db_->handle, "INSERT OR REPLACE INTO results (kind, params, environment, payload, measured_at)"
                                     " VALUES (?1, ?2, ?3, ?4, ?5)");
            q.bind(1, kind);
            q.bind(2, params);
            q.bind(3, environmentKey());
            q.bind(4, payload);
            q.bind(5, unixNow());
            q.step();
            db_->exec("COMMIT");
        } catch (...) {
            sqlite3_exec(db_->handle, "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
    } catch (const SqlError& e) {
        giveUp(e.what());
    }
}

void ResultCache::clear()
{
    if (access_ != Access::readWrite)
        return;
    try {
        db_->exec("DELETE FROM results");
    } catch (const SqlError& e) {
        giveUp(e.what());
    }
}

std::int64_t ResultCache::size()
{
    if (access_ == Access::none)
        return 0;
    try {
        Statement q(db_->handle, "SELECT COUNT(*) FROM results");
        return q.step() ? q.integer(0) : 0;
    } catch (const SqlError& e) {
        giveUp(e.what());
        return 0;
    }
}

} // namespace parlab
