// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/tools/boxtool.h"

#include "ui/map/mapcanvas.h"

#include <QMouseEvent>

void BoxTool::deactivate()
{
    m_band.finish();
    canvas()->update();
}

void BoxTool::canvasPressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_band.begin(event->position().toPoint());
}

void BoxTool::canvasMoveEvent(QMouseEvent *event)
{
    if (!m_band.isActive())
        return;
    m_band.moveTo(event->position().toPoint());
    canvas()->update();
}

void BoxTool::canvasReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_band.isActive())
        return;
    m_band.moveTo(event->position().toPoint());
    m_band.finish();
    if (m_band.isDrag())
        boxDrawn(m_band.box(), event);
    else
        clicked(event);
    canvas()->update();
}
