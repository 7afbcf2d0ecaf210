// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/maplayout.h"

#include "core/map/render/decorations.h"
#include "core/map/tiles/tilesource.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

// A PDF map is laid out at this resolution and scaled onto the writer's: vertices closer than
// a pixel here (0.17 mm) are merged, which keeps the file small and changes nothing visible.
constexpr double kVectorDpi = 150;

const QColor kInk(0x22, 0x22, 0x22);
const QColor kMuted(0x5a, 0x5a, 0x5a);

// Lengths in layout units for a size in typographic points.
struct Units
{
    double dpi;
    double textScale;
    double pt(double points) const { return points * dpi / 72.0; }
    QFont font(double points, bool bold = false) const
    {
        return MapRenderer::mapFont(int(std::lround(pt(points * textScale))), bold);
    }
};

struct Bands
{
    QRectF title, map, attribution;
};

Bands bands(const QRectF &area, const Units &u, const MapLayoutOptions &options)
{
    Bands b;
    double top = area.top();
    if (!options.title.isEmpty()) {
        const double h
            = QFontMetricsF(u.font(14, true)).height()
              + (options.subtitle.isEmpty() ? 0 : QFontMetricsF(u.font(9)).height() + u.pt(2))
              + u.pt(8);
        b.title = QRectF(area.left(), top, area.width(), h);
        top += h;
    }
    double bottom = area.bottom();
    if (!options.attribution.isEmpty()) {
        const QFontMetricsF metrics(u.font(6.5));
        const double h = metrics
                             .boundingRect(QRectF(0, 0, area.width(), 1e6), Qt::TextWordWrap,
                                           options.attribution)
                             .height()
                         + u.pt(4);
        b.attribution = QRectF(area.left(), bottom - h, area.width(), h);
        bottom -= h;
    }
    b.map = QRectF(area.left(), top, area.width(), std::max(1.0, bottom - top));
    return b;
}

void paintLegendBox(QPainter &painter, const QRectF &map, const Units &u,
                    const QList<LegendEntry> &entries, double bottomMargin)
{
    if (entries.isEmpty())
        return;
    const QFont font = u.font(7.5);
    const QFont heading = u.font(7.5, true);
    const QFontMetricsF metrics(font), headingMetrics(heading);
    const double swatch = u.pt(9), gap = u.pt(4), pad = u.pt(6);
    const double line = std::max(metrics.height(), swatch) + u.pt(2);
    double width = 0;
    for (const LegendEntry &e : entries) {
        width = std::max(width, e.kind == LegendEntry::Kind::Heading
                                    ? headingMetrics.horizontalAdvance(e.label)
                                    : swatch + gap + metrics.horizontalAdvance(e.label));
    }
    // At most about half the map's height and a third of its width: a long legend is cut with
    // an ellipsis rather than covering the map.
    const double maxHeight = map.height() * 0.55 - 2 * pad;
    const qsizetype shown = std::min<qsizetype>(entries.size(), std::max(1, int(maxHeight / line)));
    width = std::min(width, map.width() * 0.34);
    const double margin = bottomMargin >= 0 ? bottomMargin : u.pt(8);
    const QRectF box(map.right() - width - 2 * pad - u.pt(8),
                     map.bottom() - shown * line - 2 * pad - margin, width + 2 * pad,
                     shown * line + 2 * pad);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), u.pt(0.5)));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRect(box);
    double y = box.top() + pad;
    for (qsizetype i = 0; i < shown; ++i) {
        const LegendEntry &e = entries[i];
        const bool last = i == shown - 1 && shown < entries.size();
        const QRectF row(box.left() + pad, y, width, line);
        if (e.kind == LegendEntry::Kind::Heading) {
            painter.setFont(heading);
            painter.setPen(kInk);
            painter.drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                             last ? QStringLiteral("…")
                                  : headingMetrics.elidedText(e.label, Qt::ElideRight, width));
        } else {
            const QRectF sw(row.left(), row.center().y() - swatch / 2, swatch, swatch);
            QPen outline(e.stroke.isValid() ? e.stroke : QColor(0x55, 0x55, 0x55), u.pt(0.8),
                         e.dashed ? Qt::DashLine : Qt::SolidLine);
            painter.setPen(outline);
            switch (e.kind) {
            case LegendEntry::Kind::Area:
                painter.setBrush(e.fill);
                painter.drawRect(sw.adjusted(0, u.pt(1), 0, -u.pt(1)));
                break;
            case LegendEntry::Kind::Outline:
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(sw.adjusted(0, u.pt(1), 0, -u.pt(1)));
                break;
            case LegendEntry::Kind::Point:
                painter.setBrush(e.fill);
                painter.drawEllipse(sw.center(), swatch * 0.32, swatch * 0.32);
                break;
            case LegendEntry::Kind::Heading:
                break;
            }
            painter.setFont(font);
            painter.setPen(kInk);
            const double textWidth = width - swatch - gap;
            painter.drawText(QRectF(row.left() + swatch + gap, row.top(), textWidth, line),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             last ? QStringLiteral("…")
                                  : metrics.elidedText(e.label, Qt::ElideRight, textWidth));
        }
        y += line;
    }
    painter.restore();
}

} // namespace

