// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/present/presentationwindow.h"

#include "core/base/i18n.h"
#include "core/map/projectlayers.h"
#include "core/map/render/maprenderer.h"
#include "core/project/projectdocument.h"
#include "core/storage/projectfile.h"
#include "ui/map/mapcanvas.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>
#include <QWindow>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kFrameMs = 16;     // ask for a frame every 16 ms; the screen takes what it can
constexpr int kLegPauseMs = 700; // a ParkPlots slide rests on the park before zooming in

} // namespace

// Title, text, legend, attribution and slide number over the map; never takes the mouse.
class PresentationWindow::Overlay : public QWidget
{
public:
    explicit Overlay(PresentationWindow *window)
        : QWidget(window)
        , m_window(window)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        const PresentationWindow &w = *m_window;
        const double scale = w.presentationScale();
        const double dpi = 96 * scale;
        const QRectF area = rect();
        // The attribution (basemap and its 审图号) along the bottom, always.
        QFont small = MapRenderer::mapFont(int(std::lround(11 * scale)));
        const QFontMetricsF smallMetrics(small);
        const double bottom = smallMetrics.height() + 8 * scale;
        if (!w.m_attribution.isEmpty()) {
            const QRectF line(area.left() + 8 * scale, area.bottom() - bottom,
                              area.width() - 16 * scale, bottom);
            painter.setFont(small);
            painter.setPen(QColor(0x33, 0x33, 0x33));
            const QString text
                = smallMetrics.elidedText(w.m_attribution, Qt::ElideMiddle, line.width());
            const double textWidth = smallMetrics.horizontalAdvance(text) + 12 * scale;
            painter.fillRect(
                QRectF(line.right() - textWidth, line.top(), textWidth + 8 * scale, line.height()),
                QColor(255, 255, 255, 200));
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, text);
        }
        MapLayout::paintLegend(painter, area, dpi, w.m_legend, 1.0, bottom + 8 * scale);
        if (!w.m_title.isEmpty() || !w.m_text.isEmpty() || !w.m_error.isEmpty())
            paintCaption(painter, scale);
        if (w.m_tour.slides.size() > 0 && w.m_index >= 0) {
            painter.setFont(MapRenderer::mapFont(int(std::lround(13 * scale)), true));
            painter.setPen(QColor(0x55, 0x55, 0x55));
            QString progress
                = QStringLiteral("%1 / %2").arg(w.m_index + 1).arg(w.m_tour.slides.size());
            if (w.m_paused)
                progress += QStringLiteral("  ❚❚");
            painter.drawText(
                QRectF(area.left(), area.bottom() - bottom - 30 * scale, area.width(), 24 * scale),
                Qt::AlignHCenter | Qt::AlignVCenter, progress);
        }
    }

private:
    void paintCaption(QPainter &painter, double scale)
    {
        const PresentationWindow &w = *m_window;
        const QFont titleFont = MapRenderer::mapFont(int(std::lround(30 * scale)), true);
        const QFont textFont = MapRenderer::mapFont(int(std::lround(17 * scale)));
        const double pad = 18 * scale;
        const double boxWidth = std::min(width() * 0.42, 760 * scale);
        const QFontMetricsF titleMetrics(titleFont), textMetrics(textFont);
        const QString body = w.m_error.isEmpty() ? w.m_text : w.m_error;
        const QRectF titleBox
            = titleMetrics.boundingRect(QRectF(0, 0, boxWidth, 1e6), Qt::TextWordWrap, w.m_title);
        const QRectF textBox
            = body.isEmpty()
                  ? QRectF()
                  : textMetrics.boundingRect(QRectF(0, 0, boxWidth, 1e6), Qt::TextWordWrap, body);
        const double height = titleBox.height() + (body.isEmpty() ? 0 : textBox.height() + pad / 2);
        const QRectF box(24 * scale, 24 * scale, boxWidth + 2 * pad, height + 2 * pad);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 225));
        painter.drawRoundedRect(box, 10 * scale, 10 * scale);
        painter.fillRect(QRectF(box.left(), box.top() + pad, 6 * scale, height),
                         QColor(0xB4, 0x1E, 0x1E));
        painter.setPen(QColor(0x1E, 0x1E, 0x1E));
        painter.setFont(titleFont);
        painter.drawText(QRectF(box.left() + pad, box.top() + pad, boxWidth, titleBox.height()),
                         Qt::TextWordWrap, w.m_title);
        if (!body.isEmpty()) {
            painter.setFont(textFont);
            painter.setPen(w.m_error.isEmpty() ? QColor(0x33, 0x33, 0x33)
                                               : QColor(0xB0, 0x20, 0x20));
            painter.drawText(QRectF(box.left() + pad, box.top() + pad + titleBox.height() + pad / 2,
                                    boxWidth, textBox.height()),
                             Qt::TextWordWrap, body);
        }
    }
    PresentationWindow *m_window;
};

