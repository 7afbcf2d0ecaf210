// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QColor>
#include <QImage>
#include <QRectF>
#include <QSet>
#include <QString>

class ProjectFile;

// Paints the project's layers into an image: units with names, parks filled by kind, parcels
// coloured by status, enclaves and projects as points. The view is given in storage coordinates
// (longitude/latitude, CGCS2000) and drawn in Web Mercator so that shapes keep their proportions.
// A plain, synchronous renderer; it reads only what lies inside the view (GeoPackage R-tree).
class MapRenderer
{
public:
    struct Request
    {
        QSize size{1280, 800};
        QRectF extent;           // lon/lat; the image shows at least this area
        QSet<QString> hidden;    // layer (table) names not to draw
        qreal devicePixelRatio = 1.0;
    };

    static Result<QImage> render(ProjectFile &project, const Request &request);
    // Colour of a parcel status code: a fixed, colour-blind-safe palette (Okabe–Ito based).
    static QColor statusColour(const QString &status);
    static QStringList layerOrder(); // bottom to top
};
