// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QRectF>

#include <memory>
#include <utility>

class OGRGeometry;
struct sqlite3;

// GeoPackage geometry blobs (GeoPackage 1.2, clause 2.1.3): a small header with the SRS id and
// envelope, followed by standard WKB. Reading and writing them directly lets the project file use
// one plain SQLite connection, without GDAL holding a second connection to the same file.
namespace GpkgGeometry {

// Encodes a geometry with an XY envelope, little-endian. Returns an empty array for null input.
QByteArray encode(const OGRGeometry &geometry, int srsId);

// Decodes a blob into a new geometry; nullptr when the blob is not a GeoPackage geometry.
std::unique_ptr<OGRGeometry> decode(const QByteArray &blob);

// The envelope (minx, miny → maxx, maxy) from the header, or computed from the WKB when the
// header carries none. Returns false for an empty or malformed blob.
bool envelope(const char *data, qsizetype size, double *minX, double *maxX, double *minY,
              double *maxY);

// The WKB inside a blob: its start and size; {nullptr, 0} for an empty or malformed blob.
std::pair<const char *, qsizetype> wkb(const char *data, qsizetype size);

// Registers ST_IsEmpty, ST_MinX, ST_MaxX, ST_MinY and ST_MaxY on the connection: the
// GeoPackage R-tree triggers written by GDAL call them on every insert and update.
bool registerSqlFunctions(sqlite3 *db);

} // namespace GpkgGeometry
