// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ledgercommands.h"

#include "app/cli/commandparser.h"
#include "app/cli/exitcode.h"
#include "core/commands/commands.h"
#include "core/demo/demobuilder.h"
#include "core/demo/demorandom.h"
#include "core/domain/domain.h"
#include "core/ledger/importpresets.h"
#include "core/ledger/ledgerexport.h"
#include "core/ledger/ledgerimport.h"
#include "core/ledger/projectquery.h"
#include "core/project/projectdocument.h"
#include "core/storage/projectfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>

namespace {

class Ledger
{
    Q_DECLARE_TR_FUNCTIONS(LedgerCommands)
public:
    Ledger(QStringList args, QTextStream &out, QTextStream &err)
        : m_args(std::move(args))
        , m_out(out)
        , m_err(err)
    {}

    int run()
    {
        CommandParser parser(QStringLiteral("ledger"), tr("The project ledger."), m_out, m_err);
        parser.setCommands({
            {QStringLiteral("list"), tr("list the projects, filtered")},
            {QStringLiteral("import"), tr("import projects from a spreadsheet")},
            {QStringLiteral("export"), tr("export the projects to a spreadsheet")},
            {QStringLiteral("bench"), tr("time filters, search and import (prints JSON)")},
        });
        parser.setEpilog(tr("Run \"investatlas-cli ledger COMMAND --help\" for the arguments and "
                            "options of a command."));
        if (auto exit = parser.parse(m_args))
            return *exit;
        const QStringList rest = parser.arguments();
        if (rest.isEmpty())
            return parser.commandMissing();
        const QString verb = rest.first();
        const QStringList args = rest.mid(1);
        if (verb == QLatin1String("list"))
            return list(args);
        if (verb == QLatin1String("import"))
            return import(args);
        if (verb == QLatin1String("export"))
            return exportTo(args);
        if (verb == QLatin1String("bench"))
            return bench(args);
        return parser.usageError({tr("Unknown command: %1").arg(verb)});
    }

private:
    static void addFilterOptions(CommandParser &parser)
    {
        parser.addOption({QStringLiteral("stage"),
                          tr("Only projects at this stage (%1).")
                              .arg(Domain::codes(Domain::stages()).join(QStringLiteral(", "))),
                          QStringLiteral("S")});
        parser.addOption({QStringLiteral("unit"), tr("Only projects of this unit (its name)."),
                          QStringLiteral("U")});
        parser.addOption({QStringLiteral("search"),
                          tr("Only projects whose name, investor or notes contain TEXT."),
                          QStringLiteral("TEXT")});
    }

    // The filter given by the options of addFilterOptions(); adds what is wrong to `problems`.
    static ProjectFilter filter(const CommandParser &parser, QStringList *problems)
    {
        ProjectFilter f;
        f.stage = parser.value(QStringLiteral("stage"));
        f.unit = parser.value(QStringLiteral("unit"));
        f.search = parser.value(QStringLiteral("search"));
        if (!f.stage.isEmpty() && !Domain::isValid(Domain::stages(), f.stage))
            *problems << tr("Unknown stage %1; the stages are %2.")
                             .arg(f.stage,
                                  Domain::codes(Domain::stages()).join(QStringLiteral(", ")));
        return f;
    }

    // Listing and exporting read (the file stays byte-identical); importing edits. On failure
    // says why and leaves the exit code in m_openFailed.
    std::unique_ptr<ProjectFile> open(const QString &path, ProjectFile::Access access)
    {
        auto project = ProjectFile::open(path, access);
        if (!project) {
            m_openFailed = reportFailure(m_err, project.error());
            return nullptr;
        }
        return project.takeValue();
    }

