// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class DetailsPanel;
class DockShares;
class QDockWidget;
class LandController;
class LayerPanel;
class MapCanvas;
class LedgerPanel;
class ProjectChange;
class ProjectDocument;
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
    LandController *land() const { return m_land; }
    static QString demoProjectPath();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    void createDocks();
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

    std::unique_ptr<ProjectDocument> m_document;
    QUndoGroup *m_undoGroup = nullptr;
    MapCanvas *m_canvas = nullptr;
    LayerPanel *m_layerPanel = nullptr;
    DetailsPanel *m_detailsPanel = nullptr;
    LedgerPanel *m_ledger = nullptr;
    LandController *m_land = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_viewsMenu = nullptr;
    QLabel *m_statusCounts = nullptr;
    QLabel *m_coordinates = nullptr;
    QAction *m_showGaussKruger = nullptr;
    QAction *m_importAction = nullptr;
    QList<QAction *> m_editActions; // disabled while the project is read-only
    QLabel *m_readOnlyBanner = nullptr;
    bool m_restoringView = false; // the canvas is placed from the saved state, not by the user
    DockShares *m_dockShares = nullptr;
    QList<std::pair<QDockWidget *, Qt::DockWidgetArea>> m_docks; // with their first-start places
};
