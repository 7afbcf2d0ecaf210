// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/tools/edittool.h"

#include "core/map/crs/mercator.h"
#include "core/project/projectdocument.h"
#include "core/storage/projectfile.h"
#include "ui/map/mapcanvas.h"

#include <QKeyEvent>

QPointF EditTool::toMap(const QPointF &pixel) const
{
    return canvas()->mapToPixel().toMap(pixel);
}

QPointF EditTool::toPixel(const QPointF &map) const
{
    return canvas()->mapToPixel().toPixel(map);
}

QPointF EditTool::lonLat(const QPointF &map)
{
    return WebMercator::toLonLat(map.x(), map.y());
}

QPointF EditTool::fromLonLat(const QPointF &lonLat)
{
    return WebMercator::fromLonLat(lonLat.x(), lonLat.y());
}

Snapping::Result EditTool::snapped(const QPointF &pixel, const QList<QPointF> &extra) const
{
    const MapToPixel view = canvas()->mapToPixel();
    const double reach = kSnapPixels * view.mapUnitsPerPixel();
    const QPointF at = view.toMap(pixel);
    std::vector<const MapFeature *> near;
    for (const MapLayer &layer : canvas()->map().layers) {
        if (layer.id != QLatin1String("parcels") || !layer.visible || !layer.source)
            continue;
        // Never waits for a render: what is loaded is what the user sees.
        auto features
            = layer.source->features(QRectF(at - QPointF(reach, reach), at + QPointF(reach, reach)),
                                     view.mapUnitsPerPixel(), nullptr, false);
        if (features)
            near = *features;
    }
    return Snapping::snap(at, near, reach, extra);
}

qint64 EditTool::parcelAt(const QPointF &pixel) const
{
    const auto hit = canvas()->featureAt(pixel, QStringLiteral("parcels"));
    return hit ? hit->fid : 0;
}

void EditTool::pointKeys(QKeyEvent *event, QList<QPointF> &points,
                         const std::function<void()> &finish)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish();
        break;
    case Qt::Key_Backspace:
        if (!points.isEmpty())
            points.removeLast();
        break;
    case Qt::Key_Escape:
        points.clear();
        break;
    default:
        event->ignore();
        return;
    }
    canvas()->update();
    event->accept();
}

bool EditTool::cannotEdit()
{
    if (!m_document) {
        refused(tr("Open a project first."));
        return true;
    }
    if (m_document->store().isReadOnly()) {
        refused(tr("This project is open read-only: %1").arg(m_document->store().readOnlyReason()));
        return true;
    }
    return false;
}
