// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/map/maptool.h"
#include "ui/map/tools/rubberband.h"

// The canvas's default tool: drag pans, a click identifies (Ctrl+click adds to or removes from
// the selection), Shift+drag zooms to a box and Ctrl+drag selects a box — so that everything
// works without ever choosing a tool.
class PanTool : public MapTool
{
    Q_OBJECT
public:
    explicit PanTool(MapCanvas *canvas);

    void deactivate() override;
    void canvasPressEvent(QMouseEvent *event) override;
    void canvasMoveEvent(QMouseEvent *event) override;
    void canvasReleaseEvent(QMouseEvent *event) override;
    void paint(QPainter &painter) const override;

private:
    enum class Gesture { Pan, ZoomBox, SelectBox };
    RubberBand m_band;
    Gesture m_gesture = Gesture::Pan;
};
