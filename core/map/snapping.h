// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

#include <optional>
#include <vector>

struct MapFeature;

// Where a digitised point lands: on the nearest vertex within reach, else on the nearest edge
// within reach, else where it was put. Map units throughout (the canvas's Web Mercator
// metres). Pure functions for the map tools; any thread.
namespace Snapping {

enum class Kind { None, Vertex, Edge };
struct Result
{
    QPointF point;
    Kind kind = Kind::None;
};

// `features` are the polygons near the point (their rings); `extra` more vertices (the shape
// being drawn, so that it can be closed on its first vertex). Vertices win over edges.
Result snap(const QPointF &at, const std::vector<const MapFeature *> &features, double reach,
            const QList<QPointF> &extra = {});

// The closest point to `p` on the segment ab.
QPointF closestOnSegment(const QPointF &p, const QPointF &a, const QPointF &b);

// Editing one ring (a closed shape without its closing vertex): the vertex or edge under a
// point, and the ring with a vertex moved, added on an edge or removed.
std::optional<int> vertexAt(const QList<QPointF> &ring, const QPointF &p, double reach);
// The edge (from vertex i to i + 1) within reach of `p`, and the point on it.
std::optional<std::pair<int, QPointF>> edgeAt(const QList<QPointF> &ring, const QPointF &p,
                                              double reach);
QList<QPointF> moved(QList<QPointF> ring, int vertex, const QPointF &to);
QList<QPointF> inserted(QList<QPointF> ring, int edge, const QPointF &at);
// nullopt when the ring would keep fewer than three corners.
std::optional<QList<QPointF>> removed(QList<QPointF> ring, int vertex);

} // namespace Snapping
