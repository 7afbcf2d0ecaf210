// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/parcelcommands.h"

#include "core/commands/commands.h"
#include "core/domain/domain.h"
#include "core/domain/parcellifecycle.h"
#include "core/geometry/geodesic.h"
#include "core/project/lookups.h"
#include "core/project/projectdocument.h"
#include "core/storage/gpkggeometry.h"
#include "core/storage/projectfile.h"
#include "core/storage/schema.h"

#include <ogr_geometry.h>

#include <algorithm>

namespace {

const QString kParcels = QStringLiteral("parcels");
const QString kFid = QStringLiteral("fid");
const QString kId = QStringLiteral("id");

QString statusLabel(const QString &status)
{
    return Domain::label(Domain::parcelStatuses(), status);
}

QString categoryLabel(const QString &category)
{
    return Domain::label(Domain::idleCategories(), category);
}

QString code(const QVariantMap &parcel)
{
    return parcel.value(QStringLiteral("code")).toString();
}

// Columns changed only through changeStatus and setCategory (they write the history) or computed.
bool isLifecycleColumn(const QString &column)
{
    return column == QLatin1String("status") || column == QLatin1String("status_date")
           || column == QLatin1String("idle_category") || column == QLatin1String("idle_since")
           || column == QLatin1String("grade");
}

} // namespace

Result<QVariantMap> ParcelCommands::readParcel(ProjectFile &project, qint64 fid)
{
    auto row = ChangeSet::readRow(project, kParcels, kFid, fid);
    if (!row)
        return row.error();
    if (row->isEmpty())
        return Error{tr("Parcel %1 no longer exists.").arg(fid)};
    return row;
}

RowChange ParcelCommands::event(qint64 parcelFid, qint64 key, const QString &kind,
                                const QDate &date, const QVariantMap &values)
{
    QVariantMap row = values;
    row.insert(kId, key);
    row.insert(QStringLiteral("parcel_id"), parcelFid);
    row.insert(QStringLiteral("event_date"), date.toString(Qt::ISODate));
    row.insert(QStringLiteral("kind"), kind);
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (it.value().typeId() == QMetaType::QString && it.value().toString().isEmpty())
            it.value() = QVariant();
    }
    return RowChange{QStringLiteral("parcel_events"), kId, key, {}, row};
}