    // Prints the error and returns the exit code it calls for (Busy when the project is locked).
    int list(const QStringList &args)
    {
        CommandParser parser(QStringLiteral("ledger list"),
                             tr("Lists the projects of the ledger: name, unit, stage and "
                                "investment (100M CNY), or with --json one object per project."),
                             m_out, m_err);
        parser.addArgument(QStringLiteral("FILE.gpkg"), tr("The project."));
        parser.addOption({QStringLiteral("json"), tr("Print a JSON array instead of text.")});
        addFilterOptions(parser);
        parser.addPublicOption();
        if (auto exit = parser.parse(args))
            return *exit;
        QStringList problems;
        const ProjectFilter f = filter(parser, &problems);
        if (!problems.isEmpty())
            return parser.usageError(problems);
        auto project = open(parser.arguments().first(), ProjectFile::Access::Read);
        if (!project)
            return m_openFailed;
        project->setAudience(parser.audience());
        // Each project is written as it is read: a ledger of any size, or with texts of
        // megabytes, is never held whole in memory (one big QJsonDocument took gigabytes).
        const bool json = parser.isSet(QStringLiteral("json"));
        bool first = true;
        if (json)
            m_out << '[';
        Status listed = ProjectQuery::forEach(*project, f, [&](const ProjectRow &row) {
            if (json) {
                // UTF-8 straight to the output: a text of megabytes is not converted back and
                // forth through the text stream.
                const QByteArray object
                    = QJsonDocument(row.toJson()).toJson(QJsonDocument::Compact);
                m_out << (first ? "" : ",");
                m_out.flush();
                if (m_out.device())
                    m_out.device()->write(object);
                else
                    m_out << object;
            } else {
                m_out << row.name << '\t' << row.unit << '\t'
                      << Domain::label(Domain::stages(), row.stage) << '\t'
                      << (row.investmentWan.isNull()
                              ? QString()
                              : QString::number(row.investmentWan.toDouble() / Domain::kWanPerYi,
                                                'f', 2))
                      << '\n';
            }
            first = false;
        });
        if (!listed) {
            // What was printed is cut short: the exit code says so, and so does stderr.
            m_out << '\n';
            return reportFailure(m_err, listed.error());
        }
        if (json)
            m_out << "]\n";
        return Success;
    }

