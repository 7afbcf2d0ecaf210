// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/crs/gausskruger.h"

#include <ogr_spatialref.h>

#include <cmath>
#include <map>
#include <memory>
#include <mutex>

namespace GaussKruger {

std::optional<GaussKrugerPoint> fromLonLat(double lon, double lat)
{
    const int zone = int(std::lround(lon / 3.0));
    const int meridian = zone * 3;
    if (meridian < 75 || meridian > 135 || std::abs(lat) > 84)
        return std::nullopt;
    const int epsg = 4534 + (meridian - 75) / 3;
    static std::mutex mutex;
    static std::map<int, std::unique_ptr<OGRCoordinateTransformation>> transforms;
    std::lock_guard lock(mutex);
    auto &transform = transforms[epsg];
    if (!transform) {
        OGRSpatialReference from, to;
        from.importFromEPSG(4490);
        from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        to.importFromEPSG(epsg);
        to.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        transform.reset(OGRCreateCoordinateTransformation(&from, &to));
        if (!transform)
            return std::nullopt;
    }
    double x = lon, y = lat;
    if (!transform->Transform(1, &x, &y))
        return std::nullopt;
    return GaussKrugerPoint{epsg, meridian, QPointF(x, y)};
}

} // namespace GaussKruger
