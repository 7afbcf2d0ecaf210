// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/render/maprenderer.h"

#include "core/map/render/labelplacer.h"
#include "core/map/tiles/tilesource.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QPainterPath>
#include <QThread>

#include <cmath>
#include <optional>
#include <thread>

QFont MapRenderer::mapFont(int pixelSize, bool bold)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Microsoft YaHei"),
                      QStringLiteral("PingFang SC"), QStringLiteral("Source Han Sans SC"),
                      QStringLiteral("WenQuanYi Micro Hei")});
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(std::max(6, pixelSize));
    font.setBold(bold);
    return font;
}

namespace {

// Polygon layers with at least this many features in view are drawn in horizontal bands, one
// per core; below it a thread costs more than it saves.
constexpr size_t kParallelThreshold = 64;

QRgb premultiplied(const QColor &colour)
{
    return qPremultiply(colour.rgba());
}

// Source-over blend of one premultiplied colour into a pixel.
inline void blend(QRgb &dst, QRgb src)
{
    const uint alpha = qAlpha(src);
    if (alpha == 255) {
        dst = src;
        return;
    }
    const uint inverse = 255 - alpha;
    dst = qRgba(qRed(src) + qRed(dst) * inverse / 255, qGreen(src) + qGreen(dst) * inverse / 255,
                qBlue(src) + qBlue(dst) * inverse / 255, alpha + qAlpha(dst) * inverse / 255);
}

struct BandContext
{
    const MapSettings &settings;
    const MapLayer &layer;
    int top = 0; // band offset in the full image (pixels)
};

class LayerPainter
{
public:
    LayerPainter(const MapSettings &settings, const MapLayer &layer)
        : m_settings(settings)
        , m_layer(layer)
        , m_style(layer.style)
        , m_view(settings.mapToPixel())
        , m_symbolScale(settings.symbolScale())
    {
        for (const LayerStyle::Category &c : m_style.categories)
            m_fills.push_back(c.fill);
    }

    QColor fill(const MapFeature &f) const
    {
        if (m_layer.fillOverride) {
            const auto it = m_layer.fillOverride->constFind(f.fid);
            if (it != m_layer.fillOverride->cend())
                return *it;
        }
        return f.category >= 0 && f.category < int(m_fills.size()) ? m_fills[size_t(f.category)]
                                                                   : m_style.defaultFill;
    }

    // Image pixels, counted from the top of the band being drawn.
    QPointF px(const QPointF &m, int bandTop) const
    {
        return m_view.toPixel(m) - QPointF(0, bandTop);
    }

    QRectF pxBounds(const MapFeature &f, int bandTop) const
    {
        return m_view.toPixel(f.bounds).translated(0, -bandTop);
    }

