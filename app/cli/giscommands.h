// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

// `import` (features from any GDAL vector source into a project layer) and `export` (a layer to
// GeoPackage, Shapefile, GeoJSON, KML, DXF or CSV).
namespace GisCommands {
// `args` are the arguments after the command's name; return the exit code.
int importFeatures(const QStringList &args, QTextStream &out, QTextStream &err);
int exportFeatures(const QStringList &args, QTextStream &out, QTextStream &err);
} // namespace GisCommands
