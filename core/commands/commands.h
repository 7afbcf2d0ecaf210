// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/changeset.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>
#include <QUndoCommand>

#include <memory>
#include <optional>

class QUndoStack;

// Tells everyone who shows project data (ledger model, map, details) which tables changed.
// One per open project; lives on the GUI thread.
class ProjectNotifier : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void tablesChanged(const QStringList &tables);
    // An undo or redo failed (disk full, file locked): the data is as it was before the attempt.
    void commandFailed(const QString &message);
};

// One undoable edit of the project: a ChangeSet applied in one transaction. Owns its change set;
// never touches widgets.
class ProjectCommand : public QUndoCommand
{
public:
    ProjectCommand(ProjectFile &project, ProjectNotifier *notifier, ChangeSet changes,
                   const QString &text);
    void redo() override;
    void undo() override;

private:
    friend class Commands;
    void announce();
    ProjectFile &m_project;
    ProjectNotifier *m_notifier;
    ChangeSet m_changes;
    bool m_appliedOnce = false;
};

// The façade for every edit: each function builds a command, applies it, and puts it on the undo
// stack only when it succeeded, so a failed edit leaves neither data nor a history entry.
class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
public:
    static Status push(QUndoStack &stack, std::unique_ptr<ProjectCommand> command);

    // Changes columns of one project (name, amounts, dates, stage …). A changed stage is recorded
    // in the activity log in the same command. Refused when the result breaks the lifecycle rules.
    static Status editProject(QUndoStack &stack, ProjectFile &project, ProjectNotifier *notifier,
                              qint64 fid, const QVariantMap &changes, const QString &author,
                              const std::optional<QList<qint64>> &parcels = std::nullopt);
    // Adds a project; `values` must hold at least name and stage. Returns the new fid.
    static Result<qint64> addProject(QUndoStack &stack, ProjectFile &project,
                                     ProjectNotifier *notifier, const QVariantMap &values,
                                     const QString &author, const QList<qint64> &parcels = {});
    // Deletes a project with its events and parcel links.
    static Status deleteProject(QUndoStack &stack, ProjectFile &project, ProjectNotifier *notifier,
                                qint64 fid);
    // Adds an activity (visit, meeting, note …) to a project's log.
    static Status addEvent(QUndoStack &stack, ProjectFile &project, ProjectNotifier *notifier,
                           qint64 fid, const QVariantMap &event);

    // Building blocks for commands made elsewhere (spreadsheet import):
    // the rules every stored project obeys (name, stage, non-negative amounts, lifecycle);
    static Status checkProject(const QVariantMap &values);
    // the activity-log row that records a stage change;
    static RowChange stageEvent(qint64 fid, const QString &stage, const QVariant &date,
                                const QString &author, qint64 key);
    // the link rows that make a project's parcels exactly `parcels`;
    static Status linkParcels(ChangeSet &set, ProjectFile &project, qint64 fid,
                              const QList<qint64> &parcels);
    // the next unused key of a table (AUTOINCREMENT never reuses one, not even after an undo).
    static qint64 nextKey(ProjectFile &project, const QString &table, const QString &keyColumn);
};
