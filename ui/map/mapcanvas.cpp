// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mapcanvas.h"

#include "core/map/crs/mercator.h"
#include "core/map/render/decorations.h"
#include "core/map/render/maprenderer.h"
#include "core/map/render/renderscheduler.h"
#include "core/map/tiles/tilesource.h"
#include "ui/map/maptool.h"
#include "ui/map/tools/pantool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <cmath>
#include <limits>

MapCanvas::MapCanvas(QWidget *parent)
    : QWidget(parent)
    , m_scheduler(new RenderScheduler(this))
    , m_panTool(new PanTool(this))
{
    setMinimumSize(240, 160); // leaves the ledger room on an 800×500 projector
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_settle.setSingleShot(true);
    connect(&m_settle, &QTimer::timeout, this, [this] { m_scheduler->request(frameSettings()); });
    connect(m_scheduler, &RenderScheduler::rendered, this, &MapCanvas::onRendered);
    m_hoverTimer.setSingleShot(true);
    m_hoverTimer.setInterval(60); // hit-testing at most ~16 times a second
    connect(&m_hoverTimer, &QTimer::timeout, this, [this] {
        if (m_extent.isEmpty())
            return;
        auto hit = featureAt(m_hoverPos);
        const bool changed = bool(hit) != bool(m_hover)
                             || (hit && (hit->layer != m_hover->layer || hit->fid != m_hover->fid));
        m_hover = hit;
        if (changed)
            update();
    });
    setTool(nullptr);
}

MapCanvas::~MapCanvas()
{
    // Tools are children: deleted after this, they must not find their way back here.
    disconnect(m_toolDestroyed);
}

void MapCanvas::setMap(const MapSettings &map)
{
    const bool first = m_map.layers.empty() && !map.layers.empty();
    // The same sources in any order, visibility or opacity: the user is still looking at the same
    // data, so the selection and the last frame stay.
    auto sources = [](const MapSettings &m) {
        QSet<const LayerSource *> set;
        for (const MapLayer &layer : m.layers)
            set.insert(layer.source.get());
        return set;
    };
    const bool sameLayers = !first && sources(map) == sources(m_map);
    m_map = map;
    m_hover.reset();
    if (!sameLayers)
        m_selection.clear();
    if (first || m_extent.isEmpty())
        m_extent = MapSettings::fitted(fullExtent(), size());
    if (!sameLayers)
        m_frame = {};
    scheduleRender(0);
}

