// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/tools/identifytool.h"

#include "ui/map/mapcanvas.h"

#include <QMouseEvent>

IdentifyTool::IdentifyTool(MapCanvas *canvas)
    : BoxTool(canvas)
{
    setObjectName(QStringLiteral("identify"));
}

void IdentifyTool::clicked(QMouseEvent *event)
{
    canvas()->identifyAt(event->position(), event->modifiers() & Qt::ControlModifier);
}
