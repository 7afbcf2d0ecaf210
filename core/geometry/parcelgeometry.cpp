// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/parcelgeometry.h"

#include "core/geometry/geodesic.h"

#include <QLocale>

#include <ogr_api.h>
#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {

constexpr double kA = 6378137.0;
constexpr double kF = 1 / 298.257222101;
constexpr double kE2 = kF * (2 - kF);
constexpr double kDegree = M_PI / 180;

template<typename F>
void forEachRing(OGRGeometry &geometry, const F &f)
{
    const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
    if (type == wkbPolygon) {
        for (OGRLinearRing *ring : *geometry.toPolygon())
            f(*ring);
    } else if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
        for (OGRGeometry *part : *geometry.toGeometryCollection())
            forEachRing(*part, f);
    }
}

template<typename F>
void forEachVertex(OGRGeometry &geometry, const F &f)
{
    const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
    if (type == wkbPoint) {
        OGRPoint *p = geometry.toPoint();
        double x = p->getX(), y = p->getY();
        f(x, y);
        p->setX(x);
        p->setY(y);
    } else if (type == wkbLineString || type == wkbLinearRing) {
        OGRSimpleCurve *line = geometry.toSimpleCurve();
        for (int i = 0; i < line->getNumPoints(); ++i) {
            double x = line->getX(i), y = line->getY(i);
            f(x, y);
            line->setPoint(i, x, y);
        }
    } else if (type == wkbPolygon) {
        for (OGRLinearRing *ring : *geometry.toPolygon())
            forEachVertex(*ring, f);
    } else if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
        for (OGRGeometry *part : *geometry.toGeometryCollection())
            forEachVertex(*part, f);
    }
}

double cross(const QPointF &o, const QPointF &a, const QPointF &b)
{
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

// Whether the segments ab and cd cross or touch (collinear overlaps included).
bool segmentsMeet(const QPointF &a, const QPointF &b, const QPointF &c, const QPointF &d)
{
    const double d1 = cross(c, d, a), d2 = cross(c, d, b);
    const double d3 = cross(a, b, c), d4 = cross(a, b, d);
    if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
        return true;
    auto onSegment = [](const QPointF &p, const QPointF &q, const QPointF &r) {
        return std::min(p.x(), q.x()) <= r.x() && r.x() <= std::max(p.x(), q.x())
               && std::min(p.y(), q.y()) <= r.y() && r.y() <= std::max(p.y(), q.y());
    };
    return (d1 == 0 && onSegment(c, d, a)) || (d2 == 0 && onSegment(c, d, b))
           || (d3 == 0 && onSegment(a, b, c)) || (d4 == 0 && onSegment(a, b, d));
}

// Where a ring crosses itself, if it does: non-adjacent edges that meet.
std::optional<QPointF> selfCrossing(const OGRLinearRing &ring)
{
    std::vector<QPointF> p;
    for (int i = 0; i < ring.getNumPoints(); ++i) {
        const QPointF v(ring.getX(i), ring.getY(i));
        if (p.empty() || p.back() != v)
            p.push_back(v);
    }
    if (p.size() > 1 && p.front() == p.back())
        p.pop_back();
    const size_t n = p.size();
    if (n < 4)
        return std::nullopt;
    for (size_t i = 0; i < n; ++i) {
        const QPointF &a = p[i], &b = p[(i + 1) % n];
        for (size_t j = i + 2; j < n; ++j) {
            if (i == 0 && j == n - 1)
                continue; // the edge before the first one: they share a vertex
            const QPointF &c = p[j], &d = p[(j + 1) % n];
            if (segmentsMeet(a, b, c, d))
                return (a + b + c + d) / 4;
        }
    }
    return std::nullopt;
}

QString metres(double value)
{
    return QLocale().toString(value, 'f', value < 10 ? 2 : 0);
}

QPointF originOf(const OGRGeometry &geometry)
{
    OGREnvelope e;
    geometry.getEnvelope(&e);
    return QPointF((e.MinX + e.MaxX) / 2, (e.MinY + e.MaxY) / 2);
}

} // namespace

LocalPlane::LocalPlane(const QPointF &originLonLat)
    : m_origin(originLonLat)
{
    const double s = std::sin(originLonLat.y() * kDegree);
    const double w = 1 - kE2 * s * s;
    const double meridian = kA * (1 - kE2) / (w * std::sqrt(w)); // radius of curvature M
    const double primeVertical = kA / std::sqrt(w);              // N
    m_metresPerDegreeY = meridian * kDegree;
    m_metresPerDegreeX = primeVertical * std::cos(originLonLat.y() * kDegree) * kDegree;
}

