// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/monthlyreport.h"

#include "core/domain/domain.h"

#include "core/report/pagedocument.h"
#include "core/stats/dashboard.h"
#include "core/stats/metrics.h"
#include "core/stats/warnings.h"

#include <QDate>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 2);
}

QString percent(double ratio)
{
    return QStringLiteral("%1%").arg(ratio * 100, 0, 'f', 1);
}

// ↑2 / ↓1 / – against the month before; empty when either month has no rank.
QString rankChange(const UnitScore &u)
{
    if (!u.rank || !u.previousRank)
        return QString();
    const int gained = u.previousRank - u.rank;
    if (gained == 0)
        return QStringLiteral("–");
    return gained > 0 ? QStringLiteral("↑%1").arg(gained) : QStringLiteral("↓%1").arg(-gained);
}

} // namespace

Result<MonthlyReportSummary> MonthlyReport::write(ProjectFile &project, int year, int month,
                                                  const QString &unit, const QString &path)
{
    if (month < 1 || month > 12 || year < 1950 || year > 2100)
        return Error{tr("There is no month %1 of %2.").arg(month).arg(year)};
    std::optional<qint64> unitFid;
    if (!unit.isEmpty()) {
        auto fid = StatsEngine::unitByName(project, unit);
        if (!fid)
            return fid.error();
        unitFid = *fid;
    }
    const StatsPeriod period = StatsPeriod::toMonthEnd(year, month);
    const double share = period.elapsedShare();
    // Targets, ranking (with last month's places), pipeline and this month's signings: the
    // dashboard's figures for the month.
    auto dashboard
        = Dashboard::compute(project, {DashboardPeriod::Kind::Month, year, month}, unitFid);
    if (!dashboard)
        return dashboard.error();
    auto warnings = Warnings::list(project, period.end);
    if (!warnings)
        return warnings.error();

    const QList<ScoreRow> &rows = dashboard->scorecard;
    QList<Warning> shown;
    for (const Warning &w : *warnings) {
        if (unit.isEmpty() || w.unit == unit)
            shown << w;
    }
    const QList<UnitScore> &ranks = dashboard->ranking;

    const QString who = unit.isEmpty() ? tr("All units") : unit;
    const QString monthName = tr("%1-%2", "year, month").arg(year).arg(month);
    const QString endDay = tr("%1-%2-%3", "year, month, day")
                               .arg(period.end.year())
                               .arg(period.end.month())
                               .arg(period.end.day());
    PageDocument document(tr("%1 monthly bulletin, %2").arg(who, monthName));
    document.addTitleBlock(tr("%1 investment promotion monthly bulletin").arg(who), monthName,
                           tr("Cumulative from 1 January to %1 · %2 of the year elapsed · made "
                              "from the project ledger")
                               .arg(endDay, percent(share)));

    // 一、目标完成情况
    int counted = 0, onTrack = 0;
    for (const ScoreRow &row : rows) {
        if (row.actual) {
            ++counted;
            if (row.onTrack.value_or(false))
                ++onTrack;
        }
    }
    document.addHeading(tr("1. Targets and completion"));
    if (rows.isEmpty()) {
        document.addParagraph(tr("No targets for %1 in %2.").arg(who).arg(year));
    } else {
        document.addParagraph(tr("Targets: %1; counted from the ledger: %2; on track: %3; "
                                 "behind the pro-rata line (%4 of the year): %5.")
                                  .arg(rows.size())
                                  .arg(counted)
                                  .arg(onTrack)
                                  .arg(percent(share))
                                  .arg(counted - onTrack));
        ReportTable table;
        const bool withUnit = unit.isEmpty();
        if (withUnit)
            table.columns << TableColumn{tr("Unit"), 1.1};
        table.columns << TableColumn{tr("Metric"), 3.0}
                      << TableColumn{tr("Target"), 1.7, Qt::AlignRight}
                      << TableColumn{tr("Actual"), 1.2, Qt::AlignRight}
                      << TableColumn{tr("Completion"), 1.3, Qt::AlignRight}
                      << TableColumn{tr("Status"), 1.3, Qt::AlignHCenter};
        const int statusColumn = withUnit ? 5 : 4;
        for (const ScoreRow &row : rows) {
            TableRow line;
            if (withUnit)
                line.cells << row.unit;
            line.cells << (row.metric ? Metrics::name(*row.metric) : row.metricId)
                       << QStringLiteral("%1 %2").arg(number(row.target), row.measure)
                       << (row.actual ? number(*row.actual) : QStringLiteral("—"))
                       << (row.ratio ? percent(*row.ratio) : QStringLiteral("—"));
            if (!row.actual) {
                line.cells << tr("Not in the ledger");
                line.colours.insert(statusColumn, PageDocument::muted());
            } else if (row.onTrack.value_or(false)) {
                line.cells << tr("On track");
                line.colours.insert(statusColumn, PageDocument::good());
            } else {
                line.cells << tr("Behind");
                line.colours.insert(statusColumn, PageDocument::bad());
            }
            table.rows << line;
        }
        document.addTable(table);
        document.addParagraph(tr("Completion = actual ÷ yearly target. On track: the actual has "
                                 "reached the target × the share of the year elapsed (month ÷ "
                                 "12); rates compare with the whole target. \"Not in the "
                                 "ledger\": the ledger does not record what the metric counts."),
                              PageDocument::muted());
    }

    // 二、单位排名（龙虎榜）
    document.addHeading(tr("2. Ranking of units"));
    const int ranked = Ranking::rankedCount(ranks);
    if (ranks.isEmpty()) {
        document.addParagraph(tr("No unit has targets for %1.").arg(year));
    } else {
        ReportTable table;
        table.columns << TableColumn{tr("Rank"), 0.7, Qt::AlignHCenter}
                      << TableColumn{tr("Unit"), 1.8}
                      << TableColumn{tr("Score"), 1.1, Qt::AlignRight}
                      << TableColumn{tr("Targets scored"), 1.2, Qt::AlignRight}
                      << TableColumn{tr("On track"), 1.1, Qt::AlignRight}
                      << TableColumn{tr("Change"), 1.0, Qt::AlignHCenter}
                      << TableColumn{tr("Mark"), 1.1, Qt::AlignHCenter};
        for (const UnitScore &u : ranks) {
            TableRow line;
            line.cells << (u.rank ? QString::number(u.rank) : QStringLiteral("—")) << u.unit
                       << (u.score ? percent(*u.score) : QStringLiteral("—"))
                       << QString::number(u.counted) << QString::number(u.onTrack) << rankChange(u);
            QString mark;
            if (u.golden) {
                mark = tr("Golden ox");
                line.colours.insert(6, PageDocument::good());
            } else if (u.snail) {
                mark = tr("Snail");
                line.colours.insert(6, PageDocument::bad());
            }
            line.cells << mark;
            line.shaded = unitFid && u.unitFid == *unitFid;
            line.bold = line.shaded;
            table.rows << line;
        }
        document.addTable(table);
        document.addParagraph(
            tr("Score: the mean completion of a unit's targets that the ledger counts and that "
               "are above zero, each completion capped at %1; units without such a target are "
               "not ranked. Change: places gained (↑) or lost (↓) since the end of the month "
               "before. Golden ox (金牛): the first; snail (蜗牛): the last, when at least "
               "three units are ranked.")
                .arg(percent(Ranking::kRatioCap)),
            PageDocument::muted());
        if (ranked > 0) {
            BarChart chart;
            chart.title = tr("Composite score by unit");
            chart.suffix = QStringLiteral("%");
            chart.maximum = Ranking::kRatioCap * 100;
            chart.ticks = 3;
            chart.marker = share * 100;
            chart.markerLabel = tr("Pro-rata line %1").arg(percent(share));
            for (const UnitScore &u : ranks) {
                if (!u.score)
                    continue;
                chart.labels << u.unit;
                chart.values << *u.score * 100;
                QColor colour = *u.score >= share ? PageDocument::barColour()
                                                  : PageDocument::bad().lighter(115);
                if (unitFid && u.unitFid == *unitFid)
                    colour = PageDocument::accent();
                chart.colours << colour;
            }
            document.addBarChart(chart);
        }
    }

    // 三、招商进展
    document.addHeading(tr("3. Pipeline and signings"));
    {
        BarChart funnel;
        funnel.title = tr("Projects that reached each stage by %1").arg(endDay);
        for (const FunnelStep &step : dashboard->funnel) {
            QString label = Domain::label(Domain::stages(), step.stage);
            if (step.conversion)
                label += tr(" (%1)").arg(percent(*step.conversion));
            funnel.labels << label;
            funnel.values << step.reached;
        }
        document.addBarChart(funnel);
        int signedCount = 0;
        for (const SignedGroup &group : dashboard->byChain)
            signedCount += group.count;
        if (signedCount == 0) {
            document.addParagraph(tr("No project was signed in %1.").arg(monthName));
        } else {
            BarChart chains;
            chains.title = tr("Signed in %1 by industry chain (100M CNY)").arg(monthName);
            chains.decimals = 2;
            for (const SignedGroup &group : dashboard->byChain) {
                chains.labels << tr("%1 (%n project(s))", nullptr, group.count).arg(group.label);
                chains.values << group.investmentYi;
            }
            document.addBarChart(chains);
        }
        document.addParagraph(tr("In brackets under each stage: its share of the stage before. "
                                 "Dropped projects count up to the stage they reached."),
                              PageDocument::muted());
    }

    // 四、预警事项
    document.addHeading(tr("4. Warnings"));
    if (shown.isEmpty()) {
        document.addParagraph(tr("No warnings as of %1.").arg(endDay));
    } else {
        QMap<int, int> byKind;
        for (const Warning &w : shown)
            ++byKind[int(w.kind)];
        QStringList counts;
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
            counts << tr("%1: %2").arg(Warning::kindName(Warning::Kind(it.key()))).arg(it.value());
        document.addParagraph(tr("Warnings as of %1: %2 (%3).")
                                  .arg(endDay)
                                  .arg(shown.size())
                                  .arg(counts.join(tr(", "))));
        ReportTable table;
        table.columns << TableColumn{tr("No."), 0.5, Qt::AlignHCenter}
                      << TableColumn{tr("Kind"), 1.4} << TableColumn{tr("Unit"), 1.0}
                      << TableColumn{tr("Details"), 5.0};
        for (qsizetype i = 0; i < shown.size() && i < kMaxWarningsListed; ++i) {
            const Warning &w = shown[i];
            table.rows << TableRow{
                {QString::number(i + 1), Warning::kindName(w.kind), w.unit, w.message},
                {},
                false,
                false};
        }
        document.addTable(table);
        if (shown.size() > kMaxWarningsListed)
            document.addParagraph(tr("%1 more warning(s) not listed; \"investatlas-cli "
                                     "warnings\" lists them all.")
                                      .arg(shown.size() - kMaxWarningsListed),
                                  PageDocument::muted());
    }

    auto pages = document.write(path);
    if (!pages)
        return pages.error();
    MonthlyReportSummary summary;
    summary.pages = *pages;
    summary.targets = int(rows.size());
    summary.units = ranked;
    summary.warnings = int(shown.size());
    return summary;
}
