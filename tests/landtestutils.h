// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geometry/parcelgeometry.h"

#include <ogr_geometry.h>

#include <memory>

// Parcels drawn in metres on a local plane at 120°E, 28.4°N (Lishui), stored in degrees.
namespace LandTest {

inline QPointF at(double x, double y)
{
    return LocalPlane(QPointF(120.0, 28.4)).toLonLat(QPointF(x, y));
}

// A rectangle of w × h metres whose south-west corner is (x, y).
inline std::unique_ptr<OGRMultiPolygon> rect(double x, double y, double w, double h)
{
    return ParcelGeometry::fromRing({at(x, y), at(x + w, y), at(x + w, y + h), at(x, y + h)});
}

} // namespace LandTest
