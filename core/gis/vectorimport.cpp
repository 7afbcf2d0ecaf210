// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gis/vectorimport.h"

#include "core/commands/commands.h"
#include "core/domain/fields.h"
#include "core/domain/landgrade.h"
#include "core/domain/parcellifecycle.h"
#include "core/domain/valueparsers.h"
#include "core/geometry/geodesic.h"
#include "core/geometry/parcelgeometry.h"
#include "core/io/gdalutil.h"
#include "core/map/crs/chinacoords.h"
#include "core/map/crs/gausskruger.h"
#include "core/project/projectdocument.h"
#include "core/storage/gpkggeometry.h"
#include "core/storage/projectfile.h"
#include "core/storage/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QStringDecoder>

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <cmath>

namespace {

constexpr double kSquareMetresPerMu = 2000.0 / 3.0;
// Encoding detection reads string values until it has seen this many with non-ASCII bytes.
constexpr int kEncodingSample = 500;

struct DatasetCloser
{
    void operator()(GDALDatasetH dataset) const { GDALClose(dataset); }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;

bool isShapefile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("shp") || suffix == QLatin1String("dbf");
}

QString companion(const QString &path, const char *suffix)
{
    const QFileInfo info(path);
    for (const QString &s : {QString::fromLatin1(suffix), QString::fromLatin1(suffix).toUpper()}) {
        const QString candidate
            = info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + s);
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return {};
}

// The name iconv (through GDAL's CPLRecode) knows for an encoding the user or a .cpg names.
QByteArray gdalEncoding(const QString &name)
{
    const QString n = name.trimmed().toUpper();
    if (n == QLatin1String("GBK") || n == QLatin1String("936") || n == QLatin1String("CP936"))
        return "CP936";
    if (n == QLatin1String("UTF8") || n == QLatin1String("UTF-8") || n == QLatin1String("65001"))
        return "UTF-8";
    return n.toLatin1();
}

QString shownEncoding(const QString &name)
{
    const QByteArray gdal = gdalEncoding(name);
    if (gdal == "CP936")
        return QStringLiteral("GBK");
    return QString::fromLatin1(gdal);
}

DatasetPtr openSource(const QString &path, const CPLStringList &openOptions)
{
    CPLErrorReset();
    return DatasetPtr(GDALOpenEx(path.toUtf8().constData(),
                                 GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr,
                                 openOptions.List(), nullptr));
}

OGRLayer *sourceLayer(GDALDatasetH dataset, const QString &name)
{
    auto *ds = GDALDataset::FromHandle(dataset);
    if (name.isEmpty())
        return ds->GetLayerCount() > 0 ? ds->GetLayer(0) : nullptr;
    return ds->GetLayerByName(name.toUtf8().constData());
}

// Whether the string values of a layer opened without recoding are all UTF-8; false as soon as
// one is not (GBK Chinese is almost never valid UTF-8).
bool looksUtf8(OGRLayer *layer)
{
    OGRFeatureDefn *definition = layer->GetLayerDefn();
    QList<int> strings;
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        if (definition->GetFieldDefn(i)->GetType() == OFTString)
            strings << i;
    }
    int nonAscii = 0;
    layer->ResetReading();
    for (auto &feature : *layer) {
        for (int i : strings) {
            if (!feature->IsFieldSetAndNotNull(i))
                continue;
            const QByteArray bytes(feature->GetFieldAsString(i));
            if (std::all_of(bytes.begin(), bytes.end(),
                            [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
                continue;
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString decoded = decoder(bytes);
            Q_UNUSED(decoded);
            if (decoder.hasError()) {
                layer->ResetReading();
                return false;
            }
            if (++nonAscii >= kEncodingSample) {
                layer->ResetReading();
                return true;
            }
        }
    }
    layer->ResetReading();
    return true;
}

QString crsName(const OGRSpatialReference &srs)
{
    const char *authority = srs.GetAuthorityName(nullptr);
    const char *code = srs.GetAuthorityCode(nullptr);
    const QString name = QString::fromUtf8(srs.GetName() ? srs.GetName() : "");
    if (authority && code)
        return QStringLiteral("%1:%2 (%3)")
            .arg(QString::fromUtf8(authority), QString::fromUtf8(code), name);
    return name;
}

// Takes GCJ-02 or BD-09 longitudes/latitudes back to WGS 84, vertex by vertex, through
// OGRGeometry::transform.
class WebOffsetRemoval : public OGRCoordinateTransformation
{
public:
    explicit WebOffsetRemoval(VectorImport::WebOffset offset)
        : m_offset(offset)
    {}
    OGRSpatialReference *GetSourceCS() override { return nullptr; }
    OGRSpatialReference *GetTargetCS() override { return nullptr; }
    int Transform(int count, double *x, double *y, double *, double *, int *success) override
    {
        for (int i = 0; i < count; ++i) {
            const QPointF p = m_offset == VectorImport::WebOffset::Bd09
                                  ? ChinaCoords::wgs84FromBd09({x[i], y[i]})
                                  : ChinaCoords::wgs84FromGcj02({x[i], y[i]});
            x[i] = p.x();
            y[i] = p.y();
            if (success)
                success[i] = TRUE;
        }
        return TRUE;
    }
    OGRCoordinateTransformation *Clone() const override { return new WebOffsetRemoval(m_offset); }
    OGRCoordinateTransformation *GetInverse() const override { return nullptr; }

private:
    VectorImport::WebOffset m_offset;
};

} // namespace

QJsonObject VectorImport::Report::toJson() const
{
    QJsonArray rejectedJson, flaggedJson;
    for (const Issue &issue : rejected)
        rejectedJson.append(QJsonObject{{QStringLiteral("index"), issue.index},
                                        {QStringLiteral("reason"), issue.reason}});
    for (const AreaFlag &flag : flagged)
        flaggedJson.append(QJsonObject{{QStringLiteral("index"), flag.index},
                                       {QStringLiteral("file_mu"), flag.fileMu},
                                       {QStringLiteral("computed_mu"), flag.computedMu}});
    QJsonObject mappingJson;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        mappingJson.insert(it.key(), it.value());
    return {
        {QStringLiteral("source"), source},
        {QStringLiteral("driver"), driver},
        {QStringLiteral("source_layer"), sourceLayer},
        {QStringLiteral("layer"), layer},
        {QStringLiteral("crs"), crs},
        {QStringLiteral("crs_origin"), crsOrigin},
        {QStringLiteral("encoding"), encoding},
        {QStringLiteral("encoding_origin"), encodingOrigin},
        {QStringLiteral("web_offset"), webOffset},
        {QStringLiteral("features"), features},
        {QStringLiteral("accepted"), accepted},
        {QStringLiteral("repaired"), repaired},
        {QStringLiteral("rejected"), rejectedJson},
        {QStringLiteral("flagged_area"), flaggedJson},
        {QStringLiteral("mapping"), mappingJson},
        {QStringLiteral("unmapped_source_fields"),
         QJsonArray::fromStringList(unmappedSourceFields)},
        {QStringLiteral("unknown_values"), QJsonArray::fromStringList(unknownValues)},
        {QStringLiteral("defaulted"), QJsonArray::fromStringList(defaulted)},
        {QStringLiteral("written"), written},
    };
}

QStringList VectorImport::layers()
{
    return {QStringLiteral("parcels"), QStringLiteral("parks"), QStringLiteral("units"),
            QStringLiteral("enclaves")};
}

Result<VectorImport::Source> VectorImport::read(const QString &path, const Options &options)
{
    GDALAllRegister();
    const QString shown = QFileInfo(path).fileName();
    if (!QFileInfo::exists(path))
        return Error{tr("Cannot read %1: the file does not exist.").arg(path)};

    Source source;
    Report &report = source.report;
    report.source = path;
    report.layer = options.layer;

    CPLStringList openOptions;
    const bool shape = isShapefile(path);
    const QString cpg = shape ? companion(path, "cpg") : QString();
    bool detect = false;
    if (!options.encoding.isEmpty()) {
        report.encoding = shownEncoding(options.encoding);
        report.encodingOrigin = QStringLiteral("option");
        if (shape)
            openOptions.SetNameValue("ENCODING", gdalEncoding(options.encoding).constData());
    } else if (shape && !cpg.isEmpty()) {
        // GDAL reads the .cpg itself; it is only read here to report it.
        QFile file(cpg);
        report.encoding = file.open(QIODevice::ReadOnly)
                              ? shownEncoding(QString::fromLatin1(file.readAll()))
                              : QString();
        report.encodingOrigin = QStringLiteral("cpg");
    } else if (shape) {
        // Open without recoding and look at the bytes.
        openOptions.SetNameValue("ENCODING", "");
        detect = true;
        report.encodingOrigin = QStringLiteral("detected");
    } else {
        report.encoding = QStringLiteral("UTF-8");
        report.encodingOrigin = QStringLiteral("format");
    }
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0) {
        openOptions.SetNameValue("X_POSSIBLE_NAMES", "x,lon,lng,longitude,经度,X坐标,横坐标");
        openOptions.SetNameValue("Y_POSSIBLE_NAMES", "y,lat,latitude,纬度,Y坐标,纵坐标");
        openOptions.SetNameValue("KEEP_GEOM_COLUMNS", "NO");
    }

    DatasetPtr dataset = openSource(path, openOptions);
    if (!dataset) {
        const QString why = QString::fromUtf8(CPLGetLastErrorMsg());
        return Error{why.isEmpty()
                         ? tr("Cannot read %1: it is not a vector format GDAL can read.").arg(path)
                         : tr("Cannot read %1: %2").arg(path, why)};
    }
    OGRLayer *layer = sourceLayer(dataset.get(), options.sourceLayer);
    if (!layer) {
        return Error{
            options.sourceLayer.isEmpty()
                ? tr("Cannot read %1: it holds no layer.").arg(path)
                : tr("Cannot read %1: it has no layer called %2.").arg(path, options.sourceLayer)};
    }
    if (detect) {
        if (looksUtf8(layer)) {
            report.encoding = QStringLiteral("UTF-8");
        } else {
            report.encoding = QStringLiteral("GBK");
            openOptions.SetNameValue("ENCODING", "CP936");
            dataset = openSource(path, openOptions);
            layer = dataset ? sourceLayer(dataset.get(), options.sourceLayer) : nullptr;
            if (!layer)
                return Error{tr("Cannot read %1: %2").arg(path, gdalLastError())};
        }
    }
    report.driver = QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(dataset.get())));
    report.sourceLayer = QString::fromUtf8(layer->GetName());

    // The coordinate system: the option, the file's, or what the coordinates say.
    OGRSpatialReference from;
    if (!options.sourceCrs.isEmpty()) {
        if (from.SetFromUserInput(options.sourceCrs.toUtf8().constData()) != OGRERR_NONE)
            return Error{
                tr("The coordinate system %1 is not one GDAL knows.").arg(options.sourceCrs)};
        report.crsOrigin = QStringLiteral("option");
    } else if (const OGRSpatialReference *own = layer->GetSpatialRef()) {
        from = *own;
        report.crsOrigin = QStringLiteral("file");
    } else {
        OGREnvelope extent;
        if (layer->GetExtent(&extent, TRUE) != OGRERR_NONE)
            return Error{
                tr("Cannot read %1: it has no coordinate system and no features to guess one from.")
                    .arg(path)};
        const auto guess
            = GaussKruger::guessCrs(extent.MinX, extent.MinY, extent.MaxX, extent.MaxY);
        using Kind = GaussKruger::Guess::Kind;
        if (guess.kind == Kind::ZoneMissing)
            return Error{tr("%1 has no coordinate system (.prj), and its coordinates (eastings "
                            "%2–%3 m) look like CGCS2000 Gauss-Kruger without the zone number, "
                            "which does not tell the zone. Choose the zone's coordinate system "
                            "(--src-crs EPSG:4534–4554 for 3° zones, e.g. EPSG:4549 for "
                            "central meridian 120°E).")
                             .arg(shown)
                             .arg(extent.MinX, 0, 'f', 0)
                             .arg(extent.MaxX, 0, 'f', 0)};
        if (guess.kind == Kind::None)
            return Error{tr("%1 has no coordinate system (.prj), and its coordinates are "
                            "neither degrees nor CGCS2000 Gauss-Kruger. Choose its coordinate "
                            "system (--src-crs EPSG:N).")
                             .arg(shown)};
        from.importFromEPSG(guess.epsg);
        report.crsOrigin = QStringLiteral("guessed");
    }
    from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    report.crs = crsName(from);
    OGRSpatialReference to;
    to.importFromEPSG(Schema::kStorageSrsId);
    to.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> transform;
    if (!from.IsSame(&to)) {
        transform.reset(OGRCreateCoordinateTransformation(&from, &to));
        if (!transform)
            return Error{tr("Cannot transform %1 from %2 to CGCS2000: %3")
                             .arg(shown, report.crs, gdalLastError())};
    }

    std::unique_ptr<WebOffsetRemoval> webOffset;
    if (options.webOffset != WebOffset::None) {
        webOffset = std::make_unique<WebOffsetRemoval>(options.webOffset);
        report.webOffset = options.webOffset == WebOffset::Bd09 ? QStringLiteral("bd09")
                                                                : QStringLiteral("gcj02");
    }

    OGRFeatureDefn *definition = layer->GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i)
        source.fields << QString::fromUtf8(definition->GetFieldDefn(i)->GetNameRef());
    layer->ResetReading();
    qint64 index = 0;
    for (auto &feature : *layer) {
        Feature f;
        f.index = ++index;
        f.values.reserve(source.fields.size());
        for (int i = 0; i < source.fields.size(); ++i)
            f.values << (feature->IsFieldSetAndNotNull(i)
                             ? QString::fromUtf8(feature->GetFieldAsString(i))
                             : QString());
        if (OGRGeometry *geometry = feature->StealGeometry()) {
            f.geometry.reset(geometry);
            if (transform && geometry->transform(transform.get()) != OGRERR_NONE) {
                f.problem = tr("its coordinates cannot be transformed from %1").arg(report.crs);
                f.geometry.reset();
            } else if (webOffset) {
                geometry->transform(webOffset.get());
            }
        }
        source.features << std::move(f);
    }
    if (CPLGetLastErrorType() >= CE_Failure && source.features.isEmpty())
        return Error{tr("Cannot read %1: %2").arg(path, gdalLastError())};
    report.features = index;
    return source;
}

