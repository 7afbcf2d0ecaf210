// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class ProjectDocument;
class QAction;
class QLabel;
class QWidget;

// The public-mode switch of the main window: a checkable action (View → Public mode), a banner
// above the map while it is on, and the question before leaving it. Core does the hiding
// (ProjectDocument::setPublicMode); this only asks, switches, remembers (Settings::publicMode,
// so that a restart during a fair comes back in public mode) and says so. GUI thread.
class PublicModeSwitch : public QObject
{
    Q_OBJECT
public:
    // Whether the user really wants to leave public mode. The default asks with a message box;
    // with INVESTATLAS_NO_DIALOGS set (tests, scripted runs) it answers no: staying public is
    // the safe side.
    using Confirm = std::function<bool(QWidget *parent)>;

    PublicModeSwitch(QWidget *window, QLabel *banner);
    QAction *action() const { return m_action; }
    void setConfirmation(Confirm confirm) { m_confirm = std::move(confirm); }

    // The open project (nullptr: none); it is put in the remembered mode.
    void setDocument(ProjectDocument *document);
    // Switches on at once; off only after the confirmation. Returns whether the mode is now `on`.
    bool request(bool on);
    bool isOn() const;

Q_SIGNALS:
    void switched(bool on);

private:
    void show(bool on);

    QWidget *m_window;
    QLabel *m_banner;
    QAction *m_action;
    ProjectDocument *m_document = nullptr;
    Confirm m_confirm;
};
