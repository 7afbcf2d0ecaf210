// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/map/tools/boxtool.h"

// Select: drag a box to select the features inside it (with Ctrl or Shift the box adds to the
// selection); a click identifies, Ctrl+click adds to or removes from the selection.
class SelectTool : public BoxTool
{
    Q_OBJECT
public:
    explicit SelectTool(MapCanvas *canvas);

    // Selects the features lying wholly inside `box` (widget pixels), keeping the current
    // selection when `add`. Administrative units are left out: a box is drawn around parks,
    // parcels and projects, and would otherwise catch the small counties around them.
    static void selectInBox(MapCanvas *canvas, const QRect &box, bool add);

    QCursor cursor() const override { return Qt::CrossCursor; }

protected:
    void clicked(QMouseEvent *event) override;
    void boxDrawn(const QRect &box, QMouseEvent *event) override;
};
