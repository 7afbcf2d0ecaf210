// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/projectfile.h"

#include <QStringList>

namespace TestUtils {

// Every row of `tables`, every column, as text: two dumps are equal when the tables are.
inline QString tableDump(ProjectFile &project, const QStringList &tables)
{
    QString text;
    for (const QString &table : tables) {
        auto stmt = project.db().prepare(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
        if (!stmt)
            return stmt.errorMessage();
        Status done = stmt->forEachRow([&] {
            for (int c = 0; c < stmt->columnCount(); ++c)
                text += stmt->value(c).toString() + QLatin1Char('\x1f');
            text += QLatin1Char('\n');
        });
        if (!done)
            return done.errorMessage();
    }
    return text;
}

} // namespace TestUtils
