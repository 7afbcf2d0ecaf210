// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

class SqliteStatement;

// An open SQLite connection (RAII). Owned by exactly one object (usually a ProjectFile);
// not thread-safe: use it from the thread that opened it.
class SqliteDb
{
    Q_DECLARE_TR_FUNCTIONS(SqliteDb)
public:
    // ReadOnlyImmutable: a file on a read-only medium, where SQLite cannot create the WAL's
    // shared-memory file; nothing may change the file while it is open.
    enum class Mode { ReadOnly, ReadOnlyImmutable, ReadWrite, Create };

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

    // Steps once: true while there is a row, false at the end; an Error on failure.
    Result<bool> step();
    // Calls `row` for every result row; an Error when stepping fails.
    Status forEachRow(const std::function<void()> &row);
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