QPointF LocalPlane::toPlane(const QPointF &lonLat) const
{
    return QPointF((lonLat.x() - m_origin.x()) * m_metresPerDegreeX,
                   (lonLat.y() - m_origin.y()) * m_metresPerDegreeY);
}

QPointF LocalPlane::toLonLat(const QPointF &plane) const
{
    return QPointF(m_origin.x() + plane.x() / m_metresPerDegreeX,
                   m_origin.y() + plane.y() / m_metresPerDegreeY);
}

std::unique_ptr<OGRGeometry> LocalPlane::toPlane(const OGRGeometry &geometry) const
{
    std::unique_ptr<OGRGeometry> copy(geometry.clone());
    forEachVertex(*copy, [&](double &x, double &y) {
        const QPointF p = toPlane(QPointF(x, y));
        x = p.x();
        y = p.y();
    });
    return copy;
}

std::unique_ptr<OGRGeometry> LocalPlane::toLonLat(const OGRGeometry &geometry) const
{
    std::unique_ptr<OGRGeometry> copy(geometry.clone());
    forEachVertex(*copy, [&](double &x, double &y) {
        const QPointF p = toLonLat(QPointF(x, y));
        x = p.x();
        y = p.y();
    });
    return copy;
}

std::unique_ptr<OGRMultiPolygon> ParcelGeometry::polygonsOf(const OGRGeometry &geometry)
{
    auto result = std::make_unique<OGRMultiPolygon>();
    const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
    if (type == wkbPolygon) {
        result->addGeometry(&geometry);
    } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
        for (const OGRGeometry *part : *geometry.toGeometryCollection()) {
            if (auto parts = polygonsOf(*part)) {
                for (const OGRPolygon *polygon : *parts)
                    result->addGeometry(polygon);
            }
        }
    } else if (type == wkbCurvePolygon || type == wkbMultiSurface) {
        std::unique_ptr<OGRGeometry> linear(geometry.getLinearGeometry());
        return linear ? polygonsOf(*linear) : nullptr;
    }
    if (result->IsEmpty())
        return nullptr;
    return result;
}

QString ParcelGeometry::shapeProblem(const OGRGeometry &shape)
{
    auto polygons = polygonsOf(shape);
    if (!polygons)
        return tr("The shape has no area: a parcel is a polygon.");
    QString problem;
    forEachRing(*polygons, [&](OGRLinearRing &ring) {
        if (!problem.isEmpty())
            return;
        if (ring.getNumPoints() < 4) {
            problem = tr("A parcel needs at least three corners.");
            return;
        }
        if (const auto at = selfCrossing(ring))
            problem = tr("The boundary crosses itself near %1, %2.")
                          .arg(at->x(), 0, 'f', 6)
                          .arg(at->y(), 0, 'f', 6);
    });
    if (!problem.isEmpty())
        return problem;
    if (Geodesic::areaM2(*polygons) <= 0)
        return tr("The shape has no area: a parcel is a polygon.");
    CPLPushErrorHandler(CPLQuietErrorHandler);
    const bool valid = polygons->IsValid();
    CPLPopErrorHandler();
    if (!valid)
        return tr("The shape is not a valid polygon: its rings overlap or a hole lies outside it.");
    return {};
}

QString ParcelGeometry::overlapProblem(const OGRGeometry &shape, const QList<Neighbour> &neighbours,
                                       double tolerance)
{
    const double area = Geodesic::areaM2(shape);
    for (const Neighbour &n : neighbours) {
        if (!n.shape || !shape.Intersects(n.shape.get()))
            continue;
        CPLPushErrorHandler(CPLQuietErrorHandler);
        std::unique_ptr<OGRGeometry> common(shape.Intersection(n.shape.get()));
        CPLPopErrorHandler();
        const double overlap = common ? Geodesic::areaM2(*common) : 0;
        const double smaller = std::min(area, Geodesic::areaM2(*n.shape));
        if (overlap > tolerance * smaller)
            return tr("The shape overlaps parcel %1 by %2 m² (at most %3 % of the smaller "
                      "parcel may overlap).")
                .arg(n.code, metres(overlap), QLocale().toString(tolerance * 100, 'g', 2));
    }
    return {};
}