MapLayer *MapCanvas::layer(const QString &id)
{
    for (MapLayer &l : m_map.layers) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

QRectF MapCanvas::fullExtent() const
{
    // Start on the administrative units when there are any: far-away enclave hosts would make
    // the home counties tiny.
    for (const MapLayer &l : m_map.layers) {
        if (l.id == QLatin1String("units") && l.source && !l.source->extent().isNull()) {
            const QRectF e = l.source->extent();
            return e.adjusted(-e.width() * 0.04, -e.height() * 0.04, e.width() * 0.04,
                              e.height() * 0.04);
        }
    }
    QRectF all;
    for (const MapLayer &l : m_map.layers) {
        if (l.source && !l.source->extent().isNull())
            all = all.isNull() ? l.source->extent() : all.united(l.source->extent());
    }
    if (all.isNull())
        all = QRectF(WebMercator::fromLonLat(73, 18), WebMercator::fromLonLat(135, 54))
                  .normalized();
    return all.adjusted(-all.width() * 0.04 - 100, -all.height() * 0.04 - 100,
                        all.width() * 0.04 + 100, all.height() * 0.04 + 100);
}

void MapCanvas::setExtent(const QRectF &mercator)
{
    if (mercator.isEmpty())
        return;
    m_extent = MapSettings::fitted(mercator, size());
    update();
    Q_EMIT extentChanged(m_extent);
    scheduleRender();
}

void MapCanvas::showMarker(const QPointF &mercator, const QString &label)
{
    m_marker = mercator;
    m_markerLabel = label;
    // About 2 m a pixel: a street and the plots along it; closer views stay as close.
    const double scale = std::min(metresPerPixel() > 0 ? metresPerPixel() : 2.0, 2.0);
    const QSizeF half(width() * scale / 2, height() * scale / 2);
    setExtent(QRectF(mercator - QPointF(half.width(), half.height()), half * 2));
}

void MapCanvas::clearMarker()
{
    m_marker.reset();
    m_markerLabel.clear();
    update();
}

void MapCanvas::zoomToFullExtent()
{
    setExtent(fullExtent());
}

void MapCanvas::zoomToLayer(const QString &id)
{
    if (MapLayer *l = layer(id); l && l->source && !l->source->extent().isNull()) {
        QRectF e = l->source->extent();
        const double pad = std::max({e.width(), e.height(), 2000.0}) * 0.05;
        setExtent(e.adjusted(-pad, -pad, pad, pad));
    }
}

bool MapCanvas::zoomToSelection()
{
    // Bounds by hand: a point's box has no size, and QRectF treats a sizeless box as null (a
    // project picked in the ledger was never zoomed to).
    double minX = std::numeric_limits<double>::infinity(), minY = minX;
    double maxX = -minX, maxY = -minX;
    for (const FeatureKey &key : std::as_const(m_selection)) {
        MapLayer *l = layer(key.first);
        if (!l || !l->source)
            continue;
        // Usually cached: it was clicked or drawn. One selected in the ledger far from the view
        // is read from the file, which waits if a render is loading that layer just then.
        const MapFeature *f = l->source->cachedFeature(key.second);
        if (!f || !f->hasGeometry)
            f = l->source->feature(key.second);
        if (!f || !f->hasGeometry)
            continue;
        minX = std::min(minX, f->bounds.left());
        minY = std::min(minY, f->bounds.top());
        maxX = std::max(maxX, f->bounds.right());
        maxY = std::max(maxY, f->bounds.bottom());
    }
    if (minX > maxX)
        return false; // nothing selected, or nothing selected has a location
    const QRectF all(QPointF(minX, minY), QPointF(maxX, maxY));
    const double pad = std::max({all.width(), all.height(), 1000.0}) * 0.2;
    setExtent(all.adjusted(-pad, -pad, pad, pad));
    return true;
}

MapToPixel MapCanvas::mapToPixel() const
{
    return MapToPixel(m_extent, size(), devicePixelRatioF());
}

double MapCanvas::metresPerPixel() const
{
    return mapToPixel().mapUnitsPerPixel();
}

void MapCanvas::zoomBy(double factor, const QPointF &anchorPixel)
{
    if (m_extent.isEmpty())
        return;
    const QPointF anchor = mapToPixel().toMap(anchorPixel);
    const QRectF next(QPointF(anchor.x() - (anchor.x() - m_extent.left()) * factor,
                              anchor.y() - (anchor.y() - m_extent.top()) * factor),
                      QSizeF(m_extent.width() * factor, m_extent.height() * factor));
    // Keep within the Web Mercator world and above street level.
    if (next.width() < 50 || next.width() > 4 * WebMercator::kHalfWorld)
        return;
    m_extent = next;
    update();
    Q_EMIT extentChanged(m_extent);
    scheduleRender();
}

void MapCanvas::panByPixels(const QPointF &delta)
{
    // The map moves with the pointer: the extent moves the opposite way.
    const MapToPixel view = mapToPixel();
    m_extent.translate(view.toMap(QPointF(0, 0)) - view.toMap(delta));
    update();
    Q_EMIT extentChanged(m_extent);
    scheduleRender();
}

void MapCanvas::setSelection(const QSet<FeatureKey> &selection)
{
    if (selection == m_selection)
        return;
    m_selection = selection;
    update();
    Q_EMIT selectionChanged();
}

void MapCanvas::setTool(MapTool *tool)
{
    if (!tool)
        tool = m_panTool;
    if (tool == m_tool)
        return;
    if (m_tool)
        m_tool->deactivate();
    disconnect(m_toolDestroyed);
    m_tool = tool;
    if (tool != m_panTool)
        m_toolDestroyed = connect(tool, &QObject::destroyed, this, [this] { setTool(nullptr); });
    setCursor(tool->cursor());
    tool->activate();
    update();
    Q_EMIT toolChanged(tool);
}

MapTool *MapCanvas::tool() const
{
    return m_tool ? m_tool.data() : m_panTool;
}

QPointF MapCanvas::devicePixel(const QPointF &widgetPixel) const
{
    return widgetPixel * devicePixelRatioF();
}

std::optional<MapHit> MapCanvas::featureAt(const QPointF &pixel, const QString &layer) const
{
    if (m_extent.isEmpty())
        return std::nullopt;
    MapSettings settings = frameSettings();
    if (!layer.isEmpty())
        std::erase_if(settings.layers, [&](const MapLayer &l) { return l.id != layer; });
    return MapHitTest::at(settings, devicePixel(pixel), /*waitIfBusy=*/false);
}

QList<MapHit> MapCanvas::featuresIn(const QRectF &pixels) const
{
    if (m_extent.isEmpty())
        return {};
    const QRectF device(devicePixel(pixels.topLeft()), devicePixel(pixels.bottomRight()));
    return MapHitTest::inside(frameSettings(), device, /*waitIfBusy=*/false);
}

void MapCanvas::identifyAt(const QPointF &pixel, bool toggle)
{
    const std::optional<MapHit> hit = featureAt(pixel);
    QSet<FeatureKey> chosen = toggle ? m_selection : QSet<FeatureKey>();
    if (!hit) {
        setSelection(chosen);
        return;
    }
    const FeatureKey key{hit->layer, hit->fid};
    if (toggle && chosen.contains(key))
        chosen.remove(key);
    else
        chosen.insert(key);
    setSelection(chosen);
    Q_EMIT featureClicked(hit->layer, hit->fid);
}

void MapCanvas::setShownFeatures(const QString &layer, std::shared_ptr<const QSet<qint64>> fids)
{
    const auto old = m_shownFeatures.value(layer);
    if (old == fids || (old && fids && *old == *fids))
        return;
    if (fids)
        m_shownFeatures.insert(layer, std::move(fids));
    else
        m_shownFeatures.remove(layer);
    m_hover.reset();
    update();
    scheduleRender(0);
}

void MapCanvas::setFillOverride(const QString &layer,
                                std::shared_ptr<const QHash<qint64, QColor>> fills)
{
    if (m_fillOverrides.value(layer) == fills)
        return;
    if (fills)
        m_fillOverrides.insert(layer, std::move(fills));
    else
        m_fillOverrides.remove(layer);
    update();
    scheduleRender(0);
}

MapSettings MapCanvas::frameSettings() const
{
    MapSettings settings = m_map;
    for (MapLayer &layer : settings.layers) {
        layer.shownFids = m_shownFeatures.value(layer.id);
        layer.fillOverride = m_fillOverrides.value(layer.id);
    }
    settings.devicePixelRatio = devicePixelRatioF();
    settings.size = size() * settings.devicePixelRatio;
    settings.extent = m_extent;
    return settings;
}

void MapCanvas::scheduleRender(int delayMs)
{
    if (m_extent.isEmpty() || size().isEmpty())
        return;
    m_settle.start(delayMs);
}

void MapCanvas::renderNow()
{
    m_settle.stop();
    const MapSettings settings = frameSettings();
    onRendered(MapRenderer::render(settings), settings);
}

void MapCanvas::showFrame(const QImage &frame, const QRectF &extent)
{
    m_frame = frame;
    m_frameExtent = extent;
    update();
}

void MapCanvas::setDecorationScale(double scale)
{
    m_decorationScale = scale;
    update();
}

void MapCanvas::onRendered(const RenderedMap &map, const MapSettings &settings)
{
    m_frame = map.image;
    m_frameExtent = settings.extent;
    // Said once per failure, not with every frame; a layer drawn again clears its failure.
    QHash<QString, QString> failed;
    for (const LayerError &error : map.errors) {
        failed.insert(error.layer, error.message);
        if (m_layerErrors.value(error.layer) != error.message)
            Q_EMIT layerFailed(error.layer, error.message);
    }
    m_layerErrors = failed;
    update();
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_map.background);
    if (m_map.layers.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter,
                         tr("No project is open.\nUse File → Open to open a project (.gpkg)."));
        return;
    }
    if (!m_frame.isNull() && !m_extent.isEmpty()) {
        // Where the frame's extent lies under the current extent: a move and a scale.
        painter.drawImage(mapToPixel().toPixel(m_frameExtent), m_frame);
    }
    painter.setRenderHint(QPainter::Antialiasing);
    for (const FeatureKey &key : std::as_const(m_selection)) {
        if (const auto shown = m_shownFeatures.value(key.first);
            shown && !shown->contains(key.second))
            continue; // filtered off the map
        MapLayer *l = layer(key.first);
        // Only what is already loaded: painting never waits for the file.
        if (const MapFeature *f = l && l->source ? l->source->cachedFeature(key.second) : nullptr)
            drawHighlight(painter, *f, key.first, QColor(0xFF, 0xD4, 0x00), 3);
    }
    if (m_hover && m_hover->feature)
        drawHighlight(painter, *m_hover->feature, m_hover->layer, QColor(0x00, 0x5F, 0xCC), 2);
    drawOverlays(painter);
    drawMarker(painter);
    drawLayerErrors(painter);
    tool()->paint(painter);
}

