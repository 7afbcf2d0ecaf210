// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ledgercommands.h"

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
#include <QJsonArray>
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
        const QString verb = m_args.isEmpty() ? QString() : m_args.takeFirst();
        if (verb == QLatin1String("list"))
            return list();
        if (verb == QLatin1String("import"))
            return import();
        if (verb == QLatin1String("export"))
            return exportTo();
        if (verb == QLatin1String("bench"))
            return bench();
        return usage();
    }

private:
    int usage()
    {
        m_err << tr(
            "Usage:\n"
            "  investatlas-cli ledger list FILE.gpkg [--json] [--stage S] [--unit U] [--search "
            "TEXT]\n"
            "  investatlas-cli ledger import FILE.gpkg SHEET.xlsx|SHEET.csv [--sheet NAME]\n"
            "      [--mapping M.json|PRESET] [--dry-run] [--on-duplicate update|skip] "
            "[--create-units] [--json]\n"
            "  investatlas-cli ledger export FILE.gpkg OUT.xlsx|OUT.csv [--stage S] [--unit U] "
            "[--search TEXT]\n"
            "  investatlas-cli ledger bench   (filter and import timings, prints JSON)\n");
        return UsageError;
    }

    QString option(const QString &name)
    {
        const qsizetype at = m_args.indexOf(name);
        if (at < 0)
            return {};
        if (at + 1 >= m_args.size()) {
            m_errors << tr("%1 needs a value.").arg(name);
            m_args.removeAt(at);
            return {};
        }
        const QString value = m_args.at(at + 1);
        m_args.remove(at, 2);
        return value;
    }
    bool flag(const QString &name) { return m_args.removeAll(name) > 0; }

    // The remaining arguments must be exactly `count` files.
    bool files(int count)
    {
        for (const QString &arg : std::as_const(m_args)) {
            if (arg.startsWith(QLatin1Char('-')))
                m_errors << tr("Unknown option: %1").arg(arg);
        }
        if (m_args.size() != count)
            m_errors << tr("Expected %n file name(s).", nullptr, count);
        for (const QString &e : std::as_const(m_errors))
            m_err << e << '\n';
        return m_errors.isEmpty();
    }

    std::optional<ProjectFilter> filter()
    {
        ProjectFilter f;
        f.stage = option(QStringLiteral("--stage"));
        f.unit = option(QStringLiteral("--unit"));
        f.search = option(QStringLiteral("--search"));
        if (!f.stage.isEmpty() && !Domain::isValid(Domain::stages(), f.stage)) {
            m_errors << tr("Unknown stage %1; the stages are %2.")
                            .arg(f.stage,
                                 Domain::codes(Domain::stages()).join(QStringLiteral(", ")));
            return std::nullopt;
        }
        return f;
    }

    std::unique_ptr<ProjectFile> open(const QString &path)
    {
        auto project = ProjectFile::open(path);
        if (!project) {
            m_err << project.errorMessage() << '\n';
            return nullptr;
        }
        return project.takeValue();
    }

    int list()
    {
        const bool json = flag(QStringLiteral("--json"));
        const auto f = filter();
        if (!files(1) || !f)
            return usage();
        auto project = open(m_args.first());
        if (!project)
            return BadInput;
        auto rows = ProjectQuery::list(*project, *f);
        if (!rows) {
            m_err << rows.errorMessage() << '\n';
            return BadInput;
        }
        if (json) {
            QJsonArray array;
            for (const ProjectRow &row : *rows)
                array.append(row.toJson());
            m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
            return Success;
        }
        for (const ProjectRow &row : *rows)
            m_out << row.name << '\t' << row.unit << '\t'
                  << Domain::label(Domain::stages(), row.stage) << '\t'
                  << (row.investmentWan.isNull()
                          ? QString()
                          : QString::number(row.investmentWan.toDouble() / Domain::kWanPerYi, 'f',
                                            2))
                  << '\n';
        return Success;
    }

    int import()
    {
        LedgerImport::Options options;
        const bool json = flag(QStringLiteral("--json"));
        options.dryRun = flag(QStringLiteral("--dry-run"));
        options.createUnits = flag(QStringLiteral("--create-units"));
        options.sheet = option(QStringLiteral("--sheet"));
        options.author = tr("command line");
        const QString duplicate = option(QStringLiteral("--on-duplicate"));
        const QString mappingPath = option(QStringLiteral("--mapping"));
        if (!duplicate.isEmpty() && duplicate != QLatin1String("update")
            && duplicate != QLatin1String("skip"))
            m_errors << tr("--on-duplicate must be update or skip.");
        options.onDuplicate = duplicate == QLatin1String("update")
                                  ? LedgerImport::OnDuplicate::Update
                                  : LedgerImport::OnDuplicate::Skip;
        if (!files(2))
            return usage();
        auto project = open(m_args.at(0));
        if (!project)
            return BadInput;
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
        auto report = LedgerImport::run(document, m_args.at(1), options);
        if (!report) {
            m_err << report.errorMessage() << '\n';
            return BadInput;
        }
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

    int exportTo()
    {
        const auto f = filter();
        if (!files(2) || !f)
            return usage();
        auto project = open(m_args.at(0));
        if (!project)
            return BadInput;
        auto written = LedgerExport::write(*project, *f, m_args.at(1));
        if (!written) {
            m_err << written.errorMessage() << '\n';
            return BadInput;
        }
        m_out << tr("%n project(s) written.", nullptr, *written) << '\n';
        return Success;
    }

    // Filter/search time over 100 000 projects and import time of a 10 000-row sheet, on a
    // scratch project in the system's temporary folder.
    int bench()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.gpkg"));
        if (Status made = DemoBuilder::write(path); !made) {
            m_err << made.errorMessage() << '\n';
            return BadInput;
        }
        auto project = open(path);
        if (!project)
            return BadInput;
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
                auto ordered = ProjectQuery::fids(
                    *project, ProjectFilter{{}, {}, QStringLiteral("新能源")},
                    QStringLiteral("p.signed_date IS NULL, p.signed_date DESC"));
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
    QStringList m_errors;
};

} // namespace

namespace LedgerCommands {

int run(QStringList args, QTextStream &out, QTextStream &err)
{
    return Ledger(std::move(args), out, err).run();
}

} // namespace LedgerCommands
