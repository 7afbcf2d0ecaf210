// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/importpresets.h"

#include "core/storage/projectfile.h"

#include <QJsonDocument>
#include <QJsonObject>

Result<QStringList> ImportPresets::names(ProjectFile &project)
{
    auto stmt
        = project.db().prepare(QStringLiteral("SELECT name FROM import_presets ORDER BY name"));
    if (!stmt)
        return stmt.error();
    QStringList list;
    if (Status done = stmt->forEachRow([&] { list << stmt->text(0); }); !done)
        return done.error();
    return list;
}

Result<ImportPresets::Mapping> ImportPresets::load(ProjectFile &project, const QString &name)
{
    auto json = project.db().scalar(
        QStringLiteral("SELECT mapping_json FROM import_presets WHERE name = ?1"), {name});
    if (!json)
        return json.error();
    if (!json->isValid())
        return Error{tr("There is no import preset named %1.").arg(name)};
    const QJsonObject object = QJsonDocument::fromJson(json->toString().toUtf8()).object();
    Mapping mapping;
    for (auto it = object.begin(); it != object.end(); ++it)
        mapping.insert(it.key(), it.value().toString());
    return mapping;
}

Status ImportPresets::save(ProjectFile &project, const QString &name, const Mapping &mapping)
{
    if (name.trimmed().isEmpty())
        return Error{tr("An import preset needs a name.")};
    QJsonObject object;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        object.insert(it.key(), it.value());
    auto stmt = project.db().prepare(
        QStringLiteral("INSERT INTO import_presets (name, mapping_json) VALUES (?1, ?2) "
                       "ON CONFLICT(name) DO UPDATE SET mapping_json = excluded.mapping_json"));
    if (!stmt)
        return stmt.error();
    stmt->bindAll(
        {name.trimmed(), QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))});
    return stmt->run();
}
