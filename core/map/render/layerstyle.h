// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

// How one layer is drawn: fill and outline colours keyed by a category column, point sizes by a
// numeric column's tiers, and an optional label column. Plain data, copied into each render job.
struct LayerStyle
{
    struct Category
    {
        QString value; // stored code, e.g. "idle"
        QString label; // translated legend text
        QColor fill;
    };
    struct SizeTier
    {
        double atLeast; // inclusive lower bound, in the column's unit
        double radius;  // pixels (at device pixel ratio 1)
        QString label;
    };

    QString id;   // "status", "land_use", "outline" …: what the map document saves
    QString name; // translated, for the style menu
    QString categoryColumn;
    QList<Category> categories;
    QColor defaultFill{0x9E, 0xB8, 0xD9};
    // The legend's words for features of no category (empty: not listed).
    QString defaultLabel;
    QColor stroke{0x55, 0x55, 0x55};
    double strokeWidth = 0.8;
    // Outline drawn only when a feature is at least this many pixels wide (cheap small features).
    double strokeMinPixels = 8;
    bool dashed = false;
    // Polygons smaller than this (pixels) are drawn as a round marker of this size, so that a
    // park stays visible at county scale. 0: draw at true size.
    double minimumPixels = 0;

    QString sizeColumn; // points: radius by tier
    QList<SizeTier> sizeTiers;
    double pointRadius = 4;
    enum class Marker { Circle, Diamond } marker = Marker::Circle;

    QString labelColumn;
    QString labelFallback; // read where labelColumn is empty (English names: name_en, else name)
    int labelPixelSize = 12;
    bool labelBold = false;
    // Only features at least this wide (pixels; a point counts its marker) get a label.
    double labelMinPixels = 40;
    int labelPriority = 0; // higher wins when labels collide

    // Enclaves: a curved line from each site to its home unit.
    bool linksToHomeUnit = false;

    QColor fillFor(const QString &category) const;
    double radiusFor(double value) const;
};

// The designed styles of the project layers, legible on a projector, and a plain style for any
// other polygon layer (parcels: by status, land use, idle category and 亩均 grade). Colours for
// parcel status and project stage are fixed palettes that stay
// distinguishable for colour-blind viewers (Okabe–Ito) and in greyscale print.
namespace DefaultStyles {
// The styles a user can choose for a project layer, the default first (empty for other tables).
QList<LayerStyle> stylesFor(const QString &table);
// The style with this id, or the default when there is none (a state saved by another version).
LayerStyle style(const QString &table, const QString &id = {});
QColor parcelStatusColour(const QString &status);
QColor idleCategoryColour(const QString &category);
QColor gradeColour(const QString &grade); // 亩均 grades A–D
QColor stageColour(const QString &stage);
} // namespace DefaultStyles
