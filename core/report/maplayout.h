// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/map/render/maprenderer.h"
#include "core/map/render/mapsettings.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QPainter;

// One line of a map legend: a swatch (a filled area, an outline or a point) and its text; a
// heading has no swatch.
struct LegendEntry
{
    enum class Kind { Heading, Area, Outline, Point };
    Kind kind = Kind::Area;
    QString label;
    QColor fill;
    QColor stroke;
    bool dashed = false;
};

// What goes around a map on a page or an exported image.
struct MapLayoutOptions
{
    QString title;    // above the map; none when empty
    QString subtitle; // under the title, smaller
    QList<LegendEntry> legend;
    QString attribution; // basemap (with its 审图号) and data sources, under the map
    bool scaleBar = true;
    bool northArrow = true;
    double textScale = 1.0; // bigger text (presentation mode) or smaller (a brochure's inset)
    // A vector PDF's basemap (tiles are pictures) is one image at this resolution under the
    // vector layers: tile by tile at the vector layout's resolution it would weigh several
    // times as much.
    double rasterDpi = 150;
    QString language; // of the scale bar's label ("en", "zh"); empty: the program's
};

// A map with its title, legend, scale bar, north arrow and attribution, painted into a rectangle
// of any painter: a PNG (the map rasterised at the image's resolution) or a PDF (`vector`: every
// shape a path and every text real text, fonts embedded by the writer, the basemap one image at
// options.rasterDpi). Used by the map export
// and the park brochure. Stateless; any thread that may use fonts (a QGuiApplication exists).
class MapLayout
{
    Q_DECLARE_TR_FUNCTIONS(MapLayout)
public:
    // The legend of the visible layers of `settings`, top layer first: each layer's title and
    // its categories, or one swatch for a layer drawn in one colour.
    static QList<LegendEntry> legendFor(const MapSettings &settings);
    // The basemaps' attributions (with 审图号 where the service gives one), joined.
    static QString attributionFor(const MapSettings &settings);

    // Paints into `rect` (the painter's coordinates, `dpi` of them per inch). The map shows the
    // centre of `map.extent` widened to the map area's shape; its symbols and labels have their
    // physical size at any `dpi`. Returns the layers the map had to leave out.
    static QList<LayerError> paint(QPainter &painter, const QRectF &rect, double dpi,
                                   const MapSettings &map, const MapLayoutOptions &options,
                                   bool vector);
    // The legend alone, in the bottom-right corner of `map` (the painter's coordinates, `dpi`
    // of them per inch), above `bottomMargin`: the presentation's legend over its map.
    static void paintLegend(QPainter &painter, const QRectF &map, double dpi,
                            const QList<LegendEntry> &entries, double textScale = 1.0,
                            double bottomMargin = -1);
    // The map area paint() leaves inside `rect` after the title and the attribution.
    static QRectF mapArea(const QRectF &rect, double dpi, const MapLayoutOptions &options);
};
