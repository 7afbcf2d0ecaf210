// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/map/tools/edittool.h"

// Splits a parcel with a line: click the points of the line across the parcel, from outside to
// outside (snapped to vertices and edges), and double-click or press Enter. The parcel the
// line cuts is split (when it cuts several, the selected one); the largest piece keeps the
// parcel, the others become new parcels, all in one undoable command. Backspace takes back the
// last point, Escape drops the line.
class SplitTool : public EditTool
{
    Q_OBJECT
public:
    explicit SplitTool(MapCanvas *canvas);

    QList<QPointF> line() const { return m_line; } // map units
    bool finish();

    QCursor cursor() const override { return Qt::CrossCursor; }
    void deactivate() override;
    void canvasPressEvent(QMouseEvent *event) override;
    void canvasMoveEvent(QMouseEvent *event) override;
    void canvasDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paint(QPainter &painter) const override;

private:
    QList<QPointF> m_line; // map units
    std::optional<QPointF> m_hover;
};
