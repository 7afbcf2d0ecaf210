// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPoint>
#include <QRect>

class QPainter;

// One left-button gesture of a map tool, in widget pixels: where it began, where the pointer is,
// whether it went far enough to be a drag rather than a click, and the box between the two,
// which paint() draws as a dashed rubber band. A plain value; the tool that owns it drives it.
class RubberBand
{
public:
    void begin(const QPoint &at);
    void moveTo(const QPoint &at);
    void finish() { m_active = false; }

    bool isActive() const { return m_active; }
    bool isDrag() const { return m_dragged; } // beyond a few pixels of where it began
    QPoint current() const { return m_current; }
    QRect box() const { return QRect(m_start, m_current).normalized(); }
    // The box, while a drag is in progress.
    void paint(QPainter &painter) const;

private:
    QPoint m_start;
    QPoint m_current;
    bool m_active = false;
    bool m_dragged = false;
};
