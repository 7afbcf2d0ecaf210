// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/map/tools/edittool.h"

// Ties the current project (the ledger's) to the map, one undoable command per click:
// Place puts or moves its point where the user clicks; Link links the clicked parcel to it, or
// unlinks it when it was linked, and says the land linked against the land needed, with a
// warning when they differ (302 亩 needed, 144 亩 linked).
class ProjectLandTool : public EditTool
{
    Q_OBJECT
public:
    enum class Mode { Place, Link };
    ProjectLandTool(MapCanvas *canvas, Mode mode);

    Mode mode() const { return m_mode; }
    // The same as a click at `pixel`.
    bool clickAt(const QPointF &pixel);

    QCursor cursor() const override { return Qt::PointingHandCursor; }
    void canvasPressEvent(QMouseEvent *event) override;

private:
    Mode m_mode;
};
