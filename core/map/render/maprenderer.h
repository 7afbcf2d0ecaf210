// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/map/render/mapsettings.h"

#include <QImage>

#include <atomic>

// Paints a map into an image, the same for the canvas, the command line and the benchmark.
// Reads only what lies in the view, draws features smaller than a pixel as dots, splits large
// layers across the cores, and places labels last. Runs on any thread; stateless.
class MapRenderer
{
public:
    struct Stats
    {
        qint64 features = 0; // features drawn (dots included)
        qint64 dots = 0;
        int labelCandidates = 0;
        int labelsPlaced = 0;
        QList<QRectF> labelRects; // pixels, for tests
        double queryMs = 0, drawMs = 0, labelMs = 0;
    };

    // A null image when cancelled.
    static QImage render(const MapSettings &settings, const std::atomic<bool> *cancel = nullptr,
                         Stats *stats = nullptr);
};
