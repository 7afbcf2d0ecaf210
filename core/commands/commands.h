// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/changeset.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUndoCommand>

#include <memory>
#include <optional>

class ProjectDocument;

// One undoable edit of the project: a ChangeSet applied in one transaction. Owns its change set;
// never touches widgets. Announces what it changed through the document's notifier.
class ProjectCommand : public QUndoCommand
{
public:
    ProjectCommand(ProjectDocument &document, ChangeSet changes, const QString &text);
    void redo() override;
    void undo() override;

private:
    friend class Commands;
    void announce(bool forward);
    ProjectDocument &m_document;
    ChangeSet m_changes;
    bool m_appliedOnce = false;
};

// The façade for every edit of an open project: each function builds a command, applies it, and
// puts it on the document's undo stack only when it succeeded, so a failed edit leaves neither
// data nor a history entry.
class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
public:
    // Applies `changes` as one undoable step called `text` (spreadsheet import, …).
    static Status apply(ProjectDocument &document, ChangeSet changes, const QString &text);

    // Changes columns of one project (name, amounts, dates, stage …). A changed stage is recorded
    // in the activity log in the same command. Refused when the result breaks ProjectRules.
    static Status editProject(ProjectDocument &document, qint64 fid, const QVariantMap &changes,
                              const QString &author,
                              const std::optional<QList<qint64>> &parcels = std::nullopt);
    // Adds a project; `values` must hold at least name and stage. Returns the new fid.
    static Result<qint64> addProject(ProjectDocument &document, const QVariantMap &values,
                                     const QString &author, const QList<qint64> &parcels = {});
    // Deletes a project with its events and parcel links.
    static Status deleteProject(ProjectDocument &document, qint64 fid);
    // Adds an activity (visit, meeting, note …) to a project's log; an optional follow_up_date
    // (not before the activity's date) puts it on the warnings list when it comes.
    static Status addEvent(ProjectDocument &document, qint64 fid, const QVariantMap &event);
    // Records the funds actually arrived for a project in `month` (YYYY-MM), in 万元, replacing
    // what that month held; `amountWan` null removes the month. Undoable.
    static Status setFunds(ProjectDocument &document, qint64 fid, const QString &month,
                           const std::optional<double> &amountWan, const QString &note = {});
    // The row change that makes a project's month hold `amountWan` (none when it already
    // does); `nextKey` is the key a new row takes, advanced when used. For imports.
    static Status fundsChange(ChangeSet &set, ProjectFile &project, qint64 fid,
                              const QString &month, const std::optional<double> &amountWan,
                              const QString &note, qint64 &nextKey);

    // Building blocks for change sets made elsewhere (spreadsheet import):
    // the activity-log row that records a stage change;
    static RowChange stageEvent(qint64 fid, const QString &stage, const QVariant &date,
                                const QString &author, qint64 key);
    // the link rows that make a project's parcels exactly `parcels`;
    static Status linkParcels(ChangeSet &set, ProjectFile &project, qint64 fid,
                              const QList<qint64> &parcels);
    // the deletion of the rows that refer to row `key` (table, referring column), to go before
    // the row's own deletion so that undo restores the row first;
    static Status deleteDependents(ChangeSet &set, ProjectFile &project,
                                   const QList<std::pair<QString, QString>> &references,
                                   qint64 key);
    // the next unused key of a table (AUTOINCREMENT never reuses one, not even after an undo).
    static qint64 nextKey(ProjectFile &project, const QString &table, const QString &keyColumn);
};
