// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/commands.h"

#include "core/domain/domain.h"
#include "core/domain/projectrules.h"
#include "core/project/projectdocument.h"
#include "core/project/projectnotifier.h"
#include "core/storage/projectfile.h"

#include <QDate>
#include <QSet>
#include <QUndoStack>

ProjectCommand::ProjectCommand(ProjectDocument &document, ChangeSet changes, const QString &text)
    : m_document(document)
    , m_changes(std::move(changes))
{
    setText(text);
}

void ProjectCommand::announce(bool forward)
{
    Q_EMIT m_document.notifier().changed(m_changes.describe(forward));
}

void ProjectCommand::redo()
{
    if (!m_appliedOnce) { // Commands::apply applied it already
        m_appliedOnce = true;
        announce(true);
        return;
    }
    if (Status done = m_changes.apply(m_document.store()); !done) {
        setObsolete(true);
        Q_EMIT m_document.notifier().commandFailed(done.errorMessage());
        return;
    }
    announce(true);
}

void ProjectCommand::undo()
{
    if (Status done = m_changes.revert(m_document.store()); !done) {
        setObsolete(true);
        Q_EMIT m_document.notifier().commandFailed(done.errorMessage());
        return;
    }
    announce(false);
}

qint64 Commands::nextKey(ProjectFile &project, const QString &table, const QString &keyColumn)
{
    // AUTOINCREMENT never reuses a key, not even one freed by an undo.
    auto seq = project.db().scalar(
        QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = ?1"), {table});
    auto max = project.db().scalar(QStringLiteral("SELECT max(%1) FROM %2").arg(keyColumn, table));
    const qint64 used = std::max(seq && seq->isValid() ? seq->toLongLong() : 0,
                                 max && max->isValid() ? max->toLongLong() : 0);
    return used + 1;
}

RowChange Commands::stageEvent(qint64 fid, const QString &stage, const QVariant &date,
                               const QString &author, qint64 key)
{
    const QDate when
        = date.isNull() ? QDate::currentDate() : QDate::fromString(date.toString(), Qt::ISODate);
    return RowChange{
        QStringLiteral("project_events"),
        QStringLiteral("id"),
        key,
        {},
        {{QStringLiteral("id"), QVariant(key)},
         {QStringLiteral("project_id"), QVariant(fid)},
         {QStringLiteral("event_date"),
          QVariant((when.isValid() ? when : QDate::currentDate()).toString(Qt::ISODate))},
         {QStringLiteral("kind"), QVariant(QStringLiteral("stage"))},
         {QStringLiteral("stage"), QVariant(stage)},
         {QStringLiteral("text"),
          QVariant(
              Commands::tr("Stage changed to %1").arg(Domain::label(Domain::stages(), stage)))},
         {QStringLiteral("author"), author.isEmpty() ? QVariant() : QVariant(author)}}};
}

Status Commands::apply(ProjectDocument &document, ChangeSet changes, const QString &text)
{
    if (changes.isEmpty())
        return {};
    if (Status done = changes.apply(document.store()); !done)
        return done;
    // redo() only announces the first time
    document.undoStack().push(new ProjectCommand(document, std::move(changes), text));
    return {};
}

Status Commands::linkParcels(ChangeSet &set, ProjectFile &project, qint64 fid,
                             const QList<qint64> &parcels)
{
    auto stmt = project.db().prepare(QStringLiteral(
        "SELECT id, parcel_id FROM project_parcels WHERE project_id = ?1 ORDER BY id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, fid);
    QSet<qint64> linked;
    QList<std::pair<qint64, qint64>> rows;
    if (Status done = stmt->forEachRow([&] {
            rows.append({stmt->int64(0), stmt->int64(1)});
            linked.insert(stmt->int64(1));
        });
        !done)
        return done;
    for (const auto &[id, parcel] : rows) {
        if (!parcels.contains(parcel))
            set.add({QStringLiteral("project_parcels"),
                     QStringLiteral("id"),
                     id,
                     {{QStringLiteral("id"), id},
                      {QStringLiteral("project_id"), fid},
                      {QStringLiteral("parcel_id"), parcel}},
                     {}});
    }
    qint64 key = nextKey(project, QStringLiteral("project_parcels"), QStringLiteral("id"));
    for (qint64 parcel : parcels) {
        if (linked.contains(parcel))
            continue;
        set.add({QStringLiteral("project_parcels"),
                 QStringLiteral("id"),
                 key,
                 {},
                 {{QStringLiteral("id"), key},
                  {QStringLiteral("project_id"), fid},
                  {QStringLiteral("parcel_id"), parcel}}});
        ++key;
    }
    return {};
}

Status Commands::editProject(ProjectDocument &document, qint64 fid, const QVariantMap &changes,
                             const QString &author, const std::optional<QList<qint64>> &parcels)
{
    ProjectFile &project = document.store();
    auto before
        = ChangeSet::readRow(project, QStringLiteral("projects"), QStringLiteral("fid"), fid);
    if (!before)
        return before.error();
    if (before->isEmpty())
        return Error{tr("Project %1 no longer exists.").arg(fid)};
    QVariantMap after = *before;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (!before->contains(it.key()))
            return Error{tr("Projects have no field %1.").arg(it.key())};
        after.insert(it.key(), it.value());
    }
    if (Status ok = ProjectRules::check(after); !ok)
        return ok;
    ChangeSet set;
    set.add({QStringLiteral("projects"), QStringLiteral("fid"), fid, *before, after});
    const QString stage = after.value(QStringLiteral("stage")).toString();
    if (stage != before->value(QStringLiteral("stage")).toString())
        set.add(
            stageEvent(fid, stage, after.value(Domain::milestoneColumn(stage)), author,
                       nextKey(project, QStringLiteral("project_events"), QStringLiteral("id"))));
    if (parcels) {
        if (Status linked = linkParcels(set, project, fid, *parcels); !linked)
            return linked;
    }
    return apply(document, std::move(set),
                 tr("Edit %1").arg(after.value(QStringLiteral("name")).toString()));
}

Result<qint64> Commands::addProject(ProjectDocument &document, const QVariantMap &values,
                                    const QString &author, const QList<qint64> &parcels)
{
    ProjectFile &project = document.store();
    QVariantMap row = values;
    if (!row.contains(QStringLiteral("confidential")))
        row.insert(QStringLiteral("confidential"), 0);
    if (Status ok = ProjectRules::check(row); !ok)
        return ok.error();
    const qint64 fid = nextKey(project, QStringLiteral("projects"), QStringLiteral("fid"));
    row.insert(QStringLiteral("fid"), fid);
    ChangeSet set;
    set.add({QStringLiteral("projects"), QStringLiteral("fid"), fid, {}, row});
    const QString stage = row.value(QStringLiteral("stage")).toString();
    set.add(stageEvent(fid, stage, row.value(Domain::milestoneColumn(stage)), author,
                       nextKey(project, QStringLiteral("project_events"), QStringLiteral("id"))));
    if (Status linked = linkParcels(set, project, fid, parcels); !linked)
        return linked.error();
    if (Status done = apply(document, std::move(set),
                            tr("Add %1").arg(row.value(QStringLiteral("name")).toString()));
        !done)
        return done.error();
    return fid;
}

Status Commands::deleteProject(ProjectDocument &document, qint64 fid)
{
    ProjectFile &project = document.store();
    auto row = ChangeSet::readRow(project, QStringLiteral("projects"), QStringLiteral("fid"), fid);
    if (!row)
        return row.error();
    if (row->isEmpty())
        return Error{tr("Project %1 no longer exists.").arg(fid)};
    ChangeSet set;
    // Dependent rows go first so that undo (which walks backwards) restores the project first.
    if (Status done
        = deleteDependents(set, project,
                           {{QStringLiteral("project_events"), QStringLiteral("project_id")},
                            {QStringLiteral("project_parcels"), QStringLiteral("project_id")}},
                           fid);
        !done)
        return done;
    set.add({QStringLiteral("projects"), QStringLiteral("fid"), fid, *row, {}});
    return apply(document, std::move(set),
                 tr("Delete %1").arg(row->value(QStringLiteral("name")).toString()));
}

Status Commands::deleteDependents(ChangeSet &set, ProjectFile &project,
                                  const QList<std::pair<QString, QString>> &references, qint64 key)
{
    for (const auto &[table, column] : references) {
        auto rows = ChangeSet::readRows(project, table, column, key);
        if (!rows)
            return rows.error();
        for (const QVariantMap &row : *rows)
            set.add({table,
                     QStringLiteral("id"),
                     row.value(QStringLiteral("id")).toLongLong(),
                     row,
                     {}});
    }
    return {};
}

Status Commands::addEvent(ProjectDocument &document, qint64 fid, const QVariantMap &event)
{
    ProjectFile &project = document.store();
    const QString kind = event.value(QStringLiteral("kind")).toString();
    if (!Domain::isValid(Domain::eventKinds(), kind))
        return Error{tr("\"%1\" is not a kind of activity.").arg(kind)};
    if (!QDate::fromString(event.value(QStringLiteral("event_date")).toString(), Qt::ISODate)
             .isValid())
        return Error{tr("An activity needs a date (YYYY-MM-DD).")};
    const qint64 key = nextKey(project, QStringLiteral("project_events"), QStringLiteral("id"));
    QVariantMap row = event;
    row.insert(QStringLiteral("id"), key);
    row.insert(QStringLiteral("project_id"), fid);
    ChangeSet set;
    set.add({QStringLiteral("project_events"), QStringLiteral("id"), key, {}, row});
    return apply(document, std::move(set), tr("Add activity"));
}