void MapCanvas::drawHighlight(QPainter &painter, const MapFeature &f, const QString &,
                              const QColor &colour, double width) const
{
    const MapToPixel view = mapToPixel();
    painter.setPen(QPen(colour, width));
    painter.setBrush(Qt::NoBrush);
    if (f.kind == Wkb::Kind::Point) {
        for (const QPointF &p : f.points)
            painter.drawEllipse(view.toPixel(p), 9, 9);
        return;
    }
    if (!f.hasGeometry) {
        painter.drawRect(view.toPixel(f.bounds));
        return;
    }
    QPainterPath path;
    size_t start = 0;
    for (int n : f.partSizes) {
        QPolygonF ring;
        for (int i = 0; i < n; ++i)
            ring << view.toPixel(f.points[start + size_t(i)]);
        start += size_t(n);
        path.addPolygon(ring);
    }
    painter.drawPath(path);
}

void MapCanvas::drawOverlays(QPainter &painter) const
{
    if (m_extent.isEmpty() || m_decorationScale <= 0)
        return;
    MapDecorations::paint(painter, mapToPixel(), m_decorationScale);
    if (m_map.basemap && m_decorationScale == 1.0) {
        const QString attribution = m_map.basemap->attribution();
        if (!attribution.isEmpty()) {
            const QRectF box(width() - 420, height() - 20, 412, 16);
            painter.setPen(QColor(0x44, 0x44, 0x44));
            painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, attribution);
        }
    }
}

