// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/commands.h"

#include "core/domain/domain.h"
#include "core/domain/projectrules.h"
#include "core/project/projectdocument.h"
#include "core/project/projectnotifier.h"
#include "core/storage/projectfile.h"

#include <QDate>
#include <QVariant>

#include <QSet>
#include <QUndoStack>
#include <cmath>

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
    // Public mode shows no confidential field, so an edit made in it could not see what it
    // overwrites (the editor would save the blanks). Edits wait until the office view is back.
    if (document.isPublic())
        return Error{tr("Public mode is on: the project cannot be changed until you leave it "
                        "(View → Public mode).")};
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
    QList<std::pair<QString, QString>> dependents{
        {QStringLiteral("project_events"), QStringLiteral("project_id")},
        {QStringLiteral("project_parcels"), QStringLiteral("project_id")}};
    if (project.schemaVersion() >= 4)
        dependents.append({QStringLiteral("project_funds"), QStringLiteral("project_id")});
    if (Status done = deleteDependents(set, project, dependents, fid); !done)
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
    const QVariant followUp = event.value(QStringLiteral("follow_up_date"));
    if (!followUp.isNull() && !followUp.toString().isEmpty()) {
        if (project.schemaVersion() < 4)
            return Error{tr("This project file is too old for follow-up dates; open it for "
                            "editing to upgrade it.")};
        const QDate date = QDate::fromString(followUp.toString(), Qt::ISODate);
        if (!date.isValid())
            return Error{tr("A follow-up date is written YYYY-MM-DD.")};
        if (date
            < QDate::fromString(event.value(QStringLiteral("event_date")).toString(), Qt::ISODate))
            return Error{tr("The follow-up date is before the activity itself.")};
    }
    const qint64 key = nextKey(project, QStringLiteral("project_events"), QStringLiteral("id"));
    QVariantMap row = event;
    if (followUp.toString().isEmpty())
        row.remove(QStringLiteral("follow_up_date"));
    row.insert(QStringLiteral("id"), key);
    row.insert(QStringLiteral("project_id"), fid);
    ChangeSet set;
    set.add({QStringLiteral("project_events"), QStringLiteral("id"), key, {}, row});
    return apply(document, std::move(set), tr("Add activity"));
}

Status Commands::fundsChange(ChangeSet &set, ProjectFile &project, qint64 fid, const QString &month,
                             const std::optional<double> &amountWan, const QString &note,
                             qint64 &nextKey)
{
    if (project.schemaVersion() < 4)
        return Error{tr("This project file is too old to record funds arrived; open it for "
                        "editing to upgrade it.")};
    if (!QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate).isValid())
        return Error{tr("\"%1\" is not a month (YYYY-MM).").arg(month)};
    if (amountWan && (*amountWan < 0 || !std::isfinite(*amountWan)))
        return Error{tr("Funds arrived cannot be negative.")};
    auto id = project.db().scalar(
        QStringLiteral("SELECT id FROM project_funds WHERE project_id = ?1 AND month = ?2"),
        {fid, month});
    if (!id)
        return id.error();
    QVariantMap before;
    qint64 key = 0;
    if (id->isValid()) {
        key = id->toLongLong();
        auto row = ChangeSet::readRow(project, QStringLiteral("project_funds"),
                                      QStringLiteral("id"), key);
        if (!row)
            return row.error();
        before = *row;
    } else {
        if (!amountWan)
            return {}; // nothing recorded, nothing to remove
        key = nextKey++;
    }
    QVariantMap after;
    if (amountWan) {
        after = {{QStringLiteral("id"), key},
                 {QStringLiteral("project_id"), fid},
                 {QStringLiteral("month"), month},
                 {QStringLiteral("amount_wan"), std::round(*amountWan * 1e6) / 1e6},
                 {QStringLiteral("note"), note.trimmed().isEmpty() ? QVariant() : note.trimmed()}};
    }
    if (before == after)
        return {};
    set.add({QStringLiteral("project_funds"), QStringLiteral("id"), key, before, after});
    return {};
}

Status Commands::setFunds(ProjectDocument &document, qint64 fid, const QString &month,
                          const std::optional<double> &amountWan, const QString &note)
{
    ProjectFile &project = document.store();
    ChangeSet set;
    qint64 key = project.schemaVersion() >= 4
                     ? nextKey(project, QStringLiteral("project_funds"), QStringLiteral("id"))
                     : 0;
    if (Status made = fundsChange(set, project, fid, month, amountWan, note, key); !made)
        return made;
    if (set.isEmpty())
        return {};
    return apply(document, std::move(set),
                 amountWan ? tr("Record funds arrived for %1").arg(month)
                           : tr("Remove funds arrived for %1").arg(month));
}
