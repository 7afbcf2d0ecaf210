// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/statscommands.h"

#include "app/cli/commandparser.h"
#include "app/cli/exitcode.h"
#include "core/demo/demobuilder.h"
#include "core/demo/demorandom.h"
#include "core/domain/domain.h"
#include "core/project/projectdocument.h"
#include "core/stats/dashboard.h"
#include "core/stats/fundsimport.h"
#include "core/stats/statsengine.h"
#include "core/stats/targetimport.h"
#include "core/stats/warnings.h"
#include "core/storage/projectfile.h"
#include "core/storage/sqlitedb.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace {

class Stats
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommands)
public:
    Stats(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    int targets(const QStringList &args)
    {
        return CommandParser::runGroup(
            QStringLiteral("targets"), tr("The units' yearly targets."),
            {{QStringLiteral("import"), tr("import targets from a CSV file"),
              [this](const QStringList &rest) { return importTargets(rest); }}},
            args, m_out, m_err);
    }

    int importTargets(const QStringList &args)
    {
        return importSheet(args, QStringLiteral("targets import"),
                           tr("Imports yearly targets (unit, city, year, metric, target, "
                              "measure, source) as one undoable change; if any row is "
                              "rejected, nothing is written."),
                           QStringLiteral("TARGETS.csv"), tr("The targets, .csv or .xlsx."),
                           tr("No target was imported: %1"), &TargetImport::run);
    }

    int funds(const QStringList &args)
    {
        return CommandParser::runGroup(
            QStringLiteral("funds"),
            tr("Funds actually arrived (实际到位资金), per project and month."),
            {{QStringLiteral("import"), tr("import funds arrived from a CSV or Excel file"),
              [this](const QStringList &rest) {
                  return importSheet(
                      rest, QStringLiteral("funds import"),
                      tr("Imports funds arrived (项目编号 or 项目名称, 月份, 到位资金, 备注) as "
                         "one undoable change; a month already recorded is replaced; if any row "
                         "is rejected, nothing is written."),
                      QStringLiteral("FUNDS.csv"), tr("The funds, .csv or .xlsx."),
                      tr("No funds were imported: %1"), &FundsImport::run);
              }}},
            args, m_out, m_err);
    }

    // The shared body of `targets import` and `funds import`: both plan a sheet all or nothing
    // and report rows created, updated, unchanged and rejected.
    int importSheet(const QStringList &args, const QString &command, const QString &description,
                    const QString &sheetName, const QString &sheetHelp, const QString &refused,
                    Result<TargetImport::Report> (*run)(ProjectDocument &, const QString &, bool))
    {
        CommandParser parser(command, description, m_out, m_err);
        parser.addArgument(QStringLiteral("FILE.gpkg"), tr("The project."));
        parser.addArgument(sheetName, sheetHelp);
        parser.addOption({QStringLiteral("dry-run"), tr("Check and report, but write nothing.")});
        parser.addOption({QStringLiteral("json"), tr("Print the report as one JSON object.")});
        if (auto exit = parser.parse(args))
            return *exit;
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        auto project = open(parser.arguments().at(0),
                            dryRun ? ProjectFile::Access::Read : ProjectFile::Access::Edit);
        if (!project)
            return m_openFailed;
        if (project->isReadOnly() && !dryRun) {
            m_err << refused.arg(project->readOnlyReason()) << '\n';
            return BadInput;
        }
        ProjectDocument document(std::move(project));
        auto report = run(document, parser.arguments().at(1), dryRun);
        if (!report)
            return fail(report.error());
        if (parser.isSet(QStringLiteral("json"))) {
            m_out << QJsonDocument(report->toJson()).toJson(QJsonDocument::Compact) << '\n';
        } else {
            m_out << tr("%1: %2 row(s), %3 new, %4 updated, %5 unchanged, %6 rejected; %7.")
                         .arg(report->file)
                         .arg(report->rows)
                         .arg(report->created)
                         .arg(report->updated)
                         .arg(report->unchanged)
                         .arg(report->rejected.size())
                         .arg(report->written ? tr("written") : tr("nothing written"))
                  << '\n';
        }
        for (const auto &issue : report->rejected)
            m_err << tr("%1, row %2: %3").arg(report->file).arg(issue.row).arg(issue.reason)
                  << '\n';
        return report->rejected.isEmpty() ? Success : BadInput;
    }

    int stats(const QStringList &args)
    {
        CommandParser parser(QStringLiteral("stats"),
                             tr("Prints every target of a year next to what the ledger shows, "
                                "cumulative to the year's or the month's end, with the ratio and "
                                "whether it is on track (actual ≥ target × the share of the year "
                                "elapsed, month / 12)."),
                             m_out, m_err);
        parser.addArgument(QStringLiteral("FILE.gpkg"), tr("The project."));
        parser.addOption({QStringLiteral("year"), tr("The year (required)."), QStringLiteral("Y")});
        parser.addOption({QStringLiteral("month"),
                          tr("Count to the end of this month (1–12); default: the whole year."),
                          QStringLiteral("M")});
        parser.addOption(
            {QStringLiteral("unit"), tr("Only this unit (its name)."), QStringLiteral("U")});
        parser.addOption({QStringLiteral("json"), tr("Print a JSON array instead of text.")});
        parser.addPublicOption();
        if (auto exit = parser.parse(args))
            return *exit;
        bool yearOk = false, monthOk = true;
        const int year = parser.value(QStringLiteral("year")).toInt(&yearOk);
        const QString monthText = parser.value(QStringLiteral("month"));
        const int month = monthText.isEmpty() ? 0 : monthText.toInt(&monthOk);
        QStringList problems;
        if (!yearOk || year < 1950 || year > 2100)
            problems << tr("--year must be a year between 1950 and 2100.");
        if (!monthOk || month < 0 || month > 12 || (!monthText.isEmpty() && month == 0))
            problems << tr("--month must be a month from 1 to 12.");
        if (!problems.isEmpty())
            return parser.usageError(problems);
        auto project = open(parser.arguments().first(), ProjectFile::Access::Read);
        if (!project)
            return m_openFailed;
        project->setAudience(parser.audience());
        std::optional<qint64> unit;
        if (const QString name = parser.value(QStringLiteral("unit")); !name.isEmpty()) {
            auto fid = StatsEngine::unitByName(*project, name);
            if (!fid)
                return fail(fid.error());
            unit = *fid;
        }
        const StatsPeriod period
            = month ? StatsPeriod::toMonthEnd(year, month) : StatsPeriod::wholeYear(year);
        auto rows = StatsEngine::scorecard(*project, period, unit);
        if (!rows)
            return fail(rows.error());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const ScoreRow &row : *rows)
                array.append(row.toJson());
            m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
            return Success;
        }
        m_out << tr("%1, to %2: %3% of the year elapsed")
                     .arg(year)
                     .arg(QLocale().toString(period.end, QLocale::ShortFormat))
                     .arg(QString::number(period.elapsedShare() * 100, 'f', 0))
              << '\n';
        if (rows->isEmpty())
            m_out << tr("No targets for %1.").arg(year) << '\n';
        for (const ScoreRow &row : *rows) {
            const QString name = row.metric ? Metrics::name(*row.metric) : row.metricId;
            QString status;
            if (!row.actual)
                status = tr("not counted by the ledger");
            else if (*row.onTrack)
                status = tr("on track");
            else
                status = tr("behind");
            m_out << row.unit << '\t' << name << '\t'
                  << tr("target %1 %2").arg(number(row.target), row.measure) << '\t'
                  << (row.actual ? tr("actual %1").arg(number(*row.actual)) : QString()) << '\t'
                  << (row.ratio ? QStringLiteral("%1%").arg(*row.ratio * 100, 0, 'f', 1)
                                : QString())
                  << '\t' << status << '\n';
        }
        return Success;
    }

    int warnings(const QStringList &args)
    {
        const WarningRules defaults;
        CommandParser parser(QStringLiteral("warnings"),
                             tr("Lists what needs action as of a day: projects signed or given "
                                "land but not started, parcels idle for too long, targets behind "
                                "the pro-rata line."),
                             m_out, m_err);
        parser.addArgument(QStringLiteral("FILE.gpkg"), tr("The project."));
        parser.addOption({QStringLiteral("today"), tr("The day to judge by (default: today)."),
                          QStringLiteral("YYYY-MM-DD")});
        parser.addOption({QStringLiteral("signed-days"),
                          tr("Warn about a project not started this many days after signing "
                             "(default %1).")
                              .arg(defaults.signedDays),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("land-days"),
                          tr("Warn about a project not started this many days after its land "
                             "was supplied (default %1).")
                              .arg(defaults.landDays),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("idle-months"),
                          tr("Warn about a parcel idle for more than this many months (default "
                             "%1).")
                              .arg(defaults.idleMonths),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("json"), tr("Print a JSON array instead of text.")});
        parser.addPublicOption();
        if (auto exit = parser.parse(args))
            return *exit;
        QStringList problems;
        QDate today = QDate::currentDate();
        if (const QString text = parser.value(QStringLiteral("today")); !text.isEmpty()) {
            today = QDate::fromString(text, Qt::ISODate);
            if (!today.isValid() || today.year() < 1950 || today.year() > 2100)
                problems << tr("--today must be a date written YYYY-MM-DD.");
        }
        WarningRules rules;
        auto count = [&](const char *option, int *value) {
            const QString text = parser.value(QLatin1String(option));
            if (text.isEmpty())
                return;
            bool ok = false;
            const int n = text.toInt(&ok);
            if (!ok || n < 0 || n > 100000)
                problems << tr("--%1 must be a whole number of zero or more.")
                                .arg(QLatin1String(option));
            else
                *value = n;
        };
        count("signed-days", &rules.signedDays);
        count("land-days", &rules.landDays);
        count("idle-months", &rules.idleMonths);
        if (!problems.isEmpty())
            return parser.usageError(problems);
        auto project = open(parser.arguments().first(), ProjectFile::Access::Read);
        if (!project)
            return m_openFailed;
        project->setAudience(parser.audience());
        auto list = Warnings::list(*project, today, rules);
        if (!list)
            return fail(list.error());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Warning &w : *list)
                array.append(w.toJson());
            m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
            return Success;
        }
        if (list->isEmpty())
            m_out << tr("No warnings.") << '\n';
        for (const Warning &w : *list)
            m_out << w.message << '\n';
        return Success;
    }

    // All stats of all units of a year over 100 000 projects (or a given project).
    int bench(const QStringList &args)
    {
        CommandParser parser(QStringLiteral("bench-stats"),
                             tr("Times the stats of every unit and target of a year and the "
                                "warnings, on a scratch project of 100 000 projects or on "
                                "FILE.gpkg; prints one JSON object."),
                             m_out, m_err);
        parser.addOption({QStringLiteral("file"), tr("Time this project instead (only read)."),
                          QStringLiteral("FILE.gpkg")});
        parser.addOption(
            {QStringLiteral("year"), tr("The year (default 2022)."), QStringLiteral("Y")});
        parser.addOption({QStringLiteral("keep"),
                          tr("Write the scratch project here and keep it (it must not exist)."),
                          QStringLiteral("OUT.gpkg")});
        if (auto exit = parser.parse(args))
            return *exit;
        const int year = parser.value(QStringLiteral("year")).isEmpty()
                             ? 2022
                             : parser.value(QStringLiteral("year")).toInt();
        QTemporaryDir dir;
        QString path = parser.value(QStringLiteral("file"));
        QJsonObject result;
        if (path.isEmpty()) {
            path = parser.isSet(QStringLiteral("keep"))
                       ? parser.value(QStringLiteral("keep"))
                       : dir.filePath(QStringLiteral("bench.gpkg"));
            if (Status made = DemoBuilder::write(path); !made)
                return fail(made.error());
            auto project = open(path, ProjectFile::Access::Edit);
            if (!project)
                return m_openFailed;
            QElapsedTimer timer;
            timer.start();
            if (Status filled = fill(*project, 100000); !filled)
                return fail(filled.error());
            result.insert(QStringLiteral("fill_ms"), std::round(timer.nsecsElapsed() / 1e6));
        }
        auto project = open(path, ProjectFile::Access::Read);
        if (!project)
            return m_openFailed;
        result.insert(QStringLiteral("projects"),
                      project->rowCount(QStringLiteral("projects")).value());
        result.insert(QStringLiteral("year"), year);
        auto median = [](std::vector<double> times) {
            std::sort(times.begin(), times.end());
            return std::round(times[times.size() / 2] * 10) / 10;
        };
        QElapsedTimer timer;
        std::vector<double> compute, scorecard, monthly, warn, dashboardAll, dashboardUnit,
            unitChange;
        qsizetype rows = 0, warnings = 0;
        for (int run = 0; run < 5; ++run) {
            timer.start();
            auto actuals = StatsEngine::compute(*project, StatsPeriod::wholeYear(year));
            compute.push_back(timer.nsecsElapsed() / 1e6);
            if (!actuals)
                return fail(actuals.error());
            timer.start();
            auto card = StatsEngine::scorecard(*project, StatsPeriod::wholeYear(year));
            scorecard.push_back(timer.nsecsElapsed() / 1e6);
            if (!card)
                return fail(card.error());
            rows = card->size();
            // The twelve monthly cut-offs of the year, as the monthly ranking needs them.
            timer.start();
            QList<QDate> monthEnds;
            for (int month = 1; month <= 12; ++month)
                monthEnds << StatsPeriod::toMonthEnd(year, month).end;
            if (auto months = StatsEngine::computeCumulative(*project, year, monthEnds); !months)
                return fail(months.error());
            monthly.push_back(timer.nsecsElapsed() / 1e6);
            timer.start();
            auto list = Warnings::list(*project, QDate(year, 6, 30));
            warn.push_back(timer.nsecsElapsed() / 1e6);
            if (!list)
                return fail(list.error());
            warnings = list->size();
            // The dashboard's refresh: every unit to June, then one unit's second quarter.
            timer.start();
            auto all = Dashboard::compute(*project, {DashboardPeriod::Kind::Month, year, 6});
            dashboardAll.push_back(timer.nsecsElapsed() / 1e6);
            if (!all)
                return fail(all.error());
            timer.start();
            auto one = Dashboard::compute(*project, {DashboardPeriod::Kind::Quarter, year, 2},
                                          qint64(1));
            dashboardUnit.push_back(timer.nsecsElapsed() / 1e6);
            if (!one)
                return fail(one.error());
            // Another unit chosen: the view keeps every unit's targets of the period.
            auto targets = Dashboard::targets(*project, {DashboardPeriod::Kind::Month, year, 6});
            if (!targets)
                return fail(targets.error());
            timer.start();
            auto other = Dashboard::compute(*project, {DashboardPeriod::Kind::Month, year, 6},
                                            qint64(2), &*targets);
            unitChange.push_back(timer.nsecsElapsed() / 1e6);
            if (!other)
                return fail(other.error());
        }
        result.insert(QStringLiteral("all_stats_all_units_ms"), median(compute));
        result.insert(QStringLiteral("scorecard_ms"), median(scorecard));
        result.insert(QStringLiteral("scorecard_rows"), qint64(rows));
        result.insert(QStringLiteral("twelve_months_ms"), median(monthly));
        result.insert(QStringLiteral("warnings_ms"), median(warn));
        result.insert(QStringLiteral("warnings"), qint64(warnings));
        result.insert(QStringLiteral("dashboard_all_units_ms"), median(dashboardAll));
        result.insert(QStringLiteral("dashboard_one_unit_ms"), median(dashboardUnit));
        result.insert(QStringLiteral("dashboard_unit_change_ms"), median(unitChange));
        m_out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
        return Success;
    }

