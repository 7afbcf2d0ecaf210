// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/report/maplayout.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QString>

// How a map is exported: the page (or image) size in millimetres and the resolution, and what
// goes around the map.
struct MapExportOptions
{
    QSizeF sizeMm{297, 210}; // A4 landscape
    double dpi = 150;        // PNG pixels per inch; a PDF is vector at any resolution
    MapLayoutOptions layout; // title, legend, attribution, scale bar, north arrow
};

struct MapExportResult
{
    QSize pixels;     // of a PNG; the page in points for a PDF
    qint64 bytes = 0; // the file's size
    QList<LayerError> errors;
};

// Writes the map of `map` (its layers, basemap and extent) to a PNG or PDF chosen by the file's
// suffix: a PNG rasterised at the chosen resolution, or a vector PDF (every shape a path, every
// label real text, the CJK font embedded as a subset, translucent layers as PDF opacity rather
// than images, basemap tiles as images). Title, legend, scale bar, north arrow and attribution
// come from MapLayout. Written under a temporary name and renamed into place when complete; a
// layer that cannot be read fails the export and leaves no file. Needs a QGuiApplication; any
// thread that owns the map's sources' reads.
class MapExport
{
    Q_DECLARE_TR_FUNCTIONS(MapExport)
public:
    static QStringList suffixes(); // png, pdf
    static Result<MapExportResult> write(const MapSettings &map, const MapExportOptions &options,
                                         const QString &path);
    // The page size for a screen of `pixels` at `dpi`: a "full-screen" export.
    static QSizeF sizeForPixels(QSize pixels, double dpi);
};
