// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/localnames.h"

#include "core/storage/projectfile.h"

#include <QRegularExpression>

Result<LocalNames> LocalNames::read(ProjectFile &project, bool english)
{
    LocalNames names;
    names.m_english = english;
    if (!english)
        return names;
    SqliteDb &db = project.db();
    struct Source
    {
        const char *table, *sql;
    };
    const Source sources[] = {
        {"units", "SELECT name, name_en FROM units WHERE name_en IS NOT NULL AND name_en != ''"},
        {"parks", "SELECT name, name_en FROM parks WHERE name_en IS NOT NULL AND name_en != ''"},
        {"chains", "SELECT name, name_en FROM chain_names WHERE name_en IS NOT NULL AND "
                   "name_en != ''"},
    };
    for (const Source &source : sources) {
        const QString table = QLatin1String(source.table);
        const bool present = table == QLatin1String("chains")
                                 ? db.tableExists(QStringLiteral("chain_names"))
                                 : db.columnExists(table, QStringLiteral("name_en"));
        if (!present)
            continue; // an older project: Chinese names only
        auto stmt = db.prepare(QLatin1String(source.sql));
        if (!stmt)
            return stmt.error();
        QHash<QString, QString> &map = names.m_names[table];
        if (Status done = stmt->forEachRow([&] { map.insert(stmt->text(0), stmt->text(1)); });
            !done)
            return done.error();
    }
    return names;
}

QString LocalNames::name(const QString &table, const QString &name) const
{
    if (!m_english)
        return name;
    return m_names.value(table).value(name, name);
}

QString LocalNames::chain(const QString &chain) const
{
    return name(QStringLiteral("chains"), chain.trimmed());
}

QString LocalNames::chains(const QString &list) const
{
    if (!m_english)
        return list;
    static const QRegularExpression separators(QStringLiteral("[、，,;；]"));
    QStringList parts;
    for (const QString &part : list.split(separators, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            parts << chain(part);
    }
    return parts.join(QStringLiteral(", "));
}
