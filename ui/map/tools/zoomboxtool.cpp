// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/tools/zoomboxtool.h"

#include "ui/map/mapcanvas.h"

#include <QMouseEvent>

ZoomBoxTool::ZoomBoxTool(MapCanvas *canvas)
    : BoxTool(canvas)
{
    setObjectName(QStringLiteral("zoom-box"));
}

void ZoomBoxTool::zoomToBox(MapCanvas *canvas, const QRect &box)
{
    if (box.width() > 4 && box.height() > 4)
        canvas->setExtent(canvas->mapToPixel().toMap(QRectF(box)));
}

void ZoomBoxTool::clicked(QMouseEvent *event)
{
    canvas()->zoomBy(0.5, event->position());
}

void ZoomBoxTool::boxDrawn(const QRect &box, QMouseEvent *)
{
    zoomToBox(canvas(), box);
}