int ParcelGeometry::snapToNeighbours(OGRGeometry &shape, const QList<Neighbour> &neighbours)
{
    std::vector<QPointF> targets;
    for (const Neighbour &n : neighbours) {
        if (!n.shape)
            continue;
        std::unique_ptr<OGRGeometry> copy(n.shape->clone());
        forEachVertex(*copy, [&](double &x, double &y) { targets.emplace_back(x, y); });
    }
    if (targets.empty())
        return 0;
    const LocalPlane plane(originOf(shape));
    int moved = 0;
    forEachVertex(shape, [&](double &x, double &y) {
        const QPointF here = plane.toPlane(QPointF(x, y));
        double best = kSnapMetres;
        const QPointF *nearest = nullptr;
        for (const QPointF &t : targets) {
            const QPointF d = plane.toPlane(t) - here;
            const double distance = std::hypot(d.x(), d.y());
            if (distance <= best && (x != t.x() || y != t.y())) {
                best = distance;
                nearest = &t;
            }
        }
        if (nearest) {
            x = nearest->x();
            y = nearest->y();
            ++moved;
        }
    });
    return moved;
}

Result<std::vector<std::unique_ptr<OGRMultiPolygon>>>
ParcelGeometry::split(const OGRGeometry &shape, const QList<QPointF> &line)
{
    auto polygons = polygonsOf(shape);
    if (!polygons)
        return Error{tr("The shape has no area: a parcel is a polygon.")};
    if (line.size() < 2)
        return Error{tr("Draw the cutting line with at least two points.")};
    // Extended by half a metre at both ends: a line drawn to the boundary still cuts through.
    const LocalPlane plane(originOf(*polygons));
    QList<QPointF> cut = line;
    auto extend = [&](const QPointF &from, const QPointF &to) {
        const QPointF a = plane.toPlane(from), b = plane.toPlane(to);
        const QPointF d = b - a;
        const double length = std::hypot(d.x(), d.y());
        return length > 0 ? plane.toLonLat(b + d / length * 0.5) : to;
    };
    cut.first() = extend(line[1], line[0]);
    cut.last() = extend(line[line.size() - 2], line.last());
    OGRLineString cutLine;
    for (const QPointF &p : cut)
        cutLine.addPoint(p.x(), p.y());

    CPLPushErrorHandler(CPLQuietErrorHandler);
    std::unique_ptr<OGRGeometry> boundary(polygons->Boundary());
    std::unique_ptr<OGRGeometry> noded(boundary ? boundary->Union(&cutLine) : nullptr);
    std::unique_ptr<OGRGeometry> faces(noded ? noded->Polygonize() : nullptr);
    CPLPopErrorHandler();
    if (!faces)
        return Error{
            tr("The parcel could not be cut: %1").arg(QString::fromUtf8(CPLGetLastErrorMsg()))};
    std::vector<std::unique_ptr<OGRMultiPolygon>> pieces;
    const auto faceList = polygonsOf(*faces);
    if (!faceList)
        return Error{tr("The line does not cut the parcel in two: draw it across the parcel, "
                        "from outside to outside.")};
    for (const OGRPolygon *face : *faceList) {
        // OGRSurface::PointOnSurface fails in GDAL 3.6; the C function works.
        std::unique_ptr<OGRGeometry> inside(OGRGeometry::FromHandle(
            OGR_G_PointOnSurface(OGRGeometry::ToHandle(const_cast<OGRPolygon *>(face)))));
        if (inside && polygons->Contains(inside.get())) {
            auto piece = std::make_unique<OGRMultiPolygon>();
            piece->addGeometry(face);
            pieces.push_back(std::move(piece));
        }
    }
    if (pieces.size() < 2)
        return Error{tr("The line does not cut the parcel in two: draw it across the parcel, "
                        "from outside to outside.")};
    std::sort(pieces.begin(), pieces.end(), [](const auto &a, const auto &b) {
        return Geodesic::areaM2(*a) > Geodesic::areaM2(*b);
    });
    return pieces;
}

double ParcelGeometry::distanceMetres(const OGRGeometry &a, const OGRGeometry &b)
{
    const LocalPlane plane(originOf(a));
    const auto pa = plane.toPlane(a), pb = plane.toPlane(b);
    return pa->Distance(pb.get());
}

