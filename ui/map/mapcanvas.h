// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/map/hittest.h"
#include "core/map/render/mapsettings.h"

#include <QImage>
#include <QSet>
#include <QTimer>
#include <QWidget>

class RenderScheduler;

// The map canvas. Shows the last rendered frame and, during a gesture, redraws that frame moved
// and scaled (it never waits for the renderer); when the gesture settles it asks for a new frame,
// rendered by core on a worker thread, and swaps it in.
// Mouse: drag pans, wheel zooms around the cursor, Shift+drag zooms to a box, Ctrl+drag selects a
// box, click identifies, Ctrl+click adds to the selection. Keys: arrows pan, +/− zoom.
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    using FeatureKey = std::pair<QString, qint64>; // layer id, fid

    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    // The layers and basemap to draw (the canvas keeps its own extent).
    void setMap(const MapSettings &map);
    const MapSettings &map() const { return m_map; }
    void setLayerVisible(const QString &id, bool visible);
    void setLayerOpacity(const QString &id, double opacity);
    void setLinksVisible(bool visible);
    void moveLayer(const QString &id, int delta); // +1 = up (drawn later)

    QRectF extent() const { return m_extent; } // Web Mercator, what the widget shows
    void setExtent(const QRectF &mercator);
    void zoomToFullExtent();
    void zoomToLayer(const QString &id);
    void zoomToSelection();
    void zoomBy(double factor, const QPointF &anchorPixel);
    void panByPixels(const QPointF &delta);
    // The current view in widget pixels (device pixels: mapToPixel().device()).
    MapToPixel mapToPixel() const;
    double metresPerPixel() const;

    QSet<FeatureKey> selection() const { return m_selection; }
    void setSelection(const QSet<FeatureKey> &selection);
    // Current settings for a render of exactly what the widget shows.
    MapSettings frameSettings() const;
    bool hasFrame() const { return !m_frame.isNull(); }
    void renderNow();                     // synchronous, for tests
    void refresh() { scheduleRender(0); } // the data or basemap changed: draw again

Q_SIGNALS:
    void featureClicked(const QString &layer, qint64 fid);
    void selectionChanged();
    void cursorMoved(const QPointF &lonLat);
    void extentChanged(const QRectF &mercator);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void scheduleRender(int delayMs = 120);
    void onRendered(const QImage &image, const MapSettings &settings);
    QRectF fullExtent() const;
    void drawHighlight(QPainter &painter, const MapFeature &feature, const QString &layer,
                       const QColor &colour, double width) const;
    void drawOverlays(QPainter &painter) const;
    MapLayer *layer(const QString &id);

    MapSettings m_map;
    QRectF m_extent;
    QImage m_frame;
    QRectF m_frameExtent;
    RenderScheduler *m_scheduler;
    QTimer m_settle;
    QSet<FeatureKey> m_selection;
    std::optional<MapHit> m_hover;
    QTimer m_hoverTimer;
    QPoint m_hoverPos;

    enum class Drag { None, Pan, ZoomBox, SelectBox } m_drag = Drag::None;
    QPoint m_pressPos;
    QPoint m_lastPos;
    bool m_moved = false;
};
