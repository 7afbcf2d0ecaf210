// SPDX-License-Identifier: GPL-3.0-or-later
// VectorImport's first step: opening a source (a ZIP archive through /vsizip/), deciding its
// attribute encoding and its CRS, and reading its features. Planning and writing are in
// vectorimport.cpp.
#include "core/gis/vectorimport.h"

#include "core/io/gdalutil.h"
#include "core/map/crs/chinacoords.h"
#include "core/map/crs/gausskruger.h"
#include "core/storage/schema.h"

#include <QDir>
#include <QFileInfo>
#include <QStringDecoder>

#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <algorithm>

namespace {

// Encoding detection reads string values until it has seen this many with non-ASCII bytes.
constexpr int kEncodingSample = 500;

struct DatasetCloser
{
    void operator()(GDALDatasetH dataset) const { GDALClose(dataset); }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;

// The vector files a ZIP archive may hold (a folder ending in .gdb is a File Geodatabase).
const char *const kVectorSuffixes[] = {"shp", "gpkg", "geojson", "json", "kml", "kmz",   "gpx",
                                       "dxf", "csv",  "xlsx",    "tab",  "gml", "sqlite"};

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

bool isShapefile(const QString &path)
{
    const QString suffix = suffixOf(path);
    return suffix == QLatin1String("shp") || suffix == QLatin1String("dbf");
}

bool isZip(const QString &path)
{
    return suffixOf(path) == QLatin1String("zip");
}

QString vsiZip(const QString &path)
{
    return QStringLiteral("/vsizip/") + QDir::fromNativeSeparators(path);
}

// The vector files inside a ZIP archive, as paths inside it, in archive order.
QStringList zipContents(const QString &zip)
{
    QStringList files;
    char **entries = VSIReadDirRecursive(vsiZip(zip).toUtf8().constData());
    for (int i = 0; entries && entries[i]; ++i) {
        const QString entry = QString::fromUtf8(entries[i]).replace(QLatin1Char('\\'), u'/');
        if (entry.startsWith(QLatin1String("__MACOSX/")))
            continue;
        if (const int gdb = entry.indexOf(QLatin1String(".gdb/"), 0, Qt::CaseInsensitive);
            gdb >= 0) {
            if (!files.contains(entry.left(gdb + 4)))
                files << entry.left(gdb + 4);
            continue;
        }
        const QString suffix = suffixOf(entry);
        if (!entry.endsWith(u'/')
            && std::any_of(std::begin(kVectorSuffixes), std::end(kVectorSuffixes),
                           [&](const char *s) { return suffix == QLatin1String(s); }))
            files << entry;
    }
    CSLDestroy(entries);
    return files;
}

// The path GDAL opens for `path`: a ZIP archive is read in place, and of the vector files inside
// it the one `sourceLayer` names (by its path in the archive or its name), or else the first.
// `layerInside` is what is left of `sourceLayer` to pick a layer of that file.
Result<QString> gdalPath(const QString &path, const QString &sourceLayer, QString &layerInside)
{
    layerInside = sourceLayer;
    if (!isZip(path))
        return path;
    const QStringList inside = zipContents(path);
    if (inside.isEmpty())
        return Error{VectorImport::tr("Cannot read %1: the archive holds no file GDAL can read "
                                      "as vector data (Shapefile, GeoPackage, GeoJSON, KML …).")
                         .arg(path)};
    QString chosen = inside.first();
    for (const QString &file : inside) {
        const QFileInfo info(file);
        if (file == sourceLayer || info.fileName() == sourceLayer
            || info.completeBaseName() == sourceLayer) {
            chosen = file;
            layerInside.clear();
            break;
        }
    }
    return vsiZip(path) + u'/' + chosen;
}

// A companion file (.cpg beside a .shp), also inside an archive; empty when there is none.
QString companion(const QString &path, const char *suffix)
{
    const QString base = path.left(path.lastIndexOf(u'.') + 1);
    for (const QString &s : {QString::fromLatin1(suffix), QString::fromLatin1(suffix).toUpper()}) {
        const QByteArray candidate = (base + s).toUtf8();
        VSIStatBufL stat;
        if (VSIStatL(candidate.constData(), &stat) == 0)
            return QString::fromUtf8(candidate);
    }
    return {};
}

QByteArray readSmallFile(const QString &path)
{
    VSILFILE *file = VSIFOpenL(path.toUtf8().constData(), "rb");
    if (!file)
        return {};
    QByteArray bytes(64, '\0');
    bytes.resize(int(VSIFReadL(bytes.data(), 1, size_t(bytes.size()), file)));
    VSIFCloseL(file);
    return bytes.trimmed();
}

// The name iconv (through GDAL's CPLRecode) knows for an encoding the user or a .cpg names.
QByteArray gdalEncoding(const QString &name)
{
    const QString n = name.trimmed().toUpper();
    if (n == QLatin1String("GBK") || n == QLatin1String("936") || n == QLatin1String("CP936"))
        return "CP936";
    if (n == QLatin1String("UTF8") || n == QLatin1String("UTF-8") || n == QLatin1String("65001"))
        return "UTF-8";
    if (n == QLatin1String("BIG5") || n == QLatin1String("950") || n == QLatin1String("CP950"))
        return "CP950";
    if (n == QLatin1String("LATIN1") || n == QLatin1String("LATIN-1") || n == QLatin1String("1252"))
        return "ISO-8859-1";
    return n.toLatin1();
}

QString shownEncoding(const QString &name)
{
    const QByteArray gdal = gdalEncoding(name);
    if (gdal == "CP936")
        return QStringLiteral("GBK");
    if (gdal == "CP950")
        return QStringLiteral("Big5");
    return QString::fromLatin1(gdal);
}

// Text from GDAL: UTF-8, or bytes in `from` (a CSV in GBK: GDAL hands them over as they are).
QString decoded(const char *bytes, const QByteArray &from)
{
    if (from.isEmpty())
        return QString::fromUtf8(bytes);
    CPLPushErrorHandler(CPLQuietErrorHandler); // iconv's complaints: the preview shows the result
    char *utf8 = CPLRecode(bytes, from.constData(), CPL_ENC_UTF8);
    CPLPopErrorHandler();
    const QString text = QString::fromUtf8(utf8);
    CPLFree(utf8);
    return text;
}

DatasetPtr openSource(const QString &path, const CPLStringList &openOptions)
{
    CPLErrorReset();
    return DatasetPtr(GDALOpenEx(path.toUtf8().constData(),
                                 GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr,
                                 openOptions.List(), nullptr));
}

// Sets GDAL's "first row names the columns" for spreadsheets on this thread while it lives.
class SheetHeaders
{
public:
    explicit SheetHeaders(bool sheet)
        : m_sheet(sheet)
    {
        if (m_sheet) {
            CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE");
            CPLSetThreadLocalConfigOption("OGR_ODS_HEADERS", "FORCE");
        }
    }
    ~SheetHeaders()
    {
        if (m_sheet) {
            CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", nullptr);
            CPLSetThreadLocalConfigOption("OGR_ODS_HEADERS", nullptr);
        }
    }
    SheetHeaders(const SheetHeaders &) = delete;
    SheetHeaders &operator=(const SheetHeaders &) = delete;

private:
    bool m_sheet;
};

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
    bool utf8 = true;
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
            const QString text = decoder(bytes);
            Q_UNUSED(text);
            if (decoder.hasError())
                utf8 = false;
            if (!utf8 || ++nonAscii >= kEncodingSample)
                break;
        }
        if (!utf8 || nonAscii >= kEncodingSample)
            break;
    }
    layer->ResetReading();
    return utf8;
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

