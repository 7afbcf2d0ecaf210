// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledgercommands.h"

#include "commands/commands.h"
#include "domain.h"
#include "exitcode.h"
#include "ledger/ledgerexport.h"
#include "ledger/ledgerimport.h"
#include "ledger/projectquery.h"
#include "projectfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUndoStack>

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
        return usage();
    }

private:
    int usage()
    {
        m_err << tr("Usage:\n"
                    "  investatlas-cli ledger list FILE.gpkg [--json] [--stage S] [--unit U] [--search TEXT]\n"
                    "  investatlas-cli ledger import FILE.gpkg SHEET.xlsx|SHEET.csv [--sheet NAME]\n"
                    "      [--mapping M.json] [--dry-run] [--on-duplicate update|skip] [--create-units] [--json]\n"
                    "  investatlas-cli ledger export FILE.gpkg OUT.xlsx|OUT.csv [--stage S] [--unit U] [--search TEXT]\n");
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
                            .arg(f.stage, Domain::codes(Domain::stages()).join(QStringLiteral(", ")));
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
            m_out << row.name << '\t' << row.unit << '\t' << Domain::label(Domain::stages(), row.stage)
                  << '\t'
                  << (row.investmentWan.isNull()
                          ? QString()
                          : QString::number(row.investmentWan.toDouble() / Domain::kWanPerYi, 'f', 2))
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
        if (!duplicate.isEmpty() && duplicate != QLatin1String("update") && duplicate != QLatin1String("skip"))
            m_errors << tr("--on-duplicate must be update or skip.");
        options.onDuplicate = duplicate == QLatin1String("update") ? LedgerImport::OnDuplicate::Update
                                                                  : LedgerImport::OnDuplicate::Skip;
        if (!files(2))
            return usage();
        if (!mappingPath.isEmpty()) {
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
        auto project = open(m_args.at(0));
        if (!project)
            return BadInput;
        QUndoStack stack;
        auto report = LedgerImport::run(stack, *project, nullptr, m_args.at(1), options);
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