    int import(const QStringList &args)
    {
        CommandParser parser(QStringLiteral("ledger import"),
                             tr("Imports projects from an office spreadsheet: finds the header, "
                                "maps the columns, checks every row and writes everything "
                                "accepted as one undoable change."),
                             m_out, m_err);
        parser.addArgument(QStringLiteral("FILE.gpkg"), tr("The project."));
        parser.addArgument(QStringLiteral("SHEET"), tr("The spreadsheet, .xlsx or .csv."));
        parser.addOption({QStringLiteral("sheet"),
                          tr("The worksheet to read (default: the first)."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("mapping"),
                          tr("Which column holds which field: a JSON file such as {\"name\": "
                             "\"项目名称\"}, or the name of a preset saved in the project."),
                          QStringLiteral("M.json|PRESET")});
        parser.addOption({QStringLiteral("dry-run"), tr("Check and report, but write nothing.")});
        parser.addOption({QStringLiteral("on-duplicate"),
                          tr("What to do with a project that is already in the ledger "
                             "(default: skip)."),
                          QStringLiteral("update|skip")});
        parser.addOption(
            {QStringLiteral("create-units"), tr("Add units that the project does not have yet.")});
        parser.addOption({QStringLiteral("json"), tr("Print the report as one JSON object.")});
        if (auto exit = parser.parse(args))
            return *exit;
        LedgerImport::Options options;
        const bool json = parser.isSet(QStringLiteral("json"));
        options.dryRun = parser.isSet(QStringLiteral("dry-run"));
        options.createUnits = parser.isSet(QStringLiteral("create-units"));
        options.sheet = parser.value(QStringLiteral("sheet"));
        options.author = tr("command line");
        const QString duplicate = parser.value(QStringLiteral("on-duplicate"));
        const QString mappingPath = parser.value(QStringLiteral("mapping"));
        if (!duplicate.isEmpty() && duplicate != QLatin1String("update")
            && duplicate != QLatin1String("skip"))
            return parser.usageError({tr("--on-duplicate must be update or skip.")});
        options.onDuplicate = duplicate == QLatin1String("update")
                                  ? LedgerImport::OnDuplicate::Update
                                  : LedgerImport::OnDuplicate::Skip;
        // A dry run only reads: it neither upgrades nor touches the file.
        auto project = open(parser.arguments().at(0),
                            options.dryRun ? ProjectFile::Access::Read : ProjectFile::Access::Edit);
        if (!project)
            return m_openFailed;
        if (project->isReadOnly() && !options.dryRun) {
            m_err << tr("Nothing was imported: %1").arg(project->readOnlyReason()) << '\n';
            return BadInput;
        }
        if (!mappingPath.isEmpty() && !QFile::exists(mappingPath)) {
            // Not a file: the name of a preset saved in the project.
            auto preset = ImportPresets::load(*project, mappingPath);
            if (!preset) {
                m_err << preset.errorMessage() << '\n';
                return BadInput;
            }
            options.mapping = *preset;
        } else if (!mappingPath.isEmpty()) {
            QFile file(mappingPath);
            QJsonParseError error;
            const QJsonDocument doc = file.open(QIODevice::ReadOnly)
                                          ? QJsonDocument::fromJson(file.readAll(), &error)
                                          : QJsonDocument();
            if (!doc.isObject()) {
                m_err << tr("The mapping %1 is not a JSON object like {\"name\": \"项目名称\", "
                            "\"investment\": \"总投资\"}.")
                             .arg(mappingPath)
                      << '\n';
                return BadInput;
            }
            const QJsonObject object = doc.object();
            for (auto it = object.begin(); it != object.end(); ++it)
                options.mapping.insert(it.key(), it.value().toString());
        }
        ProjectDocument document(std::move(project));
        auto report = LedgerImport::run(document, parser.arguments().at(1), options);
        if (!report)
            return reportFailure(m_err, report.error());
        if (json) {
            m_out << QJsonDocument(report->toJson()).toJson(QJsonDocument::Compact) << '\n';
        } else {
            m_out << tr("%1 accepted (%2 new, %3 updated), %4 rejected, %5 skipped; %6.")
                         .arg(report->accepted)
                         .arg(report->created)
                         .arg(report->updated)
                         .arg(report->rejected.size())
                         .arg(report->skipped.size())
                         .arg(report->written ? tr("written") : tr("nothing written"))
                  << '\n';
            for (const auto &issue : report->rejected)
                m_out << tr("row %1: %2").arg(issue.row).arg(issue.reason) << '\n';
        }
        return Success;
    }

    int exportTo(const QStringList &args)
    {
        CommandParser parser(QStringLiteral("ledger export"),
                             tr("Writes the (filtered) ledger to a spreadsheet with Chinese "
                                "headers that state units; it imports back unchanged."),
                             m_out, m_err);
        parser.addArgument(QStringLiteral("FILE.gpkg"), tr("The project."));
        parser.addArgument(QStringLiteral("OUT"),
                           tr("The spreadsheet to write, .xlsx or .csv; it must not exist."));
        addFilterOptions(parser);
        parser.addPublicOption();
        if (auto exit = parser.parse(args))
            return *exit;
        QStringList problems;
        const ProjectFilter f = filter(parser, &problems);
        if (!problems.isEmpty())
            return parser.usageError(problems);
        auto project = open(parser.arguments().at(0), ProjectFile::Access::Read);
        if (!project)
            return m_openFailed;
        project->setAudience(parser.audience());
        auto written = LedgerExport::write(*project, f, parser.arguments().at(1));
        if (!written)
            return reportFailure(m_err, written.error());
        m_out << written->summary() << '\n';
        return Success;
    }

    // Filter/search time over 100 000 projects and import time of a 10 000-row sheet, on a
    // scratch project in the system's temporary folder.
    int bench(const QStringList &args)
    {
        CommandParser parser(QStringLiteral("ledger bench"),
                             tr("Times filters and search over 100 000 projects and the import of "
                                "a 10 000-row sheet, on a scratch project; prints one JSON "
                                "object."),
                             m_out, m_err);
        if (auto exit = parser.parse(args))
            return *exit;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.gpkg"));
        if (Status made = DemoBuilder::write(path); !made) {
            m_err << made.errorMessage() << '\n';
            return BadInput;
        }
        auto project = open(path, ProjectFile::Access::Edit);
        if (!project)
            return m_openFailed;
        DemoRandom random(99);
        const QStringList stages = Domain::codes(Domain::stages());
        const QStringList chains{QStringLiteral("半导体"), QStringLiteral("新能源"),
                                 QStringLiteral("数字经济"), QStringLiteral("生物医药"),
                                 QStringLiteral("汽车零部件")};
        QElapsedTimer timer;
        timer.start();
        {
            SqliteTransaction transaction(project->db());
            auto insert = project->db().prepare(
                QStringLiteral("INSERT INTO projects (name, investor, unit_id, chain, "
                               "investment_wan, land_mu, stage, "
                               "lead_date, notes, confidential) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                               "?7, '2022-01-01', ?8, 0)"));
            const qint64 have = project->rowCount(QStringLiteral("projects")).value();
            for (qint64 i = 0; i < 100000 - have; ++i) {
                insert->bindAll({QStringLiteral("第%1号%2项目").arg(i).arg(chains[int(i % 5)]),
                                 QStringLiteral("投资方%1有限公司").arg(i % 977), 1 + i % 10,
                                 chains[int(i % 5)], random.uniform(1000, 500000),
                                 random.uniform(10, 500), stages[random.between(0, 3)],
                                 QStringLiteral("备注%1").arg(i)});
                if (!insert->run())
                    return BadInput;
            }
            (void)transaction.commit();
        }
        const double fillMs = timer.nsecsElapsed() / 1e6;
        QJsonObject result{
            {QStringLiteral("projects"), project->rowCount(QStringLiteral("projects")).value()},
            {QStringLiteral("fill_ms"), std::round(fillMs)}};
        const std::pair<const char *, ProjectFilter> cases[] = {
            {"filter_stage_unit_ms",
             ProjectFilter{QStringLiteral("signed"), QStringLiteral("青田县"), {}}},
            {"search_chinese_ms", ProjectFilter{{}, {}, QStringLiteral("新能源")}},
            {"search_rare_ms", ProjectFilter{{}, {}, QStringLiteral("第12345号")}},
        };
        for (const auto &[name, filter] : cases) {
            std::vector<double> times;
            qsizetype rows = 0;
            for (int run = 0; run < 5; ++run) {
                timer.start();
                auto found = ProjectQuery::count(*project, filter);
                times.push_back(timer.nsecsElapsed() / 1e6);
                rows = found ? *found : -1;
            }
            std::sort(times.begin(), times.end());
            result.insert(QLatin1String(name), std::round(times[2] * 10) / 10);
            result.insert(QLatin1String(name).chopped(3) + QStringLiteral("_rows"), qint64(rows));
        }
        // What the ledger table does on every filter change: ordered fids and the totals line.
        {
            std::vector<double> times;
            for (int run = 0; run < 5; ++run) {
                timer.start();
                auto ordered
                    = ProjectQuery::fids(*project, ProjectFilter{{}, {}, QStringLiteral("新能源")},
                                         {QStringLiteral("signed_date"), Qt::DescendingOrder});
                times.push_back(timer.nsecsElapsed() / 1e6);
                if (!ordered)
                    return BadInput;
            }
            std::sort(times.begin(), times.end());
            result.insert(QStringLiteral("table_search_sorted_ms"), std::round(times[2] * 10) / 10);
        }
        // A 10 000-row office sheet: title row, header, amounts and dates as offices write them.
        const QString sheetPath = dir.filePath(QStringLiteral("sheet.csv"));
        {
            QFile sheet(sheetPath);
            if (!sheet.open(QIODevice::WriteOnly))
                return BadInput;
            QTextStream out(&sheet);
            out << "2023年项目台账,,,,,\n序号,项目名称,所属区县,总投资,签约日期,开工日期\n";
            for (int i = 0; i < 10000; ++i)
                out << i + 1 << ",导入项目" << i << ",青田县,"
                    << (i % 3 == 0   ? QStringLiteral("5亿元")
                        : i % 3 == 1 ? QStringLiteral("8000万元")
                                     : QStringLiteral("13.3"))
                    << ",2023/2/15,"
                    << (i % 2 ? QStringLiteral("2023年3月") : QStringLiteral("待定")) << "\n";
            out << "合计,,,,,\n";
        }
        ProjectDocument document(std::move(project));
        timer.start();
        auto report = LedgerImport::run(document, sheetPath, {});
        result.insert(QStringLiteral("import_10k_ms"), std::round(timer.nsecsElapsed() / 1e6));
        result.insert(QStringLiteral("import_accepted"), report ? report->accepted : -1);
        m_out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
        return Success;
    }

    QStringList m_args;
    QTextStream &m_out;
    QTextStream &m_err;
    int m_openFailed = BadInput;
};

} // namespace

namespace LedgerCommands {

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Ledger(args, out, err).run();
}

} // namespace LedgerCommands
