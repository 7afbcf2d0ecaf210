// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/map/render/mapsettings.h"
#include "core/present/flight.h"
#include "core/present/framecomposer.h"
#include "core/present/tour.h"
#include "core/report/maplayout.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>
#include <QWidget>

class MapCanvas;
class ProjectDocument;
class QScreen;

// Presentation mode: the map alone, full screen on the chosen screen (a projector), with big
// labels, a big legend, the basemap's attribution (with its 审图号), the scale bar and north
// arrow, and no menus or docks. A tour plays slide by slide: each transition flies between the
// views (Flight) over frames rendered beforehand (FrameComposer), then the slide's title and
// text in the chosen language appear; a slide with a duration moves on by itself. Keys: → Space
// PgDn next, ← PgUp Backspace previous, Home first, P pause, Esc or F11 leave. The wheel and a
// drag look around between slides. Owned by the main window; GUI thread.
class PresentationWindow : public QWidget
{
    Q_OBJECT
public:
    // `map` holds the layers and basemap to show; `extent` where to start (Web Mercator).
    PresentationWindow(ProjectDocument &document, const MapSettings &map, const QRectF &extent,
                       bool english, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    // Full screen on `screen` (nullptr: the primary one).
    void present(QScreen *screen);
    void setTour(const Tour &tour); // an empty tour: just the map
    int slideIndex() const { return m_index; }
    bool isAnimating() const { return m_animating; }
    MapCanvas *canvas() const { return m_canvas; }
    QString shownTitle() const { return m_title; }
    // Milliseconds between the frames painted during the transitions so far (tests, bench).
    const QList<double> &frameIntervals() const { return m_intervals; }
    // Every transition ends at once, for tests.
    void setInstantTransitions(bool instant) { m_instant = instant; }

    void next();
    void previous();
    void goTo(int index);

Q_SIGNALS:
    void left(); // Esc or F11: the presentation is over

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    class Overlay;
    struct Leg
    {
        QRectF to;
        MapSettings settings; // layers as the leg's end shows them
    };
    double presentationScale() const;
    MapSettings slideSettings(const Slide &slide, const SlideStop &stop) const;
    void startLeg();
    void tick();
    void arrive();
    void showError(const QString &message);

    ProjectDocument &m_document;
    MapSettings m_base;
    bool m_english = false;
    MapCanvas *m_canvas;
    Overlay *m_overlay;
    Tour m_tour;
    int m_index = -1;
    QString m_title, m_text, m_error;
    QString m_pendingTitle, m_pendingText; // shown on arrival
    QList<Leg> m_legs;
    Flight m_flight;
    FrameComposer m_composer;
    QElapsedTimer m_clock, m_frameClock;
    QTimer m_ticks, m_advance, m_pause;
    int m_duration = 1000;
    bool m_animating = false, m_paused = false, m_instant = false;
    QList<double> m_intervals;
    QList<LegendEntry> m_legend;
    QString m_attribution;
};