    // Draws the polygons and lines of `features` that touch the painter's area: `band` (pixels,
    // counted from `bandTop`). With `pixels` (the image the painter draws on) dots are written
    // straight into its pixels; without (a PDF) they are small rectangles.
    void drawShapes(QPainter &painter, QImage *pixels, const QRectF &band, int bandTop,
                    const std::vector<const MapFeature *> &features, qint64 *drawn,
                    qint64 *dots) const
    {
        painter.setRenderHint(QPainter::Antialiasing, m_settings.antialiasing);
        const QPen outline(m_style.stroke, m_style.strokeWidth * m_symbolScale,
                           m_style.dashed ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap,
                           Qt::RoundJoin);
        const double strokeMin = m_style.strokeMinPixels * m_symbolScale;
        QPolygonF ring;
        for (const MapFeature *f : features) {
            const QRectF box = pxBounds(*f, bandTop);
            if (!box.intersects(band) && !band.contains(box.topLeft()))
                continue;
            ++*drawn;
            const QColor colour = fill(*f);
            if (!f->hasGeometry
                || (box.width() < MapFeature::kDotPixels
                    && box.height() < MapFeature::kDotPixels)) {
                // A dot: colour the pixels the feature covers, no path at all.
                ++*dots;
                if (!pixels) {
                    painter.fillRect(QRectF(box.topLeft(), box.size().expandedTo({1, 1})), colour);
                    continue;
                }
                QImage &image = *pixels;
                const QRgb rgb = premultiplied(colour);
                const int x0 = std::clamp(int(std::floor(box.left())), 0, image.width() - 1);
                const int x1 = std::clamp(int(std::floor(box.right())), 0, image.width() - 1);
                const int y0 = std::clamp(int(std::floor(box.top())), 0, image.height() - 1);
                const int y1 = std::clamp(int(std::floor(box.bottom())), 0, image.height() - 1);
                for (int y = y0; y <= y1; ++y) {
                    auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
                    for (int x = x0; x <= x1; ++x)
                        blend(line[x], rgb);
                }
                continue;
            }
            const double minimum = m_style.minimumPixels * m_symbolScale;
            if (minimum > 0 && std::max(box.width(), box.height()) < minimum) {
                painter.setPen(QPen(m_style.stroke, m_symbolScale));
                painter.setBrush(colour.darker(110));
                painter.drawEllipse(px(f->anchor, bandTop), minimum / 2, minimum / 2);
                continue;
            }
            const bool stroke = std::max(box.width(), box.height()) >= strokeMin;
            if (f->kind == Wkb::Kind::Line) {
                painter.setPen(QPen(colour, std::max(1.0, m_style.strokeWidth * m_symbolScale)));
                painter.setBrush(Qt::NoBrush);
            } else {
                painter.setPen(Qt::NoPen);
                painter.setBrush(colour);
            }
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            const bool onePart = f->partSizes.size() == 1;
            size_t start = 0;
            for (int n : f->partSizes) {
                simplified(f->points.data() + start, n, bandTop, ring);
                start += size_t(n);
                if (onePart)
                    break;
                path.addPolygon(ring);
                if (f->kind == Wkb::Kind::Polygon)
                    path.closeSubpath();
            }
            if (f->kind == Wkb::Kind::Line) {
                if (onePart)
                    painter.drawPolyline(ring);
                else
                    painter.drawPath(path);
                continue;
            }
            // The interior is filled without antialiasing and the outline drawn over its edge
            // with it: the same picture as an antialiased fill (the outline covers the
            // staircase) at less than half the cost, and no faint seams between neighbours. A
            // dashed outline would let the staircase show through its gaps.
            const bool crispFill = stroke && !m_style.dashed;
            painter.setRenderHint(QPainter::Antialiasing, m_settings.antialiasing && !crispFill);
            onePart ? painter.drawPolygon(ring) : painter.drawPath(path);
            if (stroke) {
                painter.setRenderHint(QPainter::Antialiasing, m_settings.antialiasing);
                painter.setPen(outline);
                painter.setBrush(Qt::NoBrush);
                onePart ? painter.drawPolygon(ring) : painter.drawPath(path);
            }
        }
    }

    // Screen-space simplification: drops vertices closer than ~0.7 px to the last one kept.
    void simplified(const QPointF *points, int n, int bandTop, QPolygonF &out) const
    {
        out.clear();
        out.reserve(n);
        QPointF last;
        for (int i = 0; i < n; ++i) {
            const QPointF p = px(points[i], bandTop);
            if (i > 0 && i < n - 1) {
                const QPointF d = p - last;
                if (d.x() * d.x() + d.y() * d.y() < 0.5)
                    continue;
            }
            out.append(p);
            last = p;
        }
    }

    void drawPoints(QPainter &painter, const std::vector<const MapFeature *> &features) const
    {
        painter.setPen(QPen(m_style.stroke, m_style.strokeWidth * m_symbolScale));
        for (const MapFeature *f : features) {
            if (f->points.empty())
                continue;
            const double radius
                = (std::isnan(f->size) ? m_style.pointRadius : m_style.radiusFor(f->size))
                  * m_symbolScale;
            painter.setBrush(fill(*f));
            for (const QPointF &m : f->points) {
                const QPointF at = px(m, 0);
                if (m_style.marker == LayerStyle::Marker::Diamond)
                    painter.drawPolygon(
                        QPolygonF{at + QPointF(0, -radius), at + QPointF(radius * 0.85, 0),
                                  at + QPointF(0, radius), at + QPointF(-radius * 0.85, 0)});
                else
                    painter.drawEllipse(at, radius, radius);
            }
        }
    }

    void drawLinks(QPainter &painter, const std::vector<const MapFeature *> &features,
                   LayerSource &units) const
    {
        QColor colour = m_fills.empty() ? m_style.defaultFill : m_fills.front();
        colour.setAlpha(150);
        painter.setPen(QPen(colour, 1.6 * m_symbolScale, Qt::SolidLine, Qt::RoundCap));
        painter.setBrush(Qt::NoBrush);
        for (const MapFeature *f : features) {
            const MapFeature *home = f->link ? units.feature(f->link) : nullptr;
            if (!home || f->points.empty())
                continue;
            const QPointF a = px(home->anchor, 0), b = px(f->points.front(), 0);
            // Bend the line to one side so that several links from one county stay apart.
            const QPointF mid = (a + b) / 2, d = b - a;
            const QPointF control = mid + QPointF(-d.y(), d.x()) * 0.18;
            QPainterPath path(a);
            path.quadTo(control, b);
            painter.drawPath(path);
        }
    }