PresentationWindow::PresentationWindow(ProjectDocument &document, const MapSettings &map,
                                       const QRectF &extent, bool english, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint)
    , m_document(document)
    , m_base(map)
    , m_english(english)
    , m_canvas(new MapCanvas(this))
    , m_overlay(new Overlay(this))
{
    setObjectName(QStringLiteral("PresentationWindow"));
    setWindowTitle(tr("Presentation"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    m_canvas->installEventFilter(this);
    m_canvas->setDecorationScale(1.0);
    // Units and parks are labelled in the slides' language, whatever the program speaks.
    if (english != I18n::englishUi()) {
        for (MapLayer &layer : m_base.layers) {
            if (layer.id != QLatin1String("units") && layer.id != QLatin1String("parks"))
                continue;
            LayerStyle style = layer.style;
            style.labelColumn = english ? QStringLiteral("name_en") : QStringLiteral("name");
            style.labelFallback = QStringLiteral("name");
            if (auto source = ProjectLayers::openSource(document.path(), layer.id, style,
                                                        document.store().audience())) {
                layer.style = style;
                layer.source = *source;
            }
        }
    }
    m_legend = MapLayout::legendFor(m_base);
    m_attribution = MapLayout::attributionFor(m_base);
    m_base.dpi = 96 * presentationScale();
    m_canvas->setMap(m_base);
    m_canvas->setExtent(extent);
    m_ticks.setTimerType(Qt::PreciseTimer);
    m_ticks.setInterval(kFrameMs);
    connect(&m_ticks, &QTimer::timeout, this, &PresentationWindow::tick);
    m_advance.setSingleShot(true);
    connect(&m_advance, &QTimer::timeout, this, &PresentationWindow::next);
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &PresentationWindow::startLeg);
}

PresentationWindow::~PresentationWindow() = default;

// Labels, symbols and text grow with the screen: a projector at 1366×768 is read from the back
// of a hall, as is one at 1920×1080.
double PresentationWindow::presentationScale() const
{
    const double h = height() > 0 ? height() : 768;
    return std::clamp(h / 768.0 * 1.35, 1.35, 2.4);
}

void PresentationWindow::present(QScreen *screen)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen) {
        setGeometry(screen->geometry());
        if (windowHandle())
            windowHandle()->setScreen(screen);
    }
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
}

void PresentationWindow::setTour(const Tour &tour)
{
    m_tour = tour;
    m_index = -1;
    m_title.clear();
    m_text.clear();
    if (!m_tour.slides.isEmpty())
        goTo(0);
    m_overlay->update();
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_canvas->setGeometry(rect());
    m_overlay->setGeometry(rect());
    m_overlay->raise();
    const double scale = presentationScale();
    m_canvas->setDecorationScale(scale);
    if (!qFuzzyCompare(m_base.dpi, 96 * scale)) {
        m_base.dpi = 96 * scale;
        MapSettings map = m_canvas->map();
        map.dpi = m_base.dpi;
        m_canvas->setMap(map);
    }
}

MapSettings PresentationWindow::slideSettings(const Slide &slide, const SlideStop &stop) const
{
    MapSettings map = m_base;
    for (MapLayer &layer : map.layers) {
        if (!slide.layers.isEmpty())
            layer.visible = slide.layers.contains(layer.id);
        if (layer.id == QLatin1String("parcels") && stop.highlightsParcels) {
            layer.visible = true;
            layer.shownFids = std::make_shared<const QSet<qint64>>(stop.parcels);
        }
    }
    return map;
}

void PresentationWindow::goTo(int index)
{
    if (m_tour.slides.isEmpty())
        return;
    index = std::clamp(index, 0, int(m_tour.slides.size()) - 1);
    m_advance.stop();
    m_pause.stop();
    m_index = index;
    m_error.clear();
    const Slide &slide = m_tour.slides[index];
    auto stop = Tours::resolve(m_document.store(), slide, m_english);
    if (!stop) {
        m_title = slide.title(m_english);
        m_text.clear();
        showError(stop.errorMessage());
        return;
    }
    // The caption of the slide before goes while the map moves.
    m_title.clear();
    m_text.clear();
    m_overlay->update();
    m_legs.clear();
    const MapSettings settings = slideSettings(slide, *stop);
    // The caption sits top left: a slide with one keeps what it shows in the right part.
    const bool caption = !stop->title.isEmpty() || !stop->text.isEmpty();
    auto beside = [caption](const QRectF &view) {
        if (!caption || view.isEmpty())
            return view;
        QRectF wider = view;
        wider.setLeft(view.right() - view.width() / 0.6);
        return wider;
    };
    if (!stop->from.isNull())
        m_legs.append({beside(stop->from), settings});
    m_legs.append({beside(stop->to), settings});
    m_pendingTitle = stop->title;
    m_pendingText = stop->text;
    startLeg();
}