QList<LegendEntry> MapLayout::legendFor(const MapSettings &settings)
{
    QList<LegendEntry> entries;
    for (auto it = settings.layers.rbegin(); it != settings.layers.rend(); ++it) {
        const MapLayer &layer = *it;
        if (!layer.visible || !layer.source)
            continue;
        const bool points = layer.source->geometryKind() == Wkb::Kind::Point;
        const auto kind = points ? LegendEntry::Kind::Point : LegendEntry::Kind::Area;
        const LayerStyle &style = layer.style;
        if (style.categories.isEmpty()) {
            const bool outline = !points && style.defaultFill.alpha() == 0;
            entries.append({outline ? LegendEntry::Kind::Outline : kind, layer.title,
                            style.defaultFill, style.stroke, style.dashed});
            continue;
        }
        entries.append({LegendEntry::Kind::Heading, layer.title, {}, {}, false});
        for (const LayerStyle::Category &c : style.categories)
            entries.append({kind, c.label, c.fill, style.stroke, false});
    }
    return entries;
}

QString MapLayout::attributionFor(const MapSettings &settings)
{
    QStringList parts;
    for (const auto &source : {settings.basemap, settings.basemapOverlay}) {
        if (source && !source->attribution().isEmpty() && !parts.contains(source->attribution()))
            parts << source->attribution();
    }
    return parts.join(QStringLiteral(" · "));
}

void MapLayout::paintLegend(QPainter &painter, const QRectF &map, double dpi,
                            const QList<LegendEntry> &entries, double textScale,
                            double bottomMargin)
{
    paintLegendBox(painter, map, Units{dpi, textScale}, entries, bottomMargin);
}

QRectF MapLayout::mapArea(const QRectF &rect, double dpi, const MapLayoutOptions &options)
{
    return bands(rect, Units{dpi, options.textScale}, options).map;
}

QList<LayerError> MapLayout::paint(QPainter &painter, const QRectF &rect, double dpi,
                                   const MapSettings &map, const MapLayoutOptions &options,
                                   bool vector)
{
    // Vector output is laid out at kVectorDpi and scaled onto the device; an image at its own.
    const double layoutDpi = vector ? kVectorDpi : dpi;
    const double k = dpi / layoutDpi;
    const Units u{layoutDpi, options.textScale};
    const QRectF area(QPointF(0, 0), rect.size() / k);
    const Bands b = bands(area, u, options);

    painter.save();
    painter.translate(rect.topLeft());
    painter.scale(k, k);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    if (!b.title.isNull()) {
        painter.setPen(kInk);
        painter.setFont(u.font(14, true));
        const QFontMetricsF titleMetrics(u.font(14, true));
        QRectF line(b.title.left(), b.title.top() + u.pt(2), b.title.width(),
                    titleMetrics.height());
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                         titleMetrics.elidedText(options.title, Qt::ElideRight, line.width()));
        if (!options.subtitle.isEmpty()) {
            painter.setPen(kMuted);
            painter.setFont(u.font(9));
            painter.drawText(QRectF(line.left(), line.bottom() + u.pt(2), line.width(),
                                    QFontMetricsF(u.font(9)).height()),
                             Qt::AlignLeft | Qt::AlignVCenter, options.subtitle);
        }
    }

    MapSettings settings = map;
    settings.size = QSize(std::max(1, int(std::lround(b.map.width()))),
                          std::max(1, int(std::lround(b.map.height()))));
    settings.dpi = layoutDpi;
    settings.devicePixelRatio = 1;
    settings.extent = MapSettings::fitted(map.extent, settings.size);
    QList<LayerError> errors;
    painter.save();
    painter.translate(b.map.topLeft());
    painter.setClipRect(QRectF(QPointF(0, 0), QSizeF(settings.size)));
    if (vector) {
        MapSettings layers = settings;
        if (settings.basemap || settings.basemapOverlay) {
            MapSettings basemap = settings;
            basemap.layers.clear();
            basemap.dpi = options.rasterDpi;
            basemap.size = (QSizeF(settings.size) * options.rasterDpi / layoutDpi).toSize();
            const RenderedMap image = MapRenderer::render(basemap);
            painter.drawImage(QRectF(QPointF(0, 0), QSizeF(settings.size)), image.image);
            layers.basemap.reset();
            layers.basemapOverlay.reset();
            layers.background = Qt::transparent;
        }
        errors = MapRenderer::paint(painter, layers);
    } else {
        const RenderedMap rendered = MapRenderer::render(settings);
        errors = rendered.errors;
        painter.drawImage(QPointF(0, 0), rendered.image);
    }
    const double scale = settings.symbolScale();
    if (options.scaleBar)
        MapDecorations::paintScaleBar(painter, settings.mapToPixel(),
                                      QPointF(16 * scale, settings.size.height() - 16 * scale),
                                      scale, options.language);
    if (options.northArrow)
        MapDecorations::paintNorthArrow(
            painter, QPointF(settings.size.width() - 24 * scale, 16 * scale), scale);
    painter.restore();
    painter.setPen(QPen(QColor(0x88, 0x88, 0x88), u.pt(0.6)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(b.map);
    paintLegendBox(painter, b.map, u, options.legend, -1);

    if (!b.attribution.isNull()) {
        painter.setPen(kMuted);
        painter.setFont(u.font(6.5));
        painter.drawText(b.attribution.adjusted(0, u.pt(2), 0, 0),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, options.attribution);
    }
    painter.restore();
    return errors;
}
