// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/sqlitedb.h"

#include <QString>

// Whether a table has a column. Asks PRAGMA table_info: a probe such as SELECT "col" FROM t
// succeeds for a missing column, which SQLite then reads as the string 'col'.
namespace TableInfo {
bool hasColumn(SqliteDb &db, const QString &table, const QString &column);
} // namespace TableInfo
