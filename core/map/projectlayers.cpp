// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/projectlayers.h"

QStringList ProjectLayers::order()
{
    return {QStringLiteral("units"), QStringLiteral("parks"), QStringLiteral("parcels"),
            QStringLiteral("projects"), QStringLiteral("enclaves")};
}

QString ProjectLayers::title(const QString &table)
{
    if (table == QLatin1String("units"))
        return tr("Administrative units");
    if (table == QLatin1String("parks"))
        return tr("Parks and platforms");
    if (table == QLatin1String("parcels"))
        return tr("Land parcels");
    if (table == QLatin1String("enclaves"))
        return tr("Enclaves");
    if (table == QLatin1String("projects"))
        return tr("Projects");
    return table;
}

Result<std::vector<MapLayer>> ProjectLayers::open(const QString &projectPath,
                                                  Fields::Audience audience)
{
    std::vector<MapLayer> layers;
    for (const QString &table : order()) {
        MapLayer layer;
        layer.id = table;
        layer.title = title(table);
        layer.style = DefaultStyles::style(table);
        auto source = openSource(projectPath, table, layer.style, audience);
        if (!source)
            return source.error();
        layer.source = *source;
        layers.push_back(std::move(layer));
    }
    return layers;
}

Result<std::shared_ptr<LayerSource>> ProjectLayers::openSource(const QString &projectPath,
                                                               const QString &table,
                                                               const LayerStyle &style,
                                                               Fields::Audience audience)
{
    // A column the audience may not see is not read (the catalogue says which).
    auto shown = [&](const QString &column) {
        const Field *field = Fields::byColumn(Fields::of(table), column);
        return !field || Fields::isShownTo(*field, audience) ? column : QString();
    };
    LayerSource::Columns columns;
    columns.category = shown(style.categoryColumn);
    if (!columns.category.isEmpty()) {
        for (const LayerStyle::Category &c : style.categories)
            columns.categoryValues << c.value;
    }
    columns.size = shown(style.sizeColumn);
    columns.label = shown(style.labelColumn);
    columns.labelFallback = columns.label.isEmpty() ? QString() : shown(style.labelFallback);
    if (style.linksToHomeUnit)
        columns.link = QStringLiteral("home_unit_id");
    if (audience == Fields::Audience::Public)
        columns.hiddenIf = Fields::confidentialColumn(table);
    return LayerSource::open(projectPath, table, columns);
}

Result<MapLayer> ProjectLayers::openForeign(const QString &path, const QString &table)
{
    auto source = LayerSource::open(path, table);
    if (!source)
        return source.error();
    MapLayer layer;
    layer.id = table;
    layer.title = table;
    layer.source = *source;
    layer.style.stroke = QColor(0x3D, 0x5A, 0x80);
    layer.style.strokeWidth = 0.6;
    return layer;
}
