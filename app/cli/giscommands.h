// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

// `import` (features from any GDAL vector source into a project layer), `export` (a layer or a
// selection to GeoPackage, Shapefile, GeoJSON, KML, DXF or CSV) and `units fill-boundaries`.
namespace GisCommands {
// `args` are the arguments after the command's name; return the exit code.
int importFeatures(const QStringList &args, QTextStream &out, QTextStream &err);
int exportFeatures(const QStringList &args, QTextStream &out, QTextStream &err);
// `units fill-boundaries`: boundaries for units that have none.
int units(const QStringList &args, QTextStream &out, QTextStream &err);
} // namespace GisCommands