Status ParcelCommands::regrade(ProjectFile &project, QVariantMap &parcel,
                               const QList<QVariantMap> *years, const GradeThresholds *given)
{
    std::optional<qint64> unit;
    const QVariant park = parcel.value(QStringLiteral("park_id"));
    if (!given && !park.isNull()) {
        auto found = project.db().scalar(QStringLiteral("SELECT unit_id FROM parks WHERE fid = ?1"),
                                         {park});
        if (!found)
            return found.error();
        if (found->isValid() && !found->isNull())
            unit = found->toLongLong();
    }
    auto lines = given ? Result<GradeThresholds>(*given) : Lookups::gradeThresholds(project, unit);
    if (!lines)
        return lines.error();
    QList<QVariantMap> read;
    if (!years) {
        auto stmt = project.db().prepare(
            QStringLiteral("SELECT year, tax_wan, output_wan FROM parcel_yearly WHERE "
                           "parcel_id = ?1"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, parcel.value(kFid));
        if (Status done = stmt->forEachRow([&] {
                read.append({{QStringLiteral("year"), stmt->value(0)},
                             {QStringLiteral("tax_wan"), stmt->value(1)},
                             {QStringLiteral("output_wan"), stmt->value(2)}});
            });
            !done)
            return done;
        years = &read;
    }
    double area = parcel.value(QStringLiteral("area_mu")).toDouble();
    if (!(area > 0)) {
        const QByteArray blob = parcel.value(QStringLiteral("geom")).toByteArray();
        area = Geodesic::blobAreaM2(blob.constData(), blob.size()) / Domain::kSquareMetresPerMu;
    }
    // The latest year with a tax figure.
    const QVariantMap *latest = nullptr;
    for (const QVariantMap &year : *years) {
        if (year.value(QStringLiteral("tax_wan")).isNull())
            continue;
        if (!latest
            || year.value(QStringLiteral("year")).toInt()
                   > latest->value(QStringLiteral("year")).toInt())
            latest = &year;
    }
    auto figure = [](const QVariant &v) {
        return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
    };
    const QString grade = LandGrade::current(
        *lines, area, latest ? figure(latest->value(QStringLiteral("tax_wan"))) : std::nullopt,
        latest ? figure(latest->value(QStringLiteral("output_wan"))) : std::nullopt,
        figure(parcel.value(QStringLiteral("tax_per_mu"))));
    parcel.insert(QStringLiteral("grade"), grade.isEmpty() ? QVariant() : QVariant(grade));
    return {};
}

Status ParcelCommands::changeStatus(ProjectDocument &document, qint64 fid, const QString &status,
                                    const QDate &date, const QString &author, const QString &note)
{
    ProjectFile &project = document.store();
    auto before = readParcel(project, fid);
    if (!before)
        return before.error();
    const QString from = before->value(QStringLiteral("status")).toString();
    if (status == from)
        return Error{tr("Parcel %1 is %2 already.").arg(code(*before), statusLabel(status))};
    if (const QString problem = ParcelLifecycle::transitionProblem(from, status);
        !problem.isEmpty())
        return Error{problem};
    if (!date.isValid())
        return Error{tr("A status change needs its date.")};
    const QDate since
        = QDate::fromString(before->value(QStringLiteral("status_date")).toString(), Qt::ISODate);
    if (since.isValid() && date < since)
        return Error{tr("Parcel %1 has been %2 since %3; the change cannot be dated before that.")
                         .arg(code(*before), statusLabel(from), since.toString(Qt::ISODate))};

    QVariantMap after = *before;
    after.insert(QStringLiteral("status"), status);
    after.insert(QStringLiteral("status_date"), date.toString(Qt::ISODate));
    ChangeSet set;
    qint64 key = Commands::nextKey(project, QStringLiteral("parcel_events"), kId);
    const QVariant area = before->value(QStringLiteral("area_mu"));
    const QString category = before->value(QStringLiteral("idle_category")).toString();
    set.add(event(fid, key++, QStringLiteral("status"), date,
                  {{QStringLiteral("status"), status},
                   {QStringLiteral("area_mu"), area},
                   {QStringLiteral("text"),
                    note.isEmpty() ? tr("Status changed to %1").arg(statusLabel(status)) : note},
                   {QStringLiteral("author"), author}}));
    if (!category.isEmpty() && !ParcelLifecycle::categoryFits(category, status)) {
        after.insert(QStringLiteral("idle_category"), QVariant());
        after.insert(QStringLiteral("idle_since"), QVariant());
        set.add(event(
            fid, key++, QStringLiteral("revitalised"), date,
            {{QStringLiteral("status"), status},
             {QStringLiteral("category"), category},
             {QStringLiteral("area_mu"), area},
             {QStringLiteral("text"),
              tr("%1 land revitalised: now %2").arg(categoryLabel(category), statusLabel(status))},
             {QStringLiteral("author"), author}}));
    }
    if (Status ok = ParcelLifecycle::check(after); !ok)
        return ok;
    set.add({kParcels, kFid, fid, *before, after});
    return Commands::apply(document, std::move(set),
                           tr("%1: %2").arg(code(*before), statusLabel(status)));
}

Status ParcelCommands::setCategory(ProjectDocument &document, qint64 fid, const QString &category,
                                   const QDate &date, const QString &author, const QString &note)
{
    ProjectFile &project = document.store();
    auto before = readParcel(project, fid);
    if (!before)
        return before.error();
    if (!date.isValid())
        return Error{tr("Idle land is found and revitalised on a date: give one.")};
    const QString status = before->value(QStringLiteral("status")).toString();
    const QString current = before->value(QStringLiteral("idle_category")).toString();
    QVariantMap after = *before;
    const qint64 key = Commands::nextKey(project, QStringLiteral("parcel_events"), kId);
    const QVariant area = before->value(QStringLiteral("area_mu"));
    ChangeSet set;
    QString text;
    if (category.isEmpty()) {
        if (current.isEmpty())
            return Error{tr("Parcel %1 is not idle or low-efficiency.").arg(code(*before))};
        const QDate since = QDate::fromString(
            before->value(QStringLiteral("idle_since")).toString(), Qt::ISODate);
        if (since.isValid() && date < since)
            return Error{
                tr("Parcel %1 has been %2 since %3; it cannot be revitalised before.")
                    .arg(code(*before), categoryLabel(current), since.toString(Qt::ISODate))};
        after.insert(QStringLiteral("idle_category"), QVariant());
        after.insert(QStringLiteral("idle_since"), QVariant());
        set.add(
            event(fid, key, QStringLiteral("revitalised"), date,
                  {{QStringLiteral("status"), status},
                   {QStringLiteral("category"), current},
                   {QStringLiteral("area_mu"), area},
                   {QStringLiteral("text"),
                    note.isEmpty() ? tr("%1 land revitalised").arg(categoryLabel(current)) : note},
                   {QStringLiteral("author"), author}}));
        text = tr("%1: revitalised").arg(code(*before));
    } else {
        if (!Domain::isValid(Domain::idleCategories(), category))
            return Error{
                tr("\"%1\" is not a category of idle or low-efficiency land.").arg(category)};
        if (category == current)
            return Error{
                tr("Parcel %1 is %2 already.").arg(code(*before), categoryLabel(category))};
        after.insert(QStringLiteral("idle_category"), category);
        after.insert(QStringLiteral("idle_since"), date.toString(Qt::ISODate));
        set.add(event(fid, key, QStringLiteral("category"), date,
                      {{QStringLiteral("status"), status},
                       {QStringLiteral("category"), category},
                       {QStringLiteral("area_mu"), area},
                       {QStringLiteral("text"),
                        note.isEmpty() ? tr("Found %1").arg(categoryLabel(category)) : note},
                       {QStringLiteral("author"), author}}));
        text = tr("%1: %2").arg(code(*before), categoryLabel(category));
    }
    if (Status ok = ParcelLifecycle::check(after); !ok)
        return ok;
    set.add({kParcels, kFid, fid, *before, after});
    return Commands::apply(document, std::move(set), text);
}

Status ParcelCommands::addNote(ProjectDocument &document, qint64 fid, const QDate &date,
                               const QString &text, const QString &author)
{
    ProjectFile &project = document.store();
    auto parcel = readParcel(project, fid);
    if (!parcel)
        return parcel.error();
    if (!date.isValid() || text.trimmed().isEmpty())
        return Error{tr("A note needs a date and some text.")};
    ChangeSet set;
    set.add(event(fid, Commands::nextKey(project, QStringLiteral("parcel_events"), kId),
                  QStringLiteral("note"), date,
                  {{QStringLiteral("text"), text.trimmed()}, {QStringLiteral("author"), author}}));
    return Commands::apply(document, std::move(set), tr("%1: note").arg(code(*parcel)));
}

Status ParcelCommands::editParcel(ProjectDocument &document, qint64 fid, const QVariantMap &changes)
{
    ProjectFile &project = document.store();
    auto before = readParcel(project, fid);
    if (!before)
        return before.error();
    QVariantMap after = *before;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (!before->contains(it.key()))
            return Error{tr("Parcels have no field %1.").arg(it.key())};
        if (isLifecycleColumn(it.key()) && before->value(it.key()) != it.value())
            return Error{tr("%1 changes through a status change or an idle-land finding, which "
                            "the history records.")
                             .arg(it.key())};
        after.insert(it.key(), it.value());
    }
    if (Status ok = ParcelLifecycle::check(after); !ok)
        return ok;
    if (Status graded = regrade(project, after); !graded)
        return graded;
    ChangeSet set;
    set.add({kParcels, kFid, fid, *before, after});
    return Commands::apply(document, std::move(set), tr("Edit %1").arg(code(after)));
}

