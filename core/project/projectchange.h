// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

// What one edit (or undo, redo, import) changed in a project: per table, which rows were added,
// removed or modified, and which fields of the modified rows. Views use it to refresh only what
// they show. A value type; cheap to copy for the handful of rows a user edit touches.
class ProjectChange
{
public:
    struct Table
    {
        QSet<qint64> added;
        QSet<qint64> removed;
        QSet<qint64> modified;
        QSet<QString> fields; // fields whose value changed in `modified` rows

        QSet<qint64> all() const { return added | removed | modified; }
    };

    void addRow(const QString &table, qint64 key) { m_tables[table].added.insert(key); }
    void removeRow(const QString &table, qint64 key) { m_tables[table].removed.insert(key); }
    void modifyRow(const QString &table, qint64 key, const QSet<QString> &fields)
    {
        Table &t = m_tables[table];
        t.modified.insert(key);
        t.fields.unite(fields);
    }
    // Marks a whole table as changed in ways not listed row by row (the file changed on disk).
    void touchTable(const QString &table)
    {
        m_tables[table];
        m_wholeTables.insert(table);
    }

    bool isEmpty() const { return m_tables.isEmpty(); }
    bool touches(const QString &table) const { return m_tables.contains(table); }
    bool touchesAny(const QStringList &tables) const
    {
        for (const QString &table : tables) {
            if (touches(table))
                return true;
        }
        return false;
    }
    // Rows were added or removed: counts, totals and orderings may differ.
    bool addsOrRemoves(const QString &table) const
    {
        const auto it = m_tables.constFind(table);
        return it != m_tables.cend() && !(it->added.isEmpty() && it->removed.isEmpty());
    }
    Table table(const QString &table) const { return m_tables.value(table); }
    // Any row of the table may have changed (rows were not listed).
    bool wholeTable(const QString &table) const { return m_wholeTables.contains(table); }
    // Whether this row may have changed: listed, or its whole table touched.
    bool touchesRow(const QString &table, qint64 key) const
    {
        return wholeTable(table) || m_tables.value(table).all().contains(key);
    }
    QStringList tables() const
    {
        QStringList names = m_tables.keys();
        names.sort();
        return names;
    }

private:
    QHash<QString, Table> m_tables;
    QSet<QString> m_wholeTables;
};
