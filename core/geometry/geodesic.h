// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QtGlobal>

class OGRGeometry;

// Areas on the CGCS2000 ellipsoid of polygons given in longitude/latitude degrees (EPSG:4490),
// in m²: never in degrees or Web Mercator metres. The one area function of the program (import
// checks, the details panel, the registered-vs-measured flag, benchmarks).
//
// Method: Lambert's cylindrical equal-area projection of the ellipsoid maps every region to a
// plane region of exactly the same area (authalic latitude), so the shoelace formula there gives
// the ellipsoidal area; for rings whose edges are all short (under about 1 km: parcels) a straight
// edge of that plane and the geodesic between its ends enclose the same area to well under a
// square millimetre. That costs one sine and one logarithm a vertex; PROJ's geod_polygonarea
// (GeographicLib) takes ~60 µs a polygon — a minute for a million parcels — and measures the
// rings with a longer edge (counties, parks). Both agree to 10⁻⁶ of the area (tst_geodesic,
// tst_vectorimport). Stateless; any thread.
namespace Geodesic {

// Registered and measured areas differing by more than this share are flagged.
inline constexpr double kAreaTolerance = 0.03;

// The area of the polygons of a geometry (Polygon, MultiPolygon, a collection holding them,
// curves linearised), holes subtracted; 0 for anything else.
double areaM2(const OGRGeometry &geometry);
// The area of one ring of longitude/latitude vertices (closed or not).
double ringAreaM2(const QList<QPointF> &ring);
// The same read straight from a GeoPackage geometry blob (no OGR objects); 0 for a blob that is
// empty, malformed or holds no polygon.
double blobAreaM2(const char *data, qsizetype size);
// |registered − measured| > tolerance × measured (both in the same unit; false when nothing was
// measured).
bool differs(double registered, double measured, double tolerance = kAreaTolerance);

} // namespace Geodesic