    void addLabels(LabelPlacer &labels, int fontIndex,
                   const std::vector<const MapFeature *> &features) const
    {
        const double minPixels = m_style.labelMinPixels * m_symbolScale;
        for (const MapFeature *f : features) {
            if (f->label.isEmpty())
                continue;
            if (m_layer.source->geometryKind() == Wkb::Kind::Point) {
                const double radius
                    = (std::isnan(f->size) ? m_style.pointRadius : m_style.radiusFor(f->size))
                      * m_symbolScale;
                if (radius * 2 < minPixels)
                    continue;
                labels.add({px(f->anchor, 0),
                            f->label,
                            fontIndex,
                            m_style.labelPriority,
                            radius,
                            radius,
                            {}});
            } else {
                const QRectF box = pxBounds(*f, 0);
                const double size = std::max(box.width(), box.height());
                if (size < minPixels)
                    continue;
                labels.add(
                    {px(f->anchor, 0), f->label, fontIndex, m_style.labelPriority, size, -1, box});
            }
        }
    }

private:
    const MapSettings &m_settings;
    const MapLayer &m_layer;
    const LayerStyle &m_style;
    MapToPixel m_view;
    double m_symbolScale;
    std::vector<QColor> m_fills;
};

// Draws `features` into `target` in horizontal bands at once, one per core. Each band paints
// straight into its own rows of `target` (a QImage over the same pixels), so there is nothing to
// allocate or compose afterwards; a shape crossing a border is rasterised in both bands and
// clipped to each, which gives the same pixels as one pass.
void drawInBands(const LayerPainter &painter, QImage &target,
                 const std::vector<const MapFeature *> &features, MapRenderer::Stats *stats)
{
    const int bands
        = features.size() < kParallelThreshold ? 1 : std::clamp(QThread::idealThreadCount(), 1, 8);
    if (bands == 1) {
        QPainter p(&target);
        painter.drawShapes(p, &target, target.rect(), 0, features, &stats->features, &stats->dots);
        return;
    }
    uchar *pixels = target.bits(); // detaches once, here, before any thread starts
    const qsizetype stride = target.bytesPerLine();
    const int height = target.height();
    std::vector<qint64> drawn(size_t(bands), 0), dots(size_t(bands), 0);
    std::vector<std::thread> workers;
    auto drawBand = [&](int i) {
        const int top = height * i / bands, bottom = height * (i + 1) / bands;
        QImage band(pixels + top * stride, target.width(), bottom - top, stride, target.format());
        QPainter p(&band);
        painter.drawShapes(p, &band, band.rect(), top, features, &drawn[size_t(i)],
                           &dots[size_t(i)]);
    };
    for (int i = 1; i < bands; ++i)
        workers.emplace_back(drawBand, i);
    drawBand(0);
    for (std::thread &worker : workers)
        worker.join();
    stats->features += qint64(features.size()); // each once, though several bands saw some
    for (qint64 d : dots)
        stats->dots += d;
}

void drawBasemap(QPainter &painter, const MapSettings &settings, TileSource &source,
                 const std::atomic<bool> *cancel)
{
    const QList<TileSource::PlacedTile> tiles = source.tilesFor(settings, cancel);
    painter.save();
    painter.setOpacity(settings.basemapOpacity);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    for (const TileSource::PlacedTile &tile : tiles)
        painter.drawImage(tile.target, tile.image);
    painter.restore();
}

} // namespace

