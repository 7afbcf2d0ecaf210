// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QString>

#include <optional>

// CGCS2000 3-degree Gauss-Kruger coordinates, as surveys in China use them: the zone whose
// central meridian is nearest, EPSG:4534–4554 (false easting 500 km, no zone prefix).
struct GaussKrugerPoint
{
    int epsg = 0;
    int centralMeridian = 0;
    QPointF xy; // easting, northing in metres
};

// A point as Chinese surveys write it: X is the northing, Y the easting with the zone number in
// front (zone 40, 500 123.4 m → Y = 40 500 123.4), in the CGCS2000 3° zone (EPSG:4513–4533).
struct SurveyPoint
{
    int zone = 0;
    int centralMeridian = 0;
    int epsg = 0; // the zone's code with the zone number (4513 + zone − 25)
    double x = 0; // northing, metres
    double y = 0; // easting with the zone number, metres
};

namespace GaussKruger {
// nullopt outside China's zones (central meridians 75°E–135°E).
std::optional<GaussKrugerPoint> fromLonLat(double lon, double lat);
std::optional<SurveyPoint> surveyPoint(double lon, double lat);
// The status bar's readout of surveyPoint(): "CGCS2000 3° GK zone 40 (120°E): X 3 343 456.7 m,
// Y 40 509 876.5 m" (translated); empty outside China's zones.
QString surveyText(double lon, double lat);

// What a projected file without a CRS says about itself through its coordinates.
struct Guess
{
    enum class Kind { None, Geographic, Zoned, ZoneMissing };
    Kind kind = Kind::None;
    int epsg = 0; // Geographic: 4490; Zoned: the CGCS2000 zone's code
    int zone = 0; // Zoned: the zone number read from the false easting
    bool sixDegree = false;
};
// Guesses the CRS from a layer's extent: degrees are CGCS2000 geographic; an easting with the
// zone number in front (40 500 000: 3° zone 40, EPSG:4528; 6° zones 13–23, EPSG:4491–4501) names
// its zone; an easting of 0–1 000 km with a northing up to 10 000 km is Gauss-Kruger without the
// zone number, which the coordinates cannot tell (ZoneMissing).
Guess guessCrs(double minX, double minY, double maxX, double maxY);
} // namespace GaussKruger
