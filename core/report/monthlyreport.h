// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/stats/statsengine.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class ProjectFile;

// A unit's place in the monthly ranking (龙虎榜).
struct UnitScore
{
    qint64 unitFid = 0;
    QString unit;
    // The composite score (see MonthlyReport::ranking); null when the unit has no target the
    // ledger counts.
    std::optional<double> score;
    int counted = 0; // targets that entered the score
    int onTrack = 0; // of those, on track
    int rank = 0;    // 1 = first; 0 for a unit without a score
};

// What the monthly report wrote.
struct MonthlyReportSummary
{
    int pages = 0;
    int targets = 0;  // rows of the target table
    int units = 0;    // units ranked
    int warnings = 0; // warnings found (the PDF lists at most kMaxWarningsListed of them)
};

// The monthly bulletin (月度通报) for a city or one unit as an A4 PDF: a title with the unit (or
// 全市) and the month; the month's position (share of the year elapsed, targets on track); the
// target table (target, actual cumulative to the month's end, completion ratio, on track or
// behind, from StatsEngine::scorecard); the ranking of every unit with targets by their
// composite score, with 金牛 and 蜗牛 marks; a bar chart of the scores against the pro-rata
// line; and the warnings as of the month's last day (Warnings::list, of the unit alone when one
// is given), counted by kind and listed up to kMaxWarningsListed. Page layout is PageDocument's.
//
// Only reads the project (the file stays byte-identical). Needs a QGuiApplication (fonts); the
// thread that owns the ProjectFile.
class MonthlyReport
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReport)
public:
    // More warnings than this are counted but not listed one by one (a city of 100 000 projects
    // would fill hundreds of pages; `investatlas-cli warnings` lists them all).
    static constexpr int kMaxWarningsListed = 80;
    // A metric's completion ratio enters the score capped at this (one runaway target cannot
    // hide every other one).
    static constexpr double kRatioCap = 1.5;

    // The composite score of each unit in `rows`: the mean, over the unit's targets whose actual
    // the ledger computes and whose target is above 0, of min(actual / target, kRatioCap).
    // Units are ranked by score, highest first (ties share a rank, then by name); units with no
    // such target come last, without a score or rank.
    static QList<UnitScore> ranking(const QList<ScoreRow> &rows);

    // Writes the report of `month` (1–12) of `year` for the unit called `unit` (empty: every
    // unit, 全市) to `path`, through a temporary file renamed into place when complete.
    static Result<MonthlyReportSummary> write(ProjectFile &project, int year, int month,
                                              const QString &unit, const QString &path);
};
