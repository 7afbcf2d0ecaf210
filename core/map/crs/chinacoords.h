// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>

// The offsets of Chinese web maps: GCJ-02 (Amap/Gaode, Tencent) and BD-09 (Baidu), 300–700 m
// from WGS 84 / CGCS2000 inside China. Points are (longitude, latitude) in degrees. The forward
// formula is public; the inverse has no closed form, so it iterates the forward one until the
// residual is below 1e-9° (well under a metre). Outside China the offsets are not applied.
// Pure functions, any thread.
namespace ChinaCoords {

bool insideChina(QPointF lonLat);

QPointF gcj02FromWgs84(QPointF wgs84);
QPointF wgs84FromGcj02(QPointF gcj02);
QPointF bd09FromGcj02(QPointF gcj02);
QPointF gcj02FromBd09(QPointF bd09);
QPointF wgs84FromBd09(QPointF bd09);

} // namespace ChinaCoords
