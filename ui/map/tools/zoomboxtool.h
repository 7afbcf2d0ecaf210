// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/map/tools/boxtool.h"

// Zoom in: drag a box to show just that box, or click to zoom in twofold around the point.
class ZoomBoxTool : public BoxTool
{
    Q_OBJECT
public:
    explicit ZoomBoxTool(MapCanvas *canvas);

    // Shows `box` (widget pixels), grown to the canvas's shape; boxes of a few pixels are ignored.
    static void zoomToBox(MapCanvas *canvas, const QRect &box);

    QCursor cursor() const override { return Qt::CrossCursor; }

protected:
    void clicked(QMouseEvent *event) override;
    void boxDrawn(const QRect &box, QMouseEvent *event) override;
};
