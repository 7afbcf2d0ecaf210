// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/stats/ranking.h"
#include "core/stats/statsengine.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class ProjectFile;

// The dashboard's period: a month, quarter, half-year or year. Flows (signed investment by
// chain, tier and month) are counted inside it; targets are yearly and measured cumulatively from
// 1 January to its end, as StatsEngine counts them.
struct DashboardPeriod
{
    enum class Kind { Month, Quarter, Half, Year };
    Kind kind = Kind::Year;
    int year = 0;
    int index = 1; // month 1–12, quarter 1–4, half 1–2; 1 for a year

    bool operator==(const DashboardPeriod &) const = default;
    QDate start() const;
    QDate end() const;
    StatsPeriod cumulative() const { return StatsPeriod{year, end()}; }
    QString label() const;       // translated: 2024年3月, 2024年第一季度 …
    static int count(Kind kind); // periods of that kind in a year
    // The period of `kind` that holds `day`.
    static DashboardPeriod holding(Kind kind, const QDate &day);
};

// One stage of the pipeline funnel.
struct FunnelStep
{
    QString stage;                    // stage code
    int reached = 0;                  // projects that reached it (a date for it, or a later stage)
    std::optional<double> conversion; // reached ÷ reached of the step before; null for the first
    std::optional<double> medianDays; // days from the step before, over projects with both dates
};

// A group of projects signed in the period (a chain, a tier, a month).
struct SignedGroup
{
    QString label;    // the chain, "≥ 10 亿元", the month "3月" (translated)
    QString chain;    // byChain: the chain itself (empty for "others" and "no chain")
    double minYi = 0; // byTier: the tier's lower bound
    QDate from, to;   // the signing dates the group covers (inclusive)
    int count = 0;
    double investmentYi = 0;
};

// Everything the dashboard shows, computed in one go from the file (only read).
struct DashboardData
{
    DashboardPeriod period;
    std::optional<qint64> unitFid; // null: every unit
    double share = 1;              // of the year elapsed at the period's end
    QList<ScoreRow> scorecard;     // the unit's targets (all units' when none is chosen)
    QList<UnitScore> ranking;      // every unit, with the change since the month before
    QList<FunnelStep> funnel;      // lead … production, projects of the unit not dropped
    QList<SignedGroup> byChain;    // the largest chains by investment, then "others"
    QList<SignedGroup> byTier;     // ≥ 1, 3, 5, 10, 20, 50, 100 亿元 (cumulative tiers)
    QList<SignedGroup> byMonth;    // every month of the period
};

// The part of the dashboard that does not depend on the chosen unit: every unit's targets against
// the ledger to the period's end, and the ranking with its change. A view keeps it while only the
// unit changes.
struct DashboardTargets
{
    DashboardPeriod period;
    QList<ScoreRow> all;
    QList<UnitScore> ranking;
};

// Computes the dashboard. Stateless; the thread that owns the ProjectFile.
class Dashboard
{
    Q_DECLARE_TR_FUNCTIONS(Dashboard)
public:
    static constexpr int kChainsShown = 8; // then one bar for all the others

    // `known`: the targets of this period computed before (the ledger unchanged since), or null.
    static Result<DashboardData> compute(ProjectFile &project, const DashboardPeriod &period,
                                         std::optional<qint64> unitFid = std::nullopt,
                                         const DashboardTargets *known = nullptr);
    static Result<DashboardTargets> targets(ProjectFile &project, const DashboardPeriod &period);
    // The year a dashboard opens on: the latest year up to today's that has targets, else the
    // latest with a signed project, else today's.
    static int defaultYear(ProjectFile &project, const QDate &today);
};
