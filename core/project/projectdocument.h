// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

class MapDocument;
class ProjectFile;
class ProjectNotifier;
class QUndoStack;

// One open project (the role of QGIS's QgsProject, without its singleton): owns the store (the
// GeoPackage connection), the undo stack, the change notifier and the map document. Whoever opens
// a project creates one and passes it on — the main window, the command-line tool, a test. Every
// edit goes through Commands on this object. GUI thread (the thread that opened it).
class ProjectDocument : public QObject
{
    Q_OBJECT
public:
    // Opens a project file (upgrading an older schema after a backup) and its map layers.
    static Result<std::unique_ptr<ProjectDocument>> open(const QString &path);
    // Wraps an already open store; the map layers are opened by openMap().
    explicit ProjectDocument(std::unique_ptr<ProjectFile> store, QObject *parent = nullptr);
    ~ProjectDocument() override;

    QString path() const;
    ProjectFile &store() { return *m_store; }
    QUndoStack &undoStack() { return *m_undoStack; }
    ProjectNotifier &notifier() { return *m_notifier; }
    MapDocument &map() { return *m_map; }

    // Opens the map layers and applies the map state saved in the file.
    Status openMap();
    // Writes the map state (layers, basemap, extent) when it changed; nothing otherwise.
    Status saveMapState();

    // Checks whether another program (a second window, QGIS, a script) changed the file since
    // the last look; if so, the views refresh and the undo history, which no longer matches the
    // file, is cleared. Called every few seconds by the document itself.
    void checkForExternalChanges();

    // A complete, consistent copy of the open file at `path`, written under a temporary name
    // and renamed into place only when complete (VACUUM INTO).
    Status saveCopy(const QString &path);

    // Public mode, the one switch for showing the project to an audience: the store's audience
    // becomes Fields::Audience::Public, so every reader in core (ledger queries, details,
    // lookups, stats, exports, the map layers) leaves confidential projects and fields out, and
    // edits are refused (Commands). Every view refreshes through the notifier. Asking the user
    // before leaving it is the application's part.
    bool isPublic() const;
    Status setPublicMode(bool on);

Q_SIGNALS:
    // Another program changed the file; the views have refreshed.
    void changedElsewhere();
    // Public mode was switched; the views have refreshed.
    void publicModeChanged(bool on);

private:
    void announceEverything(); // every table changed: every view refreshes
    std::unique_ptr<ProjectFile> m_store;
    qint64 m_dataVersion = -1;
    QUndoStack *m_undoStack = nullptr;
    ProjectNotifier *m_notifier = nullptr;
    MapDocument *m_map = nullptr;
};