Status ParcelCommands::setYearFigures(ProjectDocument &document, qint64 fid, int year,
                                      const QVariantMap &values)
{
    ProjectFile &project = document.store();
    auto before = readParcel(project, fid);
    if (!before)
        return before.error();
    if (year < 1950 || year > 2100)
        return Error{tr("%1 is not a year.").arg(year)};
    static const QStringList columns{QStringLiteral("tax_wan"), QStringLiteral("output_wan"),
                                     QStringLiteral("investment_wan"), QStringLiteral("far")};
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!columns.contains(it.key()))
            return Error{tr("Yearly figures have no field %1.").arg(it.key())};
        if (!it.value().isNull() && it.value().toDouble() < 0)
            return Error{tr("Yearly figures cannot be negative.")};
    }
    auto read = ChangeSet::readRows(project, QStringLiteral("parcel_yearly"),
                                    QStringLiteral("parcel_id"), fid);
    if (!read)
        return read.error();
    QList<QVariantMap> years = *read;
    ChangeSet set;
    const bool remove
        = std::all_of(values.cbegin(), values.cend(), [](const QVariant &v) { return v.isNull(); });
    auto existing = std::find_if(years.begin(), years.end(), [&](const QVariantMap &row) {
        return row.value(QStringLiteral("year")).toInt() == year;
    });
    if (existing != years.end()) {
        const qint64 key = existing->value(kId).toLongLong();
        if (remove) {
            set.add({QStringLiteral("parcel_yearly"), kId, key, *existing, {}});
            years.erase(existing);
        } else {
            QVariantMap row = *existing;
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                row.insert(it.key(), it.value());
            set.add({QStringLiteral("parcel_yearly"), kId, key, *existing, row});
            *existing = row;
        }
    } else {
        if (remove)
            return {};
        const qint64 key = Commands::nextKey(project, QStringLiteral("parcel_yearly"), kId);
        QVariantMap row{
            {kId, key}, {QStringLiteral("parcel_id"), fid}, {QStringLiteral("year"), year}};
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            row.insert(it.key(), it.value());
        set.add({QStringLiteral("parcel_yearly"), kId, key, {}, row});
        years.append(row);
    }
    QVariantMap after = *before;
    if (Status graded = regrade(project, after, &years); !graded)
        return graded;
    if (after != *before)
        set.add({kParcels, kFid, fid, *before, after});
    return Commands::apply(document, std::move(set),
                           tr("%1: figures of %2").arg(code(*before)).arg(year));
}