namespace {

// One render, into an image (polygon layers in parallel bands straight into its pixels, a
// translucent layer drawn apart and laid on with its opacity) or onto any painter (`vector`: a
// PDF, every shape a path and every label text, a translucent layer drawn with the painter's
// opacity). Pixels are the settings' in both cases.
void drawMap(const MapSettings &settings, QImage *image, QPainter *vector,
             const std::atomic<bool> *cancel, MapRenderer::Stats &s, QList<LayerError> &errors)
{
    auto cancelled = [cancel] { return cancel && cancel->load(); };
    {
        std::optional<QPainter> own;
        QPainter *painter = vector;
        if (!painter)
            painter = &own.emplace(image);
        for (const auto &source : {settings.basemap, settings.basemapOverlay}) {
            if (source)
                drawBasemap(*painter, settings, *source, cancel);
        }
    }
    LabelPlacer labels(settings.size);
    const double mpp = settings.metresPerPixel();
    // Read a little beyond the edges so that markers and outlines that overlap the view show.
    const double margin = 16 * settings.symbolScale() * mpp;
    const QRectF queryRect = settings.extent.adjusted(-margin, -margin, margin, margin);
    const QRectF frame(QPointF(0, 0), QSizeF(settings.size));
    QElapsedTimer timer;

    for (const MapLayer &layer : settings.layers) {
        if (!layer.visible || !layer.source || cancelled())
            continue;
        timer.start();
        auto features = layer.source->features(queryRect, mpp, cancel);
        s.queryMs += timer.nsecsElapsed() / 1e6;
        if (!features) {
            errors.append({layer.id, features.errorMessage()});
            continue;
        }
        if (layer.shownFids)
            std::erase_if(*features, [&](const MapFeature *f) { return !layer.shows(f->fid); });
        if (cancelled())
            continue;
        timer.start();
        LayerPainter painter(settings, layer);
        const Wkb::Kind kind = layer.source->geometryKind();
        auto drawPoints = [&](QPainter &p) {
            p.setRenderHint(QPainter::Antialiasing, settings.antialiasing);
            if (layer.style.linksToHomeUnit && layer.showLinks) {
                const MapLayer *units = settings.layer(QStringLiteral("units"));
                if (units && units->source)
                    painter.drawLinks(p, *features, *units->source);
            }
            painter.drawPoints(p, *features);
            s.features += qint64(features->size());
        };
        if (vector) {
            vector->save();
            vector->setClipRect(frame);
            vector->setOpacity(layer.opacity);
            if (kind == Wkb::Kind::Point)
                drawPoints(*vector);
            else
                painter.drawShapes(*vector, nullptr, frame, 0, *features, &s.features, &s.dots);
            vector->restore();
        } else {
            // A translucent layer is drawn apart and laid on with its opacity.
            QImage layerImage;
            const bool apart = layer.opacity < 0.999;
            if (apart) {
                layerImage = QImage(settings.size, QImage::Format_ARGB32_Premultiplied);
                layerImage.fill(Qt::transparent);
            }
            QImage &target = apart ? layerImage : *image;
            if (kind == Wkb::Kind::Point) {
                QPainter p(&target);
                drawPoints(p);
            } else {
                drawInBands(painter, target, *features, &s);
            }
            if (apart) {
                QPainter p(image);
                p.setOpacity(layer.opacity);
                p.drawImage(0, 0, layerImage);
            }
        }
        if (settings.labels && !layer.style.labelColumn.isEmpty()) {
            const int font = labels.addFont(MapRenderer::mapFont(
                int(layer.style.labelPixelSize * settings.symbolScale()), layer.style.labelBold));
            painter.addLabels(labels, font, *features);
        }
        s.drawMs += timer.nsecsElapsed() / 1e6;
    }
    if (cancelled())
        return;
    timer.start();
    const QList<LabelPlacer::Placed> placed = labels.place();
    {
        std::optional<QPainter> own;
        QPainter *painter = vector;
        if (!painter)
            painter = &own.emplace(image);
        painter->save();
        painter->setRenderHint(QPainter::TextAntialiasing);
        labels.draw(*painter, placed);
        painter->restore();
    }
    s.labelCandidates = labels.candidateCount();
    s.labelsPlaced = int(placed.size());
    for (const LabelPlacer::Placed &p : placed)
        s.labelRects << p.rect;
    s.labelMs = timer.nsecsElapsed() / 1e6;
}

} // namespace

RenderedMap MapRenderer::render(const MapSettings &settings, const std::atomic<bool> *cancel,
                                Stats *stats)
{
    Stats local;
    RenderedMap result;
    QImage &image = result.image;
    image = QImage(settings.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(settings.background);
    if (settings.extent.isEmpty() || settings.size.isEmpty())
        return result;
    drawMap(settings, &image, nullptr, cancel, stats ? *stats : local, result.errors);
    if (cancel && cancel->load())
        return {};
    image.setDevicePixelRatio(settings.devicePixelRatio);
    return result;
}

QList<LayerError> MapRenderer::paint(QPainter &painter, const MapSettings &settings, Stats *stats)
{
    Stats local;
    QList<LayerError> errors;
    painter.save();
    if (settings.background.alpha() > 0)
        painter.fillRect(QRectF(QPointF(0, 0), QSizeF(settings.size)), settings.background);
    if (!settings.extent.isEmpty() && !settings.size.isEmpty())
        drawMap(settings, nullptr, &painter, nullptr, stats ? *stats : local, errors);
    painter.restore();
    return errors;
}
