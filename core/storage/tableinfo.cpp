// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/tableinfo.h"

namespace TableInfo {

bool hasColumn(SqliteDb &db, const QString &table, const QString &column)
{
    if (table.isEmpty() || column.isEmpty())
        return false;
    auto found = db.scalar(
        QStringLiteral("SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2 COLLATE NOCASE"),
        {table, column});
    return found && found->isValid();
}

} // namespace TableInfo
