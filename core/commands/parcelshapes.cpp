// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/parcelshapes.h"

#include "core/commands/commands.h"
#include "core/commands/parcelcommands.h"
#include "core/domain/domain.h"
#include "core/domain/parcellifecycle.h"
#include "core/geometry/geodesic.h"
#include "core/project/lookups.h"
#include "core/project/projectdocument.h"
#include "core/storage/gpkggeometry.h"
#include "core/storage/projectfile.h"
#include "core/storage/schema.h"

#include <QLocale>

#include <ogr_api.h>
#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace {

const QString kParcels = QStringLiteral("parcels");
const QString kFid = QStringLiteral("fid");
const QString kId = QStringLiteral("id");
const QString kEvents = QStringLiteral("parcel_events");
const QString kYearly = QStringLiteral("parcel_yearly");
const QString kLinks = QStringLiteral("project_parcels");

// Within ~10 m: the box that finds the parcels a shape may touch.
constexpr double kNearDegrees = 1e-4;
// A registered area this close to the measured one was taken from the shape.
constexpr double kFromShape = 0.001;
// Money is kept to the fen.
constexpr double kFen = 1e6;

double measuredMu(const OGRGeometry &shape)
{
    return Geodesic::areaM2(shape) / Domain::kSquareMetresPerMu;
}

double roundedMu(double mu)
{
    return std::round(mu * 100) / 100;
}

QString mu(double value)
{
    return QLocale().toString(value, 'f', 2);
}

QString code(const QVariantMap &parcel)
{
    return parcel.value(QStringLiteral("code")).toString();
}

std::unique_ptr<OGRGeometry> shapeOf(const QVariantMap &parcel)
{
    return GpkgGeometry::decode(parcel.value(QStringLiteral("geom")).toByteArray());
}

QByteArray blob(const OGRGeometry &shape)
{
    return GpkgGeometry::encode(shape, Schema::kStorageSrsId);
}

// The shape made ready to store: polygons only, snapped onto neighbours' vertices, checked.
Result<std::unique_ptr<OGRMultiPolygon>> prepared(ProjectFile &project, const OGRGeometry &shape,
                                                  const QSet<qint64> &exclude)
{
    auto polygons = ParcelGeometry::polygonsOf(shape);
    if (!polygons)
        return Error{ParcelGeometry::tr("The shape has no area: a parcel is a polygon.")};
    auto near = ParcelShapes::neighbours(project, *polygons, exclude);
    if (!near)
        return near.error();
    ParcelGeometry::snapToNeighbours(*polygons, *near);
    if (QString problem = ParcelGeometry::shapeProblem(*polygons); !problem.isEmpty())
        return Error{problem};
    if (QString problem = ParcelGeometry::overlapProblem(*polygons, *near); !problem.isEmpty())
        return Error{problem};
    return polygons;
}

// A code not yet used by any parcel: CODE-1, CODE-2 …, from `next` on.
Result<QString> freeCode(ProjectFile &project, const QString &base, int &next,
                         const QSet<QString> &taken)
{
    for (;; ++next) {
        const QString candidate = QStringLiteral("%1-%2").arg(base).arg(next);
        if (taken.contains(candidate))
            continue;
        auto used = project.db().scalar(QStringLiteral("SELECT 1 FROM parcels WHERE code = ?1"),
                                        {candidate});
        if (!used)
            return used.error();
        if (!used->isValid()) {
            ++next;
            return candidate;
        }
    }
}

std::optional<double> figure(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

QVariant fen(double wan)
{
    return std::round(wan * kFen) / kFen;
}

const QStringList kAmounts{QStringLiteral("tax_wan"), QStringLiteral("output_wan"),
                           QStringLiteral("investment_wan")};

} // namespace

Result<QList<ParcelGeometry::Neighbour>> ParcelShapes::neighbours(ProjectFile &project,
                                                                  const OGRGeometry &shape,
                                                                  const QSet<qint64> &exclude)
{
    OGREnvelope e;
    shape.getEnvelope(&e);
    auto stmt = project.db().prepare(QStringLiteral(
        "SELECT p.fid, p.code, p.geom FROM parcels p JOIN rtree_parcels_geom r ON r.id = p.fid "
        "WHERE r.minx <= ?3 AND r.maxx >= ?1 AND r.miny <= ?4 AND r.maxy >= ?2"));
    if (!stmt)
        return stmt.error();
    stmt->bindAll({e.MinX - kNearDegrees, e.MinY - kNearDegrees, e.MaxX + kNearDegrees,
                   e.MaxY + kNearDegrees});
    QList<ParcelGeometry::Neighbour> list;
    if (Status done = stmt->forEachRow([&] {
            if (exclude.contains(stmt->int64(0)))
                return;
            std::shared_ptr<const OGRGeometry> geometry(
                GpkgGeometry::decode(stmt->value(2).toByteArray()));
            if (geometry)
                list.append({stmt->text(1), geometry, stmt->int64(0)});
        });
        !done)
        return done.error();
    return list;
}

