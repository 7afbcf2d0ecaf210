// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/importpresets.h"

#include "core/storage/projectfile.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

// GIS import presets share the table (core/gis/vectorpresets.*), marked in their JSON.
bool isGisPreset(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object().contains(QStringLiteral("@kind"));
}

} // namespace

Result<QStringList> ImportPresets::names(ProjectFile &project)
{
    auto stmt = project.db().prepare(
        QStringLiteral("SELECT name, mapping_json FROM import_presets ORDER BY name"));
    if (!stmt)
        return stmt.error();
    QStringList list;
    Status done = stmt->forEachRow([&] {
        if (!isGisPreset(stmt->text(1)))
            list << stmt->text(0);
    });
    if (!done)
        return done.error();
    return list;
}

Result<ImportPresets::Mapping> ImportPresets::load(ProjectFile &project, const QString &name)
{
    auto json = project.db().scalar(
        QStringLiteral("SELECT mapping_json FROM import_presets WHERE name = ?1"), {name});
    if (!json)
        return json.error();
    if (!json->isValid() || isGisPreset(json->toString()))
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
    auto existing = project.db().scalar(
        QStringLiteral("SELECT mapping_json FROM import_presets WHERE name = ?1"),
        {name.trimmed()});
    if (!existing)
        return existing.error();
    if (existing->isValid() && isGisPreset(existing->toString()))
        return Error{tr("A GIS import preset is already called %1; choose another name.")
                         .arg(name.trimmed())};
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