void PresentationWindow::startLeg()
{
    if (m_legs.isEmpty()) {
        arrive();
        return;
    }
    const Leg leg = m_legs.takeFirst();
    const QSize screen = size().isEmpty() ? QSize(1366, 768) : size();
    const QRectF from = m_canvas->extent().isEmpty() ? leg.to : m_canvas->extent();
    m_flight = Flight(from, leg.to, screen);
    // The frames the flight is drawn from, rendered now: the sharp target, the view it starts
    // from (what the canvas shows) and, for a long flight, an overview of the way.
    MapSettings target = leg.settings;
    const qreal ratio = devicePixelRatioF();
    target.devicePixelRatio = ratio;
    target.size = screen * ratio;
    target.extent = m_flight.to();
    QList<FrameComposer::Frame> base;
    const QRectF widest = m_flight.widest();
    if (widest.width() > 1.6 * std::max(m_flight.from().width(), m_flight.to().width())) {
        MapSettings overview = target;
        overview.extent = widest;
        overview.labels = false;
        base.append({MapRenderer::render(overview).image, widest});
    }
    MapSettings start = target;
    start.extent = m_flight.from();
    base.append({MapRenderer::render(start).image, m_flight.from()});
    m_composer.setBase(base);
    m_composer.setTarget({MapRenderer::render(target).image, target.extent});
    m_canvas->setMap(leg.settings);
    if (leg.settings.layer(QStringLiteral("parcels")))
        m_canvas->setShownFeatures(QStringLiteral("parcels"),
                                   leg.settings.layer(QStringLiteral("parcels"))->shownFids);
    m_duration = m_instant ? 0 : m_flight.durationMs();
    m_animating = true;
    m_canvas->hide();
    m_clock.start();
    m_frameClock.invalidate();
    if (m_duration == 0) {
        tick();
        return;
    }
    m_ticks.start();
    update();
}

void PresentationWindow::tick()
{
    if (!m_animating)
        return;
    if (m_clock.elapsed() >= m_duration) {
        m_ticks.stop();
        m_animating = false;
        const FrameComposer::Frame &target = m_composer.target();
        m_canvas->setExtent(target.extent);
        m_canvas->showFrame(target.image, target.extent);
        m_canvas->show();
        m_composer = {};
        if (!m_legs.isEmpty()) {
            m_pause.start(m_instant ? 0 : kLegPauseMs);
            return;
        }
        arrive();
        return;
    }
    update();
}

void PresentationWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (!m_animating) {
        painter.fillRect(rect(), m_base.background);
        return;
    }
    if (m_frameClock.isValid())
        m_intervals << m_frameClock.nsecsElapsed() / 1e6;
    m_frameClock.start();
    const double t = m_duration > 0 ? std::min(1.0, m_clock.elapsed() / double(m_duration)) : 1;
    painter.fillRect(rect(), m_base.background);
    m_composer.paint(painter, MapToPixel(m_flight.at(t), QSizeF(size())), t);
}

void PresentationWindow::arrive()
{
    m_title = m_pendingTitle;
    m_text = m_pendingText;
    m_overlay->update();
    if (m_index >= 0 && m_index < m_tour.slides.size()) {
        const double seconds = m_tour.slides[m_index].seconds;
        if (seconds > 0 && !m_paused && m_index + 1 < m_tour.slides.size())
            m_advance.start(int(seconds * 1000));
    }
}

void PresentationWindow::showError(const QString &message)
{
    m_error = message;
    m_overlay->update();
}

void PresentationWindow::next()
{
    if (m_index + 1 < m_tour.slides.size())
        goTo(m_index + 1);
}

void PresentationWindow::previous()
{
    if (m_index > 0)
        goTo(m_index - 1);
}

bool PresentationWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The presentation's keys before the canvas's navigation (its arrows pan).
    if (watched == m_canvas && event->type() == QEvent::KeyPress) {
        keyPressEvent(static_cast<QKeyEvent *>(event));
        return event->isAccepted();
    }
    return QWidget::eventFilter(watched, event);
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    event->accept();
    switch (event->key()) {
    case Qt::Key_Escape:
    case Qt::Key_F11:
        m_ticks.stop();
        m_advance.stop();
        Q_EMIT left();
        close();
        return;
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_Down:
        next();
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
    case Qt::Key_Up:
        previous();
        return;
    case Qt::Key_Home:
        goTo(0);
        return;
    case Qt::Key_End:
        goTo(int(m_tour.slides.size()) - 1);
        return;
    case Qt::Key_P:
        m_paused = !m_paused;
        if (m_paused)
            m_advance.stop();
        else
            arrive();
        m_overlay->update();
        return;
    default:
        event->ignore();
    }
}
