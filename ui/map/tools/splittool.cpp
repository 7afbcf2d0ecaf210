// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/tools/splittool.h"

#include "core/commands/parcelshapes.h"
#include "core/project/projectdocument.h"
#include "ui/map/mapcanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

SplitTool::SplitTool(MapCanvas *canvas)
    : EditTool(canvas)
{
    setObjectName(QStringLiteral("splitParcel"));
}

void SplitTool::deactivate()
{
    m_line.clear();
    m_hover.reset();
}

void SplitTool::canvasPressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    const QPointF at = snapped(event->position()).point;
    if (m_line.isEmpty() || m_line.last() != at)
        m_line << at;
    canvas()->update();
}

void SplitTool::canvasMoveEvent(QMouseEvent *event)
{
    m_hover = snapped(event->position()).point;
    canvas()->update();
}

void SplitTool::canvasDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        finish();
}

void SplitTool::keyPressEvent(QKeyEvent *event)
{
    pointKeys(event, m_line, [this] { finish(); });
}

bool SplitTool::finish()
{
    if (m_line.size() < 2) {
        refused(tr("Draw the cutting line across the parcel: click a point outside it, then one "
                   "outside the other side, and double-click."));
        return false;
    }
    if (cannotEdit())
        return false;
    QList<QPointF> line;
    for (const QPointF &p : std::as_const(m_line))
        line << lonLat(p);
    auto crossed = ParcelShapes::crossedBy(document()->store(), line);
    if (!crossed) {
        refused(crossed.errorMessage());
        return false;
    }
    qint64 fid = crossed->size() == 1 ? crossed->first() : 0;
    if (crossed->size() > 1) {
        for (const MapCanvas::FeatureKey &key : canvas()->selection()) {
            if (key.first == QLatin1String("parcels") && crossed->contains(key.second))
                fid = fid ? -1 : key.second;
        }
    }
    if (fid <= 0) {
        refused(crossed->isEmpty() ? tr("The line cuts no parcel.")
                                   : tr("The line cuts %n parcel(s): select the one to split "
                                        "first (click it with the pan tool).",
                                        nullptr, int(crossed->size())));
        return false;
    }
    auto pieces = ParcelShapes::splitParcel(*document(), fid, line, tr("map"));
    if (!pieces) {
        refused(pieces.errorMessage());
        return false;
    }
    done(tr("Parcel split into %n piece(s). Edit → Undo puts it back together.", nullptr,
            int(pieces->size())));
    m_line.clear();
    canvas()->update();
    return true;
}

void SplitTool::paint(QPainter &painter) const
{
    if (m_line.isEmpty())
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    QPolygonF pixels;
    for (const QPointF &p : m_line)
        pixels << toPixel(p);
    if (m_hover)
        pixels << toPixel(*m_hover);
    painter.setPen(QPen(QColor(0xB2, 0x18, 0x2B), 2, Qt::DashLine));
    painter.drawPolyline(pixels);
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(QColor(0xB2, 0x18, 0x2B));
    for (const QPointF &p : m_line)
        painter.drawEllipse(toPixel(p), 4, 4);
}
