// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class ProjectFile;

// Writes a project layer (parcels, parks, units, enclaves, projects) to GeoPackage, Shapefile
// (with a UTF-8 .cpg), GeoJSON, KML, DXF or CSV (geometry as WKT) through OGR, in CGCS2000 or
// any CRS GDAL knows. The output is written into a temporary folder beside the target and each
// file renamed into place only when all are complete (FilePlacement); on failure nothing is left.
// The project is only read. Main thread; not reentrant for the same target.
class VectorExport
{
    Q_DECLARE_TR_FUNCTIONS(VectorExport)
public:
    struct Options
    {
        QString layer = QStringLiteral("parcels");
        QString crs;        // "EPSG:4549"; empty: EPSG:4490
        QList<qint64> fids; // only these features (a selection); empty: all
    };

    // The output formats, by file suffix.
    static QStringList suffixes();
    // Returns the number of features written.
    static Result<qint64> run(ProjectFile &project, const QString &target, const Options &options);
};