Result<VectorImport::Plan> VectorImport::plan(ProjectFile &project, const Source &source,
                                              const Options &options)
{
    if (!layers().contains(options.layer))
        return Error{tr("Features cannot be imported into %1; choose one of %2.")
                         .arg(options.layer, layers().join(QStringLiteral(", ")))};
    const std::span<const Field> fields = Fields::of(options.layer);
    const bool points = options.layer == QLatin1String("enclaves");
    const bool parcels = options.layer == QLatin1String("parcels");

    Plan plan;
    Report &report = plan.report;
    report = source.report;
    report.layer = options.layer;

    // Field key → source column index.
    QMap<QString, int> columns;
    if (!options.mapping.isEmpty()) {
        for (auto it = options.mapping.cbegin(); it != options.mapping.cend(); ++it) {
            const Field *field = Fields::find(fields, it.key());
            if (!field || field->type == Field::Type::Reference)
                return Error{tr("The mapping names %1, which is not a field of %2.")
                                 .arg(it.key(), options.layer)};
            const int column = source.fields.indexOf(it.value());
            if (column < 0)
                return Error{tr("The mapping names the field %1, which %2 does not have.")
                                 .arg(it.value(), QFileInfo(report.source).fileName())};
            columns.insert(it.key(), column);
        }
    } else {
        for (const Field &field : fields) {
            if (field.type == Field::Type::Reference || field.isLocation()
                || field.has(Field::Derived))
                continue;
            QStringList words = Fields::headerWords(field);
            words << Fields::key(field) << Fields::column(field);
            for (const QString &word : std::as_const(words)) {
                int found = -1;
                for (int i = 0; i < source.fields.size() && found < 0; ++i) {
                    if (source.fields[i].trimmed().compare(word, Qt::CaseInsensitive) == 0
                        && !columns.values().contains(i))
                        found = i;
                }
                if (found >= 0) {
                    columns.insert(Fields::key(field), found);
                    break;
                }
            }
        }
    }
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        report.mapping.insert(it.key(), source.fields[it.value()]);
    for (int i = 0; i < source.fields.size(); ++i) {
        if (!columns.values().contains(i))
            report.unmappedSourceFields << source.fields[i];
    }

    QSet<QString> unknown;
    QSet<QString> defaulted;
    qint64 key = Commands::nextKey(project, options.layer, QStringLiteral("fid"));
    const QString areaKey = QStringLiteral("area");
    for (const Feature &feature : source.features) {
        auto reject = [&](const QString &reason) {
            report.rejected << Issue{feature.index, reason};
        };
        if (!feature.problem.isEmpty()) {
            reject(feature.problem);
            continue;
        }
        if (!feature.geometry || feature.geometry->IsEmpty()) {
            reject(tr("it has no geometry"));
            continue;
        }
        std::unique_ptr<OGRGeometry> geometry(feature.geometry->clone());
        geometry->flattenTo2D();
        bool repaired = false;
        if (points) {
            OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
            if (type == wkbMultiPoint && geometry->toMultiPoint()->getNumGeometries() == 1)
                geometry.reset(geometry->toMultiPoint()->getGeometryRef(0)->clone());
            if (wkbFlatten(geometry->getGeometryType()) != wkbPoint) {
                reject(tr("it is a %1, not a point")
                           .arg(QString::fromUtf8(geometry->getGeometryName())));
                continue;
            }
        } else {
            auto polygons = ParcelGeometry::polygonsOf(*geometry);
            if (!polygons) {
                reject(tr("it is a %1, not an area (polygon)")
                           .arg(QString::fromUtf8(geometry->getGeometryName())));
                continue;
            }
            // GEOS explains each invalid geometry on stderr; the report counts them instead.
            CPLPushErrorHandler(CPLQuietErrorHandler);
            const bool valid = polygons->IsValid();
            CPLPopErrorHandler();
            if (!valid) {
                CPLErrorReset();
                std::unique_ptr<OGRGeometry> valid(polygons->MakeValid());
                auto validPolygons = valid ? ParcelGeometry::polygonsOf(*valid) : nullptr;
                if (!validPolygons || !validPolygons->IsValid()) {
                    reject(tr("its geometry is invalid and could not be repaired%1")
                               .arg(CPLGetLastErrorMsg()[0]
                                        ? QStringLiteral(" (%1)").arg(gdalLastError())
                                        : QString()));
                    continue;
                }
                polygons = std::move(validPolygons);
                repaired = true;
            }
            geometry = std::move(polygons);
        }

        QVariantMap row;
        QString problem;
        for (const Field &field : fields) {
            const QString fieldKey = Fields::key(field);
            const QString text = columns.contains(fieldKey)
                                     ? feature.values.value(columns.value(fieldKey)).trimmed()
                                     : QString();
            QVariant value;
            switch (field.type) {
            case Field::Type::Code:
                if (!text.isEmpty()) {
                    const QString code = Domain::fromText(field.codes(), text);
                    // 闲置 and 低效 were statuses once; now a status and a category.
                    const auto legacy = parcels && fieldKey == QLatin1String("status")
                                            ? ParcelLifecycle::fromLegacyStatus(text)
                                            : std::nullopt;
                    if (!code.isEmpty()) {
                        value = code;
                    } else if (legacy) {
                        value = legacy->status;
                        if (!row.contains(QStringLiteral("idle_category")))
                            row.insert(QStringLiteral("idle_category"), legacy->category);
                    } else {
                        unknown.insert(Fields::label(field) + QStringLiteral(": ") + text);
                    }
                }
                break;
            case Field::Type::Boolean:
                if (!text.isEmpty()) {
                    const std::optional<bool> yes = ValueParsers::parseBoolean(text);
                    if (!yes)
                        unknown.insert(Fields::label(field) + QStringLiteral(": ") + text);
                    else
                        value = *yes ? 1 : 0;
                }
                break;
            case Field::Type::Area: {
                auto area = ValueParsers::parseArea(text);
                if (!area)
                    problem = tr("%1: %2").arg(Fields::label(field), area.errorMessage());
                else if (area->has_value())
                    value = **area;
                break;
            }
            case Field::Type::Money:
            case Field::Type::MoneyUsd:
            case Field::Type::MoneyPerMu:
            case Field::Type::MoneyWan:
            case Field::Type::Number:
            case Field::Type::Integer:
                if (!text.isEmpty()) {
                    bool ok = false;
                    const double number = text.toDouble(&ok);
                    if (!ok || number < 0)
                        problem = tr("%1: \"%2\" is not a number").arg(Fields::label(field), text);
                    else
                        value = field.type == Field::Type::Integer ? QVariant(qint64(number))
                                                                   : QVariant(number);
                }
                break;
            case Field::Type::Date: {
                auto date = ValueParsers::parseDate(text);
                if (!date)
                    problem = tr("%1: %2").arg(Fields::label(field), date.errorMessage());
                else if (date->has_value())
                    value = (*date)->date.toString(Qt::ISODate);
                break;
            }
            case Field::Type::Text:
                if (!text.isEmpty()) {
                    if (const QString tooLong = Fields::lengthProblem(field, text);
                        !tooLong.isEmpty())
                        problem = tooLong;
                    value = text;
                }
                break;
            default:
                continue;
            }
            if (!problem.isEmpty())
                break;
            if (value.isNull() && field.has(Field::Required)) {
                if (field.type == Field::Type::Code && !field.codes().empty()) {
                    value = QString::fromLatin1(field.codes().front().code);
                    defaulted.insert(Fields::label(field) + QStringLiteral(" → ")
                                     + Domain::label(field.codes(), value.toString()));
                } else {
                    problem = tr("%1 is empty").arg(Fields::label(field));
                    break;
                }
            }
            if (!value.isNull())
                row.insert(Fields::column(field), value);
        }
        if (parcels && problem.isEmpty()) {
            const QStringList found = ParcelLifecycle::problems(
                [&](const QString &column) { return row.value(column); });
            if (!found.isEmpty())
                problem = found.first();
        }
        if (!problem.isEmpty()) {
            reject(problem);
            continue;
        }
        if (parcels) {
            const double computed = Geodesic::areaM2(*geometry) / kSquareMetresPerMu;
            const Field *area = Fields::find(fields, areaKey);
            const QString column = Fields::column(*area);
            if (row.contains(column)) {
                const double file = row.value(column).toDouble();
                if (Geodesic::differs(file, computed))
                    report.flagged << AreaFlag{feature.index, file, computed};
            } else {
                row.insert(column, std::round(computed * 100) / 100);
            }
            // The 亩均 grade is derived, never imported: from the recorded tax per mu, by the
            // default lines (an imported parcel has no park, so no unit of its own yet).
            const QVariant tax = row.value(QStringLiteral("tax_per_mu"));
            const QString grade = LandGrade::current(
                GradeThresholds(), row.value(column).toDouble(), std::nullopt, std::nullopt,
                tax.isNull() ? std::nullopt : std::optional<double>(tax.toDouble()));
            if (!grade.isEmpty())
                row.insert(QStringLiteral("grade"), grade);
        }
        row.insert(QStringLiteral("geom"), GpkgGeometry::encode(*geometry, Schema::kStorageSrsId));
        plan.changes.add(RowChange{options.layer, QStringLiteral("fid"), key++, {}, row});
        ++report.accepted;
        if (repaired)
            ++report.repaired;
    }
    report.unknownValues = unknown.values();
    report.unknownValues.sort();
    report.defaulted = defaulted.values();
    report.defaulted.sort();
    return plan;
}

Status VectorImport::apply(ProjectDocument &document, Plan &plan)
{
    if (plan.changes.isEmpty())
        return {};
    const qint64 count = plan.report.accepted;
    if (Status done = Commands::apply(
            document, std::move(plan.changes),
            tr("Import %n feature(s) into %1", nullptr, int(count)).arg(plan.report.layer));
        !done)
        return done.error().withMessage(tr("Nothing was imported: %1").arg(done.errorMessage()));
    plan.changes = ChangeSet();
    plan.report.written = true;
    return {};
}

Result<VectorImport::Report> VectorImport::run(ProjectDocument &document, const QString &path,
                                               const Options &options)
{
    auto source = read(path, options);
    if (!source)
        return source.error();
    auto planned = plan(document.store(), *source, options);
    if (!planned)
        return planned.error();
    if (!options.dryRun) {
        if (Status done = apply(document, *planned); !done)
            return done.error();
    }
    return planned->report;
}
