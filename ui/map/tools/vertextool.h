// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/map/tools/edittool.h"

#include <optional>

// Edits the corners of one parcel: a click chooses the parcel and shows its corners; dragging
// a corner moves it (snapped to the vertices and edges of the neighbours), a double click on an
// edge adds a corner there, a right click on a corner (or Delete over it) removes it. Each edit
// is one undoable command (ParcelShapes::reshapeOuterRing); a shape that crosses itself or
// overlaps a neighbour is refused with the reason and the parcel keeps its shape. Escape lets
// the parcel go.
class VertexTool : public EditTool
{
    Q_OBJECT
public:
    explicit VertexTool(MapCanvas *canvas);

    qint64 parcel() const { return m_fid; }
    void choose(qint64 fid);
    QList<QPointF> ring() const { return m_ring; } // storage longitude/latitude

    QCursor cursor() const override { return Qt::PointingHandCursor; }
    void deactivate() override;
    void canvasPressEvent(QMouseEvent *event) override;
    void canvasMoveEvent(QMouseEvent *event) override;
    void canvasReleaseEvent(QMouseEvent *event) override;
    void canvasDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paint(QPainter &painter) const override;

private:
    std::optional<int> vertexUnder(const QPointF &pixel) const;
    bool commit(const QList<QPointF> &ring, const QString &what);
    QList<QPointF> pixelRing() const;

    qint64 m_fid = 0;
    QList<QPointF> m_ring; // storage coordinates, as stored
    std::optional<int> m_dragging;
    QPointF m_dragTo;  // storage coordinates of the dragged corner
    QPointF m_pointer; // widget pixels
};