QString ParcelShapes::shapeProblem(ProjectFile &project, const OGRGeometry &shape,
                                   const QSet<qint64> &exclude)
{
    auto ready = prepared(project, shape, exclude);
    return ready ? QString() : ready.errorMessage();
}

Result<qint64> ParcelShapes::addParcel(ProjectDocument &document, QVariantMap values,
                                       const QList<QPointF> &ring, const QDate &date,
                                       const QString &author)
{
    return addParcel(document, std::move(values), *ParcelGeometry::fromRing(ring), date, author);
}

QString ParcelShapes::shapeProblem(ProjectFile &project, const QList<QPointF> &ring,
                                   const QSet<qint64> &exclude)
{
    return shapeProblem(project, *ParcelGeometry::fromRing(ring), exclude);
}

Result<std::optional<qint64>> ParcelShapes::parkOf(ProjectFile &project, const QList<QPointF> &ring)
{
    return parkOf(project, *ParcelGeometry::fromRing(ring));
}

Result<qint64> ParcelShapes::addParcel(ProjectDocument &document, QVariantMap values,
                                       const OGRGeometry &shape, const QDate &date,
                                       const QString &author)
{
    ProjectFile &project = document.store();
    if (!date.isValid())
        return Error{tr("A new parcel needs the date of its status.")};
    const QString newCode = values.value(QStringLiteral("code")).toString().trimmed();
    auto used
        = project.db().scalar(QStringLiteral("SELECT 1 FROM parcels WHERE code = ?1"), {newCode});
    if (!used)
        return used.error();
    if (used->isValid())
        return Error{
            tr("There is a parcel %1 already: give the new one another code.").arg(newCode)};
    auto ready = prepared(project, shape, {});
    if (!ready)
        return ready.error();
    values.insert(QStringLiteral("code"), newCode);
    if (values.value(QStringLiteral("area_mu")).isNull())
        values.insert(QStringLiteral("area_mu"), roundedMu(measuredMu(**ready)));
    if (!values.contains(QStringLiteral("standard_land")))
        values.insert(QStringLiteral("standard_land"), 0);
    values.insert(QStringLiteral("status_date"), date.toString(Qt::ISODate));
    if (Status ok = ParcelLifecycle::check(values); !ok)
        return ok.error();
    const qint64 fid = Commands::nextKey(project, kParcels, kFid);
    values.insert(kFid, fid);
    values.insert(QStringLiteral("geom"), blob(**ready));
    if (Status graded = ParcelCommands::regrade(project, values, nullptr); !graded)
        return graded.error();
    ChangeSet set;
    set.add({kParcels, kFid, fid, {}, values});
    const QString status = values.value(QStringLiteral("status")).toString();
    set.add(ParcelCommands::event(
        fid, Commands::nextKey(project, kEvents, kId), QStringLiteral("status"), date,
        {{QStringLiteral("status"), status},
         {QStringLiteral("area_mu"), values.value(QStringLiteral("area_mu"))},
         {QStringLiteral("text"),
          tr("Drawn on the map as %1").arg(Domain::label(Domain::parcelStatuses(), status))},
         {QStringLiteral("author"), author}}));
    if (Status done = Commands::apply(document, std::move(set), tr("Draw %1").arg(newCode)); !done)
        return done.error();
    return fid;
}

