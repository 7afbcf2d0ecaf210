// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/map/tools/edittool.h"

#include <QVariantMap>

#include <optional>

// Draws a new parcel: each click adds a corner, snapped to the vertices and edges of the
// parcels in view (and to its own first corner, which closes it); the area so far is shown in 亩
// beside the pointer, measured on the ellipsoid. A double click, Enter or a click on the first
// corner finishes; Backspace takes back the last corner, Escape drops the drawing. Finished, it
// asks for the new parcel's code and status (askValues) and adds it as one undoable command;
// a shape that crosses itself or overlaps a neighbour is refused with the reason and stays
// drawn, to be put right.
class DrawParcelTool : public EditTool
{
    Q_OBJECT
public:
    explicit DrawParcelTool(MapCanvas *canvas);

    // Asked when a drawing is finished, with its area in 亩: the new parcel's values (code,
    // status, park …), or nullopt to go on drawing. Without it, a code is made up.
    void setAskValues(std::function<std::optional<QVariantMap>(double areaMu)> ask)
    {
        m_ask = std::move(ask);
    }
    QList<QPointF> corners() const { return m_corners; } // map units
    double areaMu() const;                               // of the corners so far (and the pointer)
    bool finish();

    QCursor cursor() const override { return Qt::CrossCursor; }
    void deactivate() override;
    void canvasPressEvent(QMouseEvent *event) override;
    void canvasMoveEvent(QMouseEvent *event) override;
    void canvasReleaseEvent(QMouseEvent *event) override;
    void canvasDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paint(QPainter &painter) const override;

private:
    QList<QPointF> m_corners; // map units
    std::optional<Snapping::Result> m_hover;
    std::function<std::optional<QVariantMap>(double)> m_ask;
};
