// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/land/landreport.h"

#include "core/domain/fields.h"

#include "core/domain/domain.h"
#include "core/storage/projectfile.h"
#include "core/storage/sqlitedb.h"

#include <QJsonArray>

#include <cmath>
#include <functional>
#include <map>

namespace {

double rounded(double v)
{
    return std::round(v * 100) / 100;
}

// Each parcel's category as of ?1: from its history when it has any finding or
// revitalisation (the last one on or before the day decides), else its current category when
// that began on or before the day (or at an unknown date).
const char *kIdleAsOfSql = R"SQL(
SELECT k.unit_id, c.category, total(p.area_mu), count(*) FROM (
    SELECT p.fid AS fid, CASE WHEN EXISTS (SELECT 1 FROM parcel_events e WHERE e.parcel_id = p.fid
        AND e.kind IN ('category', 'revitalised'))
    THEN (SELECT CASE e.kind WHEN 'category' THEN e.category END FROM parcel_events e
          WHERE e.parcel_id = p.fid AND e.kind IN ('category', 'revitalised')
          AND e.event_date <= ?1 ORDER BY e.event_date DESC, e.id DESC LIMIT 1)
    ELSE CASE WHEN p.idle_since IS NULL OR p.idle_since <= ?1 THEN p.idle_category END
    END AS category FROM parcels p
) c JOIN parcels p ON p.fid = c.fid JOIN parks k ON k.fid = p.park_id
WHERE c.category IS NOT NULL GROUP BY 1, 2
)SQL";

} // namespace

double LandReport::Unit::idleTotalMu() const
{
    double total = 0;
    for (double mu : idleMu)
        total += mu;
    return total;
}

QJsonObject LandReport::Unit::toJson() const
{
    QJsonObject idle;
    for (const QString &category : Domain::codes(Domain::idleCategories()))
        idle.insert(Domain::word(Domain::idleCategories(), category),
                    QJsonObject{{QStringLiteral("area_mu"), rounded(idleMu.value(category))},
                                {QStringLiteral("parcels"), idleParcels.value(category)}});
    QJsonObject gradeCounts;
    for (const QString &grade : Domain::codes(Domain::grades()))
        gradeCounts.insert(grade, grades.value(grade));
    QJsonArray missJson;
    for (const LandGrading::CommitmentMiss &miss : misses)
        missJson.append(miss.toJson());
    QJsonObject object{{QStringLiteral("unit"), name},
                       {QStringLiteral("idle"), idle},
                       {QStringLiteral("idle_total_mu"), rounded(idleTotalMu())},
                       {QStringLiteral("revitalised_mu"), rounded(revitalisedMu)},
                       {QStringLiteral("target_mu"),
                        targetMu ? QJsonValue(*targetMu) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("standard_due"), standardDue}};
    if (figures) {
        object.insert(QStringLiteral("grades"), gradeCounts);
        object.insert(QStringLiteral("standard_missing"), missJson);
    }
    return object;
}

QDate LandReport::asOf(int year, const QDate &today)
{
    const QDate end(year, 12, 31);
    return today.isValid() && today.year() == year && today < end ? today : end;
}

Result<QList<LandReport::Unit>> LandReport::units(ProjectFile &project, int year,
                                                  const QDate &today)
{
    SqliteDb &db = project.db();
    const QDate day = asOf(year, today);
    const QString dayText = day.toString(Qt::ISODate);
    std::map<qint64, Unit> units;
    {
        auto stmt = db.prepare(QStringLiteral("SELECT fid, name FROM units ORDER BY fid"));
        if (!stmt)
            return stmt.error();
        if (Status done = stmt->forEachRow([&] {
                Unit &u = units[stmt->int64(0)];
                u.fid = stmt->int64(0);
                u.name = stmt->text(1);
            });
            !done)
            return done.error();
    }
    auto each = [&](const QString &sql, const QVariantList &args,
                    const std::function<void(SqliteStatement &, Unit &)> &add) -> Status {
        auto stmt = db.prepare(sql);
        if (!stmt)
            return stmt.error();
        stmt->bindAll(args);
        return stmt->forEachRow([&] {
            auto it = units.find(stmt->int64(0));
            if (it != units.end())
                add(*stmt, it->second);
        });
    };
    if (Status done = each(QString::fromLatin1(kIdleAsOfSql), {dayText},
                           [](SqliteStatement &s, Unit &u) {
                               u.idleMu[s.text(1)] += s.real(2);
                               u.idleParcels[s.text(1)] += int(s.int64(3));
                           });
        !done)
        return done.error();
    if (Status done
        = each(QStringLiteral("SELECT k.unit_id, total(coalesce(e.area_mu, p.area_mu)) FROM "
                              "parcel_events e JOIN parcels p ON p.fid = e.parcel_id JOIN parks k "
                              "ON k.fid = p.park_id WHERE e.kind = 'revitalised' AND e.event_date "
                              ">= ?1 AND e.event_date <= ?2 GROUP BY 1"),
               {QDate(year, 1, 1).toString(Qt::ISODate), dayText},
               [](SqliteStatement &s, Unit &u) { u.revitalisedMu = s.real(1); });
        !done)
        return done.error();
    if (Status done = each(QStringLiteral("SELECT unit_id, value FROM targets WHERE year = ?1 AND "
                                          "metric = 'idle_land_revitalized_mu'"),
                           {year}, [](SqliteStatement &s, Unit &u) { u.targetMu = s.real(1); });
        !done)
        return done.error();
    auto grades = LandGrading::parcels(project, year);
    if (!grades)
        return grades.error();
    for (const LandGrading::ParcelGrade &g : *grades) {
        auto it = units.find(g.unitFid);
        if (it != units.end() && !g.grade.isEmpty())
            it->second.grades[g.grade] += 1;
    }
    auto due = LandGrading::commitmentsDue(project, day);
    if (!due)
        return due.error();
    auto misses = LandGrading::commitmentMisses(project, day);
    if (!misses)
        return misses.error();
    for (auto &[fid, unit] : units)
        unit.standardDue = due->value(fid);
    for (const LandGrading::CommitmentMiss &m : *misses) {
        auto it = units.find(m.unitFid);
        if (it != units.end())
            it->second.misses << m;
    }
    const bool office = project.audience() == Fields::Audience::Office;
    QList<Unit> list;
    for (auto &[fid, unit] : units) {
        if (!office) {
            unit.grades.clear();
            unit.misses.clear();
            unit.figures = false;
        }
        list << unit;
    }
    return list;
}
