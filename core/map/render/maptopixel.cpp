// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/render/maptopixel.h"

#include <algorithm>

MapToPixel::MapToPixel(const QRectF &extent, const QSizeF &size, qreal devicePixelRatio)
    : m_extent(extent)
    , m_size(size)
    , m_devicePixelRatio(devicePixelRatio > 0 ? devicePixelRatio : 1.0)
    , m_north(extent.bottom())
    // A view narrower than one pixel still has a finite scale.
    , m_unitsPerPixel(extent.width() / std::max<qreal>(1.0, size.width()))
    , m_pixelsPerUnit(m_unitsPerPixel > 0 ? 1.0 / m_unitsPerPixel : 0.0)
{}

QRectF MapToPixel::toPixel(const QRectF &map) const
{
    return QRectF(toPixel(QPointF(map.left(), map.bottom())),
                  toPixel(QPointF(map.right(), map.top())))
        .normalized();
}

QRectF MapToPixel::toMap(const QRectF &pixels) const
{
    return QRectF(toMap(pixels.bottomLeft()), toMap(pixels.topRight())).normalized();
}

MapToPixel MapToPixel::device() const
{
    return MapToPixel(m_extent, m_size * m_devicePixelRatio, 1.0);
}
