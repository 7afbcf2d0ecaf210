// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/hittest.h"

#include <QPolygonF>

#include <cmath>

namespace {

bool polygonContains(const MapFeature &f, const QPointF &m)
{
    bool inside = false;
    size_t start = 0;
    for (int n : f.partSizes) {
        QPolygonF ring(n);
        for (int i = 0; i < n; ++i)
            ring[i] = f.points[start + size_t(i)];
        start += size_t(n);
        if (ring.containsPoint(m, Qt::OddEvenFill))
            inside = !inside; // holes and multipolygons by parity
    }
    return inside;
}

double distanceToLine(const MapFeature &f, const QPointF &m)
{
    double best = 1e300;
    size_t start = 0;
    for (int n : f.partSizes) {
        for (int i = 0; i + 1 < n; ++i) {
            const QPointF a = f.points[start + size_t(i)], b = f.points[start + size_t(i) + 1];
            const QPointF ab = b - a;
            const double len2 = QPointF::dotProduct(ab, ab);
            const double t
                = len2 > 0 ? std::clamp(QPointF::dotProduct(m - a, ab) / len2, 0.0, 1.0) : 0;
            const QPointF d = m - (a + ab * t);
            best = std::min(best, std::hypot(d.x(), d.y()));
        }
        start += size_t(n);
    }
    return best;
}

} // namespace

namespace MapHitTest {

std::optional<MapHit> at(const MapSettings &settings, const QPointF &pixel, bool waitIfBusy)
{
    const MapToPixel view = settings.mapToPixel();
    const double mpp = view.mapUnitsPerPixel();
    const QPointF m = view.toMap(pixel);
    const double tolerance = 4 * settings.symbolScale() * mpp;
    for (auto layer = settings.layers.rbegin(); layer != settings.layers.rend(); ++layer) {
        if (!layer->visible || !layer->source)
            continue;
        const double reach = layer->source->geometryKind() == Wkb::Kind::Point
                                 ? (14 * settings.symbolScale() * mpp)
                                 : tolerance;
        auto features = layer->source->features(
            QRectF(m - QPointF(reach, reach), m + QPointF(reach, reach)), mpp, nullptr, waitIfBusy);
        if (!features)
            continue;
        const MapFeature *best = nullptr;
        double bestDistance = 1e300;
        for (const MapFeature *f : *features) {
            if (!layer->shows(f->fid))
                continue; // not drawn: not there for the user
            double distance = 1e300;
            switch (f->kind) {
            case Wkb::Kind::Point:
                for (const QPointF &p : f->points) {
                    const double radius = (std::isnan(f->size) ? layer->style.pointRadius
                                                               : layer->style.radiusFor(f->size))
                                          * settings.symbolScale() * mpp;
                    const double d = std::hypot(p.x() - m.x(), p.y() - m.y());
                    if (d <= radius + tolerance)
                        distance = std::min(distance, d);
                }
                break;
            case Wkb::Kind::Line:
                if (double d = distanceToLine(*f, m); d <= tolerance)
                    distance = d;
                break;
            case Wkb::Kind::Polygon:
                if (f->hasGeometry ? polygonContains(*f, m) : f->bounds.contains(m))
                    distance = f->bounds.width() * f->bounds.height(); // smallest wins
                break;
            case Wkb::Kind::Unknown:
                break;
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = f;
            }
        }
        if (best)
            return MapHit{layer->id, best->fid, best};
    }
    return std::nullopt;
}

QList<MapHit> inside(const MapSettings &settings, const QRectF &pixels, bool waitIfBusy)
{
    QList<MapHit> hits;
    const QRectF rect = settings.mapToPixel().toMap(pixels);
    for (const MapLayer &layer : settings.layers) {
        if (!layer.visible || !layer.source)
            continue;
        auto features
            = layer.source->features(rect, settings.metresPerPixel(), nullptr, waitIfBusy);
        if (!features)
            continue;
        for (const MapFeature *f : *features) {
            // By corners: a point's box has no size, and QRectF::contains() refuses a null
            // rectangle (a box around project points selected none of them).
            if (rect.contains(f->bounds.topLeft()) && rect.contains(f->bounds.bottomRight())
                && layer.shows(f->fid))
                hits.append({layer.id, f->fid, f});
        }
    }
    return hits;
}

} // namespace MapHitTest
