// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/render/labelplacer.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

LabelPlacer::LabelPlacer(QSize canvas, int maxCandidates)
    : m_canvas(canvas)
    , m_maxCandidates(maxCandidates)
    , m_columns(canvas.width() / kCell + 1)
    , m_rows(canvas.height() / kCell + 1)
    , m_grid(size_t(m_columns) * m_rows)
{}

int LabelPlacer::addFont(const QFont &font)
{
    m_fonts.push_back(font);
    return int(m_fonts.size()) - 1;
}

void LabelPlacer::add(Candidate candidate)
{
    if (!candidate.text.isEmpty())
        m_candidates.push_back(std::move(candidate));
}

bool LabelPlacer::collides(const QRectF &rect) const
{
    const int c0 = std::max(0, int(rect.left()) / kCell),
              c1 = std::min(m_columns - 1, int(rect.right()) / kCell);
    const int r0 = std::max(0, int(rect.top()) / kCell),
              r1 = std::min(m_rows - 1, int(rect.bottom()) / kCell);
    for (int r = r0; r <= r1; ++r) {
        for (int c = c0; c <= c1; ++c) {
            for (const QRectF &other : m_grid[size_t(r) * m_columns + c]) {
                if (other.intersects(rect))
                    return true;
            }
        }
    }
    return false;
}

void LabelPlacer::occupy(const QRectF &rect)
{
    const int c0 = std::max(0, int(rect.left()) / kCell),
              c1 = std::min(m_columns - 1, int(rect.right()) / kCell);
    const int r0 = std::max(0, int(rect.top()) / kCell),
              r1 = std::min(m_rows - 1, int(rect.bottom()) / kCell);
    for (int r = r0; r <= r1; ++r) {
        for (int c = c0; c <= c1; ++c)
            m_grid[size_t(r) * m_columns + c].push_back(rect);
    }
}

QList<LabelPlacer::Placed> LabelPlacer::place()
{
    // Only the most important candidates are measured at all.
    const size_t tried = std::min(m_candidates.size(), size_t(m_maxCandidates));
    std::partial_sort(m_candidates.begin(), m_candidates.begin() + tried, m_candidates.end(),
                      [](const Candidate &a, const Candidate &b) {
                          return a.priority != b.priority ? a.priority > b.priority
                                                          : a.weight > b.weight;
                      });
    std::vector<QFontMetricsF> metrics;
    for (const QFont &font : m_fonts)
        metrics.emplace_back(font);
    const QRectF canvas(QPointF(0, 0), QSizeF(m_canvas));
    QList<Placed> placed;
    for (size_t i = 0; i < tried; ++i) {
        const Candidate &c = m_candidates[i];
        const QFontMetricsF &fm = metrics[size_t(c.fontIndex)];
        QRectF rect(0, 0, fm.horizontalAdvance(c.text) + 4, fm.height() + 2);
        for (const QPointF &centre : positions(c, rect.size())) {
            rect.moveCenter(centre);
            if (!canvas.contains(rect) || collides(rect))
                continue;
            occupy(rect);
            placed.append({rect, c.text, c.fontIndex});
            break;
        }
    }
    return placed;
}

std::vector<QPointF> LabelPlacer::positions(const Candidate &c, QSizeF label) const
{
    const double w = label.width(), h = label.height();
    if (c.markerRadius >= 0) {
        const double r = c.markerRadius + 1, d = c.markerRadius * 0.7 + 1;
        return {
            c.anchor + QPointF(0, r + h / 2),          c.anchor + QPointF(r + w / 2, 0),
            c.anchor + QPointF(-r - w / 2, 0),         c.anchor + QPointF(0, -r - h / 2),
            c.anchor + QPointF(d + w / 2, d + h / 2),  c.anchor + QPointF(-d - w / 2, d + h / 2),
            c.anchor + QPointF(d + w / 2, -d - h / 2), c.anchor + QPointF(-d - w / 2, -d - h / 2)};
    }
    std::vector<QPointF> result{c.anchor};
    for (double shift : {h, -h, 2 * h, -2 * h}) {
        const QPointF moved = c.anchor + QPointF(0, shift);
        if (c.area.contains(moved))
            result.push_back(moved);
    }
    return result;
}

void LabelPlacer::draw(QPainter &painter, const QList<Placed> &placed) const
{
    // Halo: the text drawn in white around itself, cheaper than stroking a path.
    static const QPointF haloOffsets[]
        = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}, {-1, -1}, {1, 1}, {-1, 1}, {1, -1}};
    for (const Placed &p : placed) {
        painter.setFont(m_fonts[size_t(p.fontIndex)]);
        painter.setPen(QColor(255, 255, 255, 230));
        for (const QPointF &d : haloOffsets)
            painter.drawText(p.rect.translated(d), Qt::AlignCenter, p.text);
        painter.setPen(QColor(0x1E, 0x1E, 0x1E));
        painter.drawText(p.rect, Qt::AlignCenter, p.text);
    }
}
