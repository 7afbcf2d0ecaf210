// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/geodesic.h"

#include "core/geometry/parcelgeometry.h"
#include "core/storage/gpkggeometry.h"

#include <geodesic.h>
#include <ogr_geometry.h>

#include <cmath>
#include <cstring>
#include <vector>

namespace {

// CGCS2000 (as GRS 80 to 0.1 mm).
constexpr double kA = 6378137.0;
constexpr double kF = 1 / 298.257222101;
constexpr double kE2 = kF * (2 - kF);
const double kE = std::sqrt(kE2);
constexpr double kDegree = M_PI / 180;

// q(φ) of the authalic latitude (Snyder, Map Projections — A Working Manual, eq. 3-12): the
// cylindrical equal-area projection puts a point at x = a·λ, y = a·q/2.
double authalicQ(double latitudeDegrees)
{
    const double s = std::sin(latitudeDegrees * kDegree);
    const double es = kE * s;
    return (1 - kE2) * (s / (1 - kE2 * s * s) - std::log((1 - es) / (1 + es)) / (2 * kE));
}

// Consecutive vertices closer than this (degrees, about 1 km) may be joined by a straight line of
// the equal-area plane; a ring with a longer edge (a county, a park drawn coarsely) is measured
// with true geodesic edges instead.
constexpr double kShortEdgeDegrees = 0.01;

const geod_geodesic &cgcs2000()
{
    static const geod_geodesic geod = [] {
        geod_geodesic g;
        geod_init(&g, kA, kF);
        return g;
    }();
    return geod;
}

// The area of one ring given by `count` vertices read through `at(i)` (x = longitude, y =
// latitude). Short edges: the shoelace in the equal-area plane, relative to the first vertex so
// that small rings keep their precision. Any long edge: GeographicLib's geod_polygonarea.
template<typename At>
double ringArea(int count, const At &at)
{
    if (count < 3)
        return 0;
    double lon0, lat0;
    at(0, lon0, lat0);
    bool shortEdges = true;
    for (int i = 1; i < count && shortEdges; ++i) {
        double lon, lat, prevLon, prevLat;
        at(i, lon, lat);
        at(i - 1, prevLon, prevLat);
        shortEdges = std::abs(lon - prevLon) < kShortEdgeDegrees
                     && std::abs(lat - prevLat) < kShortEdgeDegrees;
    }
    if (!shortEdges) {
        std::vector<double> lats(static_cast<size_t>(count)), lons(static_cast<size_t>(count));
        for (int i = 0; i < count; ++i)
            at(i, lons[size_t(i)], lats[size_t(i)]);
        double area = 0;
        geod_polygonarea(&cgcs2000(), lats.data(), lons.data(), count, &area, nullptr);
        return std::abs(area);
    }
    const double q0 = authalicQ(lat0);
    double sum = 0, prevX = 0, prevY = 0;
    for (int i = 1; i < count; ++i) {
        double lon, lat;
        at(i, lon, lat);
        const double x = (lon - lon0) * kDegree;
        const double y = authalicQ(lat) - q0;
        sum += prevX * y - x * prevY;
        prevX = x;
        prevY = y;
    }
    // The ring closes on the first vertex (0, 0): its terms vanish.
    return std::abs(sum) * kA * kA / 4; // ½ of the shoelace, y carries a/2
}

double ogrRingArea(const OGRLinearRing &ring)
{
    return ringArea(ring.getNumPoints(), [&](int i, double &x, double &y) {
        x = ring.getX(i);
        y = ring.getY(i);
    });
}

// A minimal WKB walker for (Multi)Polygons, 2D/Z/M/ZM, ISO or extended, either byte order.
class WkbAreas
{
public:
    WkbAreas(const unsigned char *data, size_t size)
        : m_p(data)
        , m_end(data + size)
    {}

