// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/giscommands.h"

#include "app/cli/commandparser.h"
#include "app/cli/exitcode.h"
#include "core/domain/fields.h"
#include "core/gis/vectorexport.h"
#include "core/gis/vectorimport.h"
#include "core/project/projectdocument.h"
#include "core/storage/projectfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

class Gis
{
    Q_DECLARE_TR_FUNCTIONS(GisCommands)
public:
    Gis(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    int importFeatures(const QStringList &args)
    {
        CommandParser parser(QStringLiteral("import"),
                             tr("Imports features from any GDAL vector source (Shapefile, "
                                "GeoPackage, GeoJSON, KML, DXF, CSV with x/y …) into a project "
                                "layer, reprojected to CGCS2000, as one undoable change."),
                             m_out, m_err);
        parser.addArgument(QStringLiteral("FILE.gpkg"), tr("The project."));
        parser.addArgument(QStringLiteral("SOURCE"), tr("The file to import."));
        parser.addOption({QStringLiteral("layer"),
                          tr("The project layer to import into: %1 (default: parcels).")
                              .arg(VectorImport::layers().join(QStringLiteral(", "))),
                          QStringLiteral("L")});
        parser.addOption({QStringLiteral("source-layer"),
                          tr("The layer of SOURCE to read (default: the first)."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("src-crs"),
                          tr("The coordinate system of SOURCE when it has none or a wrong one "
                             "(EPSG:4549 …)."),
                          QStringLiteral("EPSG:N")});
        parser.addOption({QStringLiteral("encoding"),
                          tr("The encoding of SOURCE's attributes (GBK, UTF-8); default: its "
                             ".cpg, or detected."),
                          QStringLiteral("ENC")});
        parser.addOption({QStringLiteral("mapping"),
                          tr("Which source field holds which field: a JSON file such as "
                             "{\"code\": \"DKBH\", \"status\": \"ZT\"}."),
                          QStringLiteral("M.json")});
        parser.addOption({QStringLiteral("from-gcj02"),
                          tr("SOURCE's coordinates come from Amap or Tencent (GCJ-02): take them "
                             "back to WGS 84.")});
        parser.addOption({QStringLiteral("from-bd09"),
                          tr("SOURCE's coordinates come from Baidu (BD-09): take them back to "
                             "WGS 84.")});
        parser.addOption({QStringLiteral("dry-run"), tr("Check and report, but write nothing.")});
        parser.addOption({QStringLiteral("json"), tr("Print the report as one JSON object.")});
        if (auto exit = parser.parse(args))
            return *exit;
        VectorImport::Options options;
        if (parser.isSet(QStringLiteral("from-gcj02")) && parser.isSet(QStringLiteral("from-bd09")))
            return parser.usageError({tr("Give --from-gcj02 or --from-bd09, not both.")});
        if (parser.isSet(QStringLiteral("from-gcj02")))
            options.webOffset = VectorImport::WebOffset::Gcj02;
        if (parser.isSet(QStringLiteral("from-bd09")))
            options.webOffset = VectorImport::WebOffset::Bd09;
        options.layer = parser.isSet(QStringLiteral("layer"))
                            ? parser.value(QStringLiteral("layer"))
                            : QStringLiteral("parcels");
        if (!VectorImport::layers().contains(options.layer))
            return parser.usageError({tr("--layer must be one of %1.")
                                          .arg(VectorImport::layers().join(QStringLiteral(", ")))});
        options.sourceLayer = parser.value(QStringLiteral("source-layer"));
        options.sourceCrs = parser.value(QStringLiteral("src-crs"));
        options.encoding = parser.value(QStringLiteral("encoding"));
        options.dryRun = parser.isSet(QStringLiteral("dry-run"));
        if (const QString path = parser.value(QStringLiteral("mapping")); !path.isEmpty()) {
            QFile file(path);
            const QJsonDocument doc = file.open(QIODevice::ReadOnly)
                                          ? QJsonDocument::fromJson(file.readAll())
                                          : QJsonDocument();
            if (!doc.isObject()) {
                m_err << tr("The mapping %1 is not a JSON object like {\"code\": \"DKBH\"}.")
                             .arg(path)
                      << '\n';
                return BadInput;
            }
            const QJsonObject object = doc.object();
            for (auto it = object.begin(); it != object.end(); ++it)
                options.mapping.insert(it.key(), it.value().toString());
        }
        // The source is read before the project is opened for writing: a broken source
        // changes nothing, not even the project's journal.
        auto source = VectorImport::read(parser.arguments().at(1), options);
        if (!source)
            return reportFailure(m_err, source.error());
        auto project = ProjectFile::open(parser.arguments().at(0), options.dryRun
                                                                       ? ProjectFile::Access::Read
                                                                       : ProjectFile::Access::Edit);
        if (!project)
            return reportFailure(m_err, project.error());
        if ((*project)->isReadOnly() && !options.dryRun) {
            m_err << tr("Nothing was imported: %1").arg((*project)->readOnlyReason()) << '\n';
            return BadInput;
        }
        ProjectDocument document(project.takeValue());
        auto plan = VectorImport::plan(document.store(), *source, options);
        if (!plan)
            return reportFailure(m_err, plan.error());
        if (!options.dryRun) {
            if (Status done = VectorImport::apply(document, *plan); !done)
                return reportFailure(m_err, done.error());
        }
        const VectorImport::Report &report = plan->report;
        if (parser.isSet(QStringLiteral("json"))) {
            m_out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact) << '\n';
            return Success;
        }
        m_out << tr("Source: %1 (%2, layer %3), %4 features")
                     .arg(report.source, report.driver, report.sourceLayer)
                     .arg(report.features)
              << '\n';
        m_out << tr("Coordinate system: %1 [%2] → EPSG:4490")
                     .arg(report.crs, origin(report.crsOrigin))
              << '\n';
        if (!report.webOffset.isEmpty())
            m_out << tr("Web map offset removed: %1 → WGS 84")
                         .arg(report.webOffset == QLatin1String("bd09") ? QStringLiteral("BD-09")
                                                                        : QStringLiteral("GCJ-02"))
                  << '\n';
        m_out << tr("Encoding: %1 [%2]").arg(report.encoding, origin(report.encodingOrigin))
              << '\n';
        QStringList mapped;
        // Each field as the ledger and the editor name it ("面积(亩) ← MJ"), not its key.
        for (auto it = report.mapping.cbegin(); it != report.mapping.cend(); ++it) {
            const Field *field = Fields::find(Fields::of(report.layer), it.key());
            mapped << (field ? Fields::title(*field) : it.key()) + QStringLiteral(" ← ")
                          + it.value();
        }
        m_out << tr("Fields: %1").arg(mapped.join(QStringLiteral(", "))) << '\n';
        if (!report.defaulted.isEmpty())
            m_out << tr("Empty or unknown, set to: %1")
                         .arg(report.defaulted.join(QStringLiteral(", ")))
                  << '\n';
        if (!report.unknownValues.isEmpty())
            m_out << tr("Unknown values (left empty): %1")
                         .arg(report.unknownValues.join(QStringLiteral(", ")))
                  << '\n';
        m_out << tr("%1 accepted into %2 (%3 repaired), %4 rejected, %5 with an area more than "
                    "3 % off; %6.")
                     .arg(report.accepted)
                     .arg(report.layer)
                     .arg(report.repaired)
                     .arg(report.rejected.size())
                     .arg(report.flagged.size())
                     .arg(report.written ? tr("written") : tr("nothing written"))
              << '\n';
        for (const auto &issue : report.rejected)
            m_out << tr("feature %1: %2").arg(issue.index).arg(issue.reason) << '\n';
        for (const auto &flag : report.flagged)
            m_out << tr("feature %1: area %2 mu in the file, %3 mu on the ellipsoid")
                         .arg(flag.index)
                         .arg(flag.fileMu, 0, 'f', 2)
                         .arg(flag.computedMu, 0, 'f', 2)
                  << '\n';
        return Success;
    }

    int exportFeatures(const QStringList &args)
    {
        CommandParser parser(QStringLiteral("export"),
                             tr("Writes a project layer to GeoPackage, Shapefile (UTF-8 .cpg), "
                                "GeoJSON, KML, DXF or CSV, chosen by OUT's suffix."),
                             m_out, m_err);
        parser.addArgument(QStringLiteral("FILE.gpkg"), tr("The project."));
        parser.addArgument(
            QStringLiteral("OUT"),
            tr("The file to write (%1).").arg(VectorExport::suffixes().join(QStringLiteral(", "))));
        parser.addOption({QStringLiteral("layer"),
                          tr("The layer to write: parcels, parks, units, enclaves or projects "
                             "(default: parcels)."),
                          QStringLiteral("L")});
        parser.addOption({QStringLiteral("crs"),
                          tr("The coordinate system to write in (default: EPSG:4490)."),
                          QStringLiteral("EPSG:N")});
        parser.addPublicOption();
        if (auto exit = parser.parse(args))
            return *exit;
        VectorExport::Options options;
        if (parser.isSet(QStringLiteral("layer")))
            options.layer = parser.value(QStringLiteral("layer"));
        options.crs = parser.value(QStringLiteral("crs"));
        // Read only: exporting never changes the project.
        auto project = ProjectFile::open(parser.arguments().at(0), ProjectFile::Access::Read);
        if (!project)
            return reportFailure(m_err, project.error());
        (*project)->setAudience(parser.audience());
        auto count = VectorExport::run(**project, parser.arguments().at(1), options);
        if (!count)
            return reportFailure(m_err, count.error());
        m_out << tr("%1 features of %2 written to %3.")
                     .arg(*count)
                     .arg(options.layer, parser.arguments().at(1))
              << '\n';
        return Success;
    }

private:
    // How the report's CRS or encoding was decided, as the user reads it.
    static QString origin(const QString &code)
    {
        if (code == QLatin1String("file"))
            return tr("from the file");
        if (code == QLatin1String("option"))
            return tr("as given");
        if (code == QLatin1String("guessed"))
            return tr("guessed from the coordinates");
        if (code == QLatin1String("cpg"))
            return tr("from the .cpg");
        if (code == QLatin1String("detected"))
            return tr("detected");
        return tr("fixed by the format");
    }

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace

namespace GisCommands {

int importFeatures(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Gis(out, err).importFeatures(args);
}

int exportFeatures(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Gis(out, err).exportFeatures(args);
}

} // namespace GisCommands
