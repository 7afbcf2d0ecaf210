// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/crs/chinacoords.h"

#include <cmath>
#include <numbers>

namespace ChinaCoords {

namespace {

// Krasovsky 1940, which the GCJ-02 formula uses.
constexpr double kA = 6378245.0;
constexpr double kEe = 0.00669342162296594323;
constexpr double kPi = std::numbers::pi;
constexpr double kXPi = kPi * 3000.0 / 180.0;

double latOffset(double x, double y)
{
    double r
        = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
    r += (160.0 * std::sin(y / 12.0 * kPi) + 320 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
    return r;
}

double lonOffset(double x, double y)
{
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
    r += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
    return r;
}

} // namespace

bool insideChina(QPointF p)
{
    return p.x() >= 72.004 && p.x() <= 137.8347 && p.y() >= 0.8293 && p.y() <= 55.8271;
}

QPointF gcj02FromWgs84(QPointF p)
{
    if (!insideChina(p))
        return p;
    double dLat = latOffset(p.x() - 105.0, p.y() - 35.0);
    double dLon = lonOffset(p.x() - 105.0, p.y() - 35.0);
    const double radLat = p.y() / 180.0 * kPi;
    double magic = std::sin(radLat);
    magic = 1 - kEe * magic * magic;
    const double sqrtMagic = std::sqrt(magic);
    dLat = (dLat * 180.0) / ((kA * (1 - kEe)) / (magic * sqrtMagic) * kPi);
    dLon = (dLon * 180.0) / (kA / sqrtMagic * std::cos(radLat) * kPi);
    return {p.x() + dLon, p.y() + dLat};
}

QPointF wgs84FromGcj02(QPointF gcj)
{
    if (!insideChina(gcj))
        return gcj;
    // Fixed-point iteration: the offset changes slowly, so each step gains several digits.
    QPointF wgs = gcj;
    for (int i = 0; i < 30; ++i) {
        const QPointF error = gcj02FromWgs84(wgs) - gcj;
        wgs -= error;
        if (std::abs(error.x()) < 1e-9 && std::abs(error.y()) < 1e-9)
            break;
    }
    return wgs;
}

QPointF bd09FromGcj02(QPointF p)
{
    const double z = std::sqrt(p.x() * p.x() + p.y() * p.y()) + 0.00002 * std::sin(p.y() * kXPi);
    const double theta = std::atan2(p.y(), p.x()) + 0.000003 * std::cos(p.x() * kXPi);
    return {z * std::cos(theta) + 0.0065, z * std::sin(theta) + 0.006};
}

QPointF gcj02FromBd09(QPointF bd)
{
    // The textbook inverse is approximate (errors of metres); iterate the exact forward one.
    QPointF gcj(bd.x() - 0.0065, bd.y() - 0.006);
    for (int i = 0; i < 30; ++i) {
        const QPointF error = bd09FromGcj02(gcj) - bd;
        gcj -= error;
        if (std::abs(error.x()) < 1e-10 && std::abs(error.y()) < 1e-10)
            break;
    }
    return gcj;
}

QPointF wgs84FromBd09(QPointF bd)
{
    return wgs84FromGcj02(gcj02FromBd09(bd));
}

} // namespace ChinaCoords
