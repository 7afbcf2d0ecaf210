// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/stats/metrics.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

class ProjectFile;

// A period of one year, cumulative from 1 January to its end: the whole year, the end of a month
// (the monthly report) or any day (warnings "today").
//
// The share of the year elapsed at the end — the pro-rata line a target is measured against — is
// counted in months: (months completed before the end's month + the end's day / days of that
// month) / 12. At a month's end that is month / 12 (June: 0.5), at the year's end 1.
struct StatsPeriod
{
    int year = 0;
    QDate end; // the last day counted (inclusive)

    static StatsPeriod wholeYear(int year);
    // Cumulative to the end of `month` (1–12).
    static StatsPeriod toMonthEnd(int year, int month);
    // Cumulative to `day`, in day's year.
    static StatsPeriod toDay(const QDate &day);

    QDate start() const { return QDate(year, 1, 1); }
    double elapsedShare() const;
};

// The actual value of every ledger metric per unit for one period, as StatsEngine computed it.
// Rates keep numerator and denominator so that units add up to "all units". A value type.
class Actuals
{
public:
    // The actual of a computed metric for one unit (0: projects without a unit), or for all
    // units when `unitFid` is std::nullopt; std::nullopt when the metric is Recorded or a rate
    // has no denominator.
    std::optional<double> value(const Metrics::Metric &metric,
                                std::optional<qint64> unitFid = std::nullopt) const;
    QList<qint64> units() const { return m_rows.keys(); }

private:
    friend class StatsEngine;
    struct Cell
    {
        double value = 0;
        double denominator = 0;
    };
    // unit fid → one cell per entry of Metrics::all()
    QHash<qint64, std::vector<Cell>> m_rows;
};

// One target next to its actual: a row of the stats table, the dashboard and the report.
struct ScoreRow
{
    qint64 unitFid = 0;
    QString unit;     // the unit's name
    QString metricId; // as stored with the target (the imported file's spelling)
    const Metrics::Metric *metric = nullptr; // nullptr: an id the catalogue does not know
    QString measure;                         // as stored with the target
    double target = 0;
    std::optional<double> actual; // null: not computed from the ledger
    std::optional<double> ratio;  // actual / target; null without an actual or for target 0
    std::optional<bool> onTrack;  // actual ≥ target × share; null without an actual
    double share = 1;             // of the year elapsed at the period's end

    QJsonObject toJson() const;
};

// Counts the ledger against the metric catalogue. compute() reads each table once with SQL
// aggregates grouped by unit (projects, enclaves), so every metric of every unit costs one scan;
// it only reads (the file stays byte-identical). Stateless; use from the thread that owns the
// ProjectFile.
class StatsEngine
{
    Q_DECLARE_TR_FUNCTIONS(StatsEngine)
public:
    static Result<Actuals> compute(ProjectFile &project, const StatsPeriod &period);
    // The same for several periods of one year, each from 1 January to one of `ends`, in one
    // scan (the dashboard's period and the month before it; the twelve month-ends).
    static Result<QList<Actuals>> computeCumulative(ProjectFile &project, int year,
                                                    const QList<QDate> &ends);

    // Every target of the period's year (of one unit when `unitFid` is given) with its actual,
    // in unit then target order.
    static Result<QList<ScoreRow>> scorecard(ProjectFile &project, const StatsPeriod &period,
                                             std::optional<qint64> unitFid = std::nullopt);
    // The same with actuals already computed for `period`.
    static Result<QList<ScoreRow>> scorecard(ProjectFile &project, const StatsPeriod &period,
                                             const Actuals &actuals,
                                             std::optional<qint64> unitFid = std::nullopt);

    // The fid of the unit called `name`; an Error naming it when there is none.
    static Result<qint64> unitByName(ProjectFile &project, const QString &name);
};
