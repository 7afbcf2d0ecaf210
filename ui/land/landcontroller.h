// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class DrawParcelTool;
class EditTool;
class LandDialog;
class MapCanvas;
class MatchDialog;
class ProjectDocument;
class ProjectLandTool;
class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QToolBar;
class SplitTool;
class VertexTool;

// Land in the main window: the Land menu and the land toolbar (draw parcels, edit their corners,
// split, merge, delete, place a project, link parcels to it), the parcel editor, the land
// dialog (idle land per unit, 腾笼换鸟) and 精准匹配. The main window creates it, gives it the open
// document and says which project the ledger has chosen; the controller owns its tools (children
// of the canvas), actions and dialogs. Every edit goes through core commands and is undoable.
// GUI thread.
class LandController : public QObject
{
    Q_OBJECT
public:
    LandController(QMainWindow *window, MapCanvas *canvas);

    void setDocument(ProjectDocument *document);
    // Enables what the open project allows: no edits when it is read-only or public, no land
    // report or grade map in public mode (they are made of confidential 亩均 figures).
    void updateEnabled();
    void setCurrentProject(std::function<qint64()> current);

    QMenu *menu() const { return m_menu; }
    QToolBar *toolBar() const { return m_toolBar; }
    QAction *action(const QString &name) const; // by object name, for tests
    DrawParcelTool *drawTool() const { return m_draw; }
    VertexTool *vertexTool() const { return m_vertices; }
    SplitTool *splitTool() const { return m_split; }
    ProjectLandTool *linkTool() const { return m_link; }
    ProjectLandTool *placeTool() const { return m_place; }
    LandDialog *landDialog() const;
    MatchDialog *matchDialog() const;

    // Selects the parcel on the map, shows it, and says so (parcelShown).
    void showParcel(qint64 fid);
    void editParcel(qint64 fid);
    void openLandDialog();
    void openMatchDialog();
    void mergeSelected();
    void deleteSelected();
    void showGradeMap();

Q_SIGNALS:
    void parcelShown(qint64 fid);

private:
    QList<qint64> selectedParcels() const;
    void say(const QString &text, bool problem);
    std::optional<QVariantMap> askNewParcel(double areaMu);
    void addTool(EditTool *tool, const QString &text, const QString &tip);
    bool confirm(const QString &title, const QString &question);

    QMainWindow *m_window;
    MapCanvas *m_canvas;
    ProjectDocument *m_document = nullptr; // set to null before it goes
    std::function<qint64()> m_currentProject;
    QMenu *m_menu;
    QToolBar *m_toolBar;
    QActionGroup *m_tools;
    QAction *m_pan = nullptr;
    QList<QAction *> m_editActions;
    QList<QAction *> m_officeActions;
    QList<EditTool *> m_editTools;
    DrawParcelTool *m_draw;
    VertexTool *m_vertices;
    SplitTool *m_split;
    ProjectLandTool *m_place;
    ProjectLandTool *m_link;
    QPointer<LandDialog> m_landDialog;
    QPointer<MatchDialog> m_matchDialog;
};
