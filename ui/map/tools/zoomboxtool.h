// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/map/maptool.h"
#include "ui/map/tools/rubberband.h"

// Zoom in: drag a box to show just that box, or click to zoom in twofold around the point.
class ZoomBoxTool : public MapTool
{
    Q_OBJECT
public:
    explicit ZoomBoxTool(MapCanvas *canvas);

    // Shows `box` (widget pixels), grown to the canvas's shape; boxes of a few pixels are ignored.
    static void zoomToBox(MapCanvas *canvas, const QRect &box);

    QCursor cursor() const override { return Qt::CrossCursor; }
    void deactivate() override;
    void canvasPressEvent(QMouseEvent *event) override;
    void canvasMoveEvent(QMouseEvent *event) override;
    void canvasReleaseEvent(QMouseEvent *event) override;
    void paint(QPainter &painter) const override { m_band.paint(painter); }

private:
    RubberBand m_band;
};
