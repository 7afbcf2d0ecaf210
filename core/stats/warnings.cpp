// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/warnings.h"

#include "core/domain/domain.h"
#include "core/domain/fields.h"
#include "core/land/landgrading.h"
#include "core/project/lookups.h"
#include "core/stats/statsengine.h"
#include "core/storage/projectfile.h"
#include "core/storage/sqlitedb.h"

#include <QLocale>

#include <cmath>

namespace {

// Not started as of ?1 (today): no construction date yet, or one after today; a project at a
// later stage without its date has started at some unknown time.
const char *kNotStarted
    = "p.stage <> 'dropped' AND p.dropped_date IS NULL AND ((p.construction_date IS NULL AND "
      "p.stage IN ('lead', 'assessment', 'negotiation', 'signed', 'land')) OR "
      "p.construction_date > ?1)";

QString number(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 2);
}

// Parcels graded D by their unit's lines (LandGrading) for the latest year with yearly figures
// up to today's year. Tax and output per mu are confidential: nothing in public mode.
Status addBelowLine(ProjectFile &project, const QDate &today, QList<Warning> &warnings)
{
    SqliteDb &db = project.db();
    if (project.audience() == Fields::Audience::Public
        || !db.tableExists(QStringLiteral("parcel_yearly")))
        return {};
    auto year = db.scalar(QStringLiteral("SELECT max(year) FROM parcel_yearly WHERE year <= ?1"),
                          {today.year()});
    if (!year)
        return year.error();
    if (!year->isValid() || year->isNull())
        return {};
    auto graded = LandGrading::parcels(project, year->toInt());
    if (!graded)
        return graded.error();
    auto lines = Lookups::allGradeThresholds(project);
    if (!lines)
        return lines.error();
    for (const LandGrading::ParcelGrade &parcel : *graded) {
        if (parcel.grade != QLatin1String("D"))
            continue;
        const GradeThresholds line = lines->value(parcel.unitFid);
        Warning w;
        w.kind = Warning::Kind::BelowLine;
        w.table = QStringLiteral("parcels");
        w.id = parcel.fid;
        w.name = parcel.code;
        w.unit = parcel.unit;
        w.since = QDate(parcel.year > 0 ? parcel.year : year->toInt(), 12, 31);
        const QString who
            = parcel.owner.isEmpty() ? QString() : QStringLiteral("（%1）").arg(parcel.owner);
        w.message = parcel.taxPerMu
                        ? Warnings::tr("Parcel %1%2: %3 10k CNY tax per mu in %4, below the "
                                       "line of %5 for grade C: grade D.")
                              .arg(parcel.code, who, number(*parcel.taxPerMu))
                              .arg(w.since.year())
                              .arg(number(line.taxC))
                        : Warnings::tr("Parcel %1%2: grade D by mu-average in %3.")
                              .arg(parcel.code, who)
                              .arg(w.since.year());
        warnings << w;
    }
    return {};
}

} // namespace

QString Warning::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::SignedNotStarted:
        return QStringLiteral("signed_not_started");
    case Kind::LandNotStarted:
        return QStringLiteral("land_not_started");
    case Kind::IdleParcel:
        return QStringLiteral("idle_parcel");
    case Kind::TargetBehind:
        return QStringLiteral("target_behind");
    case Kind::FollowUpDue:
        return QStringLiteral("follow_up_due");
    case Kind::BelowLine:
        return QStringLiteral("below_mu_line");
    }
    return {};
}

QString Warning::kindName(Kind kind)
{
    switch (kind) {
    case Kind::SignedNotStarted:
        return Warnings::tr("Signed, not started");
    case Kind::LandNotStarted:
        return Warnings::tr("Land supplied, not started");
    case Kind::IdleParcel:
        return Warnings::tr("Idle land");
    case Kind::TargetBehind:
        return Warnings::tr("Target behind");
    case Kind::FollowUpDue:
        return Warnings::tr("Follow-up due");
    case Kind::BelowLine:
        return Warnings::tr("Below the mu-average line");
    }
    return {};
}

