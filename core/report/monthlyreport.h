// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/stats/ranking.h"
#include "core/stats/statsengine.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class ProjectFile;

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
// composite score (Ranking), with the change since the month before and 金牛 and 蜗牛 marks; the
// pipeline funnel and the month's signings by chain (Dashboard); a bar
// chart of the scores against the pro-rata line; and the warnings as of the month's last day
// (Warnings::list, of the unit alone when one is given), counted by kind and listed up to
// kMaxWarningsListed. Page layout is PageDocument's.
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
    // Writes the report of `month` (1–12) of `year` for the unit called `unit` (empty: every
    // unit, 全市) to `path`, through a temporary file renamed into place when complete.
    static Result<MonthlyReportSummary> write(ProjectFile &project, int year, int month,
                                              const QString &unit, const QString &path);
};