    bool geometry(double &area)
    {
        if (!has(5))
            return false;
        const bool little = *m_p++ == 1;
        quint32 type = 0;
        if (!uint32(little, type))
            return false;
        int dims = 2;
        if (type & 0x80000000)
            ++dims; // extended Z
        if (type & 0x40000000)
            ++dims; // extended M
        type &= 0x0FFFFFFF;
        if (type >= 3000) {
            dims = 4;
            type -= 3000;
        } else if (type >= 1000) { // ISO Z or M
            dims = 3;
            type %= 1000;
        }
        if (type == 3)
            return polygon(little, dims, area);
        if (type == 6 || type == 7) { // MultiPolygon, GeometryCollection
            quint32 n = 0;
            if (!uint32(little, n))
                return false;
            for (quint32 i = 0; i < n; ++i) {
                if (!geometry(area))
                    return false;
            }
            return true;
        }
        return false;
    }

private:
    bool has(size_t bytes) const { return size_t(m_end - m_p) >= bytes; }
    bool uint32(bool little, quint32 &value)
    {
        if (!has(4))
            return false;
        unsigned char b[4];
        std::memcpy(b, m_p, 4);
        m_p += 4;
        value
            = little
                  ? (quint32(b[0]) | quint32(b[1]) << 8 | quint32(b[2]) << 16 | quint32(b[3]) << 24)
                  : (quint32(b[3]) | quint32(b[2]) << 8 | quint32(b[1]) << 16
                     | quint32(b[0]) << 24);
        return true;
    }
    static double readDouble(const unsigned char *p, bool little)
    {
        unsigned char b[8];
        std::memcpy(b, p, 8);
        if (little != (QSysInfo::ByteOrder == QSysInfo::LittleEndian))
            std::reverse(std::begin(b), std::end(b));
        double v;
        std::memcpy(&v, b, 8);
        return v;
    }
    bool polygon(bool little, int dims, double &area)
    {
        quint32 rings = 0;
        if (!uint32(little, rings))
            return false;
        for (quint32 r = 0; r < rings; ++r) {
            quint32 n = 0;
            if (!uint32(little, n) || n > quint32((m_end - m_p) / (8 * dims)))
                return false;
            const unsigned char *points = m_p;
            const size_t stride = size_t(8 * dims);
            const double a = ringArea(int(n), [&](int i, double &x, double &y) {
                x = readDouble(points + size_t(i) * stride, little);
                y = readDouble(points + size_t(i) * stride + 8, little);
            });
            area += r == 0 ? a : -a;
            m_p += size_t(n) * stride;
        }
        return true;
    }

    const unsigned char *m_p;
    const unsigned char *m_end;
};

} // namespace

namespace Geodesic {

double areaM2(const OGRGeometry &geometry)
{
    const auto polygons = ParcelGeometry::polygonsOf(geometry);
    if (!polygons)
        return 0;
    double area = 0;
    for (const OGRPolygon *polygon : *polygons) {
        if (!polygon->getExteriorRing())
            continue;
        area += ogrRingArea(*polygon->getExteriorRing());
        for (int i = 0; i < polygon->getNumInteriorRings(); ++i)
            area -= ogrRingArea(*polygon->getInteriorRing(i));
    }
    return area;
}

double ringAreaM2(const QList<QPointF> &ring)
{
    return ringArea(int(ring.size()), [&](int i, double &x, double &y) {
        x = ring[i].x();
        y = ring[i].y();
    });
}

double blobAreaM2(const char *data, qsizetype size)
{
    const auto wkb = GpkgGeometry::wkb(data, size);
    if (!wkb.first)
        return 0;
    double area = 0;
    WkbAreas reader(reinterpret_cast<const unsigned char *>(wkb.first), size_t(wkb.second));
    return reader.geometry(area) ? area : 0;
}

bool differs(double registered, double measured, double tolerance)
{
    // A hair of slack: 103 against 100 is exactly 3 %, not over it.
    return measured > 0 && std::abs(registered - measured) > tolerance * measured * (1 + 1e-9);
}

} // namespace Geodesic
