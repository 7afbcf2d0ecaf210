// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/crs/gausskruger.h"

#include <QCoreApplication>
#include <QLocale>

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

std::optional<SurveyPoint> surveyPoint(double lon, double lat)
{
    const auto gk = fromLonLat(lon, lat);
    if (!gk)
        return std::nullopt;
    const int zone = gk->centralMeridian / 3;
    return SurveyPoint{zone, gk->centralMeridian, 4513 + zone - 25, gk->xy.y(),
                       zone * 1'000'000.0 + gk->xy.x()};
}

QString surveyText(double lon, double lat)
{
    const auto p = surveyPoint(lon, lat);
    if (!p)
        return {};
    const QLocale c = QLocale::c(); // digits without group separators: what surveys write
    return QCoreApplication::translate("GaussKruger",
                                       "CGCS2000 3° GK zone %1 (%2°E): X %3 m, Y %4 m")
        .arg(p->zone)
        .arg(p->centralMeridian)
        .arg(c.toString(p->x, 'f', 1), c.toString(p->y, 'f', 1));
}

Guess guessCrs(double minX, double minY, double maxX, double maxY)
{
    Guess guess;
    if (minX >= -180 && maxX <= 180 && minY >= -90 && maxY <= 90) {
        guess.kind = Guess::Kind::Geographic;
        guess.epsg = 4490;
        return guess;
    }
    if (minY < 0 || maxY > 10'000'000)
        return guess;
    const int zone = int(std::floor(minX / 1'000'000));
    if (zone == int(std::floor(maxX / 1'000'000))) {
        if (zone >= 25 && zone <= 45) {
            guess = {Guess::Kind::Zoned, 4513 + zone - 25, zone, false};
            return guess;
        }
        if (zone >= 13 && zone <= 23) {
            guess = {Guess::Kind::Zoned, 4491 + zone - 13, zone, true};
            return guess;
        }
    }
    if (minX >= 0 && maxX <= 1'000'000)
        guess.kind = Guess::Kind::ZoneMissing;
    return guess;
}

} // namespace GaussKruger
