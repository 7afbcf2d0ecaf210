// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ledger/ledgerpanel.h"

#include <QMainWindow>
#include <QRectF>

#include <memory>

class DashboardPanel;
class DetailsPanel;
class WarningsPanel;
struct ProjectFilter;
class GoToCoordinate;
class DockShares;
class Handouts;
class PresentationController;
class QDockWidget;
class LandController;
class LayerPanel;
class MapCanvas;
class ProjectChange;
class ProjectDocument;
class PublicModeSwitch;
class QLabel;
class QMenu;
class QTableView;
class QUndoGroup;
class TileSource;
struct BasemapChoice;

// The main window wires the features together: map in the centre, layers on the left, details
// on the right, the ledger at the bottom. It owns the open project; each feature is its own widget.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path`; without a path, the last project, or else the demo project (written to the
    // user's data folder on first start). Problems are shown to the user, never fatal.
    void openInitial(const QString &path);
    bool openProject(const QString &path);
    ProjectDocument *document() const { return m_document.get(); }
    QTableView *ledgerView() const;
    MapCanvas *mapCanvas() const { return m_canvas; }
    PublicModeSwitch *publicMode() const { return m_publicMode; }
    PresentationController *presentation() const { return m_presentation; }
    LandController *land() const { return m_land; }
    static QString demoProjectPath();

    // The open project and how this window shows it, for a window built anew around the same
    // document (a language switch, ui/shell/languageswitch.h): the document keeps its undo
    // history, public mode and map state; the new window gets the layout, the map's extent and
    // selection, the ledger's filters, columns and current project, and the details shown.
    struct Handover
    {
        std::unique_ptr<ProjectDocument> document;
        // The window's own place, not saveGeometry()'s, whose frame margins are a guess
        // (without a window manager the new window came out 20 pixels lower).
        QRect geometry; // in the normal state
        Qt::WindowStates state;
        QByteArray layout; // saveState(): docks and toolbars
        bool visible = false;
        QRectF extent;
        QSet<std::pair<QString, qint64>> selection;
        LedgerPanel::ViewState ledger;
        std::pair<QString, qint64> details;
        bool gaussKruger = false;
    };
    // Lets go of the document without writing anything; this window is left without a project
    // and nothing in it hears the document any more.
    Handover handOver();
    // Takes the layout, then the document (its map retranslated into the language now spoken)
    // and the view; shown if the old window was.
    void takeOver(Handover handover);

    // File → Import GIS layer… (also a file dropped on the window), with `path` chosen.
    void importGisLayer(const QString &path = {});
    void exportLayer();
    void fillUnitBoundaries();
    // Centres the map on a point with a marker (the go-to box), and says what it read.
    void goTo(const QPointF &lonLat, const QString &description);
    // The status bar's coordinate readout at a point (the cursor's).
    void showCursorPosition(const QPointF &lonLat);
    QString cursorPositionText() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void tabifyDefaults();
    void showDashboard();
    void showInLedger(const ProjectFilter &filter);
    void goToProject(qint64 fid);
    void goToFeature(const QString &layer, qint64 fid);
    void resetLayout();
    void setDocument(std::unique_ptr<ProjectDocument> document);
    void showMapLayers();
    void showBasemap();
    void saveMapState();
    void updateStatusCounts();
    void refreshRecentMenu();
    void updateTitle();
    void newProject();
    void openDialog();
    void saveAs();
    void showAbout();
    void setLanguage(const QString &language);
    void showError(const QString &title, const QString &message);
    void addMbTiles();
    void chooseBasemap(const BasemapChoice &choice);
    void editPreferences();
    void refreshViewsMenu();
    void saveCurrentView();
    void selectFromMap(const QString &layer, qint64 fid);
    void selectFromLedger(qint64 fid);
    bool editable();              // says why not in the status bar
    void editProject(qint64 fid); // 0: a new project
    void deleteCurrentProject();
    void importLedger();
    void exportLedger();
    void applyChange(const ProjectChange &change);
    // Edit actions, undo and import follow read-only access and public mode.
    void updateEditing();

    std::unique_ptr<ProjectDocument> m_document;
    QUndoGroup *m_undoGroup = nullptr;
    MapCanvas *m_canvas = nullptr;
    LayerPanel *m_layerPanel = nullptr;
    DetailsPanel *m_detailsPanel = nullptr;
    LedgerPanel *m_ledger = nullptr;
    DashboardPanel *m_dashboard = nullptr;
    WarningsPanel *m_warningsPanel = nullptr;
    LandController *m_land = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_viewsMenu = nullptr;
    QLabel *m_statusCounts = nullptr;
    QLabel *m_coordinates = nullptr;
    QAction *m_showGaussKruger = nullptr;
    QAction *m_importAction = nullptr;
    GoToCoordinate *m_goTo = nullptr;
    QList<QAction *> m_editActions; // disabled while the project is read-only
    QLabel *m_readOnlyBanner = nullptr;
    QLabel *m_publicBanner = nullptr;
    PublicModeSwitch *m_publicMode = nullptr;
    Handouts *m_handouts = nullptr;
    PresentationController *m_presentation = nullptr;
    bool m_restoringView = false; // the canvas is placed from the saved state, not by the user
    DockShares *m_dockShares = nullptr;
    QList<std::pair<QDockWidget *, Qt::DockWidgetArea>> m_docks; // with their first-start places
};
