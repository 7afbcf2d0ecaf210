// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/map/render/mapsettings.h"

#include <QFont>
#include <QImage>
#include <QList>

class QPainter;

#include <atomic>

// A layer a render left out because it could not be read, and why (translated, for the user).
struct LayerError
{
    QString layer; // MapLayer::id
    QString message;
};

// What a render hands back: the image (null when cancelled) and the layers it had to leave out.
struct RenderedMap
{
    QImage image;
    QList<LayerError> errors;
};

// Paints a map into an image, the same for the canvas, the command line and the benchmark.
// Reads only what lies in the view, draws features smaller than a pixel as dots, splits large
// layers across the cores, and places labels last. Runs on any thread; stateless. It reads only
// the settings it was given (a copy made on the GUI thread) and the immutable features their
// layer sources hand out (see LayerSource), so it never reads what another thread writes.
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

    // The typeface of text on maps (labels, scale bar): a sans-serif with Chinese glyphs.
    static QFont mapFont(int pixelSize, bool bold = false);

    static RenderedMap render(const MapSettings &settings,
                              const std::atomic<bool> *cancel = nullptr, Stats *stats = nullptr);
    // The same map painted with `painter` (a PDF, a printer, an SVG), every shape as a vector
    // and every label as text, into the rectangle (0, 0, settings.size) of the painter's
    // coordinates (scale the painter to place it); a translucent layer is drawn with the
    // painter's opacity. Returns the layers it had to leave out. The caller's thread.
    static QList<LayerError> paint(QPainter &painter, const MapSettings &settings,
                                   Stats *stats = nullptr);
};
