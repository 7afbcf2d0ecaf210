// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/deferredindex.h"

#include "core/storage/sqlitedb.h"

Result<std::optional<DeferredSpatialIndex>> DeferredSpatialIndex::begin(SqliteDb &db,
                                                                        const QString &table)
{
    auto trigger = db.prepare(QStringLiteral(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?1 "
        "AND name = 'rtree_' || ?1 || '_' || (SELECT column_name FROM "
        "gpkg_geometry_columns WHERE table_name = ?1) || '_insert'"));
    if (!trigger)
        return trigger.error();
    trigger->bind(1, table);
    const SqliteStep row = trigger->step();
    if (row.failed())
        return row.error();
    if (!row.hasRow())
        return std::optional<DeferredSpatialIndex>();
    DeferredSpatialIndex d;
    d.m_table = table;
    d.m_trigger = trigger->text(0);
    d.m_sql = trigger->text(1);
    const QString prefix = QStringLiteral("rtree_") + table + QLatin1Char('_');
    d.m_column = d.m_trigger.mid(prefix.size(), d.m_trigger.size() - prefix.size() - 7);
    if (Status done = db.exec(QStringLiteral("DROP TRIGGER %1").arg(SqliteDb::quoted(d.m_trigger)));
        !done)
        return done.error();
    return std::optional<DeferredSpatialIndex>(d);
}

Status DeferredSpatialIndex::finish(SqliteDb &db) const
{
    const QString rtree = SqliteDb::quoted(QStringLiteral("rtree_%1_%2").arg(m_table, m_column));
    const QString g = SqliteDb::quoted(m_column);
    if (Status done = db.exec(
            QStringLiteral("INSERT OR REPLACE INTO %1 (id, minx, maxx, miny, maxy) SELECT fid, "
                           "ST_MinX(%2), ST_MaxX(%2), ST_MinY(%2), ST_MaxY(%2) FROM %3 WHERE "
                           "%2 IS NOT NULL AND NOT ST_IsEmpty(%2) AND fid NOT IN (SELECT id "
                           "FROM %1)")
                .arg(rtree, g, SqliteDb::quoted(m_table)));
        !done)
        return done;
    return db.exec(m_sql);
}