Status ParcelCommands::setGradeThresholds(ProjectDocument &document, qint64 unitFid,
                                          const GradeThresholds &lines)
{
    if (!lines.isValid())
        return Error{tr("Grade lines must descend: A ≥ B ≥ C ≥ 0 (and all three output lines, "
                        "or none).")};
    ProjectFile &project = document.store();
    auto unit = ChangeSet::readRow(project, QStringLiteral("units"), kFid, unitFid);
    if (!unit)
        return unit.error();
    if (unit->isEmpty())
        return Error{tr("Unit %1 no longer exists.").arg(unitFid)};
    ChangeSet set;
    auto optional = [](std::optional<double> v) { return v ? QVariant(*v) : QVariant(); };
    auto id = project.db().scalar(QStringLiteral("SELECT id FROM land_grading WHERE unit_id = ?1"),
                                  {unitFid});
    if (!id)
        return id.error();
    const qint64 key = id->isValid()
                           ? id->toLongLong()
                           : Commands::nextKey(project, QStringLiteral("land_grading"), kId);
    QVariantMap row{{kId, key},
                    {QStringLiteral("unit_id"), unitFid},
                    {QStringLiteral("tax_a"), lines.taxA},
                    {QStringLiteral("tax_b"), lines.taxB},
                    {QStringLiteral("tax_c"), lines.taxC},
                    {QStringLiteral("output_a"), optional(lines.outputA)},
                    {QStringLiteral("output_b"), optional(lines.outputB)},
                    {QStringLiteral("output_c"), optional(lines.outputC)}};
    QVariantMap old;
    if (id->isValid()) {
        auto read = ChangeSet::readRow(project, QStringLiteral("land_grading"), kId, key);
        if (!read)
            return read.error();
        old = *read;
    }
    set.add({QStringLiteral("land_grading"), kId, key, old, row});
    // The unit's parcels, regraded by the new lines in the same step.
    auto parcels = project.db().prepare(
        QStringLiteral("SELECT p.fid FROM parcels p JOIN parks k ON k.fid = p.park_id WHERE "
                       "k.unit_id = ?1 ORDER BY p.fid"));
    if (!parcels)
        return parcels.error();
    parcels->bind(1, unitFid);
    QList<qint64> fids;
    if (Status done = parcels->forEachRow([&] { fids << parcels->int64(0); }); !done)
        return done;
    for (qint64 fid : fids) {
        auto before = readParcel(project, fid);
        if (!before)
            return before.error();
        QVariantMap after = *before;
        if (Status graded = regrade(project, after, nullptr, &lines); !graded)
            return graded;
        if (after.value(QStringLiteral("grade")) != before->value(QStringLiteral("grade")))
            set.add({kParcels, kFid, fid, *before, after});
    }
    return Commands::apply(
        document, std::move(set),
        tr("Grade lines of %1").arg(unit->value(QStringLiteral("name")).toString()));
}