Result<std::unique_ptr<OGRMultiPolygon>>
ParcelGeometry::merge(const std::vector<const OGRGeometry *> &shapes)
{
    if (shapes.size() < 2)
        return Error{tr("Choose at least two parcels to merge.")};
    auto unite = [&](const std::vector<std::unique_ptr<OGRGeometry>> &parts) {
        std::unique_ptr<OGRGeometry> result(parts.front()->clone());
        for (size_t i = 1; i < parts.size() && result; ++i)
            result.reset(result->Union(parts[i].get()));
        return result ? polygonsOf(*result) : nullptr;
    };
    std::vector<std::unique_ptr<OGRGeometry>> parts;
    for (const OGRGeometry *shape : shapes)
        parts.emplace_back(shape->clone());
    CPLPushErrorHandler(CPLQuietErrorHandler);
    auto united = unite(parts);
    if (united && united->getNumGeometries() > 1) {
        // Edges drawn apart by a hair: snap each part onto the others' vertices and try again.
        for (size_t i = 0; i < parts.size(); ++i) {
            QList<Neighbour> others;
            for (size_t j = 0; j < parts.size(); ++j) {
                if (j != i)
                    others.append(
                        {QString(), std::shared_ptr<const OGRGeometry>(parts[j]->clone())});
            }
            snapToNeighbours(*parts[i], others);
        }
        united = unite(parts);
    }
    CPLPopErrorHandler();
    if (!united)
        return Error{
            tr("The parcels could not be merged: %1").arg(QString::fromUtf8(CPLGetLastErrorMsg()))};
    if (united->getNumGeometries() > 1) {
        double gap = 0;
        for (int i = 0; i < united->getNumGeometries(); ++i) {
            double nearest = 1e300;
            for (int j = 0; j < united->getNumGeometries(); ++j) {
                if (i != j)
                    nearest = std::min(nearest, distanceMetres(*united->getGeometryRef(i),
                                                               *united->getGeometryRef(j)));
            }
            gap = std::max(gap, nearest);
        }
        if (gap < kSnapMetres)
            return Error{tr("The parcels touch only at a corner: they can be merged only when "
                            "they share an edge.")};
        return Error{
            tr("The parcels are not adjacent: they lie %1 m apart. Only parcels that share an "
               "edge can be merged.")
                .arg(metres(gap))};
    }
    return united;
}

std::unique_ptr<OGRMultiPolygon> ParcelGeometry::fromRing(const QList<QPointF> &ring)
{
    OGRLinearRing r;
    for (const QPointF &p : ring)
        r.addPoint(p.x(), p.y());
    r.closeRings();
    OGRPolygon polygon;
    polygon.addRing(&r);
    auto multi = std::make_unique<OGRMultiPolygon>();
    multi->addGeometry(&polygon);
    return multi;
}

QList<QPointF> ParcelGeometry::outerRing(const OGRGeometry &shape)
{
    QList<QPointF> ring;
    auto polygons = polygonsOf(shape);
    if (!polygons || polygons->IsEmpty())
        return ring;
    const OGRLinearRing *outer = polygons->getGeometryRef(0)->getExteriorRing();
    if (!outer)
        return ring;
    for (int i = 0; i < outer->getNumPoints(); ++i)
        ring.append(QPointF(outer->getX(i), outer->getY(i)));
    if (ring.size() > 1 && ring.first() == ring.last())
        ring.removeLast();
    return ring;
}

std::unique_ptr<OGRMultiPolygon> ParcelGeometry::withOuterRing(const OGRGeometry &shape,
                                                               const QList<QPointF> &ring)
{
    auto polygons = polygonsOf(shape);
    auto result = std::make_unique<OGRMultiPolygon>();
    OGRLinearRing outer;
    for (const QPointF &p : ring)
        outer.addPoint(p.x(), p.y());
    outer.closeRings();
    OGRPolygon first;
    first.addRing(&outer);
    if (polygons && !polygons->IsEmpty()) {
        const OGRPolygon *old = polygons->getGeometryRef(0);
        for (int i = 0; i < old->getNumInteriorRings(); ++i)
            first.addRing(const_cast<OGRLinearRing *>(old->getInteriorRing(i))); // copied
    }
    result->addGeometry(&first);
    for (int i = 1; polygons && i < polygons->getNumGeometries(); ++i)
        result->addGeometry(polygons->getGeometryRef(i));
    return result;
}
