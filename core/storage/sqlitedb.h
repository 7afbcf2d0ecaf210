// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

class SqliteStatement;

// The outcome of one SqliteStatement::step(): a row, the end of the rows, or an Error.
// It has no operator bool and no operator* on purpose: "while (*stmt->step())" used to read an
// empty optional when a query failed half-way and looped forever. hasRow() cannot be asked of a
// temporary, so a caller has to keep the step, where failed() is in plain sight; loops use
// SqliteStatement::forEachRow(), which returns the Error.
class [[nodiscard]] SqliteStep
{
public:
    static SqliteStep row() { return SqliteStep(State::Row); }
    static SqliteStep end() { return SqliteStep(State::End); }
    SqliteStep(Error error)
        : m_state(State::Failed)
        , m_error(std::move(error))
    {}

    // True when a row is ready to read; false at the end and on failure.
    bool hasRow() const & { return m_state == State::Row; }
    bool hasRow() const && = delete;
    bool failed() const { return m_state == State::Failed; }
    Error error() const { return m_error; }
    const QString &errorMessage() const { return m_error.message; }

private:
    enum class State { Row, End, Failed };
    explicit SqliteStep(State state)
        : m_state(state)
    {}
    State m_state;
    Error m_error;
};

// An open SQLite connection (RAII). Owned by exactly one object (usually a ProjectFile);
// not thread-safe: one thread at a time. It is opened without SQLite's own per-call mutex (which
// cost a quarter of reading a million features); an owner that other threads reach, such as
// LayerSource or MbTilesSource, holds its own lock around every use.
class SqliteDb
{
    Q_DECLARE_TR_FUNCTIONS(SqliteDb)
public:
    // ReadOnlyImmutable: a file on a read-only medium, where SQLite cannot create the WAL's
    // shared-memory file; nothing may change the file while it is open.
    enum class Mode { ReadOnly, ReadOnlyImmutable, ReadWrite, Create };
    // How long a statement waits for another program's write lock before it fails as busy
    // (Error::Kind::Busy, naming the holder): long enough for another program's short
    // transaction, short enough that a user is not left waiting without a word.
    static constexpr int kBusyTimeoutMs = 3000;

    static Result<SqliteDb> open(const QString &path, Mode mode);

    SqliteDb() = default;
    SqliteDb(SqliteDb &&other) noexcept;
    SqliteDb &operator=(SqliteDb &&other) noexcept;
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;
    ~SqliteDb();

    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    // Runs one or more statements without results.
    Status exec(const QString &sql);
    Result<SqliteStatement> prepare(const QString &sql);

    // Convenience for "SELECT one value": the first column of the first row, or an invalid
    // QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &args = {});

    bool tableExists(const QString &table);
    // Whether `table` has `column` (a file of an older schema, read as it is, may lack one).
    bool columnExists(const QString &table, const QString &column);
    // An identifier (table or column name) quoted for SQL: "name", inner quotes doubled.
    static QString quoted(const QString &identifier);
    qint64 lastInsertRowId() const;
    QString lastErrorText() const;
    void close();

private:
    explicit SqliteDb(sqlite3 *db)
        : m_db(db)
    {}
    sqlite3 *m_db = nullptr;
};

// A prepared statement (RAII). Bind with 1-based indices as SQLite does.
class SqliteStatement
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStatement)
public:
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    // Null QVariants bind NULL; QByteArray binds a blob; numbers and strings as themselves.
    SqliteStatement &bind(int index, const QVariant &value);
    SqliteStatement &bindAll(const QVariantList &values);

    // Steps once. Prefer forEachRow() for loops.
    SqliteStep step();
    // Calls `row` for every result row; an Error when stepping fails part-way. `row` may return
    // bool: false stops early (successfully).
    template<typename RowFunction>
    Status forEachRow(RowFunction &&row)
    {
        for (;;) {
            const SqliteStep next = step();
            if (next.failed())
                return next.error();
            if (!next.hasRow())
                return {};
            if constexpr (std::is_same_v<std::invoke_result_t<RowFunction &>, bool>) {
                if (!row())
                    return {};
            } else {
                row();
            }
        }
    }
    // Steps to completion, ignoring rows (for INSERT/UPDATE/DELETE).
    Status run();
    void reset();

    int columnCount() const;
    QString columnName(int column) const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    // The blob without copying it: valid until the next step(), reset() or column call.
    QByteArrayView blobView(int column) const;
    QVariant value(int column) const;

private:
    friend class SqliteDb;
    SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt)
        : m_db(db)
        , m_stmt(stmt)
    {}
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// A transaction that rolls back unless commit() succeeds. The destructor never throws.
class SqliteTransaction
{
    Q_DECLARE_TR_FUNCTIONS(SqliteTransaction)
public:
    explicit SqliteTransaction(SqliteDb &db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    // Whether BEGIN itself succeeded (it fails on a locked database, for example).
    Status begun() const { return m_begun; }
    Status commit();

private:
    SqliteDb &m_db;
    Status m_begun;
    bool m_active = false;
};
