// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/domain/fields.h"
#include "core/map/render/mapsettings.h"

#include <QCoreApplication>
#include <QStringList>

// The map layers of a project file, bottom to top, with their designed default styles.
class ProjectLayers
{
    Q_DECLARE_TR_FUNCTIONS(ProjectLayers)
public:
    static QStringList order(); // units, parks, parcels, projects, enclaves
    static QString title(const QString &table);
    // Every layer, each with its default style, as `audience` may see it.
    static Result<std::vector<MapLayer>> open(const QString &projectPath,
                                              Fields::Audience audience = Fields::Audience::Office);
    // The features of one project layer, reading the columns `style` draws with. For the
    // public, confidential projects are not read at all, and a style's category, size or label
    // column that is a confidential field (projects sized by investment) is not read: the style
    // draws every feature alike.
    static Result<std::shared_ptr<LayerSource>>
    openSource(const QString &projectPath, const QString &table, const LayerStyle &style,
               Fields::Audience audience = Fields::Audience::Office);
    // One layer of any GeoPackage (benchmark, foreign data) with a plain style.
    static Result<MapLayer> openForeign(const QString &path, const QString &table);
};
