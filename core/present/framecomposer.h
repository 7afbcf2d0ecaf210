// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/map/render/maptopixel.h"

#include <QImage>
#include <QList>
#include <QRectF>

class QPainter;

// Frames of a transition drawn from maps rendered beforehand: during a slide transition no map
// is rendered at all; each animation frame moves and scales the rendered ones (the start view,
// an overview of the whole flight, the target view) into the current extent and fades the sharp
// target in as it arrives. So a frame costs a few image draws whatever the data, and the
// transition keeps its frame rate on a projector laptop. A value; any thread.
class FrameComposer
{
public:
    struct Frame
    {
        QImage image;
        QRectF extent; // Web Mercator metres the image shows
    };

    // Frames drawn first to last: the coarse ones (overview, start) under the target.
    void setBase(QList<Frame> frames) { m_base = std::move(frames); }
    void setTarget(Frame frame) { m_target = std::move(frame); }
    const Frame &target() const { return m_target; }
    bool isEmpty() const { return m_base.isEmpty() && m_target.image.isNull(); }

    // The target's opacity at t ∈ [0, 1]: hidden at first, fading in over the last part.
    static double targetOpacity(double t);
    // Paints the view `view` (painter's pixels) at t. `smooth` scales the images bilinearly.
    void paint(QPainter &painter, const MapToPixel &view, double t, bool smooth = true) const;

private:
    QList<Frame> m_base;
    Frame m_target;
};