// A pin on the marked point: a red drop with a white dot, its label on a white box beside it.
void MapCanvas::drawMarker(QPainter &painter) const
{
    if (!m_marker || m_extent.isEmpty())
        return;
    const QPointF tip = mapToPixel().toPixel(*m_marker);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath pin;
    pin.moveTo(tip);
    pin.cubicTo(tip + QPointF(-4, -10), tip + QPointF(-11, -14), tip + QPointF(-11, -22));
    pin.arcTo(QRectF(tip + QPointF(-11, -33), QSizeF(22, 22)), 180, -180);
    pin.cubicTo(tip + QPointF(11, -14), tip + QPointF(4, -10), tip);
    painter.setPen(QPen(QColor(0x8E, 0x1B, 0x1B), 1.5));
    painter.setBrush(QColor(0xD8, 0x3B, 0x3B));
    painter.drawPath(pin);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawEllipse(tip + QPointF(0, -22), 4, 4);
    if (!m_markerLabel.isEmpty()) {
        QFont small = font();
        small.setPixelSize(12);
        painter.setFont(small);
        const QFontMetrics metrics(small);
        const QString text = metrics.elidedText(m_markerLabel, Qt::ElideRight, 420);
        const QRectF box(tip + QPointF(14, -30),
                         QSizeF(metrics.horizontalAdvance(text) + 12, metrics.height() + 6));
        painter.setBrush(QColor(255, 255, 255, 235));
        painter.setPen(QColor(0x8E, 0x1B, 0x1B));
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(box, Qt::AlignCenter, text);
    }
    painter.restore();
}

