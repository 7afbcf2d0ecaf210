// SPDX-License-Identifier: GPL-3.0-or-later
// investatlas-cli: the headless tool. Links core only and needs no display.
// Exit codes: 0 success, 1 usage error, 2 bad input (message on stderr, nothing written), 3 the
// project is locked by another program (the message names it; retry later).

#include "app/cli/commandparser.h"
#include "app/cli/exitcode.h"
#include "app/cli/giscommands.h"
#include "app/cli/landcommands.h"
#include "app/cli/ledgercommands.h"
#include "app/cli/mapcommands.h"
#include "app/cli/presentcommands.h"
#include "app/cli/reportcommands.h"
#include "app/cli/statscommands.h"
#include "core/base/i18n.h"
#include "core/demo/demobuilder.h"
#include "core/project/projectinfo.h"
#include "core/project/validator.h"
#include "core/storage/fileplacement.h"
#include "core/storage/projectfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    explicit Cli(QStringList args)
        : m_args(std::move(args))
    {}

    int run()
    {
        CommandParser parser(QString(),
                             tr("InvestAtlas without a window: projects, the project "
                                "ledger and maps, for scripts."),
                             out(), err());
        parser.addOption({QStringLiteral("version"), tr("Print the version.")});
        parser.setCommands({
            {QStringLiteral("new"), tr("write an empty project")},
            {QStringLiteral("demo"), tr("write the Lishui demo project")},
            {QStringLiteral("info"), tr("layers, tables, counts and extent")},
            {QStringLiteral("validate"), tr("check integrity, references, codes and dates")},
            {QStringLiteral("ledger"), tr("the project ledger: list, import, export, bench")},
            {QStringLiteral("import"), tr("import features from a GIS/CAD file into a layer")},
            {QStringLiteral("export"), tr("write a layer to a GIS/CAD file")},
            {QStringLiteral("units"), tr("administrative units: fill in missing boundaries")},
            {QStringLiteral("export-public"),
             tr("a copy of the project without confidential data, for investors")},
            {QStringLiteral("render"), tr("draw the map to an image")},
            {QStringLiteral("bench-render"), tr("time the renderer on any GeoPackage layer")},
            {QStringLiteral("brochure"), tr("a park's brochure (投资指南) as a PDF, zh or en")},
            {QStringLiteral("bench-brochure"), tr("time the brochure of every park")},
            {QStringLiteral("bench-tour"), tr("time slide transitions at 1920x1080")},
            {QStringLiteral("targets"), tr("the units' yearly targets: import")},
            {QStringLiteral("funds"), tr("funds actually arrived per project and month: import")},
            {QStringLiteral("stats"), tr("targets against the ledger for a year or month")},
            {QStringLiteral("warnings"), tr("what needs action: stalled projects, idle land, "
                                            "targets behind")},
            {QStringLiteral("bench-stats"), tr("time the stats on 100 000 projects")},
            {QStringLiteral("report"), tr("the monthly bulletin (月度通报) as a PDF")},
            {QStringLiteral("land"), tr("idle land, revitalisation, 亩均 grades and 标准地 per "
                                        "unit")},
            {QStringLiteral("match"), tr("parcels ranked for a project's needs (精准匹配)")},
            {QStringLiteral("bench-land"), tr("time areas and matching on a million parcels")},
        });
        parser.setEpilog(tr("Run \"investatlas-cli COMMAND --help\" for the arguments and options "
                            "of a command.\n"
                            "Exit codes: 0 success, 1 usage error, 2 bad input, 3 the project is "
                            "in use by another program (try again later)."));
        if (auto exit = parser.parse(m_args))
            return *exit;
        if (parser.isSet(QStringLiteral("version"))) {
            out() << QCoreApplication::applicationName() << ' '
                  << QCoreApplication::applicationVersion() << '\n';
            return Success;
        }
        const QStringList rest = parser.arguments();
        if (rest.isEmpty())
            return parser.commandMissing();
        const QString command = rest.first();
        const QStringList args = rest.mid(1);
        if (command == QLatin1String("new") || command == QLatin1String("demo"))
            return create(command, args);
        if (command == QLatin1String("info"))
            return info(args);
        if (command == QLatin1String("validate"))
            return validate(args);
        if (command == QLatin1String("ledger"))
            return LedgerCommands::run(args, out(), err());
        if (command == QLatin1String("import"))
            return GisCommands::importFeatures(args, out(), err());
        if (command == QLatin1String("export"))
            return GisCommands::exportFeatures(args, out(), err());
        if (command == QLatin1String("units"))
            return GisCommands::units(args, out(), err());
        if (command == QLatin1String("export-public"))
            return PresentCommands::exportPublic(args, out(), err());
        if (command == QLatin1String("brochure"))
            return PresentCommands::brochure(args, out(), err());
        if (command == QLatin1String("bench-brochure"))
            return PresentCommands::benchBrochure(args, out(), err());
        if (command == QLatin1String("bench-tour"))
            return PresentCommands::benchTour(args, out(), err());
        if (command == QLatin1String("render"))
            return MapCommands::render(args, out(), err());
        if (command == QLatin1String("bench-render"))
            return MapCommands::benchRender(args, out(), err());
        if (command == QLatin1String("targets"))
            return StatsCommands::targets(args, out(), err());
        if (command == QLatin1String("funds"))
            return StatsCommands::funds(args, out(), err());
        if (command == QLatin1String("stats"))
            return StatsCommands::stats(args, out(), err());
        if (command == QLatin1String("warnings"))
            return StatsCommands::warnings(args, out(), err());
        if (command == QLatin1String("bench-stats"))
            return StatsCommands::bench(args, out(), err());
        if (command == QLatin1String("report"))
            return ReportCommands::report(args, out(), err());
        if (command == QLatin1String("land"))
            return LandCommands::land(args, out(), err());
        if (command == QLatin1String("match"))
            return LandCommands::match(args, out(), err());
        if (command == QLatin1String("bench-land"))
            return LandCommands::bench(args, out(), err());
        return parser.usageError({tr("Unknown command: %1").arg(command)});
    }

