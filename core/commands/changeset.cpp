// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/changeset.h"

#include "core/project/projectchange.h"

#include "core/storage/projectfile.h"

namespace {

// Brings one row from `from` to `to` (either may be empty: insert or delete).
Status change(SqliteDb &db, const RowChange &c, const QVariantMap &from, const QVariantMap &to)
{
    if (to.isEmpty()) {
        auto stmt = db.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?1")
                                   .arg(SqliteDb::quoted(c.table), SqliteDb::quoted(c.keyColumn)));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, c.key);
        return stmt->run();
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
        auto stmt = db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(SqliteDb::quoted(c.table), columns.join(QLatin1Char(',')),
                                        values.join(QLatin1Char(','))));
        if (!stmt)
            return stmt.error();
        stmt->bindAll(args);
        return stmt->run();
    }
    QStringList sets;
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i] != SqliteDb::quoted(c.keyColumn))
            sets << columns[i] + QStringLiteral(" = ") + values[i];
    }
    if (sets.isEmpty())
        return {};
    args << c.key;
    auto stmt = db.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?%4")
                               .arg(SqliteDb::quoted(c.table), sets.join(QLatin1Char(',')),
                                    SqliteDb::quoted(c.keyColumn))
                               .arg(args.size()));
    if (!stmt)
        return stmt.error();
    stmt->bindAll(args);
    return stmt->run();
}

} // namespace

Status ChangeSet::run(ProjectFile &project, bool forward) const
{
    SqliteTransaction transaction(project.db());
    if (!transaction.begun())
        return transaction.begun();
    // Undo walks backwards so that rows come back before the rows that refer to them.
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        const RowChange &c = m_changes[forward ? i : m_changes.size() - 1 - i];
        if (Status done = forward ? change(project.db(), c, c.before, c.after)
                                  : change(project.db(), c, c.after, c.before);
            !done)
            return done.error().withMessage(
                tr("The change to %1 %2 could not be saved: %3. Nothing was changed.")
                    .arg(c.table)
                    .arg(c.key)
                    .arg(done.errorMessage()));
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
