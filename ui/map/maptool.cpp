// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/maptool.h"

#include "ui/map/mapcanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

MapTool::MapTool(MapCanvas *canvas)
    : QObject(canvas)
    , m_canvas(canvas)
{}

void MapTool::canvasPressEvent(QMouseEvent *event)
{
    event->ignore();
}

void MapTool::canvasMoveEvent(QMouseEvent *event)
{
    event->ignore();
}

void MapTool::canvasReleaseEvent(QMouseEvent *event)
{
    event->ignore();
}

void MapTool::canvasDoubleClickEvent(QMouseEvent *event)
{
    event->ignore();
}

void MapTool::wheelEvent(QWheelEvent *event)
{
    event->ignore();
}

void MapTool::keyPressEvent(QKeyEvent *event)
{
    event->ignore();
}

void MapTool::paint(QPainter &) const {}
