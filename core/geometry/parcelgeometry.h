// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

#include <memory>
#include <vector>

class OGRGeometry;
class OGRMultiPolygon;
class OGRPolygon;

// A flat, metric plane around a place, for the geometry of parcels (a few kilometres): x east and
// y north in metres from the origin, scaled by the CGCS2000 ellipsoid's radii of curvature at
// the origin's latitude. Exact inverse, so vertices that go through it and back come back as
// they were; distortion well under 0.1 % within 10 km of the origin, which is all that snapping,
// adjacency and overlap tolerances need (areas are measured by Geodesic on the ellipsoid).
class LocalPlane
{
public:
    explicit LocalPlane(const QPointF &originLonLat);
    QPointF toPlane(const QPointF &lonLat) const;
    QPointF toLonLat(const QPointF &plane) const;
    // Copies of a geometry with every vertex transformed.
    std::unique_ptr<OGRGeometry> toPlane(const OGRGeometry &geometry) const;
    std::unique_ptr<OGRGeometry> toLonLat(const OGRGeometry &geometry) const;

private:
    QPointF m_origin;
    double m_metresPerDegreeX = 0;
    double m_metresPerDegreeY = 0;
};

// The geometry of parcel edits, in storage coordinates (CGCS2000 longitude/latitude): what makes a
// parcel shape acceptable, splitting with a line, merging neighbours, and snapping digitised
// vertices onto the exact vertices of neighbours. Pure functions on OGR geometries (GEOS); the
// commands (ParcelCommands) and the map tools call them. Messages are translated.
class ParcelGeometry
{
    Q_DECLARE_TR_FUNCTIONS(ParcelGeometry)
public:
    // Overlap with a neighbour allowed, as a share of the smaller of the two parcels.
    static constexpr double kOverlapTolerance = 0.005;
    // Vertices this close (metres) to a neighbour's vertex take its exact coordinates.
    static constexpr double kSnapMetres = 0.05;

    // The polygons of a geometry (a collection may hold lines or points beside them), as one
    // MultiPolygon; nullptr when there is none.
    static std::unique_ptr<OGRMultiPolygon> polygonsOf(const OGRGeometry &geometry);

    // Why `shape` cannot be a parcel (translated): no area, too few vertices, a boundary that
    // crosses itself, rings out of place; empty when it can.
    static QString shapeProblem(const OGRGeometry &shape);

    struct Neighbour
    {
        QString code;
        std::shared_ptr<const OGRGeometry> shape; // storage coordinates
        qint64 fid = 0;
    };
    // Why `shape` overlaps a neighbour by more than kOverlapTolerance of the smaller of the two
    // (translated, naming it and the overlap in m²); empty when it does not.
    static QString overlapProblem(const OGRGeometry &shape, const QList<Neighbour> &neighbours,
                                  double tolerance = kOverlapTolerance);

    // Moves every vertex of `shape` lying within kSnapMetres of a vertex of a neighbour onto that
    // vertex, so that shared edges are shared exactly. Returns the number moved.
    static int snapToNeighbours(OGRGeometry &shape, const QList<Neighbour> &neighbours);

    // Cuts `shape` with a line (storage coordinates; it is extended a little at both ends so a
    // line drawn to the boundary cuts through it). Two or more pieces, largest first; an Error
    // when the line does not cut the parcel in two.
    static Result<std::vector<std::unique_ptr<OGRMultiPolygon>>> split(const OGRGeometry &shape,
                                                                       const QList<QPointF> &line);

    // The union of adjacent parcels (sharing an edge, or overlapping within tolerance) as one
    // shape; an Error naming the distance when they are apart.
    static Result<std::unique_ptr<OGRMultiPolygon>>
    merge(const std::vector<const OGRGeometry *> &shapes);

    // The shortest distance between two shapes in metres.
    static double distanceMetres(const OGRGeometry &a, const OGRGeometry &b);

    // A polygon from a ring of vertices (storage coordinates, not closed), as a MultiPolygon.
    static std::unique_ptr<OGRMultiPolygon> fromRing(const QList<QPointF> &ring);
    // The exterior ring of the first polygon, without the closing vertex.
    static QList<QPointF> outerRing(const OGRGeometry &shape);
    // The same shape with the first polygon's exterior ring replaced by `ring` (not closed).
    static std::unique_ptr<OGRMultiPolygon> withOuterRing(const OGRGeometry &shape,
                                                          const QList<QPointF> &ring);
};
