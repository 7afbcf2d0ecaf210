// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/map/tools/boxtool.h"

// Identify: a click shows the feature under the pointer (Ctrl+click adds to or removes from the
// selection); dragging does nothing, so the map stays put while the user looks around.
class IdentifyTool : public BoxTool
{
    Q_OBJECT
public:
    explicit IdentifyTool(MapCanvas *canvas);

    QCursor cursor() const override { return Qt::WhatsThisCursor; }
    void paint(QPainter &) const override {} // a drag draws nothing: it does nothing

protected:
    void clicked(QMouseEvent *event) override;
    void boxDrawn(const QRect &, QMouseEvent *) override {}
};
