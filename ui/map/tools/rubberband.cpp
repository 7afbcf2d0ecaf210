// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/tools/rubberband.h"

#include <QPainter>

namespace {
// A hand that moves this little (Manhattan distance) while pressing still clicks.
constexpr int kClickSlop = 3;
} // namespace

void RubberBand::begin(const QPoint &at)
{
    m_start = m_current = at;
    m_active = true;
    m_dragged = false;
}

void RubberBand::moveTo(const QPoint &at)
{
    m_current = at;
    if ((at - m_start).manhattanLength() > kClickSlop)
        m_dragged = true;
}

void RubberBand::paint(QPainter &painter) const
{
    if (!m_active || !m_dragged)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(QColor(0x00, 0x5F, 0xCC), 1, Qt::DashLine));
    painter.setBrush(QColor(0x00, 0x5F, 0xCC, 30));
    painter.drawRect(box());
    painter.restore();
}
