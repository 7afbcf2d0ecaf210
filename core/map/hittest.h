// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/map/render/mapsettings.h"

#include <optional>

// Which feature is drawn at a pixel of a map: the topmost visible layer wins. Points count
// within their marker (plus a few pixels), polygons by their rings, lines within a few pixels.
struct MapHit
{
    QString layer;
    qint64 fid = 0;
    const MapFeature *feature = nullptr;
};

namespace MapHitTest {
// Pixels are the image's (device pixels: MapSettings::mapToPixel). `waitIfBusy` false (the GUI
// thread): never wait for a layer a render is loading; answer from what it has loaded so far.
std::optional<MapHit> at(const MapSettings &settings, const QPointF &pixel, bool waitIfBusy = true);
// Every feature of visible layers whose bounds lie inside the pixel rectangle.
QList<MapHit> inside(const MapSettings &settings, const QRectF &pixels, bool waitIfBusy = true);
} // namespace MapHitTest
