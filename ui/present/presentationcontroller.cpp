// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/present/presentationcontroller.h"

#include "core/map/mapdocument.h"
#include "core/map/tiles/xyztilesource.h"
#include "core/present/tour.h"
#include "core/project/projectdocument.h"
#include "ui/map/mapcanvas.h"
#include "ui/present/presentationwindow.h"
#include "ui/present/toureditor.h"
#include "ui/shell/publicmodeswitch.h"
#include "ui/shell/settings.h"

#include <QActionGroup>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>

PresentationController::PresentationController(QWidget *window, MapCanvas *canvas,
                                               PublicModeSwitch *publicMode, QMenu *view)
    : QObject(window)
    , m_window(window)
    , m_canvas(canvas)
    , m_publicMode(publicMode)
    , m_screen(Settings::presentationScreen())
{
    m_menu = view->addMenu(tr("P&resent"));
    m_menu->setObjectName(QStringLiteral("PresentMenu"));
    m_start = m_menu->addAction(tr("&Presentation mode"), this, [this] { present(0); });
    m_start->setObjectName(QStringLiteral("PresentAction"));
    m_start->setShortcut(Qt::Key_F11);
    m_start->setStatusTip(tr("The map alone, full screen, with big labels and legend; Esc "
                             "leaves"));
    m_tours = m_menu->addMenu(tr("Play &tour"));
    m_menu->addAction(tr("&Edit tours…"), this, &PresentationController::editTours)
        ->setObjectName(QStringLiteral("EditToursAction"));
    m_menu->addSeparator();
    m_screens = m_menu->addMenu(tr("&Screen"));
    m_languages = m_menu->addMenu(tr("&Language of slides"));
    auto *languages = new QActionGroup(this);
    for (const auto &[code, name] : {std::pair{QStringLiteral("zh"), QStringLiteral("中文")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *action = m_languages->addAction(name);
        action->setCheckable(true);
        action->setChecked(Settings::presentationLanguage() == code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this,
                [code] { Settings::setPresentationLanguage(code); });
    }
    connect(m_menu, &QMenu::aboutToShow, this, &PresentationController::refreshMenus);
    refreshMenus();
}

void PresentationController::setDocument(ProjectDocument *document)
{
    if (m_presentation)
        m_presentation->close();
    m_document = document;
    refreshMenus();
}

PresentationWindow *PresentationController::window() const
{
    return m_presentation;
}

bool PresentationController::english() const
{
    return Settings::presentationLanguage() == QLatin1String("en");
}

void PresentationController::refreshMenus()
{
    m_tours->clear();
    auto tours = m_document ? Tours::list(m_document->store()) : Result<QList<Tour>>(QList<Tour>());
    if (!tours || tours->isEmpty())
        m_tours->addAction(tr("(no tours: View → Present → Edit tours)"))->setEnabled(false);
    else
        for (const Tour &tour : *tours)
            m_tours->addAction(tour.name, this, [this, id = tour.id] { present(id); });
    m_screens->clear();
    auto *group = new QActionGroup(m_screens);
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (int i = 0; i < screens.size(); ++i) {
        const QScreen *screen = screens[i];
        QAction *action = m_screens->addAction(tr("%1: %2 (%3 × %4)")
                                                   .arg(i + 1)
                                                   .arg(screen->name())
                                                   .arg(screen->geometry().width())
                                                   .arg(screen->geometry().height()));
        action->setCheckable(true);
        action->setChecked(i == std::clamp(m_screen, 0, int(screens.size()) - 1));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] {
            m_screen = i;
            Settings::setPresentationScreen(i);
        });
    }
    m_start->setEnabled(m_document != nullptr);
}

std::pair<std::shared_ptr<XyzTileSource>, std::shared_ptr<XyzTileSource>>
PresentationController::tianditu() const
{
    if (!m_document)
        return {};
    const BasemapChoice choice = m_document->map().basemap();
    const bool imagery = choice.kind == BasemapChoice::Kind::TiandituImagery;
    if (!imagery && choice.kind != BasemapChoice::Kind::TiandituVector)
        return {};
    const QString token = Settings::tiandituToken(), cache = Settings::tileCacheDir();
    const QString approval = Settings::tiandituApproval();
    auto base = XyzTileSource::tianditu(imagery ? QStringLiteral("img") : QStringLiteral("vec"),
                                        token, cache, approval);
    auto labels = XyzTileSource::tianditu(imagery ? QStringLiteral("cia") : QStringLiteral("cva"),
                                          token, cache, approval);
    if (!base || !labels)
        return {};
    return {*base, *labels};
}

void PresentationController::present(qint64 tourId)
{
    if (!m_document)
        return;
    if (m_presentation) {
        m_presentation->raise();
        return;
    }
    if (!m_document->isPublic()) {
        // An audience must not see confidential data: public mode first, unless the presenter
        // says otherwise (a rehearsal in the office).
        QMessageBox::StandardButton answer = QMessageBox::Yes;
        if (!qEnvironmentVariableIsSet("INVESTATLAS_NO_DIALOGS"))
            answer = QMessageBox::question(
                m_window, tr("Presentation"),
                tr("Switch public mode on for the presentation?\n\nConfidential projects and "
                   "fields stay hidden until you leave public mode."),
                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Yes)
            m_publicMode->request(true);
    }
    Tour tour;
    if (tourId) {
        if (auto tours = Tours::list(m_document->store())) {
            for (const Tour &t : *tours) {
                if (t.id == tourId)
                    tour = t;
            }
        }
    }
    MapSettings map = m_canvas->frameSettings();
    if (m_document->map().basemap().kind == BasemapChoice::Kind::OpenStreetMap) {
        // Not an approved map of China: never in front of an audience.
        map.basemap.reset();
        map.basemapOverlay.reset();
        Q_EMIT message(tr("OpenStreetMap is not shown in presentations; use Tianditu or an "
                          "MBTiles file of your own."));
    }
    m_presentation = new PresentationWindow(*m_document, map, m_canvas->extent(), english());
    connect(m_presentation, &PresentationWindow::left, this,
            [this] { Q_EMIT message(tr("Presentation ended.")); });
    const QList<QScreen *> screens = QGuiApplication::screens();
    m_presentation->present(screens.value(std::clamp(m_screen, 0, int(screens.size()) - 1)));
    m_presentation->setTour(tour);
}

void PresentationController::editTours()
{
    if (!m_document)
        return;
    TourEditor editor(
        *m_document, *m_canvas, [this] { return tianditu(); }, m_window);
    editor.exec();
    refreshMenus();
}
