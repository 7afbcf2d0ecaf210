// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/map/maptool.h"
#include "ui/map/tools/rubberband.h"

// A tool for which a left-button gesture is either a click or a box: it tracks the gesture, draws
// the rubber band while dragging, and hands the outcome to clicked() or boxDrawn().
class BoxTool : public MapTool
{
    Q_OBJECT
public:
    using MapTool::MapTool;

    void deactivate() override;
    void canvasPressEvent(QMouseEvent *event) override;
    void canvasMoveEvent(QMouseEvent *event) override;
    void canvasReleaseEvent(QMouseEvent *event) override;
    void paint(QPainter &painter) const override { m_band.paint(painter); }

protected:
    // `event` is the release; the box is in widget pixels.
    virtual void clicked(QMouseEvent *event) = 0;
    virtual void boxDrawn(const QRect &box, QMouseEvent *event) = 0;

private:
    RubberBand m_band;
};
