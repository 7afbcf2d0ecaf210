// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/map/layersource.h"
#include "core/map/render/layerstyle.h"
#include "core/map/render/maptopixel.h"

#include <QColor>
#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QSize>

#include <memory>
#include <vector>

class TileSource;

// One layer of a map: where its features come from, how they look, and how it is shown.
struct MapLayer
{
    QString id; // table name for project layers
    QString title;
    std::shared_ptr<LayerSource> source;
    LayerStyle style;
    bool visible = true;
    double opacity = 1.0;
    bool showLinks = true; // enclave → home unit lines, where the style has them
    // Only these features are drawn and hit (the projects the ledger's filter shows); null: all.
    // Never changed once set, so a render job may share it with the GUI thread.
    std::shared_ptr<const QSet<qint64>> shownFids;
    // A thematic colouring laid over the style for this view (units by target completion):
    // these features take these fills, the others the style's. Never changed once set.
    std::shared_ptr<const QHash<qint64, QColor>> fillOverride;

    bool shows(qint64 fid) const { return !shownFids || shownFids->contains(fid); }
};

// Everything a render job needs, copied on the GUI thread: the job never looks back at widgets
// or at the canvas while it runs.
struct MapSettings
{
    QRectF extent;          // Web Mercator metres, exactly what the image shows
    QSize size{1920, 1080}; // device pixels
    qreal devicePixelRatio = 1.0;
    double dpi = 96;
    std::vector<MapLayer> layers; // bottom to top
    std::shared_ptr<TileSource> basemap;
    std::shared_ptr<TileSource> basemapOverlay; // e.g. Tianditu's annotation layer
    double basemapOpacity = 1.0;
    bool labels = true;
    bool antialiasing = true;
    QColor background{0xF4, 0xF1, 0xEA};

    // The image's pixels (device pixels) and Web Mercator metres.
    MapToPixel mapToPixel() const { return MapToPixel(extent, QSizeF(size)); }
    double metresPerPixel() const { return mapToPixel().mapUnitsPerPixel(); }
    // Pixel-size multiplier for symbols and text (HiDPI and print DPI).
    double symbolScale() const { return devicePixelRatio * dpi / 96.0; }
    // `wanted` grown to the aspect ratio of `size`, keeping its centre.
    static QRectF fitted(const QRectF &wanted, QSize size);
    const MapLayer *layer(const QString &id) const;
};