// The EPSG code of a CRS, also of an Esri .prj that names none; 0 when it matches none.
int epsgOf(const OGRSpatialReference &srs)
{
    auto code = [](const OGRSpatialReference &s) {
        const char *authority = s.GetAuthorityName(nullptr);
        const char *value = s.GetAuthorityCode(nullptr);
        return authority && value && EQUAL(authority, "EPSG") ? atoi(value) : 0;
    };
    if (const int own = code(srs))
        return own;
    CPLPushErrorHandler(CPLQuietErrorHandler);
    OGRSpatialReference *match = srs.FindBestMatch(90);
    CPLPopErrorHandler();
    if (!match)
        return 0;
    const int found = code(*match);
    match->Release();
    return found;
}

// The column of `fields` the user named, or the first whose name says it holds x (or y).
int coordinateColumn(const QStringList &fields, const QString &given, const QStringList &names,
                     const QStringList &parts)
{
    if (!given.isEmpty())
        return int(fields.indexOf(given));
    for (const QString &name : names) {
        for (int i = 0; i < fields.size(); ++i) {
            if (fields[i].trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    for (const QString &part : parts) {
        for (int i = 0; i < fields.size(); ++i) {
            if (fields[i].contains(part, Qt::CaseInsensitive))
                return i;
        }
    }
    return -1;
}

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

// Signs that coordinates were copied from a Chinese web map: words in field names, the layer's
// or the file's name.
void suggestWebOffset(VectorImport::Report &report, const QStringList &fields,
                      const QString &layerName)
{
    struct Clue
    {
        const char *word;
        const char *offset;
    };
    static const Clue clues[] = {
        {"bd09", "bd09"},  {"baidu", "bd09"}, {"百度", "bd09"},     {"bmap", "bd09"},
        {"gcj", "gcj02"},  {"amap", "gcj02"}, {"gaode", "gcj02"},   {"autonavi", "gcj02"},
        {"高德", "gcj02"}, {"腾讯", "gcj02"}, {"tencent", "gcj02"},
    };
    QList<std::pair<QString, QString>> names; // text, how the reason names it
    for (const QString &field : fields)
        names.append({field, VectorImport::tr("the field name “%1”").arg(field)});
    names.append({layerName, VectorImport::tr("the layer name “%1”").arg(layerName)});
    const QString file = QFileInfo(report.source).fileName();
    names.append({file, VectorImport::tr("the file name “%1”").arg(file)});
    for (const auto &[name, reason] : names) {
        for (const Clue &clue : clues) {
            if (name.contains(QString::fromUtf8(clue.word), Qt::CaseInsensitive)) {
                report.suggestedOffset = QString::fromLatin1(clue.offset);
                report.offsetReason = reason;
                return;
            }
        }
    }
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

QString geometryName(OGRwkbGeometryType type)
{
    return type == wkbNone ? QString() : QString::fromUtf8(OGRGeometryTypeToName(type));
}

} // namespace

Result<QList<VectorImport::SourceLayer>> VectorImport::sourceLayers(const QString &path)
{
    GDALAllRegister();
    if (!QFileInfo::exists(path))
        return Error{tr("Cannot read %1: the file does not exist.").arg(path)};
    if (isZip(path)) {
        const QStringList inside = zipContents(path);
        if (inside.size() > 1) {
            QList<SourceLayer> files;
            for (const QString &file : inside)
                files << SourceLayer{file, -1, {}};
            return files;
        }
    }
    QString layerInside;
    auto opened = gdalPath(path, {}, layerInside);
    if (!opened)
        return opened.error();
    DatasetPtr dataset = openSource(*opened, {});
    if (!dataset) {
        const QString why = QString::fromUtf8(CPLGetLastErrorMsg());
        return Error{why.isEmpty()
                         ? tr("Cannot read %1: it is not a vector format GDAL can read.").arg(path)
                         : tr("Cannot read %1: %2").arg(path, why)};
    }
    auto *ds = GDALDataset::FromHandle(dataset.get());
    QList<SourceLayer> layers;
    for (int i = 0; i < ds->GetLayerCount(); ++i) {
        OGRLayer *layer = ds->GetLayer(i);
        layers << SourceLayer{QString::fromUtf8(layer->GetName()), layer->GetFeatureCount(FALSE),
                              geometryName(wkbFlatten(layer->GetGeomType()))};
    }
    if (layers.isEmpty())
        return Error{tr("Cannot read %1: it holds no layer.").arg(path)};
    return layers;
}

Result<VectorImport::Source> VectorImport::read(const QString &path, const Options &options)
{
    GDALAllRegister();
    const QString shown = QFileInfo(path).fileName();
    if (!QFileInfo::exists(path))
        return Error{tr("Cannot read %1: the file does not exist.").arg(path)};
    QString layerName;
    auto opened = gdalPath(path, options.sourceLayer, layerName);
    if (!opened)
        return opened.error();
    const QString open = *opened;

    Source source;
    Report &report = source.report;
    report.source = path;
    report.layer = options.layer;

    // Shapefiles are recoded by GDAL (its ENCODING option, or the .cpg); a CSV is handed over
    // as its bytes and recoded here.
    CPLStringList openOptions;
    const bool shape = isShapefile(open);
    const bool csv = suffixOf(open) == QLatin1String("csv");
    const QString cpg = shape ? companion(open, "cpg") : QString();
    QByteArray recodeFrom;
    bool detect = false;
    if (!options.encoding.isEmpty()) {
        report.encoding = shownEncoding(options.encoding);
        report.encodingOrigin = QStringLiteral("option");
        if (shape)
            openOptions.SetNameValue("ENCODING", gdalEncoding(options.encoding).constData());
        else if (gdalEncoding(options.encoding) != "UTF-8")
            recodeFrom = gdalEncoding(options.encoding);
    } else if (shape && !cpg.isEmpty()) {
        // GDAL reads the .cpg itself; it is only read here to report it.
        report.encoding = shownEncoding(QString::fromLatin1(readSmallFile(cpg)));
        report.encodingOrigin = QStringLiteral("cpg");
    } else if (shape || csv) {
        // Open without recoding and look at the bytes.
        if (shape)
            openOptions.SetNameValue("ENCODING", "");
        detect = true;
        report.encodingOrigin = QStringLiteral("detected");
    } else {
        report.encoding = QStringLiteral("UTF-8");
        report.encodingOrigin = QStringLiteral("format");
    }

    // A coordinate table's first row names its columns, even when every cell is text. GDAL 3.6
    // takes this as a configuration option only, and reads a sheet's header lazily: thread-local,
    // for the whole read.
    const SheetHeaders headers(suffixOf(open) == QLatin1String("xlsx")
                               || suffixOf(open) == QLatin1String("ods"));
    DatasetPtr dataset = openSource(open, openOptions);
    if (!dataset) {
        const QString why = QString::fromUtf8(CPLGetLastErrorMsg());
        return Error{why.isEmpty()
                         ? tr("Cannot read %1: it is not a vector format GDAL can read.").arg(path)
                         : tr("Cannot read %1: %2").arg(path, why)};
    }
    OGRLayer *layer = sourceLayer(dataset.get(), layerName);
    if (!layer) {
        return Error{layerName.isEmpty()
                         ? tr("Cannot read %1: it holds no layer.").arg(path)
                         : tr("Cannot read %1: it has no layer called %2.").arg(path, layerName)};
    }
    if (detect) {
        if (looksUtf8(layer)) {
            report.encoding = QStringLiteral("UTF-8");
        } else if (csv) {
            report.encoding = QStringLiteral("GBK");
            recodeFrom = "CP936";
        } else {
            report.encoding = QStringLiteral("GBK");
            openOptions.SetNameValue("ENCODING", "CP936");
            dataset = openSource(open, openOptions);
            layer = dataset ? sourceLayer(dataset.get(), layerName) : nullptr;
            if (!layer)
                return Error{tr("Cannot read %1: %2").arg(path, gdalLastError())};
        }
    }
    report.driver = QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(dataset.get())));
    report.sourceLayer = QString::fromUtf8(layer->GetName());

    OGRFeatureDefn *definition = layer->GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i)
        source.fields << decoded(definition->GetFieldDefn(i)->GetNameRef(), recodeFrom);
    suggestWebOffset(report, source.fields, report.sourceLayer);

    // A table without geometry (CSV, XLSX): points from its x/y (longitude/latitude) columns.
    const bool hasGeometry = definition->GetGeomFieldCount() > 0;
    source.hasGeometry = hasGeometry;
    int xColumn = -1, yColumn = -1;
    if (!hasGeometry) {
        xColumn = coordinateColumn(
            source.fields, options.xField,
            {QStringLiteral("x"), QStringLiteral("lon"), QStringLiteral("lng"),
             QStringLiteral("long"), QStringLiteral("longitude"), QStringLiteral("经度"),
             QStringLiteral("X坐标"), QStringLiteral("横坐标"), QStringLiteral("point_x"),
             QStringLiteral("easting"), QStringLiteral("东坐标")},
            {QStringLiteral("经度"), QStringLiteral("longitude"), QStringLiteral("lng")});
        yColumn = coordinateColumn(
            source.fields, options.yField,
            {QStringLiteral("y"), QStringLiteral("lat"), QStringLiteral("latitude"),
             QStringLiteral("纬度"), QStringLiteral("Y坐标"), QStringLiteral("纵坐标"),
             QStringLiteral("point_y"), QStringLiteral("northing"), QStringLiteral("北坐标")},
            {QStringLiteral("纬度"), QStringLiteral("latitude"), QStringLiteral("_lat"),
             QStringLiteral("lat_")});
        for (const auto &[given, column] :
             {std::pair{options.xField, xColumn}, std::pair{options.yField, yColumn}}) {
            if (!given.isEmpty() && column < 0)
                return Error{tr("Cannot read %1: it has no column called %2.").arg(path, given)};
        }
        if (xColumn >= 0 && yColumn >= 0 && xColumn != yColumn) {
            report.xField = source.fields[xColumn];
            report.yField = source.fields[yColumn];
        } else {
            xColumn = yColumn = -1;
        }
    }

    OGREnvelope scanned;
    qint64 index = 0;
    layer->ResetReading();
    for (auto &feature : *layer) {
        if (options.limit > 0 && index >= options.limit)
            break;
        Feature f;
        f.index = ++index;
        f.values.reserve(source.fields.size());
        for (int i = 0; i < source.fields.size(); ++i)
            f.values << (feature->IsFieldSetAndNotNull(i)
                             ? decoded(feature->GetFieldAsString(i), recodeFrom)
                             : QString());
        OGRGeometry *geometry = nullptr;
        if (hasGeometry) {
            geometry = feature->StealGeometry();
        } else if (xColumn >= 0) {
            const QString xText = f.values.value(xColumn), yText = f.values.value(yColumn);
            const auto x = number(xText), y = number(yText);
            if (x && y)
                geometry = new OGRPoint(*x, *y);
            else if (!xText.trimmed().isEmpty() || !yText.trimmed().isEmpty())
                f.problem = tr("its coordinates “%1”, “%2” are not numbers").arg(xText, yText);
        }
        if (geometry) {
            if (options.swapXY)
                geometry->swapXY();
            if (!hasGeometry) {
                OGREnvelope envelope;
                geometry->getEnvelope(&envelope);
                scanned.Merge(envelope);
            }
            f.geometry.reset(geometry);
        }
        source.features << std::move(f);
    }
    if (CPLGetLastErrorType() >= CE_Failure && source.features.isEmpty())
        return Error{tr("Cannot read %1: %2").arg(path, gdalLastError())};
    report.features = index;

    // The extent of the whole layer, even when only a preview's features are read.
    OGREnvelope raw;
    if (hasGeometry) {
        if (layer->GetExtent(&raw, TRUE) == OGRERR_NONE && options.swapXY) {
            std::swap(raw.MinX, raw.MinY);
            std::swap(raw.MaxX, raw.MaxY);
        }
    } else {
        raw = scanned;
    }
    if (raw.IsInit())
        source.rawExtent = QRectF(QPointF(raw.MinX, raw.MinY), QPointF(raw.MaxX, raw.MaxY));

    // The coordinate system: the option, the file's, or what the coordinates say.
    OGRSpatialReference from;
    const OGRSpatialReference *own = hasGeometry ? layer->GetSpatialRef() : nullptr;
    if (!options.sourceCrs.isEmpty()) {
        if (from.SetFromUserInput(options.sourceCrs.toUtf8().constData()) != OGRERR_NONE)
            return Error{
                tr("The coordinate system %1 is not one GDAL knows.").arg(options.sourceCrs)};
        report.crsOrigin = QStringLiteral("option");
    } else if (own) {
        from = *own;
        report.crsOrigin = QStringLiteral("file");
    } else {
        if (!raw.IsInit())
            return Error{
                tr("Cannot read %1: it has no coordinate system and no features to guess one from.")
                    .arg(path)};
        const auto guess = GaussKruger::guessCrs(raw.MinX, raw.MinY, raw.MaxX, raw.MaxY);
        using Kind = GaussKruger::Guess::Kind;
        int epsg = guess.epsg;
        report.crsOrigin = QStringLiteral("guessed");
        if (guess.kind == Kind::ZoneMissing && options.near) {
            // The zone the project lies in: the likeliest, and the check says where it lands.
            if (auto gk = GaussKruger::fromLonLat(options.near->x(), options.near->y())) {
                epsg = gk->epsg;
                report.crsOrigin = QStringLiteral("near");
            }
        } else if (guess.kind == Kind::ZoneMissing) {
            return Error{tr("%1 has no coordinate system (.prj), and its coordinates (eastings "
                            "%2–%3 m) look like CGCS2000 Gauss-Kruger without the zone number, "
                            "which does not tell the zone. Choose the zone's coordinate system "
                            "(--src-crs EPSG:4534–4554 for 3° zones, e.g. EPSG:4549 for "
                            "central meridian 120°E).")
                             .arg(shown)
                             .arg(raw.MinX, 0, 'f', 0)
                             .arg(raw.MaxX, 0, 'f', 0)};
        }
        if (guess.kind == Kind::None)
            return Error{tr("%1 has no coordinate system (.prj), and its coordinates are "
                            "neither degrees nor CGCS2000 Gauss-Kruger. Choose its coordinate "
                            "system (--src-crs EPSG:N).")
                             .arg(shown)};
        from.importFromEPSG(epsg);
    }
    from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    report.crs = crsName(from);
    source.crsEpsg = epsgOf(from);
    source.projected = from.IsProjected();
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
    if (raw.IsInit()) {
        double minX = raw.MinX, minY = raw.MinY, maxX = raw.MaxX, maxY = raw.MaxY;
        CPLPushErrorHandler(CPLQuietErrorHandler); // out of the projection's range: no extent
        const bool ok = !transform
                        || transform->TransformBounds(raw.MinX, raw.MinY, raw.MaxX, raw.MaxY, &minX,
                                                      &minY, &maxX, &maxY, 21);
        CPLPopErrorHandler();
        if (ok && std::isfinite(minX) && std::isfinite(maxY))
            source.extent = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
    }

    std::unique_ptr<WebOffsetRemoval> webOffset;
    if (options.webOffset != WebOffset::None) {
        webOffset = std::make_unique<WebOffsetRemoval>(options.webOffset);
        report.webOffset = options.webOffset == WebOffset::Bd09 ? QStringLiteral("bd09")
                                                                : QStringLiteral("gcj02");
    }
    CPLPushErrorHandler(CPLQuietErrorHandler); // each failure is listed with its feature
    for (Feature &f : source.features) {
        if (!f.geometry)
            continue;
        if (transform && f.geometry->transform(transform.get()) != OGRERR_NONE) {
            f.problem = tr("its coordinates cannot be transformed from %1").arg(report.crs);
            f.geometry.reset();
        } else if (webOffset) {
            f.geometry->transform(webOffset.get());
        }
    }
    CPLPopErrorHandler();
    return source;
}
