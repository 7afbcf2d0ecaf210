// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlitedb.h"

#include "core/storage/locknote.h"
#include "core/storage/sqliteerrors.h"

#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

namespace {

// The last error as the user reads it: a translated sentence for a read-only, locked, full or
// failing file, SQLite's own words only as a detail (see SqliteErrors).
QString errorOf(sqlite3 *db)
{
    return SqliteErrors::describe(db);
}

// What a failed call returned, as an Error. A busy database (another connection holds the write
// lock past the busy timeout) names who holds it, if the lock note says, and can be retried;
// everything else is said as SqliteErrors says it.
Error failure(sqlite3 *db, int rc)
{
    if ((rc & 0xff) == SQLITE_BUSY) {
        const char *file = sqlite3_db_filename(db, "main");
        return Error{LockNote::busyMessage(QString::fromUtf8(file ? file : "")), Error::Kind::Busy};
    }
    return Error{errorOf(db)};
}

} // namespace

Result<SqliteDb> SqliteDb::open(const QString &path, Mode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX; // see the class comment
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadOnlyImmutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    QByteArray name = path.toUtf8();
    if (mode == Mode::ReadOnlyImmutable) {
        // An SQLite URI: forward slashes, and "/C:/…" for a Windows drive.
        QString uriPath = QDir::fromNativeSeparators(path);
        if (uriPath.size() > 1 && uriPath.at(1) == QLatin1Char(':'))
            uriPath.prepend(QLatin1Char('/'));
        name = "file:" + uriPath.toUtf8().toPercentEncoding("/:") + "?immutable=1";
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString raw = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
        const QString why = SqliteErrors::explain(db ? sqlite3_extended_errcode(db) : rc, path);
        sqlite3_close(db);
        return Error{why.isEmpty() ? tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), raw)
                                   : SqliteErrors::withDetail(why, raw)};
    }
    sqlite3_extended_result_codes(db, 1);
    // Another program (QGIS, a second InvestAtlas) may hold a write lock briefly.
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    return SqliteDb(db);
}

SqliteDb::SqliteDb(SqliteDb &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{}

SqliteDb &SqliteDb::operator=(SqliteDb &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

SqliteDb::~SqliteDb()
{
    close();
}

void SqliteDb::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Status SqliteDb::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        sqlite3_free(message); // the same words as errorOf() gives
        return failure(m_db, rc);
    }
    return {};
}

Result<SqliteStatement> SqliteDb::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return failure(m_db, rc);
    return SqliteStatement(m_db, stmt);
}

Result<QVariant> SqliteDb::scalar(const QString &sql, const QVariantList &args)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bindAll(args);
    const SqliteStep row = stmt->step();
    if (row.failed())
        return row.error();
    return row.hasRow() ? stmt->value(0) : QVariant();
}

QString SqliteDb::quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool SqliteDb::tableExists(const QString &table)
{
    auto found = scalar(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type IN ('table','view') "
                                       "AND name = ?1"),
                        {table});
    return found.ok() && found.value().isValid();
}

QStringList SqliteDb::columns(const QString &table)
{
    QStringList names;
    auto stmt = prepare(QStringLiteral("SELECT name FROM pragma_table_info(?1)"));
    if (!stmt)
        return names;
    stmt->bind(1, table);
    if (!stmt->forEachRow([&] { names << stmt->text(0); }))
        return {};
    return names;
}

qint64 SqliteDb::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

QString SqliteDb::lastErrorText() const
{
    return errorOf(m_db);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement &SqliteStatement::bind(int index, const QVariant &value)
{
    if (value.isNull() || !value.isValid()) {
        sqlite3_bind_null(m_stmt, index);
        return *this;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::Bool:
        sqlite3_bind_int64(m_stmt, index, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_stmt, index, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob64(m_stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                            SQLITE_TRANSIENT);
        break;
    }
    case QMetaType::QDate:
        sqlite3_bind_text(m_stmt, index, value.toDate().toString(Qt::ISODate).toUtf8().constData(),
                          -1, SQLITE_TRANSIENT);
        break;
    default: {
        const QByteArray text = value.toString().toUtf8();
        sqlite3_bind_text64(m_stmt, index, text.constData(), sqlite3_uint64(text.size()),
                            SQLITE_TRANSIENT, SQLITE_UTF8);
        break;
    }
    }
    return *this;
}

SqliteStatement &SqliteStatement::bindAll(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        bind(i + 1, values.at(i));
    return *this;
}

SqliteStep SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return SqliteStep::row();
    if (rc == SQLITE_DONE)
        return SqliteStep::end();
    return failure(m_db, rc);
}

Status SqliteStatement::run()
{
    if (Status done = forEachRow([] {}); !done)
        return done;
    reset();
    return {};
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString SqliteStatement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *chars = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return chars ? QString::fromUtf8(chars, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray SqliteStatement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return data ? QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column))
                : QByteArray();
}

QByteArrayView SqliteStatement::blobView(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return data ? QByteArrayView(static_cast<const char *>(data),
                                 sqlite3_column_bytes(m_stmt, column))
                : QByteArrayView();
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return int64(column);
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_TEXT:
        return text(column);
    case SQLITE_BLOB:
        return blob(column);
    default:
        return {};
    }
}

SqliteTransaction::SqliteTransaction(SqliteDb &db)
    : m_db(db)
{
    // IMMEDIATE takes the write lock now, so a conflict shows up before any work is done.
    m_begun = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_active = m_begun.ok();
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_active)
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

Status SqliteTransaction::commit()
{
    if (!m_active)
        return m_begun.ok() ? Status(Error{tr("The transaction was already finished.")}) : m_begun;
    Status done = m_db.exec(QStringLiteral("COMMIT"));
    if (done.ok())
        m_active = false;
    return done;
}