// Layers missing from the frame, in a small box in the top-left corner, until they draw again.
void MapCanvas::drawLayerErrors(QPainter &painter) const
{
    if (m_layerErrors.isEmpty())
        return;
    QStringList lines;
    for (auto it = m_layerErrors.cbegin(); it != m_layerErrors.cend(); ++it) {
        const MapLayer *l = m_map.layer(it.key());
        lines << tr("Layer “%1” could not be drawn: %2").arg(l ? l->title : it.key(), it.value());
    }
    lines.sort();
    QFont small = font();
    small.setPixelSize(12);
    const QFontMetrics metrics(small);
    const int maxWidth = std::max(100, width() - 120); // clear of the north arrow
    int textWidth = 0;
    for (QString &line : lines) {
        line = metrics.elidedText(line, Qt::ElideRight, maxWidth);
        textWidth = std::max(textWidth, metrics.horizontalAdvance(line));
    }
    const QRectF box(10, 10, textWidth + 16, lines.size() * metrics.height() + 10);
    painter.save();
    painter.setFont(small);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(QColor(0xA1, 0x26, 0x22));
    painter.drawText(box.adjusted(8, 5, -8, -5), Qt::AlignLeft | Qt::AlignTop,
                     lines.join(QLatin1Char('\n')));
    painter.restore();
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
    if (!m_extent.isEmpty())
        m_extent = MapSettings::fitted(m_extent, size());
    else if (!m_map.layers.empty())
        m_extent = MapSettings::fitted(fullExtent(), size());
    scheduleRender(60);
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    event->ignore();
    tool()->wheelEvent(event);
    if (event->isAccepted())
        return;
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    zoomBy(std::pow(0.8, steps), event->position());
    event->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    m_hoverTimer.stop();
    tool()->canvasPressEvent(event);
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    m_hoverTimer.stop();
    tool()->canvasDoubleClickEvent(event);
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_extent.isEmpty()) {
        const QPointF m = mapToPixel().toMap(event->position());
        Q_EMIT cursorMoved(WebMercator::toLonLat(m.x(), m.y()));
    }
    if (event->buttons() == Qt::NoButton) {
        m_hoverPos = event->position().toPoint();
        if (!m_hoverTimer.isActive())
            m_hoverTimer.start();
    }
    tool()->canvasMoveEvent(event);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    tool()->canvasReleaseEvent(event);
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    event->ignore();
    tool()->keyPressEvent(event);
    if (event->isAccepted())
        return;
    event->accept();
    const double step = width() / 4.0;
    switch (event->key()) {
    case Qt::Key_Left:
        panByPixels({step, 0});
        break;
    case Qt::Key_Right:
        panByPixels({-step, 0});
        break;
    case Qt::Key_Up:
        panByPixels({0, step});
        break;
    case Qt::Key_Down:
        panByPixels({0, -step});
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(0.5, rect().center());
        break;
    case Qt::Key_Minus:
        zoomBy(2.0, rect().center());
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MapCanvas::leaveEvent(QEvent *)
{
    m_hoverTimer.stop();
    if (m_hover) {
        m_hover.reset();
        update();
    }
}
