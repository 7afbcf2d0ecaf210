// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/render/decorations.h"

#include "core/base/i18n.h"
#include "core/map/crs/mercator.h"
#include "core/map/render/maprenderer.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace {

const QColor kInk(0x26, 0x26, 0x26);
const QColor kHalo(255, 255, 255, 220);
constexpr double kMargin = 16; // from the edges of the view, before scaling
constexpr double kBarPixels = 120;

// Text with a white halo, so that it reads over any map without a box hiding the map.
void drawText(QPainter &painter, const QPointF &baseline, const QString &text, const QFont &font,
              double scale)
{
    QPainterPath path;
    path.addText(baseline, font, text);
    painter.strokePath(path, QPen(kHalo, 3 * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.fillPath(path, kInk);
}

} // namespace

double MapDecorations::groundMetresPerPixel(const MapToPixel &view)
{
    if (!view.isValid())
        return 0;
    const QPointF centre = view.extent().center();
    const double phi = WebMercator::toLonLat(centre.x(), centre.y()).y() * std::numbers::pi / 180;
    constexpr double e2 = 0.00669438002290; // GRS 80 (CGCS2000); WGS 84 differs in the 11th digit
    const double sinPhi = std::sin(phi);
    return view.mapUnitsPerPixel() * std::cos(phi) / std::sqrt(1 - e2 * sinPhi * sinPhi);
}

MapDecorations::ScaleBar MapDecorations::scaleBar(const MapToPixel &view, double maxPixels,
                                                  const QString &language)
{
    const double perPixel = groundMetresPerPixel(view);
    if (!(perPixel > 0) || !(maxPixels > 0))
        return {};
    const double longest = perPixel * maxPixels;
    const double magnitude = std::pow(10.0, std::floor(std::log10(longest)));
    double metres = magnitude;
    for (double step : {2.0, 5.0, 10.0}) {
        if (magnitude * step <= longest)
            metres = magnitude * step;
    }
    const char *km = QT_TR_NOOP("%1 km"), *m = QT_TR_NOOP("%1 m");
    auto translated = [&](const char *source) {
        return language.isEmpty()
                   ? tr(source)
                   : I18n::DocumentLanguage(language).translate("MapDecorations", source);
    };
    const QString label
        = metres >= 1000 ? translated(km).arg(metres / 1000) : translated(m).arg(metres);
    return {metres, metres / perPixel, label};
}

void MapDecorations::paintScaleBar(QPainter &painter, const MapToPixel &view,
                                   const QPointF &bottomLeft, double scale, const QString &language)
{
    const ScaleBar bar = scaleBar(view, kBarPixels * scale, language);
    if (bar.metres <= 0)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double height = 5 * scale;
    // On pixel centres, so that the 1-pixel outline stays crisp.
    const QPointF topLeft(std::round(bottomLeft.x()) + 0.5,
                          std::round(bottomLeft.y() - height) + 0.5);
    const QRectF whole(topLeft, QSizeF(bar.pixels, height));
    // A white casing, then the left half dark and the right half white, outlined.
    painter.setPen(Qt::NoPen);
    painter.setBrush(kHalo);
    painter.drawRect(whole.adjusted(-1.5 * scale, -1.5 * scale, 1.5 * scale, 1.5 * scale));
    QRectF left = whole;
    left.setWidth(whole.width() / 2);
    painter.setBrush(kInk);
    painter.drawRect(left);
    painter.setPen(QPen(kInk, 1 * scale));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(whole);

    const QFont font = MapRenderer::mapFont(int(std::lround(12 * scale)));
    drawText(painter, QPointF(whole.left(), whole.top() - 4 * scale), bar.label, font, scale);
    painter.restore();
}

void MapDecorations::paintNorthArrow(QPainter &painter, const QPointF &top, double scale)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont font = MapRenderer::mapFont(int(std::lround(12 * scale)), /*bold=*/true);
    const QString north = QStringLiteral("N");
    const QFontMetricsF metrics(font);
    drawText(painter,
             QPointF(top.x() - metrics.horizontalAdvance(north) / 2, top.y() + metrics.ascent()),
             north, font, scale);
    // The arrowhead: its left half dark, its right half white, as on survey maps.
    const QPointF tip = top + QPointF(0, metrics.height() + 1 * scale);
    const QPointF notch = tip + QPointF(0, 16 * scale);
    const QPointF leftFoot = tip + QPointF(-8 * scale, 22 * scale);
    const QPointF rightFoot = tip + QPointF(8 * scale, 22 * scale);
    const QPolygonF arrow{tip, rightFoot, notch, leftFoot};
    painter.setPen(QPen(kHalo, 3 * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolygon(arrow);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawPolygon(QPolygonF{tip, rightFoot, notch});
    painter.setBrush(kInk);
    painter.drawPolygon(QPolygonF{tip, notch, leftFoot});
    painter.setPen(QPen(kInk, 1 * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolygon(arrow);
    painter.restore();
}

void MapDecorations::paint(QPainter &painter, const MapToPixel &view, double scale)
{
    if (!view.isValid())
        return;
    const double margin = kMargin * scale;
    paintScaleBar(painter, view, QPointF(margin, view.size().height() - margin), scale);
    paintNorthArrow(painter, QPointF(view.size().width() - margin - 8 * scale, margin), scale);
}
