// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/present/framecomposer.h"

#include <QPainter>

#include <algorithm>

double FrameComposer::targetOpacity(double t)
{
    const double x = std::clamp((t - 0.55) / 0.45, 0.0, 1.0);
    return x * x * (3 - 2 * x);
}

void FrameComposer::paint(QPainter &painter, const MapToPixel &view, double t, bool smooth) const
{
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, smooth);
    const QRectF screen(QPointF(0, 0), view.size());
    auto draw = [&](const Frame &frame) {
        if (frame.image.isNull() || frame.extent.isEmpty())
            return;
        const QRectF target = view.toPixel(frame.extent);
        if (!target.intersects(screen))
            return;
        painter.drawImage(target, frame.image);
    };
    for (const Frame &frame : m_base)
        draw(frame);
    const double opacity = targetOpacity(t);
    if (opacity > 0) {
        painter.setOpacity(opacity);
        draw(m_target);
    }
    painter.restore();
}
