// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gis/vectorpresets.h"

#include "core/storage/projectfile.h"
#include "core/storage/sqlitedb.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kKind = QStringLiteral("@kind");
const QString kVector = QStringLiteral("vector");

QString offsetName(VectorImport::WebOffset offset)
{
    switch (offset) {
    case VectorImport::WebOffset::Gcj02:
        return QStringLiteral("gcj02");
    case VectorImport::WebOffset::Bd09:
        return QStringLiteral("bd09");
    default:
        return {};
    }
}

QJsonObject toJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QMap<QString, QString> fromJson(const QJsonObject &object)
{
    QMap<QString, QString> map;
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

} // namespace

Result<QStringList> VectorPresets::names(ProjectFile &project, const QString &layer)
{
    auto stmt = project.db().prepare(
        QStringLiteral("SELECT name, mapping_json FROM import_presets ORDER BY name"));
    if (!stmt)
        return stmt.error();
    QStringList list;
    Status done = stmt->forEachRow([&] {
        const QJsonObject object = QJsonDocument::fromJson(stmt->text(1).toUtf8()).object();
        if (object.value(kKind).toString() == kVector
            && (layer.isEmpty() || object.value(QStringLiteral("layer")).toString() == layer))
            list << stmt->text(0);
    });
    if (!done)
        return done.error();
    return list;
}

Result<VectorImport::Options> VectorPresets::load(ProjectFile &project, const QString &name,
                                                  VectorImport::Options options)
{
    auto json = project.db().scalar(
        QStringLiteral("SELECT mapping_json FROM import_presets WHERE name = ?1"), {name});
    if (!json)
        return json.error();
    const QJsonObject object = json->isValid()
                                   ? QJsonDocument::fromJson(json->toString().toUtf8()).object()
                                   : QJsonObject();
    if (object.value(kKind).toString() != kVector)
        return Error{tr("There is no GIS import preset named %1.").arg(name)};
    options.layer = object.value(QStringLiteral("layer")).toString(options.layer);
    options.mapping = fromJson(object.value(QStringLiteral("mapping")).toObject());
    options.values.clear();
    const QJsonObject values = object.value(QStringLiteral("values")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        options.values.insert(it.key(), fromJson(it.value().toObject()));
    options.encoding = object.value(QStringLiteral("encoding")).toString();
    options.sourceCrs = object.value(QStringLiteral("crs")).toString();
    options.swapXY = object.value(QStringLiteral("swap_xy")).toBool();
    const QString offset = object.value(QStringLiteral("web_offset")).toString();
    options.webOffset = offset == QLatin1String("gcj02")  ? VectorImport::WebOffset::Gcj02
                        : offset == QLatin1String("bd09") ? VectorImport::WebOffset::Bd09
                                                          : VectorImport::WebOffset::None;
    options.xField = object.value(QStringLiteral("x_field")).toString();
    options.yField = object.value(QStringLiteral("y_field")).toString();
    return options;
}

Status VectorPresets::save(ProjectFile &project, const QString &name,
                           const VectorImport::Options &options)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("An import preset needs a name.")};
    auto existing = project.db().scalar(
        QStringLiteral("SELECT mapping_json FROM import_presets WHERE name = ?1"), {trimmed});
    if (!existing)
        return existing.error();
    if (existing->isValid()
        && QJsonDocument::fromJson(existing->toString().toUtf8()).object().value(kKind).toString()
               != kVector)
        return Error{tr("A spreadsheet import preset is already called %1; choose another name.")
                         .arg(trimmed)};
    QJsonObject values;
    for (auto it = options.values.cbegin(); it != options.values.cend(); ++it)
        values.insert(it.key(), toJson(it.value()));
    const QJsonObject object{
        {kKind, kVector},
        {QStringLiteral("layer"), options.layer},
        {QStringLiteral("mapping"), toJson(options.mapping)},
        {QStringLiteral("values"), values},
        {QStringLiteral("encoding"), options.encoding},
        {QStringLiteral("crs"), options.sourceCrs},
        {QStringLiteral("swap_xy"), options.swapXY},
        {QStringLiteral("web_offset"), offsetName(options.webOffset)},
        {QStringLiteral("x_field"), options.xField},
        {QStringLiteral("y_field"), options.yField},
    };
    auto stmt = project.db().prepare(
        QStringLiteral("INSERT INTO import_presets (name, mapping_json) VALUES (?1, ?2) "
                       "ON CONFLICT(name) DO UPDATE SET mapping_json = excluded.mapping_json"));
    if (!stmt)
        return stmt.error();
    stmt->bindAll(
        {trimmed, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))});
    return stmt->run();
}
