// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/snapping.h"

#include "core/map/layersource.h"

#include <cmath>

namespace {

double distance(const QPointF &a, const QPointF &b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

namespace Snapping {

QPointF closestOnSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    if (len2 <= 0)
        return a;
    const double t = std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0);
    return a + ab * t;
}

Result snap(const QPointF &at, const std::vector<const MapFeature *> &features, double reach,
            const QList<QPointF> &extra)
{
    Result vertex{at, Kind::None}, edge{at, Kind::None};
    double bestVertex = reach, bestEdge = reach;
    auto tryVertex = [&](const QPointF &v) {
        if (const double d = distance(v, at); d <= bestVertex) {
            bestVertex = d;
            vertex = {v, Kind::Vertex};
        }
    };
    for (const QPointF &v : extra)
        tryVertex(v);
    for (const MapFeature *f : features) {
        if (!f || !f->hasGeometry || !f->bounds.adjusted(-reach, -reach, reach, reach).contains(at))
            continue;
        size_t start = 0;
        for (int n : f->partSizes) {
            for (int i = 0; i < n; ++i) {
                const QPointF &a = f->points[start + size_t(i)];
                tryVertex(a);
                if (i + 1 < n) {
                    const QPointF c = closestOnSegment(at, a, f->points[start + size_t(i) + 1]);
                    if (const double d = distance(c, at); d <= bestEdge) {
                        bestEdge = d;
                        edge = {c, Kind::Edge};
                    }
                }
            }
            start += size_t(n);
        }
    }
    return vertex.kind == Kind::Vertex ? vertex : edge;
}

std::optional<int> vertexAt(const QList<QPointF> &ring, const QPointF &p, double reach)
{
    std::optional<int> best;
    double bestDistance = reach;
    for (int i = 0; i < ring.size(); ++i) {
        if (const double d = distance(ring[i], p); d <= bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

std::optional<std::pair<int, QPointF>> edgeAt(const QList<QPointF> &ring, const QPointF &p,
                                              double reach)
{
    std::optional<std::pair<int, QPointF>> best;
    double bestDistance = reach;
    for (int i = 0; i < ring.size(); ++i) {
        const QPointF c = closestOnSegment(p, ring[i], ring[(i + 1) % ring.size()]);
        if (const double d = distance(c, p); d <= bestDistance) {
            bestDistance = d;
            best = std::pair{i, c};
        }
    }
    return best;
}

QList<QPointF> moved(QList<QPointF> ring, int vertex, const QPointF &to)
{
    if (vertex >= 0 && vertex < ring.size())
        ring[vertex] = to;
    return ring;
}

QList<QPointF> inserted(QList<QPointF> ring, int edge, const QPointF &at)
{
    if (edge >= 0 && edge < ring.size())
        ring.insert(edge + 1, at);
    return ring;
}

std::optional<QList<QPointF>> removed(QList<QPointF> ring, int vertex)
{
    if (ring.size() <= 3 || vertex < 0 || vertex >= ring.size())
        return std::nullopt;
    ring.removeAt(vertex);
    return ring;
}

} // namespace Snapping
