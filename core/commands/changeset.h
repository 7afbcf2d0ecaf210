// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantMap>

class ProjectChange;
class ProjectFile;

// A set of row changes that can be applied forwards (redo) or backwards (undo), always inside one
// SQLite transaction: either every row changes or none does. A row with no `before` values is an
// insert; with no `after` values, a delete. Values are column → value, the key column included.
struct RowChange
{
    QString table;
    QString keyColumn; // "fid" for feature tables, "id" for attribute tables
    qint64 key = 0;
    QVariantMap before;
    QVariantMap after;
};

class ChangeSet
{
    Q_DECLARE_TR_FUNCTIONS(ChangeSet)
public:
    void add(RowChange change) { m_changes.append(std::move(change)); }
    const QList<RowChange> &changes() const { return m_changes; }
    bool isEmpty() const { return m_changes.isEmpty(); }

    Status apply(ProjectFile &project) const { return run(project, true); }
    Status revert(ProjectFile &project) const { return run(project, false); }
    // What applying (forward) or reverting the set changes, row by row and field by field.
    ProjectChange describe(bool forward) const;

    // The current values of a row (all columns), empty when there is no such row.
    static Result<QVariantMap> readRow(ProjectFile &project, const QString &table,
                                       const QString &keyColumn, qint64 key);
    // The rows of an attribute table whose `column` is `value` (all columns), by id.
    static Result<QList<QVariantMap>> readRows(ProjectFile &project, const QString &table,
                                               const QString &column, qint64 value);

private:
    Status run(ProjectFile &project, bool forward) const;
    QList<RowChange> m_changes;
};
