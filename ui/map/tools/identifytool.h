// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/map/maptool.h"
#include "ui/map/tools/rubberband.h"

// Identify: a click shows the feature under the pointer (Ctrl+click adds to or removes from the
// selection); dragging does nothing, so the map stays put while the user looks around.
class IdentifyTool : public MapTool
{
    Q_OBJECT
public:
    explicit IdentifyTool(MapCanvas *canvas);

    QCursor cursor() const override { return Qt::WhatsThisCursor; }
    void deactivate() override { m_band.finish(); }
    void canvasPressEvent(QMouseEvent *event) override;
    void canvasMoveEvent(QMouseEvent *event) override;
    void canvasReleaseEvent(QMouseEvent *event) override;

private:
    RubberBand m_band; // only to tell a click from a drag
};