Status ParcelShapes::reshapeParcel(ProjectDocument &document, qint64 fid, const OGRGeometry &shape,
                                   const QString &author)
{
    ProjectFile &project = document.store();
    auto before = ParcelCommands::readParcel(project, fid);
    if (!before)
        return before.error();
    auto ready = prepared(project, shape, {fid});
    if (!ready)
        return ready.error();
    auto old = shapeOf(*before);
    const double oldMu = old ? measuredMu(*old) : 0;
    const double newMu = measuredMu(**ready);
    QVariantMap after = *before;
    after.insert(QStringLiteral("geom"), blob(**ready));
    const QVariant registered = before->value(QStringLiteral("area_mu"));
    if (registered.isNull()
        || (oldMu > 0 && !Geodesic::differs(registered.toDouble(), oldMu, kFromShape)))
        after.insert(QStringLiteral("area_mu"), roundedMu(newMu));
    if (Status graded = ParcelCommands::regrade(project, after); !graded)
        return graded;
    ChangeSet set;
    set.add({kParcels, kFid, fid, *before, after});
    set.add(ParcelCommands::event(
        fid, Commands::nextKey(project, kEvents, kId), QStringLiteral("shape"),
        QDate::currentDate(),
        {{QStringLiteral("area_mu"), after.value(QStringLiteral("area_mu"))},
         {QStringLiteral("text"),
          tr("Shape changed: measured %1 mu, before %2 mu").arg(mu(newMu), mu(oldMu))},
         {QStringLiteral("author"), author}}));
    return Commands::apply(document, std::move(set), tr("Reshape %1").arg(code(*before)));
}

Status ParcelShapes::reshapeOuterRing(ProjectDocument &document, qint64 fid,
                                      const QList<QPointF> &ring, const QString &author)
{
    auto row = ParcelCommands::readParcel(document.store(), fid);
    if (!row)
        return row.error();
    auto shape = shapeOf(*row);
    if (!shape)
        return Error{tr("Parcel %1 has no shape to edit.").arg(code(*row))};
    return reshapeParcel(document, fid, *ParcelGeometry::withOuterRing(*shape, ring), author);
}

Result<QList<QPointF>> ParcelShapes::outerRing(ProjectFile &project, qint64 fid)
{
    auto row = ParcelCommands::readParcel(project, fid);
    if (!row)
        return row.error();
    auto shape = shapeOf(*row);
    if (!shape)
        return QList<QPointF>();
    return ParcelGeometry::outerRing(*shape);
}

Result<std::optional<qint64>> ParcelShapes::parkOf(ProjectFile &project, const OGRGeometry &shape)
{
    std::unique_ptr<OGRGeometry> inner(
        OGRGeometry::FromHandle(OGR_G_PointOnSurface(OGRGeometry::ToHandle(
            const_cast<OGRGeometry *>(&shape))))); // OGR_G_PointOnSurface does not change it
    if (!inner || inner->IsEmpty())
        return std::optional<qint64>();
    const OGRPoint *point = inner->toPoint();
    auto stmt = project.db().prepare(QStringLiteral(
        "SELECT k.fid, k.geom FROM parks k JOIN rtree_parks_geom r ON r.id = k.fid WHERE "
        "r.minx <= ?1 AND r.maxx >= ?1 AND r.miny <= ?2 AND r.maxy >= ?2 ORDER BY k.fid"));
    if (!stmt)
        return stmt.error();
    stmt->bindAll({point->getX(), point->getY()});
    std::optional<qint64> park;
    if (Status done = stmt->forEachRow([&] {
            auto outline = GpkgGeometry::decode(stmt->value(1).toByteArray());
            if (!park && outline && outline->Contains(point))
                park = stmt->int64(0);
        });
        !done)
        return done.error();
    return park;
}

Result<QList<qint64>> ParcelShapes::crossedBy(ProjectFile &project, const QList<QPointF> &line)
{
    OGRLineString path;
    for (const QPointF &p : line)
        path.addPoint(p.x(), p.y());
    auto near = neighbours(project, path, {});
    if (!near)
        return near.error();
    QList<qint64> crossed;
    for (const ParcelGeometry::Neighbour &n : *near) {
        // Crossing the inside, not running along an edge or touching a corner.
        std::unique_ptr<OGRGeometry> inside(n.shape->Intersection(&path));
        if (!inside || inside->IsEmpty() || wkbFlatten(inside->getGeometryType()) == wkbPoint
            || wkbFlatten(inside->getGeometryType()) == wkbMultiPoint)
            continue;
        std::unique_ptr<OGRGeometry> boundary(n.shape->Boundary());
        if (boundary && boundary->Contains(inside.get()))
            continue;
        crossed << n.fid;
    }
    std::sort(crossed.begin(), crossed.end());
    return crossed;
}

