// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/map/hittest.h"
#include "core/map/render/maprenderer.h"
#include "core/map/render/mapsettings.h"

#include <QHash>
#include <QImage>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

class MapTool;
class RenderScheduler;
Q_MOC_INCLUDE("ui/map/maptool.h")

// The map canvas. Shows the last rendered frame and, during a gesture, redraws that frame moved
// and scaled (it never waits for the renderer); when the gesture settles it asks for a new frame,
// rendered by core on a worker thread, and swaps it in.
// Mouse and keyboard go to the active MapTool. The default PanTool: drag pans, Shift+drag zooms
// to a box, Ctrl+drag selects a box, click identifies, Ctrl+click adds to the selection. Unless the
// tool takes them, the wheel zooms around the cursor, arrows pan and +/− zoom.
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    using FeatureKey = std::pair<QString, qint64>; // layer id, fid

    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    // The layers and basemap to draw (the canvas keeps its own extent). The canvas only shows
    // layer settings: they belong to the project's MapDocument, which the shell passes on here.
    void setMap(const MapSettings &map);
    const MapSettings &map() const { return m_map; }

    QRectF extent() const { return m_extent; } // Web Mercator, what the widget shows
    void setExtent(const QRectF &mercator);
    void zoomToFullExtent();
    void zoomToLayer(const QString &id);
    // False when nothing selected has a location (a project kept only in the ledger).
    bool zoomToSelection();
    void zoomBy(double factor, const QPointF &anchorPixel);
    // Centres the view on a point (Web Mercator) at street scale, or closer if already closer,
    // and marks it with a pin labelled `label` until the marker is cleared.
    void showMarker(const QPointF &mercator, const QString &label);
    void clearMarker();
    std::optional<QPointF> marker() const { return m_marker; }
    void panByPixels(const QPointF &delta);
    // The current view in widget pixels (device pixels: mapToPixel().device()).
    MapToPixel mapToPixel() const;
    double metresPerPixel() const;

    // Draws (and hits) only these features of `layer`, e.g. the projects the ledger's filter
    // shows; nullptr shows them all again. Kept across setMap(): the filter is the view's, not
    // the project's.
    void setShownFeatures(const QString &layer, std::shared_ptr<const QSet<qint64>> fids);
    // Colours these features of `layer` with these fills, over its style (units by target
    // completion); nullptr goes back to the style. View state: not saved with the project.
    void setFillOverride(const QString &layer, std::shared_ptr<const QHash<qint64, QColor>> fills);

    QSet<FeatureKey> selection() const { return m_selection; }
    void setSelection(const QSet<FeatureKey> &selection);

    // The tool that gets mouse and key events; nullptr restores the default pan tool. The canvas
    // does not take ownership (tools are the canvas's QObject children).
    void setTool(MapTool *tool);
    MapTool *tool() const;
    // For tools; positions in widget pixels. Both answer from what is loaded when a layer is
    // busy loading for a render: the user interface never waits for the renderer.
    // The topmost feature under `pixel`, of `layer` only when one is named.
    std::optional<MapHit> featureAt(const QPointF &pixel, const QString &layer = {}) const;
    QList<MapHit> featuresIn(const QRectF &pixels) const;
    // What a click does: the feature under `pixel` becomes the selection (with `toggle` it joins
    // or leaves it) and featureClicked is emitted; a click on empty map clears the selection
    // unless `toggle`.
    void identifyAt(const QPointF &pixel, bool toggle);
    // Current settings for a render of exactly what the widget shows.
    MapSettings frameSettings() const;
    bool hasFrame() const { return !m_frame.isNull(); }
    void renderNow(); // synchronous, for tests
    // A frame rendered elsewhere for `extent` (a slide transition's target), shown at once.
    void showFrame(const QImage &frame, const QRectF &extent);
    // The scale bar, north arrow and attribution this many times their size (presentation);
    // 0 hides them (the presentation draws its own attribution).
    void setDecorationScale(double scale);
    void refresh() { scheduleRender(0); } // the data or basemap changed: draw again

Q_SIGNALS:
    void featureClicked(const QString &layer, qint64 fid);
    void selectionChanged();
    void cursorMoved(const QPointF &lonLat);
    void extentChanged(const QRectF &mercator);
    void toolChanged(MapTool *tool);
    // A layer could not be read for the last frame and is missing from it (message translated,
    // for the status bar). Emitted once per failure, not with every frame.
    void layerFailed(const QString &layer, const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void scheduleRender(int delayMs = 120);
    void onRendered(const RenderedMap &map, const MapSettings &settings);
    QRectF fullExtent() const;
    void drawHighlight(QPainter &painter, const MapFeature &feature, const QString &layer,
                       const QColor &colour, double width) const;
    void drawOverlays(QPainter &painter) const;
    void drawLayerErrors(QPainter &painter) const;
    void drawMarker(QPainter &painter) const;
    MapLayer *layer(const QString &id);
    QPointF devicePixel(const QPointF &widgetPixel) const;

    MapSettings m_map;
    QRectF m_extent;
    QImage m_frame;
    QRectF m_frameExtent;
    QHash<QString, QString> m_layerErrors; // layer id → why it is missing from the frame
    QHash<QString, std::shared_ptr<const QSet<qint64>>> m_shownFeatures; // layer id → fids
    QHash<QString, std::shared_ptr<const QHash<qint64, QColor>>> m_fillOverrides;
    RenderScheduler *m_scheduler;
    QTimer m_settle;
    QSet<FeatureKey> m_selection;
    std::optional<MapHit> m_hover;
    QTimer m_hoverTimer;
    QPoint m_hoverPos;
    std::optional<QPointF> m_marker; // Web Mercator
    QString m_markerLabel;

    double m_decorationScale = 1.0;
    MapTool *m_panTool;
    QPointer<MapTool> m_tool; // falls back to m_panTool if the active tool is deleted
    QMetaObject::Connection m_toolDestroyed;
};
