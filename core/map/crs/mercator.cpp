// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/crs/mercator.h"

#include "core/io/gdalutil.h"

#include <ogr_spatialref.h>

#include <array>
#include <cmath>
#include <numbers>

namespace WebMercator {

QPointF fromLonLat(double lon, double lat)
{
    const double clamped = std::clamp(lat, -85.05112878, 85.05112878);
    const double phi = clamped * std::numbers::pi / 180.0;
    return {kEarthRadius * lon * std::numbers::pi / 180.0,
            kEarthRadius * std::log(std::tan(std::numbers::pi / 4 + phi / 2))};
}

QPointF toLonLat(double x, double y)
{
    return {x / kEarthRadius * 180.0 / std::numbers::pi,
            (2 * std::atan(std::exp(y / kEarthRadius)) - std::numbers::pi / 2) * 180.0
                / std::numbers::pi};
}

} // namespace WebMercator

namespace {

constexpr double kGridTolerance = 0.02; // metres

// Web Mercator northing of a latitude by cubic Hermite interpolation in a table of the exact
// values and slopes every 0.01°: under 2e-6 m from the formula up to 85°, at a fraction of the
// cost of log(tan()), which a million features' boxes otherwise pay twice each.
class NorthingTable
{
public:
    NorthingTable()
    {
        for (int i = 0; i < kCount; ++i) {
            const double lat = kFirst + i * kStep;
            const double phi = lat * std::numbers::pi / 180.0;
            m_y[size_t(i)]
                = WebMercator::kEarthRadius * std::log(std::tan(std::numbers::pi / 4 + phi / 2));
            // dy/dlat in metres per degree: R / cos(phi), times radians per degree.
            m_slope[size_t(i)]
                = WebMercator::kEarthRadius / std::cos(phi) * kStep * std::numbers::pi / 180.0;
        }
    }
    double northing(double lat) const
    {
        const double t = (lat - kFirst) / kStep;
        if (!(t >= 0 && t < kCount - 1)) // beyond ±85° (or NaN): the formula clamps
            return WebMercator::fromLonLat(0, lat).y();
        const int i = int(t);
        const double u = t - i, u2 = u * u, u3 = u2 * u;
        return (2 * u3 - 3 * u2 + 1) * m_y[size_t(i)] + (u3 - 2 * u2 + u) * m_slope[size_t(i)]
               + (-2 * u3 + 3 * u2) * m_y[size_t(i) + 1] + (u3 - u2) * m_slope[size_t(i) + 1];
    }

private:
    static constexpr double kFirst = -85.0, kStep = 0.01;
    static constexpr int kCount = 17001; // -85° … 85°
    std::array<double, kCount> m_y{}, m_slope{};
};

const NorthingTable &northingTable()
{
    static const NorthingTable table; // built once, thread-safe
    return table;
}

bool isWgs84LikeGeographic(const OGRSpatialReference &srs)
{
    if (!srs.IsGeographic())
        return false;
    OGRErr err = OGRERR_NONE;
    const double a = srs.GetSemiMajor(&err);
    const double invF = srs.GetInvFlattening(&err);
    // WGS84 and CGCS2000 share a = 6378137 and differ in 1/f by 1e-7: centimetres at most.
    return err == OGRERR_NONE && std::abs(a - 6378137.0) < 0.5 && std::abs(invF - 298.257) < 0.01
           && std::abs(srs.GetAngularUnits() - std::numbers::pi / 180.0) < 1e-12;
}

} // namespace

MercatorTransform::~MercatorTransform() = default;

Result<std::shared_ptr<const MercatorTransform>>
MercatorTransform::create(const OGRSpatialReference &source, const QRectF &layerExtent)
{
    std::shared_ptr<MercatorTransform> t(new MercatorTransform);
    if (isWgs84LikeGeographic(source)) {
        // Closed formulas both ways; asking PROJ for its operations would cost ~0.1 s per layer.
        t->m_method = Method::Formula;
        return std::shared_ptr<const MercatorTransform>(t);
    }
    OGRSpatialReference mercator;
    mercator.importFromEPSG(3857);
    mercator.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference from(source);
    from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    t->m_forward.reset(OGRCreateCoordinateTransformation(&from, &mercator));
    t->m_inverse.reset(OGRCreateCoordinateTransformation(&mercator, &from));
    if (!t->m_forward || !t->m_inverse)
        return Error{tr("The layer's coordinate system cannot be transformed to Web Mercator: %1")
                         .arg(gdalLastError())};
    if (!layerExtent.isEmpty()) {
        for (int cells = 64; cells <= 512; cells *= 2) {
            if (t->buildGrid(layerExtent, cells)) {
                t->m_method = Method::Grid;
                break;
            }
        }
    }
    return std::shared_ptr<const MercatorTransform>(t);
}