Result<QList<qint64>> ParcelShapes::splitParcel(ProjectDocument &document, qint64 fid,
                                                const QList<QPointF> &line, const QString &author)
{
    ProjectFile &project = document.store();
    auto before = ParcelCommands::readParcel(project, fid);
    if (!before)
        return before.error();
    auto shape = shapeOf(*before);
    if (!shape)
        return Error{tr("Parcel %1 has no shape to split.").arg(code(*before))};
    auto pieces = ParcelGeometry::split(*shape, line);
    if (!pieces)
        return pieces.error();
    std::vector<double> measured;
    double total = 0;
    for (const auto &piece : *pieces) {
        measured.push_back(measuredMu(*piece));
        total += measured.back();
    }
    const QVariant registeredValue = before->value(QStringLiteral("area_mu"));
    const double registered = registeredValue.isNull() ? total : registeredValue.toDouble();
    auto years = ChangeSet::readRows(project, kYearly, QStringLiteral("parcel_id"), fid);
    if (!years)
        return years.error();
    auto links = ChangeSet::readRows(project, kLinks, QStringLiteral("parcel_id"), fid);
    if (!links)
        return links.error();

    ChangeSet parcels, dependents;
    QList<qint64> fids{fid};
    QStringList newCodes;
    QSet<QString> taken;
    int next = 1;
    qint64 parcelKey = Commands::nextKey(project, kParcels, kFid);
    qint64 yearKey = Commands::nextKey(project, kYearly, kId);
    qint64 eventKey = Commands::nextKey(project, kEvents, kId);
    qint64 linkKey = Commands::nextKey(project, kLinks, kId);
    double areaGiven = 0;
    std::map<int, double> amountsGiven[3]; // per amount, per year: what the new pieces took
    const QDate today = QDate::currentDate();
    for (size_t i = 1; i < pieces->size(); ++i) {
        const double share = measured[i] / total;
        auto newCode = freeCode(project, code(*before), next, taken);
        if (!newCode)
            return newCode.error();
        taken.insert(*newCode);
        newCodes << *newCode;
        QVariantMap row = *before;
        row.insert(kFid, parcelKey);
        row.insert(QStringLiteral("code"), *newCode);
        row.insert(QStringLiteral("geom"), blob(*(*pieces)[i]));
        const double area = roundedMu(registered * share);
        areaGiven += area;
        row.insert(QStringLiteral("area_mu"), area);
        QList<QVariantMap> pieceYears;
        for (const QVariantMap &year : *years) {
            QVariantMap y = year;
            y.insert(kId, yearKey);
            y.insert(QStringLiteral("parcel_id"), parcelKey);
            for (int a = 0; a < 3; ++a) {
                if (auto amount = figure(year.value(kAmounts[a]))) {
                    const double part = fen(*amount * share).toDouble();
                    amountsGiven[a][year.value(QStringLiteral("year")).toInt()] += part;
                    y.insert(kAmounts[a], part);
                }
            }
            dependents.add({kYearly, kId, yearKey++, {}, y});
            pieceYears.append(y);
        }
        if (Status graded = ParcelCommands::regrade(project, row, &pieceYears); !graded)
            return graded.error();
        parcels.add({kParcels, kFid, parcelKey, {}, row});
        dependents.add(
            ParcelCommands::event(parcelKey, eventKey++, QStringLiteral("shape"), today,
                                  {{QStringLiteral("area_mu"), area},
                                   {QStringLiteral("text"), tr("Split from %1").arg(code(*before))},
                                   {QStringLiteral("author"), author}}));
        for (const QVariantMap &link : *links)
            dependents.add(
                {kLinks,
                 kId,
                 linkKey,
                 {},
                 {{kId, linkKey++},
                  {QStringLiteral("project_id"), link.value(QStringLiteral("project_id"))},
                  {QStringLiteral("parcel_id"), parcelKey}}});
        fids << parcelKey++;
    }
    // The largest piece stays the parcel, with what the others did not take.
    QVariantMap after = *before;
    after.insert(QStringLiteral("geom"), blob(*pieces->front()));
    after.insert(QStringLiteral("area_mu"), roundedMu(registered - areaGiven));
    QList<QVariantMap> keptYears;
    for (const QVariantMap &year : *years) {
        QVariantMap y = year;
        for (int a = 0; a < 3; ++a) {
            if (auto amount = figure(year.value(kAmounts[a])))
                y.insert(
                    kAmounts[a],
                    fen(*amount - amountsGiven[a][year.value(QStringLiteral("year")).toInt()]));
        }
        dependents.add({kYearly, kId, year.value(kId).toLongLong(), year, y});
        keptYears.append(y);
    }
    if (Status graded = ParcelCommands::regrade(project, after, &keptYears); !graded)
        return graded.error();
    dependents.add(
        ParcelCommands::event(fid, eventKey++, QStringLiteral("shape"), today,
                              {{QStringLiteral("area_mu"), after.value(QStringLiteral("area_mu"))},
                               {QStringLiteral("text"),
                                tr("Split: %1 taken off").arg(newCodes.join(QStringLiteral("、")))},
                               {QStringLiteral("author"), author}}));

    ChangeSet set;
    set.add({kParcels, kFid, fid, *before, after});
    for (const RowChange &c : parcels.changes())
        set.add(c);
    for (const RowChange &c : dependents.changes())
        set.add(c);
    if (Status done = Commands::apply(document, std::move(set), tr("Split %1").arg(code(*before)));
        !done)
        return done.error();
    return fids;
}

