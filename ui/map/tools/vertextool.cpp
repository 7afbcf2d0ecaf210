// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/tools/vertextool.h"

#include "core/commands/parcelshapes.h"
#include "core/project/projectdocument.h"
#include "ui/map/mapcanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

VertexTool::VertexTool(MapCanvas *canvas)
    : EditTool(canvas)
{
    setObjectName(QStringLiteral("editVertices"));
}

void VertexTool::deactivate()
{
    m_fid = 0;
    m_ring.clear();
    m_dragging.reset();
}

void VertexTool::choose(qint64 fid)
{
    m_fid = 0;
    m_ring.clear();
    m_dragging.reset();
    if (fid && document()) {
        auto ring = ParcelShapes::outerRing(document()->store(), fid);
        if (ring && ring->size() >= 3) {
            m_fid = fid;
            m_ring = *ring;
        } else if (!ring) {
            refused(ring.errorMessage());
        }
    }
    canvas()->update();
}

QList<QPointF> VertexTool::pixelRing() const
{
    QList<QPointF> pixels;
    for (int i = 0; i < m_ring.size(); ++i)
        pixels << toPixel(fromLonLat(m_dragging && *m_dragging == i ? m_dragTo : m_ring[i]));
    return pixels;
}

std::optional<int> VertexTool::vertexUnder(const QPointF &pixel) const
{
    return Snapping::vertexAt(pixelRing(), pixel, kSnapPixels);
}

bool VertexTool::commit(const QList<QPointF> &ring, const QString &what)
{
    if (cannotEdit())
        return false;
    const qint64 fid = m_fid;
    const Status done = ParcelShapes::reshapeOuterRing(*document(), fid, ring, tr("map"));
    choose(fid); // as stored now: snapped, or unchanged when refused
    if (!done) {
        refused(done.errorMessage());
        return false;
    }
    this->done(what);
    return true;
}

void VertexTool::canvasPressEvent(QMouseEvent *event)
{
    const QPointF pixel = event->position();
    if (m_fid) {
        if (const auto vertex = vertexUnder(pixel)) {
            if (event->button() == Qt::RightButton) {
                const auto fewer = Snapping::removed(m_ring, *vertex);
                if (!fewer)
                    refused(ParcelGeometry::tr("A parcel needs at least three corners."));
                else
                    commit(*fewer, tr("Corner removed. Edit → Undo puts it back."));
                return;
            }
            if (event->button() == Qt::LeftButton) {
                m_dragging = vertex;
                m_dragTo = m_ring[*vertex];
                return;
            }
        }
    }
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    choose(parcelAt(pixel));
}

void VertexTool::canvasMoveEvent(QMouseEvent *event)
{
    m_pointer = event->position();
    if (m_dragging) {
        // Snapped to the neighbours' vertices and edges, never to itself.
        m_dragTo = lonLat(snapped(m_pointer).point);
    }
    canvas()->update();
}

void VertexTool::canvasReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return;
    const int vertex = *m_dragging;
    const QPointF to = m_dragTo;
    m_dragging.reset();
    if (to == m_ring[vertex]) {
        canvas()->update();
        return;
    }
    commit(Snapping::moved(m_ring, vertex, to), tr("Corner moved. Edit → Undo puts it back."));
}

void VertexTool::canvasDoubleClickEvent(QMouseEvent *event)
{
    if (!m_fid || event->button() != Qt::LeftButton)
        return;
    const auto edge = Snapping::edgeAt(pixelRing(), event->position(), kSnapPixels);
    if (!edge)
        return;
    commit(Snapping::inserted(m_ring, edge->first, lonLat(toMap(edge->second))),
           tr("Corner added. Edit → Undo takes it away."));
}

void VertexTool::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        choose(0);
    } else if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && m_fid) {
        const auto vertex = vertexUnder(m_pointer);
        if (!vertex) {
            event->ignore();
            return;
        }
        if (const auto fewer = Snapping::removed(m_ring, *vertex))
            commit(*fewer, tr("Corner removed. Edit → Undo puts it back."));
        else
            refused(ParcelGeometry::tr("A parcel needs at least three corners."));
    } else {
        event->ignore();
        return;
    }
    event->accept();
}

void VertexTool::paint(QPainter &painter) const
{
    if (!m_fid)
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<QPointF> pixels = pixelRing();
    painter.setPen(QPen(QColor(0x00, 0x72, 0xB2), 2));
    painter.setBrush(QColor(0x00, 0x72, 0xB2, 40));
    painter.drawPolygon(QPolygonF(pixels));
    const auto hover = vertexUnder(m_pointer);
    for (int i = 0; i < pixels.size(); ++i) {
        const bool active = (m_dragging && *m_dragging == i) || (!m_dragging && hover == i);
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(active ? QColor(0xD5, 0x5E, 0x00) : QColor(0x00, 0x72, 0xB2));
        painter.drawRect(QRectF(pixels[i] - QPointF(4.5, 4.5), QSizeF(9, 9)));
    }
}
