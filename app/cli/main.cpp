// SPDX-License-Identifier: GPL-3.0-or-later
// investatlas-cli: the headless tool. Links core only and needs no display.
// Exit codes: 0 success, 1 usage error, 2 bad input (message on stderr, nothing written).

#include "app/cli/exitcode.h"
#include "app/cli/ledgercommands.h"
#include "app/cli/mapcommands.h"
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
        if (m_args.isEmpty())
            return usage(UsageError);
        if (takeFlag(QStringLiteral("--help")) || takeFlag(QStringLiteral("-h")))
            return usage(Success);
        if (takeFlag(QStringLiteral("--version"))) {
            out() << QCoreApplication::applicationName() << ' '
                  << QCoreApplication::applicationVersion() << '\n';
            return Success;
        }
        const QString command = m_args.takeFirst();
        if (command == QLatin1String("new") || command == QLatin1String("demo"))
            return create(command == QLatin1String("demo"));
        if (command == QLatin1String("info"))
            return info();
        if (command == QLatin1String("validate"))
            return validate();
        if (command == QLatin1String("ledger"))
            return LedgerCommands::run(m_args, out(), err());
        if (command == QLatin1String("render"))
            return MapCommands::render(m_args, out(), err());
        if (command == QLatin1String("bench-render"))
            return MapCommands::benchRender(m_args, out(), err());
        err() << tr("Unknown command: %1").arg(command) << '\n';
        return usage(UsageError);
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

    bool takeFlag(const QString &flag) { return m_args.removeAll(flag) > 0; }

    // The remaining arguments must be exactly `count` file names.
    bool takeFiles(int count, QStringList *files)
    {
        for (const QString &arg : std::as_const(m_args)) {
            if (arg.startsWith(QLatin1Char('-'))) {
                err() << tr("Unknown option: %1").arg(arg) << '\n';
                return false;
            }
        }
        if (m_args.size() != count) {
            err() << tr("Expected %n file name(s).", nullptr, count) << '\n';
            return false;
        }
        *files = m_args;
        return true;
    }

    int usage(int code)
    {
        (code == Success ? out() : err())
            << tr("Usage: investatlas-cli COMMAND [OPTIONS]\n"
                  "\n"
                  "Commands:\n"
                  "  new OUT.gpkg [--force]        write an empty project\n"
                  "  demo OUT.gpkg [--force]       write the Lishui demo project\n"
                  "  info FILE.gpkg [--json]       layers, tables, counts and extent\n"
                  "  validate FILE.gpkg            check integrity, references, codes and dates\n"
                  "  ledger list|import|export …   the project ledger (ledger --help)\n"
                  "  render FILE.gpkg --out MAP.png [--size WxH] [--extent lon0,lat0,lon1,lat1]\n"
                  "         [--layers units,parks,…] [--dpi N] [--no-labels]\n"
                  "                                draw the map to an image\n"
                  "  bench-render GPKG --layer NAME --view full|0.1|0.01 --runs N [--label FIELD]\n"
                  "                                time the renderer on any GeoPackage layer\n"
                  "  --version                     print the version\n"
                  "\n"
                  "Exit codes: 0 success, 1 usage error, 2 bad input.\n");
        return code;
    }

    int create(bool demo)
    {
        const bool force = takeFlag(QStringLiteral("--force"));
        QStringList files;
        if (!takeFiles(1, &files))
            return usage(UsageError);
        const QString path = files.first();
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

    // Opens the one project named by the remaining arguments; on failure sets `exitCode` and
    // has already told the user why.
    std::unique_ptr<ProjectFile> openProjectArgument(int *exitCode)
    {
        QStringList files;
        if (!takeFiles(1, &files)) {
            *exitCode = usage(UsageError);
            return nullptr;
        }
        auto project = ProjectFile::open(files.first());
        if (!project) {
            err() << project.errorMessage() << '\n';
            *exitCode = BadInput;
            return nullptr;
        }
        return project.takeValue();
    }

    int info()
    {
        const bool json = takeFlag(QStringLiteral("--json"));
        int exitCode = Success;
        auto project = openProjectArgument(&exitCode);
        if (!project)
            return exitCode;
        auto summary = ProjectInfo::read(*project);
        if (!summary) {
            err() << summary.errorMessage() << '\n';
            return BadInput;
        }
        if (json) {
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

    int validate()
    {
        int exitCode = Success;
        auto project = openProjectArgument(&exitCode);
        if (!project)
            return exitCode;
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
