// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class DetailsPanel;
class LayerPanel;
class MapCanvas;
class ProjectFile;
class LedgerPanel;
class ProjectNotifier;
class QLabel;
class QMenu;
class QTableView;
class QUndoStack;

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
    ProjectFile *project() const { return m_project.get(); }
    QTableView *ledgerView() const;
    QUndoStack *undoStack() const { return m_undoStack; }
    MapCanvas *mapCanvas() const { return m_canvas; }
    static QString demoProjectPath();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void setProject(std::unique_ptr<ProjectFile> project);
    void refreshRecentMenu();
    void updateTitle();
    void newProject();
    void openDialog();
    void saveAs();
    void showAbout();
    void setLanguage(const QString &language);
    void showError(const QString &title, const QString &message);
    void loadMap();
    void addMbTiles();
    void setBasemap(std::shared_ptr<class TileSource> base, std::shared_ptr<TileSource> overlay);
    void useTianditu(const QString &base, const QString &annotation);
    void editPreferences();
    void refreshViewsMenu();
    void saveCurrentView();
    void selectFromMap(const QString &layer, qint64 fid);
    void selectFromLedger(qint64 fid);
    void editProject(qint64 fid); // 0: a new project
    void deleteCurrentProject();
    void importLedger();
    void exportLedger();
    void dataChanged(const QStringList &tables);

    std::unique_ptr<ProjectFile> m_project;
    QUndoStack *m_undoStack = nullptr;
    MapCanvas *m_canvas = nullptr;
    LayerPanel *m_layerPanel = nullptr;
    DetailsPanel *m_detailsPanel = nullptr;
    LedgerPanel *m_ledger = nullptr;
    ProjectNotifier *m_notifier = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_viewsMenu = nullptr;
    QLabel *m_statusCounts = nullptr;
    QLabel *m_coordinates = nullptr;
    QAction *m_showGaussKruger = nullptr;
};
