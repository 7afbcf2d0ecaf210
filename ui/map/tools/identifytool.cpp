// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/tools/identifytool.h"

#include "ui/map/mapcanvas.h"

#include <QMouseEvent>

IdentifyTool::IdentifyTool(MapCanvas *canvas)
    : MapTool(canvas)
{
    setObjectName(QStringLiteral("identify"));
}

void IdentifyTool::canvasPressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_band.begin(event->position().toPoint());
}

void IdentifyTool::canvasMoveEvent(QMouseEvent *event)
{
    if (m_band.isActive())
        m_band.moveTo(event->position().toPoint());
}

void IdentifyTool::canvasReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_band.isActive())
        return;
    m_band.moveTo(event->position().toPoint());
    m_band.finish();
    if (!m_band.isDrag())
        canvas()->identifyAt(event->position(), event->modifiers() & Qt::ControlModifier);
}
