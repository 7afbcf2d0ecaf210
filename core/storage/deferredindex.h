// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QString>

#include <optional>

class SqliteDb;

// A large insert into a GeoPackage feature table without its R-tree insert trigger, which fires
// once per row (half the time of importing 100 000 parcels). As GDAL does for bulk loads, the
// trigger is set aside; finish() fills the index with the new rows in one statement and puts
// the trigger back from its own SQL, kept from sqlite_master. Both run inside the caller's
// transaction, so a failure or a crash leaves trigger, rows and index as they were.
class DeferredSpatialIndex
{
public:
    // Drops the table's R-tree insert trigger; nullopt when it has none (no spatial index).
    static Result<std::optional<DeferredSpatialIndex>> begin(SqliteDb &db, const QString &table);
    Status finish(SqliteDb &db) const;

private:
    QString m_table, m_column, m_trigger, m_sql;
};