private:
    static QTextStream &out()
    {
        static QTextStream stream(stdout);
        return stream;
    }
    static QTextStream &err()
    {
        static QTextStream stream(stderr);
        return stream;
    }

    int create(const QString &command, const QStringList &args)
    {
        const bool demo = command == QLatin1String("demo");
        CommandParser parser(command,
                             demo ? tr("Writes the Lishui demo project (the same file every time).")
                                  : tr("Writes an empty project."),
                             out(), err());
        parser.addArgument(QStringLiteral("OUT.gpkg"), tr("The project file to write."));
        parser.addOption({QStringLiteral("force"), tr("Replace OUT.gpkg if it exists.")});
        if (auto exit = parser.parse(args))
            return *exit;
        const QString path = parser.arguments().first();
        const bool force = parser.isSet(QStringLiteral("force"));
        // A leftover -wal of a deleted file counts as the file: it would be replayed into a new
        // one.
        if (FilePlacement::existsWithCompanions(path) && !force) {
            err() << tr("%1 already exists; add --force to replace it.")
                         .arg(QDir::toNativeSeparators(path))
                  << '\n';
            return BadInput;
        }
        // The old file is replaced only once the new one is complete.
        const auto replace = force ? ProjectFile::Replace::Yes : ProjectFile::Replace::No;
        const Status done
            = demo ? DemoBuilder::write(path, replace) : ProjectFile::build(path, {}, replace);
        if (!done) {
            err() << done.errorMessage() << '\n';
            return BadInput;
        }
        return Success;
    }

    // Opens the project at `path` for reading (info and validate never change a file); on
    // failure tells the user why and returns nullptr.
    static std::unique_ptr<ProjectFile> openProject(const QString &path)
    {
        auto project = ProjectFile::open(path, ProjectFile::Access::Read);
        if (!project) {
            err() << project.errorMessage() << '\n';
            return nullptr;
        }
        return project.takeValue();
    }

    int info(const QStringList &args)
    {
        CommandParser parser(QStringLiteral("info"),
                             tr("Prints a project's schema version, the features of each layer, "
                                "the rows of each ledger table and the extent."),
                             out(), err());
        parser.addArgument(QStringLiteral("FILE.gpkg"), tr("The project."));
        parser.addOption({QStringLiteral("json"), tr("Print one JSON object instead of text.")});
        parser.addPublicOption();
        if (auto exit = parser.parse(args))
            return *exit;
        auto project = openProject(parser.arguments().first());
        if (!project)
            return BadInput;
        project->setAudience(parser.audience());
        auto summary = ProjectInfo::read(*project);
        if (!summary) {
            err() << summary.errorMessage() << '\n';
            return BadInput;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            out() << QJsonDocument(summary->toJson()).toJson(QJsonDocument::Compact) << '\n';
            return Success;
        }
        out() << tr("Schema version: %1").arg(summary->schemaVersion) << '\n';
        out() << tr("Layers:") << '\n';
        for (const auto &[name, count] : summary->layers)
            out() << "  " << name << ": " << count << '\n';
        out() << tr("Tables:") << '\n';
        for (const auto &[name, count] : summary->tables)
            out() << "  " << name << ": " << count << '\n';
        const QRectF e = summary->extent;
        out() << tr("Extent (EPSG:4490): %1, %2 – %3, %4")
                     .arg(e.left(), 0, 'f', 5)
                     .arg(e.top(), 0, 'f', 5)
                     .arg(e.right(), 0, 'f', 5)
                     .arg(e.bottom(), 0, 'f', 5)
              << '\n';
        return Success;
    }

    int validate(const QStringList &args)
    {
        CommandParser parser(QStringLiteral("validate"),
                             tr("Checks a project's integrity, references, coded values and "
                                "milestone dates; prints one line per problem and exits with 2 "
                                "if there is any."),
                             out(), err());
        parser.addArgument(QStringLiteral("FILE.gpkg"), tr("The project."));
        if (auto exit = parser.parse(args))
            return *exit;
        auto project = openProject(parser.arguments().first());
        if (!project)
            return BadInput;
        const QStringList problems = Validator::check(*project);
        for (const QString &problem : problems)
            out() << problem << '\n';
        return problems.isEmpty() ? Success : BadInput;
    }

    QStringList m_args;
};

} // namespace

int main(int argc, char *argv[])
{
    // Rendering needs fonts, so a QGuiApplication, but never a display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("investatlas-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INVESTATLAS_VERSION));
    I18n::install(app, qEnvironmentVariable("INVESTATLAS_LANGUAGE", QStringLiteral("auto")));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return Cli(args).run();
}
