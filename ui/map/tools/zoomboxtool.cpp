// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/tools/zoomboxtool.h"

#include "ui/map/mapcanvas.h"

#include <QMouseEvent>

ZoomBoxTool::ZoomBoxTool(MapCanvas *canvas)
    : MapTool(canvas)
{
    setObjectName(QStringLiteral("zoom-box"));
}

void ZoomBoxTool::zoomToBox(MapCanvas *canvas, const QRect &box)
{
    if (box.width() > 4 && box.height() > 4)
        canvas->setExtent(canvas->mapToPixel().toMap(QRectF(box)));
}

void ZoomBoxTool::deactivate()
{
    m_band.finish();
    canvas()->update();
}

void ZoomBoxTool::canvasPressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_band.begin(event->position().toPoint());
}

void ZoomBoxTool::canvasMoveEvent(QMouseEvent *event)
{
    if (!m_band.isActive())
        return;
    m_band.moveTo(event->position().toPoint());
    canvas()->update();
}

void ZoomBoxTool::canvasReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_band.isActive())
        return;
    m_band.moveTo(event->position().toPoint());
    m_band.finish();
    if (m_band.isDrag())
        zoomToBox(canvas(), m_band.box());
    else
        canvas()->zoomBy(0.5, event->position());
    canvas()->update();
}
