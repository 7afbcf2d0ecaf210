// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/lookups.h"

#include "core/domain/fields.h"
#include "core/storage/projectfile.h"

#include <cmath>

namespace Lookups {

namespace {

Result<QList<Choice>> choices(ProjectFile &project, const QString &table, Order order)
{
    auto stmt = project.db().prepare(
        QStringLiteral("SELECT fid, name FROM %1 ORDER BY %2")
            .arg(SqliteDb::quoted(table),
                 order == Order::Name ? QStringLiteral("name, fid") : QStringLiteral("fid")));
    if (!stmt)
        return stmt.error();
    QList<Choice> list;
    if (Status done = stmt->forEachRow([&] {
            list.append({stmt->int64(0), stmt->text(1)});
        });
        !done)
        return done.error();
    return list;
}

} // namespace

Result<QList<Choice>> units(ProjectFile &project, Order order)
{
    return choices(project, QStringLiteral("units"), order);
}

Result<QList<Choice>> parks(ProjectFile &project, Order order)
{
    return choices(project, QStringLiteral("parks"), order);
}

Result<QList<Choice>> references(ProjectFile &project, const QString &table)
{
    if (table != QLatin1String("units") && table != QLatin1String("parks"))
        return Error{QStringLiteral("no choices for %1").arg(table)}; // a programming error
    return choices(project, table, Order::Key);
}

Result<QStringList> chains(ProjectFile &project)
{
    auto stmt = project.db().prepare(
        QStringLiteral(
            "SELECT DISTINCT chain FROM projects WHERE chain IS NOT NULL AND chain != '' "
            "AND %1 ORDER BY chain")
            .arg(Fields::visibleRows(QStringLiteral("projects"), project.audience())));
    if (!stmt)
        return stmt.error();
    QStringList list;
    if (Status done = stmt->forEachRow([&] { list << stmt->text(0); }); !done)
        return done.error();
    return list;
}

Result<QList<Parcel>> parcels(ProjectFile &project, const QVariant &parkId,
                              const QSet<qint64> &also)
{
    QVariantList args{parkId.isNull() ? QVariant(-1) : parkId};
    QStringList placeholders;
    for (qint64 fid : also) {
        args << fid;
        placeholders << QStringLiteral("?%1").arg(args.size());
    }
    auto stmt = project.db().prepare(
        QStringLiteral("SELECT p.fid, p.code, k.name, p.status, p.area_mu FROM parcels p "
                       "LEFT JOIN parks k ON k.fid = p.park_id "
                       "WHERE p.park_id = ?1 OR p.fid IN (%1) ORDER BY p.code, p.fid")
            .arg(placeholders.isEmpty() ? QStringLiteral("NULL")
                                        : placeholders.join(QLatin1Char(','))));
    if (!stmt)
        return stmt.error();
    stmt->bindAll(args);
    QList<Parcel> list;
    if (Status done = stmt->forEachRow([&] {
            list.append(
                {stmt->int64(0), stmt->text(1), stmt->text(2), stmt->text(3), stmt->real(4)});
        });
        !done)
        return done.error();
    return list;
}

Result<QSet<qint64>> linkedParcels(ProjectFile &project, qint64 projectFid)
{
    auto stmt = project.db().prepare(
        QStringLiteral("SELECT parcel_id FROM project_parcels l WHERE project_id = ?1 AND %1")
            .arg(Fields::visibleRows(QStringLiteral("project_parcels"), project.audience(),
                                     QStringLiteral("l"))));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, projectFid);
    QSet<qint64> linked;
    if (Status done = stmt->forEachRow([&] { linked.insert(stmt->int64(0)); }); !done)
        return done.error();
    return linked;
}

Result<QList<Event>> events(ProjectFile &project, qint64 projectFid)
{
    // For the public: only a visible project's log, and of it what the catalogue lets through; a
    // file of an older schema, read as it is, has no follow-up dates.
    auto column = [&](const char *key) {
        const Field *field = Fields::find(Fields::events(), QLatin1String(key));
        if (!field || !Fields::isShownTo(*field, project.audience())
            || !project.db().columnExists(QStringLiteral("project_events"), Fields::column(*field)))
            return QStringLiteral("NULL");
        return Fields::column(*field);
    };
    auto stmt = project.db().prepare(
        QStringLiteral("SELECT id, event_date, kind, stage, %1, %2, %3 FROM project_events e "
                       "WHERE project_id = ?1 AND %4 ORDER BY event_date DESC, id DESC")
            .arg(column("text"), column("author"), column("follow_up"),
                 Fields::visibleRows(QStringLiteral("project_events"), project.audience(),
                                     QStringLiteral("e"))));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, projectFid);
    QList<Event> list;
    if (Status done = stmt->forEachRow([&] {
            list.append({stmt->int64(0), stmt->text(1), stmt->text(2), stmt->text(3), stmt->text(4),
                         stmt->text(5), stmt->text(6)});
        });
        !done)
        return done.error();
    return list;
}

