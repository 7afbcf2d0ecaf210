// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/map/render/maptopixel.h"

#include <QCoreApplication>
#include <QString>

class QPainter;

// The scale bar and the north arrow, painted with any QPainter over a view of the map, so that
// the canvas, `investatlas-cli render` and print layouts show the same ones. Sizes are given in
// the painter's pixels times `scale` (1 on screen; MapSettings::symbolScale() for images, so a
// 300 dpi print gets a bar of the same physical size). Stateless; any thread.
class MapDecorations
{
    Q_DECLARE_TR_FUNCTIONS(MapDecorations)
public:
    struct ScaleBar
    {
        double metres = 0; // the ground length it stands for: 1, 2 or 5 × 10ⁿ m
        double pixels = 0; // its length in the view's pixels
        QString label;     // "500 m", "2 km" (translated)
    };

    // True ground metres per pixel along the parallel through the view's centre. Web Mercator
    // metres are not ground metres: on the WGS 84 / CGCS2000 ellipsoid a parallel at latitude φ
    // is cos φ / √(1 − e² sin² φ) as long as its Web Mercator image.
    static double groundMetresPerPixel(const MapToPixel &view);
    // The longest round length whose bar fits in `maxPixels`; none (metres 0) for an invalid view.
    // `language` ("en", "zh"): the label in a document's language; empty: the program's.
    static ScaleBar scaleBar(const MapToPixel &view, double maxPixels,
                             const QString &language = {});

    // A two-tone bar with its length above, its bottom-left corner at `bottomLeft`.
    static void paintScaleBar(QPainter &painter, const MapToPixel &view, const QPointF &bottomLeft,
                              double scale = 1.0, const QString &language = {});
    // An arrowhead pointing up with an N above it, its top centre at `top`. Web Mercator keeps
    // north up everywhere, so the arrow never turns.
    static void paintNorthArrow(QPainter &painter, const QPointF &top, double scale = 1.0);
    // Both, in the corners of `view` (in the painter's coordinates): the scale bar bottom left,
    // the north arrow top right.
    static void paint(QPainter &painter, const MapToPixel &view, double scale = 1.0);
};