bool MercatorTransform::buildGrid(const QRectF &extent, int cells)
{
    const QRectF padded = extent.adjusted(-extent.width() * 0.05 - 1, -extent.height() * 0.05 - 1,
                                          extent.width() * 0.05 + 1, extent.height() * 0.05 + 1);
    const int n = cells + 1;
    std::vector<double> xy(size_t(n) * n * 2);
    for (int j = 0; j < n; ++j) {
        for (int i = 0; i < n; ++i) {
            xy[(size_t(j) * n + i) * 2] = padded.left() + padded.width() * i / cells;
            xy[(size_t(j) * n + i) * 2 + 1] = padded.top() + padded.height() * j / cells;
        }
    }
    exactForward(xy.data(), size_t(n) * n);
    m_gridExtent = padded;
    m_cells = cells;
    m_gridX.resize(size_t(n) * n);
    m_gridY.resize(size_t(n) * n);
    for (size_t k = 0; k < size_t(n) * n; ++k) {
        m_gridX[k] = xy[k * 2];
        m_gridY[k] = xy[k * 2 + 1];
    }
    // Validate at cell centres, where bilinear interpolation is worst.
    std::vector<double> probe;
    const int step = std::max(1, cells / 16);
    for (int j = 0; j < cells; j += step) {
        for (int i = 0; i < cells; i += step) {
            probe.push_back(padded.left() + padded.width() * (i + 0.5) / cells);
            probe.push_back(padded.top() + padded.height() * (j + 0.5) / cells);
        }
    }
    std::vector<double> exact = probe;
    exactForward(exact.data(), exact.size() / 2);
    m_method = Method::Grid;
    forward(probe.data(), probe.size() / 2);
    m_method = Method::Exact;
    double worst = 0;
    for (size_t k = 0; k < probe.size(); k += 2)
        worst = std::max(worst, std::hypot(probe[k] - exact[k], probe[k + 1] - exact[k + 1]));
    m_gridError = worst;
    return worst <= kGridTolerance;
}

void MercatorTransform::exactForward(double *xy, size_t pointCount) const
{
    std::vector<double> x(pointCount), y(pointCount);
    for (size_t k = 0; k < pointCount; ++k) {
        x[k] = xy[k * 2];
        y[k] = xy[k * 2 + 1];
    }
    {
        std::lock_guard lock(m_projMutex);
        m_forward->Transform(pointCount, x.data(), y.data());
    }
    for (size_t k = 0; k < pointCount; ++k) {
        xy[k * 2] = x[k];
        xy[k * 2 + 1] = y[k];
    }
}

void MercatorTransform::forward(double *xy, size_t pointCount) const
{
    switch (m_method) {
    case Method::Formula: {
        const NorthingTable &table = northingTable();
        for (size_t k = 0; k < pointCount; ++k) {
            xy[k * 2] = WebMercator::kEarthRadius * xy[k * 2] * std::numbers::pi / 180.0;
            xy[k * 2 + 1] = table.northing(xy[k * 2 + 1]);
        }
        return;
    }
    case Method::Exact:
        exactForward(xy, pointCount);
        return;
    case Method::Grid:
        break;
    }
    const double sx = m_cells / m_gridExtent.width();
    const double sy = m_cells / m_gridExtent.height();
    const int n = m_cells + 1;
    for (size_t k = 0; k < pointCount; ++k) {
        const double gx = (xy[k * 2] - m_gridExtent.left()) * sx;
        const double gy = (xy[k * 2 + 1] - m_gridExtent.top()) * sy;
        if (!(gx >= 0 && gy >= 0 && gx <= m_cells && gy <= m_cells)) {
            exactForward(xy + k * 2, 1); // outside the grid: rare, exact
            continue;
        }
        const int i = std::min(int(gx), m_cells - 1), j = std::min(int(gy), m_cells - 1);
        const double fx = gx - i, fy = gy - j;
        const size_t a = size_t(j) * n + i, b = a + 1, c = a + n, d = c + 1;
        xy[k * 2] = (m_gridX[a] * (1 - fx) + m_gridX[b] * fx) * (1 - fy)
                    + (m_gridX[c] * (1 - fx) + m_gridX[d] * fx) * fy;
        xy[k * 2 + 1] = (m_gridY[a] * (1 - fx) + m_gridY[b] * fx) * (1 - fy)
                        + (m_gridY[c] * (1 - fx) + m_gridY[d] * fx) * fy;
    }
}

QPointF MercatorTransform::forward(double x, double y) const
{
    double xy[2] = {x, y};
    forward(xy, 1);
    return {xy[0], xy[1]};
}

QRectF MercatorTransform::inverseBounds(const QRectF &mercator) const
{
    constexpr int steps = 16;
    std::vector<double> x, y;
    for (int i = 0; i <= steps; ++i) {
        const double t = double(i) / steps;
        for (const QPointF &p :
             {QPointF(mercator.left() + mercator.width() * t, mercator.top()),
              QPointF(mercator.left() + mercator.width() * t, mercator.bottom()),
              QPointF(mercator.left(), mercator.top() + mercator.height() * t),
              QPointF(mercator.right(), mercator.top() + mercator.height() * t)}) {
            x.push_back(p.x());
            y.push_back(p.y());
        }
    }
    if (m_method == Method::Formula) {
        for (size_t k = 0; k < x.size(); ++k) {
            const QPointF ll = WebMercator::toLonLat(x[k], y[k]);
            x[k] = ll.x();
            y[k] = ll.y();
        }
    } else {
        std::lock_guard lock(m_projMutex);
        m_inverse->Transform(x.size(), x.data(), y.data());
    }
    const auto [minX, maxX] = std::minmax_element(x.begin(), x.end());
    const auto [minY, maxY] = std::minmax_element(y.begin(), y.end());
    return QRectF(QPointF(*minX, *minY), QPointF(*maxX, *maxY));
}
