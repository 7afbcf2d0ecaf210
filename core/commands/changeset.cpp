// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/changeset.h"

#include "core/project/projectchange.h"

#include "core/storage/deferredindex.h"
#include "core/storage/projectfile.h"

#include <QHash>
#include <QScopeGuard>

#include <map>
#include <optional>

namespace {

// The statements of one run, by their SQL: a large set (an import of 100 000 parcels) repeats
// a few statements, and preparing each anew compiled the GeoPackage R-tree triggers every time
// (a third of the import).
using Statements = std::map<QString, SqliteStatement>;

// Rows from which a change set gets a page cache of its own (256 MB at most).
constexpr qsizetype kLargeSet = 10000;

Status runCached(SqliteDb &db, Statements &statements, const QString &sql, const QVariantList &args)
{
    auto it = statements.find(sql);
    if (it == statements.end()) {
        auto stmt = db.prepare(sql);
        if (!stmt)
            return stmt.error();
        it = statements.emplace(sql, stmt.takeValue()).first;
    }
    it->second.bindAll(args);
    Status done = it->second.run();
    if (!done)
        it->second.reset();
    return done;
}

// Brings one row from `from` to `to` (either may be empty: insert or delete).
Status change(SqliteDb &db, Statements &statements, const RowChange &c, const QVariantMap &from,
              const QVariantMap &to)
{
    if (to.isEmpty()) {
        return runCached(db, statements,
                         QStringLiteral("DELETE FROM %1 WHERE %2 = ?1")
                             .arg(SqliteDb::quoted(c.table), SqliteDb::quoted(c.keyColumn)),
                         {c.key});
    }
    QStringList columns, values;
    QVariantList args;
    for (auto it = to.cbegin(); it != to.cend(); ++it) {
        if (!from.isEmpty() && from.value(it.key()) == it.value() && it.key() != c.keyColumn)
            continue;
        args << it.value();
        columns << SqliteDb::quoted(it.key());
        values << QStringLiteral("?%1").arg(args.size());
    }
    if (from.isEmpty()) {
        if (!to.contains(c.keyColumn)) {
            args << c.key;
            columns << SqliteDb::quoted(c.keyColumn);
            values << QStringLiteral("?%1").arg(args.size());
        }
        return runCached(db, statements,
                         QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                             .arg(SqliteDb::quoted(c.table), columns.join(QLatin1Char(',')),
                                  values.join(QLatin1Char(','))),
                         args);
    }
    QStringList sets;
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i] != SqliteDb::quoted(c.keyColumn))
            sets << columns[i] + QStringLiteral(" = ") + values[i];
    }
    if (sets.isEmpty())
        return {};
    args << c.key;
    return runCached(db, statements,
                     QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?%4")
                         .arg(SqliteDb::quoted(c.table), sets.join(QLatin1Char(',')),
                              SqliteDb::quoted(c.keyColumn))
                         .arg(args.size()),
                     args);
}

} // namespace

Status ChangeSet::run(ProjectFile &project, bool forward) const
{
    SqliteTransaction transaction(project.db());
    if (!transaction.begun())
        return transaction.begun();
    Statements statements;
    // A large set (an import of 100 000 parcels) outgrows SQLite's page cache, which then spills
    // the same R-tree and table pages to the WAL again and again; a bigger cache for the run
    // writes each page once. Given back afterwards, whatever happens.
    std::optional<QVariant> cacheSize;
    if (m_changes.size() > kLargeSet) {
        auto size = project.db().scalar(QStringLiteral("PRAGMA cache_size"));
        if (size && project.db().exec(QStringLiteral("PRAGMA cache_size = -262144")))
            cacheSize = *size;
    }
    const auto restore = qScopeGuard([&] {
        if (cacheSize)
            (void)project.db().exec(
                QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize->toLongLong()));
    });
    // A large insert into a feature table sets its R-tree trigger aside for the run
    // (DeferredSpatialIndex), inside the transaction.
    std::vector<DeferredSpatialIndex> deferred;
    {
        QHash<QString, qsizetype> inserts;
        for (const RowChange &c : m_changes) {
            if ((forward ? c.before : c.after).isEmpty())
                ++inserts[c.table];
        }
        for (auto it = inserts.cbegin(); it != inserts.cend(); ++it) {
            if (it.value() <= kLargeSet)
                continue;
            auto index = DeferredSpatialIndex::begin(project.db(), it.key());
            if (!index)
                return index.error();
            if (*index)
                deferred.push_back(**index);
        }
    }
    // Undo walks backwards so that rows come back before the rows that refer to them.
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        const RowChange &c = m_changes[forward ? i : m_changes.size() - 1 - i];
        if (Status done = forward ? change(project.db(), statements, c, c.before, c.after)
                                  : change(project.db(), statements, c, c.after, c.before);
            !done)
            return done.error().withMessage(
                tr("The change to %1 %2 could not be saved: %3. Nothing was changed.")
                    .arg(c.table)
                    .arg(c.key)
                    .arg(done.errorMessage()));
    }
    for (const DeferredSpatialIndex &d : deferred) {
        if (Status done = d.finish(project.db()); !done)
            return done;
    }
    return transaction.commit();
}

Result<QVariantMap> ChangeSet::readRow(ProjectFile &project, const QString &table,
                                       const QString &keyColumn, qint64 key)
{
    auto stmt
        = project.db().prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?1")
                                   .arg(SqliteDb::quoted(table), SqliteDb::quoted(keyColumn)));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    const SqliteStep row = stmt->step();
    if (row.failed())
        return row.error();
    QVariantMap values;
    if (!row.hasRow())
        return values;
    for (int c = 0; c < stmt->columnCount(); ++c)
        values.insert(stmt->columnName(c), stmt->value(c));
    return values;
}

Result<QList<QVariantMap>> ChangeSet::readRows(ProjectFile &project, const QString &table,
                                               const QString &column, qint64 value)
{
    auto stmt = project.db().prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?1 ORDER BY id")
                                         .arg(SqliteDb::quoted(table), SqliteDb::quoted(column)));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, value);
    QList<QVariantMap> rows;
    if (Status done = stmt->forEachRow([&] {
            QVariantMap row;
            for (int c = 0; c < stmt->columnCount(); ++c)
                row.insert(stmt->columnName(c), stmt->value(c));
            rows.append(row);
        });
        !done)
        return done.error();
    return rows;
}

ProjectChange ChangeSet::describe(bool forward) const
{
    ProjectChange change;
    for (const RowChange &c : m_changes) {
        const QVariantMap &from = forward ? c.before : c.after;
        const QVariantMap &to = forward ? c.after : c.before;
        if (from.isEmpty()) {
            change.addRow(c.table, c.key);
        } else if (to.isEmpty()) {
            change.removeRow(c.table, c.key);
        } else {
            QSet<QString> fields;
            for (auto it = to.cbegin(); it != to.cend(); ++it) {
                if (from.value(it.key()) != it.value())
                    fields.insert(it.key());
            }
            change.modifyRow(c.table, c.key, fields);
        }
    }
    return change;
}
