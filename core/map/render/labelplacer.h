// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

// Places labels without overlap: candidates are tried by priority, then by the size of their
// feature, each in a few positions around its anchor, against a grid of already placed
// rectangles; a label with no free position is left out. The number of candidates tried is capped
// so that labelling never dominates the frame time.
class LabelPlacer
{
public:
    struct Candidate
    {
        QPointF anchor; // pixels
        QString text;
        int fontIndex = 0;
        int priority = 0;
        double weight = 0; // feature size in pixels: bigger first
        // A point's marker radius: its label goes beside the marker (below, right, left, above,
        // then the corners), wherever the first free place is. Negative for an area.
        double markerRadius = -1;
        // An area's box (pixels): its label sits on the anchor, or moves up or down by a line or
        // two when that is taken, as long as it stays over its own area.
        QRectF area;
    };
    struct Placed
    {
        QRectF rect;
        QString text;
        int fontIndex = 0;
    };

    LabelPlacer(QSize canvas, int maxCandidates = 1500);
    int addFont(const QFont &font);
    void add(Candidate candidate);
    int candidateCount() const { return int(m_candidates.size()); }

    // Chooses the labels; each placed rectangle overlaps no other.
    QList<Placed> place();
    // Draws placed labels with a white halo.
    void draw(QPainter &painter, const QList<Placed> &placed) const;

private:
    bool collides(const QRectF &rect) const;
    // Where a label of this size may go, best first (label centres, pixels).
    std::vector<QPointF> positions(const Candidate &c, QSizeF label) const;
    void occupy(const QRectF &rect);

    QSize m_canvas;
    int m_maxCandidates;
    std::vector<QFont> m_fonts;
    std::vector<Candidate> m_candidates;
    static constexpr int kCell = 64;
    int m_columns = 0, m_rows = 0;
    std::vector<std::vector<QRectF>> m_grid;
};
