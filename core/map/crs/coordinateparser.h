// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QPointF>
#include <QString>

#include <optional>

// Reads a position as a person types or pastes it: decimal degrees in either order ("120.15,
// 30.28", "30.28 120.15"), degrees-minutes-seconds with hemispheres ("30°16'48"N 120°09'00"E",
// "北纬30度16分48秒 东经120度9分"), or CGCS2000 Gauss-Kruger X/Y in metres, X the northing as
// surveys write it, the easting with or without the zone number ("3350000, 40500000"; without
// it, the zone holding `near`). Degrees copied from Amap/Tencent (GCJ-02) or Baidu (BD-09) are
// taken back to WGS 84. Full-width digits and punctuation are read as their ASCII forms. Errors
// are translated sentences naming the text. Pure functions; any thread.
class CoordinateParser
{
    Q_DECLARE_TR_FUNCTIONS(CoordinateParser)
public:
    enum class Source { Wgs84, Gcj02, Bd09 }; // where typed degrees come from
    enum class Kind { Degrees, Dms, GaussKruger };

    struct Position
    {
        QPointF lonLat; // CGCS2000 (≈ WGS 84) longitude, latitude
        Kind kind = Kind::Degrees;
        QString description; // what was understood, translated ("30.28000°N, 120.15000°E")
    };

    static Result<Position> parse(const QString &text, Source source = Source::Wgs84,
                                  std::optional<QPointF> near = std::nullopt);
};
