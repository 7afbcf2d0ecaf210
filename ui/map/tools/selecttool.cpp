// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/tools/selecttool.h"

#include "ui/map/mapcanvas.h"

#include <QMouseEvent>

SelectTool::SelectTool(MapCanvas *canvas)
    : BoxTool(canvas)
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

void SelectTool::clicked(QMouseEvent *event)
{
    canvas()->identifyAt(event->position(), event->modifiers() & Qt::ControlModifier);
}

void SelectTool::boxDrawn(const QRect &box, QMouseEvent *event)
{
    selectInBox(canvas(), box, event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier));
}
