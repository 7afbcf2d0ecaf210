// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCursor>
#include <QObject>

class MapCanvas;
class QKeyEvent;
class QMouseEvent;
class QPainter;
class QWheelEvent;

// What the mouse and keyboard do on a map canvas: pan, zoom to a box, identify, select — and later
// draw parcels, measure or follow the GPS. The canvas hands its events to the one active tool
// (MapCanvas::setTool); positions are widget pixels, which canvas()->mapToPixel() converts.
// A tool consumes a wheel or key event by accepting it; ignored ones fall back to the canvas's
// navigation (wheel zoom around the cursor, arrows, +/−). Mouse events go to the tool alone.
// Tools live on the GUI thread and are owned by their canvas (their QObject parent); the canvas
// never deletes the active tool behind the owner's back, and falls back to panning if it is
// deleted while active.
class MapTool : public QObject
{
    Q_OBJECT
public:
    explicit MapTool(MapCanvas *canvas);

    MapCanvas *canvas() const { return m_canvas; }
    // The cursor over the map while the tool is active.
    virtual QCursor cursor() const { return Qt::ArrowCursor; }
    // The tool became active / another took over: deactivate() drops a gesture in progress.
    virtual void activate() {}
    virtual void deactivate() {}

    virtual void canvasPressEvent(QMouseEvent *event);
    virtual void canvasMoveEvent(QMouseEvent *event);
    virtual void canvasReleaseEvent(QMouseEvent *event);
    // A double click comes after the press and release of its first click.
    virtual void canvasDoubleClickEvent(QMouseEvent *event);
    virtual void wheelEvent(QWheelEvent *event);
    virtual void keyPressEvent(QKeyEvent *event);
    // Draws the tool's overlay (rubber band, measurement) above the map, in widget pixels.
    virtual void paint(QPainter &painter) const;

private:
    MapCanvas *m_canvas;
};
