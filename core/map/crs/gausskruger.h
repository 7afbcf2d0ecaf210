// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>

#include <optional>

// CGCS2000 3-degree Gauss-Kruger coordinates, as surveys in China use them: the zone whose
// central meridian is nearest, EPSG:4534–4554 (false easting 500 km, no zone prefix).
struct GaussKrugerPoint
{
    int epsg = 0;
    int centralMeridian = 0;
    QPointF xy; // easting, northing in metres
};

namespace GaussKruger {
// nullopt outside China's zones (central meridians 75°E–135°E).
std::optional<GaussKrugerPoint> fromLonLat(double lon, double lat);
} // namespace GaussKruger
