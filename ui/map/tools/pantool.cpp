// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/tools/pantool.h"

#include "ui/map/mapcanvas.h"
#include "ui/map/tools/selecttool.h"
#include "ui/map/tools/zoomboxtool.h"

#include <QMouseEvent>

PanTool::PanTool(MapCanvas *canvas)
    : MapTool(canvas)
{
    setObjectName(QStringLiteral("pan"));
}

void PanTool::deactivate()
{
    m_band.finish();
    canvas()->update();
}

void PanTool::canvasPressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_band.begin(event->position().toPoint());
    m_gesture = event->modifiers() & Qt::ShiftModifier     ? Gesture::ZoomBox
                : event->modifiers() & Qt::ControlModifier ? Gesture::SelectBox
                                                           : Gesture::Pan;
}

void PanTool::canvasMoveEvent(QMouseEvent *event)
{
    if (!m_band.isActive())
        return;
    const QPoint last = m_band.current();
    m_band.moveTo(event->position().toPoint());
    if (m_gesture != Gesture::Pan) {
        canvas()->update(); // the rubber band
    } else if (m_band.isDrag()) {
        if (canvas()->cursor().shape() != Qt::ClosedHandCursor)
            canvas()->setCursor(Qt::ClosedHandCursor);
        canvas()->panByPixels(m_band.current() - last);
    }
}

void PanTool::canvasReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_band.isActive())
        return;
    if (m_gesture != Gesture::Pan)
        m_band.moveTo(event->position().toPoint());
    m_band.finish();
    canvas()->setCursor(cursor());
    if (!m_band.isDrag())
        canvas()->identifyAt(event->position(), event->modifiers() & Qt::ControlModifier);
    else if (m_gesture == Gesture::ZoomBox)
        ZoomBoxTool::zoomToBox(canvas(), m_band.box());
    else if (m_gesture == Gesture::SelectBox)
        SelectTool::selectInBox(canvas(), m_band.box(), /*add=*/true);
    canvas()->update();
}

void PanTool::paint(QPainter &painter) const
{
    if (m_gesture != Gesture::Pan)
        m_band.paint(painter);
}
