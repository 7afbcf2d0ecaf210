// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/reportcommands.h"

#include "app/cli/commandparser.h"
#include "app/cli/exitcode.h"
#include "core/report/monthlyreport.h"
#include "core/storage/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace {

class Report
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)
public:
    Report(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    int run(const QStringList &args)
    {
        CommandParser parser(QStringLiteral("report"),
                             tr("Writes the monthly bulletin (月度通报) as an A4 PDF: targets and "
                                "their completion to the month's end, the ranking of units, a "
                                "chart of their scores and the warnings. The project is only "
                                "read."),
                             m_out, m_err);
        parser.addArgument(QStringLiteral("FILE.gpkg"), tr("The project."));
        parser.addOption({QStringLiteral("year"), tr("The year (required)."), QStringLiteral("Y")});
        parser.addOption(
            {QStringLiteral("month"), tr("The month, 1–12 (required)."), QStringLiteral("M")});
        parser.addOption({QStringLiteral("unit"),
                          tr("Report on this unit (its name); default: every unit."),
                          QStringLiteral("U")});
        parser.addOption({QStringLiteral("out"),
                          tr("The PDF to write (required); replaced only once the new one is "
                             "complete."),
                          QStringLiteral("REPORT.pdf")});
        parser.addPublicOption();
        if (auto exit = parser.parse(args))
            return *exit;
        bool yearOk = false, monthOk = false;
        const int year = parser.value(QStringLiteral("year")).toInt(&yearOk);
        const int month = parser.value(QStringLiteral("month")).toInt(&monthOk);
        const QString out = parser.value(QStringLiteral("out"));
        QStringList problems;
        if (!yearOk || year < 1950 || year > 2100)
            problems << tr("--year must be a year between 1950 and 2100.");
        if (!monthOk || month < 1 || month > 12)
            problems << tr("--month must be a month from 1 to 12.");
        if (out.isEmpty())
            problems << tr("--out must name the PDF to write.");
        if (!problems.isEmpty())
            return parser.usageError(problems);
        auto project = ProjectFile::open(parser.arguments().first(), ProjectFile::Access::Read);
        if (!project)
            return reportFailure(m_err, project.error());
        (*project)->setAudience(parser.audience());
        auto summary = MonthlyReport::write(**project, year, month,
                                            parser.value(QStringLiteral("unit")), out);
        if (!summary)
            return reportFailure(m_err, summary.error());
        m_out << tr("%1: %2 page(s), %3 target(s), %4 unit(s) ranked, %5 warning(s).")
                     .arg(QDir::toNativeSeparators(out))
                     .arg(summary->pages)
                     .arg(summary->targets)
                     .arg(summary->units)
                     .arg(summary->warnings)
              << '\n';
        return Success;
    }

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace

namespace ReportCommands {

int report(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Report(out, err).run(args);
}

} // namespace ReportCommands
