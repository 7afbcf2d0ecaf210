// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/tools/selecttool.h"

#include "ui/map/mapcanvas.h"

#include <QMouseEvent>

SelectTool::SelectTool(MapCanvas *canvas)
    : MapTool(canvas)
{
    setObjectName(QStringLiteral("select"));
}

void SelectTool::selectInBox(MapCanvas *canvas, const QRect &box, bool add)
{
    QSet<MapCanvas::FeatureKey> chosen = add ? canvas->selection() : QSet<MapCanvas::FeatureKey>();
    for (const MapHit &hit : canvas->featuresIn(QRectF(box))) {
        if (hit.layer != QLatin1String("units"))
            chosen.insert({hit.layer, hit.fid});
    }
    canvas->setSelection(chosen);
}

void SelectTool::deactivate()
{
    m_band.finish();
    canvas()->update();
}

void SelectTool::canvasPressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_band.begin(event->position().toPoint());
}

void SelectTool::canvasMoveEvent(QMouseEvent *event)
{
    if (!m_band.isActive())
        return;
    m_band.moveTo(event->position().toPoint());
    canvas()->update();
}

void SelectTool::canvasReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_band.isActive())
        return;
    m_band.moveTo(event->position().toPoint());
    m_band.finish();
    const bool control = event->modifiers() & Qt::ControlModifier;
    if (m_band.isDrag())
        selectInBox(canvas(), m_band.box(), control || (event->modifiers() & Qt::ShiftModifier));
    else
        canvas()->identifyAt(event->position(), control);
    canvas()->update();
}
