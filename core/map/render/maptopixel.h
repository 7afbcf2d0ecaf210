// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

// Converts between Web Mercator metres and the pixels of one view: `extent` shown across `size`
// pixels, north up. Pixel y grows downwards while northing grows upwards, so the extent's
// northern edge (QRectF::bottom(), its largest y) lies on pixel row 0. Pixels are square: the
// scale comes from the width. One pixel is `devicePixelRatio` device pixels (HiDPI screens);
// device() counts the same view in device pixels, as its rendered image does.
// A value type, cheap to copy and usable on any thread; everything that turns map coordinates
// into pixels or back (canvas, renderer, hit tests, tiles, decorations) goes through it.
class MapToPixel
{
public:
    MapToPixel() = default;
    MapToPixel(const QRectF &extent, const QSizeF &size, qreal devicePixelRatio = 1.0);

    bool isValid() const { return !m_extent.isEmpty() && !m_size.isEmpty(); }
    QRectF extent() const { return m_extent; }
    QSizeF size() const { return m_size; }
    qreal devicePixelRatio() const { return m_devicePixelRatio; }
    double mapUnitsPerPixel() const { return m_unitsPerPixel; }

    QPointF toPixel(const QPointF &map) const
    {
        return {(map.x() - m_extent.left()) * m_pixelsPerUnit,
                (m_north - map.y()) * m_pixelsPerUnit};
    }
    QPointF toMap(const QPointF &pixel) const
    {
        return {m_extent.left() + pixel.x() * m_unitsPerPixel,
                m_north - pixel.y() * m_unitsPerPixel};
    }
    // Rectangles come back normalised: a map rectangle's northern edge becomes the pixel top.
    QRectF toPixel(const QRectF &map) const;
    QRectF toMap(const QRectF &pixels) const;
    // The same view counted in device pixels: size × ratio, ratio 1.
    MapToPixel device() const;

private:
    QRectF m_extent;
    QSizeF m_size;
    qreal m_devicePixelRatio = 1.0;
    double m_north = 0;
    double m_unitsPerPixel = 0;
    double m_pixelsPerUnit = 0;
};
