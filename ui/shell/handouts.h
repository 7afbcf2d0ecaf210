// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class MapCanvas;
class ProjectDocument;
class QMenu;
class QWidget;

// What a presenter hands out, in the File menu: the park brochure (a submenu with one entry per
// park), the public copy of the project for investors, and the map export (PNG or PDF). Each
// asks what it needs and has core write the file; the shell only says where messages go.
// GUI thread.
class Handouts : public QObject
{
    Q_OBJECT
public:
    Handouts(QWidget *window, MapCanvas *canvas, QMenu *file);
    void setDocument(ProjectDocument *document);
    // The parks changed (names, added, removed): the brochure submenu follows.
    void refreshParks();

    void exportPublicCopy();
    void writeBrochure(const QString &park);
    void exportMap();

Q_SIGNALS:
    void message(const QString &text); // for the status bar
    void failed(const QString &title, const QString &message);

private:
    QWidget *m_window;
    MapCanvas *m_canvas;
    QMenu *m_brochures;
    ProjectDocument *m_document = nullptr;
};