Status ParcelCommands::linkParcels(ProjectDocument &document, qint64 projectFid,
                                   const QList<qint64> &add, const QList<qint64> &remove)
{
    ProjectFile &project = document.store();
    auto projectRow = ChangeSet::readRow(project, QStringLiteral("projects"), kFid, projectFid);
    if (!projectRow)
        return projectRow.error();
    if (projectRow->isEmpty())
        return Error{tr("Project %1 no longer exists.").arg(projectFid)};
    auto linked = Lookups::linkedParcels(project, projectFid);
    if (!linked)
        return linked.error();
    QSet<qint64> wanted = *linked;
    for (qint64 fid : add) {
        auto parcel = readParcel(project, fid);
        if (!parcel)
            return parcel.error();
        wanted.insert(fid);
    }
    for (qint64 fid : remove)
        wanted.remove(fid);
    if (wanted == *linked)
        return {};
    QList<qint64> list = wanted.values();
    std::sort(list.begin(), list.end());
    ChangeSet set;
    if (Status done = Commands::linkParcels(set, project, projectFid, list); !done)
        return done;
    return Commands::apply(
        document, std::move(set),
        tr("Link parcels to %1").arg(projectRow->value(QStringLiteral("name")).toString()));
}

Status ParcelCommands::moveProjectPoint(ProjectDocument &document, qint64 projectFid,
                                        const QPointF &lonLat)
{
    if (!(std::abs(lonLat.x()) <= 180 && std::abs(lonLat.y()) <= 90))
        return Error{tr("%1, %2 is not a longitude and latitude.").arg(lonLat.x()).arg(lonLat.y())};
    ProjectFile &project = document.store();
    auto before = ChangeSet::readRow(project, QStringLiteral("projects"), kFid, projectFid);
    if (!before)
        return before.error();
    if (before->isEmpty())
        return Error{tr("Project %1 no longer exists.").arg(projectFid)};
    QVariantMap after = *before;
    const OGRPoint point(lonLat.x(), lonLat.y());
    after.insert(QStringLiteral("geom"), GpkgGeometry::encode(point, Schema::kStorageSrsId));
    ChangeSet set;
    set.add({QStringLiteral("projects"), kFid, projectFid, *before, after});
    return Commands::apply(
        document, std::move(set),
        tr("Place %1 on the map").arg(before->value(QStringLiteral("name")).toString()));
}
