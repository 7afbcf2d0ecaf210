// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class MapCanvas;
class PresentationWindow;
class ProjectDocument;
class PublicModeSwitch;
class QAction;
class QMenu;
class QWidget;
class XyzTileSource;

// The View → Present menu: start the presentation (F11) on the chosen screen, in the chosen
// language, with a tour or without; edit the tours. Asks to switch public mode on first (an
// audience must not see confidential data). Keeps OpenStreetMap out of what the room sees:
// basemaps in a presentation come from Tianditu (with its 审图号) or the user's own MBTiles.
// GUI thread.
class PresentationController : public QObject
{
    Q_OBJECT
public:
    PresentationController(QWidget *window, MapCanvas *canvas, PublicModeSwitch *publicMode,
                           QMenu *view);
    void setDocument(ProjectDocument *document);
    QAction *startAction() const { return m_start; }
    PresentationWindow *window() const; // the running presentation, or nullptr

    // Starts presenting, with the tour of this id (0: the map alone).
    void present(qint64 tourId);
    void editTours();

Q_SIGNALS:
    void message(const QString &text);

private:
    void refreshMenus();
    bool english() const;
    std::pair<std::shared_ptr<XyzTileSource>, std::shared_ptr<XyzTileSource>> tianditu() const;

    QWidget *m_window;
    MapCanvas *m_canvas;
    PublicModeSwitch *m_publicMode;
    ProjectDocument *m_document = nullptr;
    QMenu *m_menu, *m_tours, *m_screens, *m_languages;
    QAction *m_start;
    int m_screen = 0;
    QPointer<PresentationWindow> m_presentation;
};
