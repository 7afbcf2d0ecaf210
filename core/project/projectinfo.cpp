// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/projectinfo.h"

#include "core/storage/projectfile.h"
#include "core/storage/schema.h"

#include <QJsonArray>

Result<ProjectInfo> ProjectInfo::read(ProjectFile &project)
{
    ProjectInfo info;
    info.schemaVersion = project.schemaVersion();
    // In public mode the counts are of what the audience may see: "12 projects" must not
    // become "15" and tell the room that three are hidden.
    auto rowCount = [&project](const QString &table) -> Result<qint64> {
        const QString visible = Fields::visibleRows(table, project.audience());
        if (visible == QLatin1String("1"))
            return project.rowCount(table);
        auto count = project.db().scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                                             .arg(SqliteDb::quoted(table), visible));
        if (!count)
            return count.error();
        return count->toLongLong();
    };
    for (const QString &table : Schema::featureTables()) {
        auto count = rowCount(table);
        if (!count)
            return count.error();
        info.layers.append({table, *count});
    }
    for (const QString &table : Schema::ledgerTables(project.schemaVersion())) {
        auto count = rowCount(table);
        if (!count)
            return count.error();
        info.tables.append({table, *count});
    }
    auto extent = project.extent();
    if (!extent)
        return extent.error();
    info.extent = *extent;
    return info;
}

QJsonObject ProjectInfo::toJson() const
{
    QJsonObject layerCounts, tableCounts;
    for (const auto &[name, count] : layers)
        layerCounts.insert(name, count);
    for (const auto &[name, count] : tables)
        tableCounts.insert(name, count);
    QJsonValue extentValue;
    if (!extent.isNull())
        extentValue = QJsonArray{extent.left(), extent.top(), extent.right(), extent.bottom()};
    return QJsonObject{
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("crs"), QStringLiteral("EPSG:%1").arg(Schema::kStorageSrsId)},
        {QStringLiteral("layers"), layerCounts},
        {QStringLiteral("tables"), tableCounts},
        {QStringLiteral("extent"), extentValue}};
}