Result<qint64> ParcelShapes::mergeParcels(ProjectDocument &document, const QList<qint64> &fids,
                                          const QString &author)
{
    ProjectFile &project = document.store();
    QList<qint64> unique;
    for (qint64 fid : fids) {
        if (!unique.contains(fid))
            unique << fid;
    }
    if (unique.size() < 2)
        return Error{ParcelGeometry::tr("Choose at least two parcels to merge.")};
    QList<QVariantMap> rows;
    std::vector<std::unique_ptr<OGRGeometry>> shapes;
    for (qint64 fid : unique) {
        auto row = ParcelCommands::readParcel(project, fid);
        if (!row)
            return row.error();
        auto shape = shapeOf(*row);
        if (!shape)
            return Error{tr("Parcel %1 has no shape to merge.").arg(code(*row))};
        rows.append(*row);
        shapes.push_back(std::move(shape));
    }
    const QString status = rows.first().value(QStringLiteral("status")).toString();
    for (const QVariantMap &row : rows) {
        if (row.value(QStringLiteral("status")).toString() != status)
            return Error{tr("Only parcels of one status can be merged: %1 is %2, %3 is %4.")
                             .arg(code(rows.first()),
                                  Domain::label(Domain::parcelStatuses(), status), code(row),
                                  Domain::label(Domain::parcelStatuses(),
                                                row.value(QStringLiteral("status")).toString()))};
    }
    std::vector<const OGRGeometry *> parts;
    for (const auto &shape : shapes)
        parts.push_back(shape.get());
    auto united = ParcelGeometry::merge(parts);
    if (!united)
        return united.error();

    const qint64 kept = unique.first();
    double area = 0;
    for (size_t i = 0; i < shapes.size(); ++i) {
        const QVariant registered = rows[int(i)].value(QStringLiteral("area_mu"));
        area += registered.isNull() ? measuredMu(*shapes[i]) : registered.toDouble();
    }
    // Yearly figures added up per year; the plot ratio weighted by area.
    std::map<int, QVariantMap> years;
    std::map<int, std::pair<double, double>> farSums; // year → (far × area, area)
    ChangeSet yearly, moved, removed;
    qint64 yearKey = Commands::nextKey(project, kYearly, kId);
    for (int i = 0; i < unique.size(); ++i) {
        auto own = ChangeSet::readRows(project, kYearly, QStringLiteral("parcel_id"), unique[i]);
        if (!own)
            return own.error();
        const double partArea = rows[i].value(QStringLiteral("area_mu")).toDouble();
        for (const QVariantMap &y : *own) {
            const int year = y.value(QStringLiteral("year")).toInt();
            QVariantMap &sum = years[year];
            for (const QString &amount : kAmounts) {
                if (!y.value(amount).isNull())
                    sum.insert(amount,
                               fen(sum.value(amount).toDouble() + y.value(amount).toDouble()));
            }
            if (!y.value(QStringLiteral("far")).isNull()) {
                farSums[year].first += y.value(QStringLiteral("far")).toDouble() * partArea;
                farSums[year].second += partArea;
            }
            if (i == 0)
                sum.insert(QStringLiteral("__row"), y); // the kept parcel's own row
            else
                removed.add({kYearly, kId, y.value(kId).toLongLong(), y, {}});
        }
    }
    QList<QVariantMap> keptYears;
    for (auto &[year, sum] : years) {
        QVariantMap row = sum.value(QStringLiteral("__row")).toMap();
        const QVariantMap own = row;
        if (row.isEmpty())
            row = {{kId, yearKey},
                   {QStringLiteral("parcel_id"), kept},
                   {QStringLiteral("year"), year}};
        for (const QString &amount : kAmounts)
            row.insert(amount, sum.value(amount));
        if (farSums[year].second > 0)
            row.insert(QStringLiteral("far"),
                       std::round(farSums[year].first / farSums[year].second * 100) / 100);
        yearly.add({kYearly, kId, row.value(kId).toLongLong(), own, row});
        if (own.isEmpty())
            ++yearKey;
        keptYears.append(row);
    }
    auto keptLinks = Lookups::linkedParcels(project, kept);
    QSet<qint64> keptProjects;
    {
        auto linkRows = ChangeSet::readRows(project, kLinks, QStringLiteral("parcel_id"), kept);
        if (!linkRows)
            return linkRows.error();
        for (const QVariantMap &l : *linkRows)
            keptProjects.insert(l.value(QStringLiteral("project_id")).toLongLong());
    }
    qint64 linkKey = Commands::nextKey(project, kLinks, kId);
    ChangeSet links;
    QStringList others;
    for (int i = 1; i < unique.size(); ++i) {
        others << code(rows[i]);
        auto events = ChangeSet::readRows(project, kEvents, QStringLiteral("parcel_id"), unique[i]);
        if (!events)
            return events.error();
        for (const QVariantMap &e : *events) {
            QVariantMap to = e;
            to.insert(QStringLiteral("parcel_id"), kept);
            moved.add({kEvents, kId, e.value(kId).toLongLong(), e, to});
        }
        auto linkRows
            = ChangeSet::readRows(project, kLinks, QStringLiteral("parcel_id"), unique[i]);
        if (!linkRows)
            return linkRows.error();
        for (const QVariantMap &l : *linkRows) {
            links.add({kLinks, kId, l.value(kId).toLongLong(), l, {}});
            const qint64 projectFid = l.value(QStringLiteral("project_id")).toLongLong();
            if (keptProjects.contains(projectFid))
                continue;
            keptProjects.insert(projectFid);
            links.add({kLinks,
                       kId,
                       linkKey,
                       {},
                       {{kId, linkKey},
                        {QStringLiteral("project_id"), projectFid},
                        {QStringLiteral("parcel_id"), kept}}});
            ++linkKey;
        }
    }
    QVariantMap after = rows.first();
    after.insert(QStringLiteral("geom"), blob(**united));
    after.insert(QStringLiteral("area_mu"), roundedMu(area));
    if (Status graded = ParcelCommands::regrade(project, after, &keptYears); !graded)
        return graded.error();

    ChangeSet set;
    set.add({kParcels, kFid, kept, rows.first(), after});
    for (const ChangeSet *part : {&yearly, &removed, &moved, &links}) {
        for (const RowChange &c : part->changes())
            set.add(c);
    }
    set.add(ParcelCommands::event(
        kept, Commands::nextKey(project, kEvents, kId), QStringLiteral("shape"),
        QDate::currentDate(),
        {{QStringLiteral("area_mu"), after.value(QStringLiteral("area_mu"))},
         {QStringLiteral("text"), tr("Merged with %1").arg(others.join(QStringLiteral("、")))},
         {QStringLiteral("author"), author}}));
    for (int i = 1; i < unique.size(); ++i)
        set.add({kParcels, kFid, unique[i], rows[i], {}});
    if (Status done = Commands::apply(document, std::move(set),
                                      tr("Merge %1")
                                          .arg(code(rows.first()) + QStringLiteral("、")
                                               + others.join(QStringLiteral("、"))));
        !done)
        return done.error();
    return kept;
}

Status ParcelShapes::deleteParcel(ProjectDocument &document, qint64 fid)
{
    ProjectFile &project = document.store();
    auto row = ParcelCommands::readParcel(project, fid);
    if (!row)
        return row.error();
    ChangeSet set;
    if (Status done = Commands::deleteDependents(set, project,
                                                 {{kEvents, QStringLiteral("parcel_id")},
                                                  {kYearly, QStringLiteral("parcel_id")},
                                                  {kLinks, QStringLiteral("parcel_id")}},
                                                 fid);
        !done)
        return done;
    set.add({kParcels, kFid, fid, *row, {}});
    return Commands::apply(document, std::move(set), tr("Delete %1").arg(code(*row)));
}
