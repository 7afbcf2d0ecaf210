// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/giscommands.h"

#include "app/cli/commandparser.h"
#include "app/cli/exitcode.h"
#include "core/domain/fields.h"
#include "core/gis/unitboundaries.h"
#include "core/gis/vectorexport.h"
#include "core/gis/vectorimport.h"
#include "core/gis/vectorpresets.h"
#include "core/project/projectdocument.h"
#include "core/storage/projectfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
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
                             "{\"code\": \"DKBH\", \"status\": \"ZT\"}, or the name of a "
                             "GIS import preset saved in the project."),
                          QStringLiteral("M.json|PRESET")});
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
        // A mapping file, or the name of a GIS preset saved in the project (its settings first,
        // then the options given here).
        if (const QString mapping = parser.value(QStringLiteral("mapping")); !mapping.isEmpty()) {
            if (QFileInfo(mapping).isFile()) {
                QFile file(mapping);
                const QJsonDocument doc = file.open(QIODevice::ReadOnly)
                                              ? QJsonDocument::fromJson(file.readAll())
                                              : QJsonDocument();
                if (!doc.isObject()) {
                    m_err << tr("The mapping %1 is not a JSON object like {\"code\": \"DKBH\"}.")
                                 .arg(mapping)
                          << '\n';
                    return BadInput;
                }
                const QJsonObject object = doc.object();
                for (auto it = object.begin(); it != object.end(); ++it)
                    options.mapping.insert(it.key(), it.value().toString());
            } else {
                auto project
                    = ProjectFile::open(parser.arguments().at(0), ProjectFile::Access::Read);
                if (!project)
                    return reportFailure(m_err, project.error());
                auto preset = VectorPresets::load(**project, mapping, options);
                if (!preset) {
                    m_err << tr("%1 is neither a mapping file nor a GIS import preset of the "
                                "project.")
                                 .arg(mapping)
                          << '\n';
                    return BadInput;
                }
                options = *preset;
            }
        }
        if (parser.isSet(QStringLiteral("from-gcj02")))
            options.webOffset = VectorImport::WebOffset::Gcj02;
        if (parser.isSet(QStringLiteral("from-bd09")))
            options.webOffset = VectorImport::WebOffset::Bd09;
        if (parser.isSet(QStringLiteral("layer")))
            options.layer = parser.value(QStringLiteral("layer"));
        if (!VectorImport::layers().contains(options.layer))
            return parser.usageError({tr("--layer must be one of %1.")
                                          .arg(VectorImport::layers().join(QStringLiteral(", ")))});
        options.sourceLayer = parser.value(QStringLiteral("source-layer"));
        if (parser.isSet(QStringLiteral("src-crs")))
            options.sourceCrs = parser.value(QStringLiteral("src-crs"));
        if (parser.isSet(QStringLiteral("encoding")))
            options.encoding = parser.value(QStringLiteral("encoding"));
        options.dryRun = parser.isSet(QStringLiteral("dry-run"));
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
        parser.addOption({QStringLiteral("fids"),
                          tr("Only these features (a selection): their numbers (fid), "
                             "comma-separated, e.g. 3,17,42."),
                          QStringLiteral("N,N…")});
        parser.addPublicOption();
        if (auto exit = parser.parse(args))
            return *exit;
        VectorExport::Options options;
        if (parser.isSet(QStringLiteral("fids"))) {
            for (const QString &text :
                 parser.value(QStringLiteral("fids")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                const qint64 fid = text.trimmed().toLongLong(&ok);
                if (!ok || fid <= 0)
                    return parser.usageError(
                        {tr("--fids takes feature numbers such as 3,17,42; “%1” is not one.")
                             .arg(text.trimmed())});
                options.fids << fid;
            }
            if (options.fids.isEmpty())
                return parser.usageError({tr("--fids needs at least one feature number.")});
        }
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

    int units(const QStringList &args)
    {
        return CommandParser::runGroup(
            QStringLiteral("units"), tr("The project's administrative units."),
            {{QStringLiteral("fill-boundaries"),
              tr("give units without a boundary the one of their county"),
              [this](const QStringList &rest) { return fillBoundaries(rest); }}},
            args, m_out, m_err);
    }

    int fillBoundaries(const QStringList &args)
    {
        CommandParser parser(QStringLiteral("units fill-boundaries"),
                             tr("Gives units without a boundary (made by a ledger import, or new) "
                                "the boundary of the same county: from the bundled Zhejiang "
                                "county boundaries, or from SOURCE; matched by administrative "
                                "code, else by name. One undoable change."),
                             m_out, m_err);
        parser.addArgument(QStringLiteral("FILE.gpkg"), tr("The project."));
        parser.addOption({QStringLiteral("from"),
                          tr("Take the boundaries from this GIS file (default: the bundled "
                             "Zhejiang counties)."),
                          QStringLiteral("SOURCE")});
        parser.addOption({QStringLiteral("dry-run"), tr("Report the matches, but write nothing.")});
        parser.addOption({QStringLiteral("json"), tr("Print the result as one JSON object.")});
        if (auto exit = parser.parse(args))
            return *exit;
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        // The boundaries are read before the project is opened for writing.
        const QString from = parser.value(QStringLiteral("from"));
        auto boundaries
            = from.isEmpty() ? UnitBoundaries::bundled() : UnitBoundaries::fromFile(from);
        if (!boundaries)
            return reportFailure(m_err, boundaries.error());
        auto project
            = ProjectFile::open(parser.arguments().at(0),
                                dryRun ? ProjectFile::Access::Read : ProjectFile::Access::Edit);
        if (!project)
            return reportFailure(m_err, project.error());
        if ((*project)->isReadOnly() && !dryRun) {
            m_err << tr("No boundary was filled in: %1").arg((*project)->readOnlyReason()) << '\n';
            return BadInput;
        }
        ProjectDocument document(project.takeValue());
        auto units = UnitBoundaries::withoutBoundary(document.store());
        if (!units)
            return reportFailure(m_err, units.error());
        const QList<UnitBoundaries::Match> matches = UnitBoundaries::match(*units, *boundaries);
        int filled = 0;
        if (!dryRun) {
            auto done = UnitBoundaries::apply(document, matches, *boundaries);
            if (!done)
                return reportFailure(m_err, done.error());
            filled = *done;
        }
        QJsonArray list;
        for (int i = 0; i < units->size(); ++i) {
            const UnitBoundaries::Unit &unit = units->at(i);
            const UnitBoundaries::Match &m = matches[i];
            const QString boundary = m.boundary >= 0 ? boundaries->at(m.boundary).name : QString();
            list.append(QJsonObject{{QStringLiteral("fid"), unit.fid},
                                    {QStringLiteral("name"), unit.name},
                                    {QStringLiteral("boundary"), boundary},
                                    {QStringLiteral("matched_by"), m.by}});
            if (!parser.isSet(QStringLiteral("json")))
                m_out << (m.boundary >= 0
                              ? tr("%1 ← %2 (by %3)")
                                    .arg(unit.name, boundary,
                                         m.by == QLatin1String("adcode") ? tr("administrative code")
                                                                         : tr("name"))
                              : tr("%1: no boundary found").arg(unit.name))
                      << '\n';
        }
        if (parser.isSet(QStringLiteral("json"))) {
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("units_without_boundary"), list},
                                               {QStringLiteral("filled"), filled},
                                               {QStringLiteral("written"), filled > 0}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
            return Success;
        }
        m_out << (dryRun ? tr("%1 of %2 unit(s) without a boundary matched; nothing written.")
                               .arg(std::count_if(matches.begin(), matches.end(),
                                                  [](const auto &m) { return m.boundary >= 0; }))
                               .arg(units->size())
                         : tr("%1 of %2 unit(s) without a boundary filled in.")
                               .arg(filled)
                               .arg(units->size()))
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

int units(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Gis(out, err).units(args);
}

} // namespace GisCommands