Result<QList<FundsMonth>> funds(ProjectFile &project, qint64 projectFid)
{
    QList<FundsMonth> list;
    // Amounts are confidential: the public sees none (and an older schema has none).
    const Field *amount = Fields::find(Fields::funds(), QStringLiteral("amount"));
    if (project.schemaVersion() < 4 || !Fields::isShownTo(*amount, project.audience()))
        return list;
    auto stmt = project.db().prepare(
        QStringLiteral("SELECT id, month, amount_wan, note FROM project_funds "
                       "WHERE project_id = ?1 ORDER BY month"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, projectFid);
    if (Status done = stmt->forEachRow([&] {
            list.append({stmt->int64(0), stmt->text(1), stmt->real(2), stmt->text(3)});
        });
        !done)
        return done.error();
    return list;
}

namespace {

std::optional<double> optionalReal(SqliteStatement &stmt, int column)
{
    return stmt.isNull(column) ? std::nullopt : std::optional<double>(stmt.real(column));
}

// The grade lines of the row the statement stands on, from column `first` on (tax A, B, C,
// output A, B, C).
GradeThresholds linesAt(SqliteStatement &stmt, int first)
{
    GradeThresholds lines;
    lines.taxA = stmt.real(first);
    lines.taxB = stmt.real(first + 1);
    lines.taxC = stmt.real(first + 2);
    lines.outputA = optionalReal(stmt, first + 3);
    lines.outputB = optionalReal(stmt, first + 4);
    lines.outputC = optionalReal(stmt, first + 5);
    return lines;
}

} // namespace

Result<QList<ParcelEvent>> parcelEvents(ProjectFile &project, qint64 parcelFid)
{
    auto stmt = project.db().prepare(QStringLiteral(
        "SELECT id, event_date, kind, status, category, text, author, area_mu "
        "FROM parcel_events WHERE parcel_id = ?1 ORDER BY event_date DESC, id DESC"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, parcelFid);
    QList<ParcelEvent> list;
    if (Status done = stmt->forEachRow([&] {
            list.append({stmt->int64(0), stmt->text(1), stmt->text(2), stmt->text(3), stmt->text(4),
                         stmt->text(5), stmt->text(6), optionalReal(*stmt, 7)});
        });
        !done)
        return done.error();
    return list;
}

Result<QList<ParcelYear>> parcelYears(ProjectFile &project, qint64 parcelFid)
{
    auto stmt = project.db().prepare(
        QStringLiteral("SELECT id, year, tax_wan, output_wan, investment_wan, far FROM "
                       "parcel_yearly WHERE parcel_id = ?1 ORDER BY year DESC"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, parcelFid);
    QList<ParcelYear> list;
    if (Status done = stmt->forEachRow([&] {
            list.append({stmt->int64(0), int(stmt->int64(1)), optionalReal(*stmt, 2),
                         optionalReal(*stmt, 3), optionalReal(*stmt, 4), optionalReal(*stmt, 5)});
        });
        !done)
        return done.error();
    return list;
}

bool LandNeed::differs() const
{
    return needMu && *needMu > 0 && parcels > 0 && std::abs(linkedMu - *needMu) > 0.1 * *needMu;
}

Result<LandNeed> landNeed(ProjectFile &project, qint64 projectFid)
{
    auto stmt = project.db().prepare(QStringLiteral(
        "SELECT p.name, p.land_mu, (SELECT total(c.area_mu) FROM project_parcels l JOIN parcels c "
        "ON c.fid = l.parcel_id WHERE l.project_id = p.fid), (SELECT count(*) FROM "
        "project_parcels l WHERE l.project_id = p.fid) FROM projects p WHERE p.fid = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, projectFid);
    const SqliteStep row = stmt->step();
    if (row.failed())
        return row.error();
    LandNeed need;
    if (!row.hasRow())
        return need;
    need.project = stmt->text(0);
    need.needMu = optionalReal(*stmt, 1);
    need.linkedMu = stmt->real(2);
    need.parcels = int(stmt->int64(3));
    return need;
}

Result<std::optional<qint64>> parcelUnit(ProjectFile &project, qint64 parcelFid)
{
    auto unit = project.db().scalar(
        QStringLiteral("SELECT k.unit_id FROM parcels p JOIN parks k ON k.fid = p.park_id "
                       "WHERE p.fid = ?1"),
        {parcelFid});
    if (!unit)
        return unit.error();
    if (!unit->isValid() || unit->isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(unit->toLongLong());
}

Result<std::optional<int>> latestFigureYear(ProjectFile &project)
{
    auto year = project.db().scalar(QStringLiteral("SELECT max(year) FROM parcel_yearly"));
    if (!year)
        return year.error();
    if (!year->isValid() || year->isNull())
        return std::optional<int>();
    return std::optional<int>(year->toInt());
}

Result<GradeThresholds> gradeThresholds(ProjectFile &project, std::optional<qint64> unitFid)
{
    if (!unitFid)
        return GradeThresholds();
    auto stmt = project.db().prepare(
        QStringLiteral("SELECT tax_a, tax_b, tax_c, output_a, output_b, output_c FROM "
                       "land_grading WHERE unit_id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, *unitFid);
    const SqliteStep row = stmt->step();
    if (row.failed())
        return row.error();
    return row.hasRow() ? linesAt(*stmt, 0) : GradeThresholds();
}

Result<QHash<qint64, GradeThresholds>> allGradeThresholds(ProjectFile &project)
{
    auto stmt = project.db().prepare(
        QStringLiteral("SELECT unit_id, tax_a, tax_b, tax_c, output_a, output_b, output_c FROM "
                       "land_grading"));
    if (!stmt)
        return stmt.error();
    QHash<qint64, GradeThresholds> lines;
    if (Status done = stmt->forEachRow([&] { lines.insert(stmt->int64(0), linesAt(*stmt, 1)); });
        !done)
        return done.error();
    return lines;
}

} // namespace Lookups