private:
    static QString number(double value)
    {
        return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 2);
    }

    // Adds projects up to `total`, with milestone dates that follow their stage over 2020–2024,
    // amounts across every tier, some USD-only, some dropped.
    static Status fill(ProjectFile &project, qint64 total)
    {
        DemoRandom random(11);
        const QStringList stages = Domain::codes(Domain::stages());
        const QStringList columns{
            QStringLiteral("lead_date"),        QStringLiteral("assessment_date"),
            QStringLiteral("negotiation_date"), QStringLiteral("signed_date"),
            QStringLiteral("land_date"),        QStringLiteral("construction_date"),
            QStringLiteral("production_date"),  QStringLiteral("statistics_date"),
            QStringLiteral("capacity_date"),    QStringLiteral("dropped_date")};
        const QStringList chains{QStringLiteral("半导体"),     QStringLiteral("新能源"),
                                 QStringLiteral("数字经济"),   QStringLiteral("生物医药"),
                                 QStringLiteral("汽车零部件"), QStringLiteral("文旅")};
        const QStringList investors{QStringLiteral("private"), QStringLiteral("soe"),
                                    QStringLiteral("listed"), QStringLiteral("foreign"),
                                    QStringLiteral("fortune500")};
        auto units = project.rowCount(QStringLiteral("units"));
        const qint64 unitCount = units ? std::max<qint64>(1, *units) : 1;
        SqliteTransaction transaction(project.db());
        auto insert = project.db().prepare(
            QStringLiteral("INSERT INTO projects (name, unit_id, chain, investor_type, "
                           "investment_wan, foreign_investment_wan_usd, land_mu, stage, %1, "
                           "confidential) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                           "?12, ?13, ?14, ?15, ?16, ?17, ?18, 0)")
                .arg(columns.join(QStringLiteral(", "))));
        if (!insert)
            return insert.error();
        const qint64 have = project.rowCount(QStringLiteral("projects")).value();
        for (qint64 i = 0; i < total - have; ++i) {
            const int stage = random.between(0, int(stages.size()) - 1);
            const bool dropped = stages[stage] == QLatin1String("dropped");
            const int reached = dropped ? random.between(0, 4) : stage;
            QDate date = QDate(2020, 1, 1).addDays(random.between(0, 4 * 365));
            QVariantList dates;
            for (int s = 0; s < 9; ++s) {
                dates << (s <= reached ? QVariant(date.toString(Qt::ISODate)) : QVariant());
                if (s <= reached)
                    date = date.addDays(random.between(10, 200));
            }
            dates << (dropped ? QVariant(date.toString(Qt::ISODate)) : QVariant());
            const bool usdOnly = random.chance(0.03);
            // Log-uniform from 100 万元 to 200 亿元: every tier gets projects.
            const double wan = std::exp(random.uniform(std::log(100.0), std::log(2000000.0)));
            QVariantList values{QStringLiteral("基准项目%1").arg(i),
                                1 + i % unitCount,
                                chains[int(i % chains.size())],
                                investors[random.between(0, int(investors.size()) - 1)],
                                usdOnly ? QVariant() : QVariant(std::round(wan)),
                                usdOnly || random.chance(0.1) ? QVariant(random.uniform(50, 5000))
                                                              : QVariant(),
                                random.uniform(10, 500),
                                stages[stage]};
            values << dates;
            insert->bindAll(values);
            if (Status done = insert->run(); !done)
                return done;
        }
        return transaction.commit();
    }

    // On failure says why and leaves the exit code in m_openFailed.
    std::unique_ptr<ProjectFile> open(const QString &path, ProjectFile::Access access)
    {
        auto project = ProjectFile::open(path, access);
        if (project)
            return project.takeValue();
        m_openFailed = fail(project.error());
        return nullptr;
    }

    int fail(const Error &error) { return reportFailure(m_err, error); }

    QTextStream &m_out;
    QTextStream &m_err;
    int m_openFailed = BadInput;
};

} // namespace

namespace StatsCommands {

int targets(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Stats(out, err).targets(args);
}

int funds(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Stats(out, err).funds(args);
}

int stats(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Stats(out, err).stats(args);
}

int warnings(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Stats(out, err).warnings(args);
}

int bench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Stats(out, err).bench(args);
}

} // namespace StatsCommands
