// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QPointF>
#include <QRectF>

#include <memory>
#include <mutex>
#include <vector>

class OGRCoordinateTransformation;
class OGRSpatialReference;

// Web Mercator (EPSG:3857), the display CRS: basemap tiles line up with it.
namespace WebMercator {
inline constexpr double kEarthRadius = 6378137.0;
inline constexpr double kHalfWorld = 20037508.342789244;
QPointF fromLonLat(double lon, double lat);
QPointF toLonLat(double x, double y);
} // namespace WebMercator

// Transforms one layer's coordinates into Web Mercator metres, once per feature when it is
// loaded (never per frame). Geographic CGCS2000/WGS84 data uses the closed formula; projected data
// (Gauss-Kruger zones …) goes through PROJ, on a validated interpolation grid over the layer's
// extent when that grid is accurate to 2 cm, else point by point. Thread-safe and immutable
// after creation.
class MercatorTransform
{
    Q_DECLARE_TR_FUNCTIONS(MercatorTransform)
public:
    static Result<std::shared_ptr<const MercatorTransform>>
    create(const OGRSpatialReference &source, const QRectF &layerExtent);
    ~MercatorTransform();

    enum class Method { Formula, Grid, Exact };
    Method method() const { return m_method; }

    // Transforms interleaved x,y pairs in place.
    void forward(double *xy, size_t pointCount) const;
    QPointF forward(double x, double y) const;
    // Layer-CRS bounding rectangle of a Mercator rectangle (for R-tree queries).
    QRectF inverseBounds(const QRectF &mercator) const;
    // Largest error of the grid against PROJ, in metres, measured when it was built.
    double gridError() const { return m_gridError; }

private:
    MercatorTransform() = default;
    void exactForward(double *xy, size_t pointCount) const;
    bool buildGrid(const QRectF &extent, int cells);

    Method m_method = Method::Exact;
    std::unique_ptr<OGRCoordinateTransformation> m_forward;
    std::unique_ptr<OGRCoordinateTransformation> m_inverse;
    mutable std::mutex m_projMutex; // OGRCoordinateTransformation is not thread-safe
    // Grid: (cells+1)² Mercator positions of the layer-CRS lattice over m_gridExtent.
    QRectF m_gridExtent;
    int m_cells = 0;
    std::vector<double> m_gridX, m_gridY;
    double m_gridError = 0;
};