QJsonObject Warning::toJson() const
{
    QJsonObject object{{QStringLiteral("kind"), kindCode(kind)},
                       {QStringLiteral("table"), table},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("unit"), unit},
                       {QStringLiteral("message"), message}};
    if (!metric.isEmpty())
        object.insert(QStringLiteral("metric"), metric);
    if (since.isValid())
        object.insert(QStringLiteral("since"), since.toString(Qt::ISODate));
    return object;
}

Result<QList<Warning>> Warnings::list(ProjectFile &project, const QDate &today,
                                      const WarningRules &rules)
{
    QList<Warning> warnings;
    SqliteDb &db = project.db();
    const QString todayText = today.toString(Qt::ISODate);

    // Projects: signed (or given land) long enough ago and not started.
    const struct
    {
        Warning::Kind kind;
        const char *column;
        int days;
    } projectRules[] = {{Warning::Kind::SignedNotStarted, "signed_date", rules.signedDays},
                        {Warning::Kind::LandNotStarted, "land_date", rules.landDays}};
    for (const auto &rule : projectRules) {
        auto stmt
            = db.prepare(QStringLiteral("SELECT p.fid, p.name, u.name, p.%1 FROM projects p "
                                        "LEFT JOIN units u ON u.fid = p.unit_id "
                                        "WHERE p.%1 IS NOT NULL AND p.%1 <= ?2 AND %2 "
                                        "AND %3 ORDER BY p.%1, p.fid")
                             .arg(QLatin1String(rule.column), QLatin1String(kNotStarted),
                                  Fields::visibleRows(QStringLiteral("projects"),
                                                      project.audience(), QStringLiteral("p"))));
        if (!stmt)
            return stmt.error();
        stmt->bindAll({todayText, today.addDays(-rule.days).toString(Qt::ISODate)});
        Status read = stmt->forEachRow([&] {
            Warning w;
            w.kind = rule.kind;
            w.table = QStringLiteral("projects");
            w.id = stmt->int64(0);
            w.name = stmt->text(1);
            w.unit = stmt->text(2);
            w.since = QDate::fromString(stmt->text(3), Qt::ISODate);
            const qint64 days = w.since.isValid() ? w.since.daysTo(today) : rule.days;
            w.message = rule.kind == Warning::Kind::SignedNotStarted
                            ? tr("%1: signed on %2, construction not started after %n day(s).",
                                 nullptr, int(days))
                                  .arg(w.name, stmt->text(3))
                            : tr("%1: land supplied on %2, construction not started after %n "
                                 "day(s).",
                                 nullptr, int(days))
                                  .arg(w.name, stmt->text(3));
            warnings << w;
        });
        if (!read)
            return read.error();
    }

    // Parcels idle or low-efficiency for too long.
    {
        // A file before schema 6, read as it is, says 闲置 and 低效 in its status.
        const QString category
            = db.columnExists(QStringLiteral("parcels"), QStringLiteral("idle_category"))
                  ? QStringLiteral("pc.idle_category")
                  : QStringLiteral("CASE pc.status WHEN 'idle' THEN 'supplied_unused' WHEN "
                                   "'inefficient' THEN 'producing_below' END");
        auto stmt = db.prepare(
            QStringLiteral("SELECT pc.fid, pc.code, u.name, pc.idle_since, pc.area_mu, %1 "
                           "FROM parcels pc LEFT JOIN parks pk ON pk.fid = pc.park_id "
                           "LEFT JOIN units u ON u.fid = pk.unit_id WHERE %1 IS NOT NULL AND "
                           "pc.idle_since IS NOT NULL AND pc.idle_since < ?1 "
                           "ORDER BY pc.idle_since, pc.fid")
                .arg(category));
        if (!stmt)
            return stmt.error();
        stmt->bindAll({today.addMonths(-rules.idleMonths).toString(Qt::ISODate)});
        Status read = stmt->forEachRow([&] {
            Warning w;
            w.kind = Warning::Kind::IdleParcel;
            w.table = QStringLiteral("parcels");
            w.id = stmt->int64(0);
            w.name = stmt->text(1);
            w.unit = stmt->text(2);
            w.since = QDate::fromString(stmt->text(3), Qt::ISODate);
            int months = 0;
            if (w.since.isValid()) {
                months = (today.year() - w.since.year()) * 12 + today.month() - w.since.month();
                if (today.day() < w.since.day())
                    --months;
            }
            w.message
                = tr("Parcel %1 (%2 mu) %3 since %4, for %n month(s).", nullptr, months)
                      .arg(w.name, number(stmt->real(4)),
                           Domain::label(Domain::idleCategories(), stmt->text(5)), stmt->text(3));
            warnings << w;
        });
        if (!read)
            return read.error();
    }

    // Parcels below their unit's 亩均 line in the latest year with figures up to today's.
    if (Status below = addBelowLine(project, today, warnings); !below)
        return below.error();

    // Activities whose follow-up date has come, with nothing logged for the project since.
    if (project.schemaVersion() >= 4) {
        auto stmt = db.prepare(
            QStringLiteral(
                "SELECT p.fid, p.name, u.name, e.follow_up_date, e.event_date, e.text "
                "FROM project_events e JOIN projects p ON p.fid = e.project_id "
                "LEFT JOIN units u ON u.fid = p.unit_id WHERE e.follow_up_date IS NOT NULL "
                "AND e.follow_up_date <= ?1 AND p.stage <> 'dropped' AND p.dropped_date IS NULL "
                "AND %1 "
                "AND NOT EXISTS (SELECT 1 FROM project_events later WHERE later.project_id = "
                "e.project_id AND (later.event_date > e.event_date OR (later.event_date = "
                "e.event_date AND later.id > e.id))) ORDER BY e.follow_up_date, e.id")
                .arg(Fields::visibleRows(QStringLiteral("projects"), project.audience(),
                                         QStringLiteral("p"))));
        if (!stmt)
            return stmt.error();
        stmt->bindAll({todayText});
        Status read = stmt->forEachRow([&] {
            Warning w;
            w.kind = Warning::Kind::FollowUpDue;
            w.table = QStringLiteral("projects");
            w.id = stmt->int64(0);
            w.name = stmt->text(1);
            w.unit = stmt->text(2);
            w.since = QDate::fromString(stmt->text(3), Qt::ISODate);
            QString text = stmt->text(5).simplified();
            if (text.size() > 40)
                text = text.left(39) + QChar(0x2026);
            w.message = tr("%1: follow-up due on %2 for the activity of %3 (%4); nothing logged "
                           "since.")
                            .arg(w.name, stmt->text(3), stmt->text(4), text);
            warnings << w;
        });
        if (!read)
            return read.error();
    }

    // Targets behind the pro-rata line of today's year.
    auto rows = StatsEngine::scorecard(project, StatsPeriod::toDay(today));
    if (!rows)
        return rows.error();
    for (const ScoreRow &row : *rows) {
        if (!row.onTrack || *row.onTrack)
            continue;
        Warning w;
        w.kind = Warning::Kind::TargetBehind;
        w.table = QStringLiteral("units");
        w.id = row.unitFid;
        w.name = row.unit;
        w.unit = row.unit;
        w.metric = row.metricId;
        w.message = tr("%1, %2: %3 of %4 %5, below the pro-rata line of %6 (%7% of the year).")
                        .arg(row.unit, Metrics::name(*row.metric), number(*row.actual),
                             number(row.target), row.measure, number(row.target * row.share))
                        .arg(QString::number(row.share * 100, 'f', 0));
        warnings << w;
    }
    return warnings;
}
