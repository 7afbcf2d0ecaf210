// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QSize>

// The view between two map extents during a slide transition: van Wijk and Nuij's smooth zoom
// and pan ("Smooth and efficient zooming and panning", 2003), which zooms out while it travels
// far and back in on arrival, so that the eye never loses its place and the perceived speed is
// even. Extents are Web Mercator metres fitted to the screen's aspect. A value; any thread.
class Flight
{
public:
    Flight() = default;
    Flight(const QRectF &from, const QRectF &to, QSize screen);

    // The extent at t ∈ [0, 1] (eased: gentle start and end).
    QRectF at(double t) const;
    // How long the flight should take for an even perceived speed, in milliseconds (clamped
    // to a comfortable range for a room).
    int durationMs() const;
    QRectF from() const { return extent(0); }
    QRectF to() const { return extent(m_length); }
    // The widest extent on the way (to render one overview frame for the whole flight).
    QRectF widest() const;

private:
    QRectF extent(double s) const; // s ∈ [0, m_length] along the path
    QPointF m_c0, m_c1;
    double m_w0 = 1, m_w1 = 1; // widths
    double m_aspect = 1;       // height / width
    double m_distance = 0;     // |c1 − c0|
    double m_r0 = 0, m_length = 0;
};
