// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gis/vectorexport.h"

#include "core/domain/fields.h"
#include "core/io/gdalutil.h"
#include "core/storage/fileplacement.h"
#include "core/storage/gpkggeometry.h"
#include "core/storage/projectfile.h"
#include "core/storage/schema.h"
#include "core/storage/sqlitedb.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

namespace {

struct Format
{
    const char *suffix;
    const char *driver;
};

constexpr Format kFormats[] = {
    {"gpkg", "GPKG"},       {"shp", "ESRI Shapefile"},
    {"geojson", "GeoJSON"}, {"kml", "KML"},
    {"dxf", "DXF"},         {"csv", "CSV"},
};

OGRFieldType ogrType(const Field &field)
{
    switch (field.type) {
    case Field::Type::Key:
    case Field::Type::Integer:
    case Field::Type::Reference:
        return OFTInteger64;
    case Field::Type::Money:
    case Field::Type::MoneyUsd:
    case Field::Type::Area:
    case Field::Type::MoneyPerMu:
    case Field::Type::MoneyWan:
    case Field::Type::Number:
        return OFTReal;
    default:
        return OFTString;
    }
}

} // namespace

QStringList VectorExport::suffixes()
{
    QStringList list;
    for (const Format &format : kFormats)
        list << QString::fromLatin1(format.suffix);
    return list;
}

Result<qint64> VectorExport::run(ProjectFile &project, const QString &target,
                                 const Options &options)
{
    GDALAllRegister();
    const QFileInfo info(target);
    const QString suffix = info.suffix().toLower();
    const Format *format = nullptr;
    for (const Format &f : kFormats) {
        if (suffix == QLatin1String(f.suffix))
            format = &f;
    }
    if (!format)
        return Error{tr("Cannot write %1: the file name must end in one of %2.")
                         .arg(target, suffixes().join(QStringLiteral(", ")))};
    const std::span<const Field> fields = Fields::of(options.layer);
    if (fields.empty() || options.layer == QLatin1String("project_events"))
        return Error{tr("%1 is not a layer of the project.").arg(options.layer)};

    OGRSpatialReference storage, out;
    storage.importFromEPSG(Schema::kStorageSrsId);
    storage.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (options.crs.isEmpty())
        out = storage;
    else if (out.SetFromUserInput(options.crs.toUtf8().constData()) != OGRERR_NONE)
        return Error{tr("The coordinate system %1 is not one GDAL knows.").arg(options.crs)};
    out.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> transform;
    if (!out.IsSame(&storage)) {
        transform.reset(OGRCreateCoordinateTransformation(&storage, &out));
        if (!transform)
            return Error{tr("Cannot transform to %1: %2").arg(options.crs, gdalLastError())};
    }

    // Everything is written in a folder beside the target, then moved into place.
    QTemporaryDir folder(info.absoluteDir().filePath(QStringLiteral(".investatlas-export-XXXXXX")));
    if (!folder.isValid())
        return Error{tr("Cannot write %1: %2").arg(target, folder.errorString())};
    const QString written = folder.filePath(info.fileName());

    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(format->driver);
    if (!driver)
        return Error{tr("Cannot write %1: GDAL has no %2 driver.")
                         .arg(target, QString::fromLatin1(format->driver))};
    CPLErrorReset();
    GDALDatasetUniquePtr dataset(
        driver->Create(written.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        return Error{tr("Cannot write %1: %2").arg(target, gdalLastError())};
    CPLStringList layerOptions;
    if (suffix == QLatin1String("shp"))
        layerOptions.SetNameValue("ENCODING", "UTF-8");
    if (suffix == QLatin1String("csv"))
        layerOptions.SetNameValue("GEOMETRY", "AS_WKT");
    const bool points
        = options.layer == QLatin1String("enclaves") || options.layer == QLatin1String("projects");
    const bool dxf = suffix == QLatin1String("dxf");
    OGRLayer *layer
        = dataset->CreateLayer(options.layer.toUtf8().constData(), dxf ? nullptr : &out,
                               points ? wkbPoint : wkbMultiPolygon, layerOptions.List());
    if (!layer)
        return Error{tr("Cannot write %1: %2").arg(target, gdalLastError())};

    QStringList columns{QStringLiteral("fid")};
    QList<const Field *> written_fields;
    QList<int> fieldIndex; // in the OGR layer: a driver may keep a field apart (KML's name)
    const bool gpkg = suffix == QLatin1String("gpkg");
    if (!dxf) { // DXF keeps only its own fixed fields
        for (const Field &field : fields) {
            // In public mode confidential fields are not written at all. A GeoPackage keeps the
            // number as the feature's own id (it refuses a field of the FID's name).
            if (!field.column || field.isLocation() || !Fields::isShownTo(field, project.audience())
                || (gpkg && field.type == Field::Type::Key))
                continue;
            OGRFieldDefn definition(field.column, ogrType(field));
            if (layer->CreateField(&definition) != OGRERR_NONE)
                return Error{tr("Cannot write %1: %2").arg(target, gdalLastError())};
            fieldIndex << layer->GetLayerDefn()->GetFieldIndex(field.column);
            columns << SqliteDb::quoted(Fields::column(field));
            written_fields << &field;
        }
    }
    // A selection is passed as one JSON array: any number of fids in one bound value.
    auto statement = project.db().prepare(
        QStringLiteral("SELECT %1, geom FROM %2 WHERE %3%4 ORDER BY fid")
            .arg(columns.join(QLatin1Char(',')), SqliteDb::quoted(options.layer),
                 Fields::visibleRows(options.layer, project.audience()),
                 options.fids.isEmpty()
                     ? QString()
                     : QStringLiteral(" AND fid IN (SELECT value FROM json_each(?1))")));
    if (!statement)
        return statement.error();
    if (!options.fids.isEmpty()) {
        QStringList fids;
        for (qint64 fid : options.fids)
            fids << QString::number(fid);
        statement->bindAll({QStringLiteral("[%1]").arg(fids.join(QLatin1Char(',')))});
    }
    qint64 count = 0;
    Status failed;
    if (dataset->TestCapability(ODsCTransactions))
        dataset->StartTransaction();
    Status read = statement->forEachRow([&]() -> bool {
        OGRFeature feature(layer->GetLayerDefn());
        if (gpkg)
            feature.SetFID(statement->int64(0));
        for (int i = 0; i < written_fields.size(); ++i) {
            const int column = i + 1;
            const int index = fieldIndex[i];
            if (statement->isNull(column) || index < 0)
                continue;
            switch (ogrType(*written_fields[i])) {
            case OFTInteger64:
                feature.SetField(index, GIntBig(statement->int64(column)));
                break;
            case OFTReal:
                feature.SetField(index, statement->real(column));
                break;
            default:
                feature.SetField(index, statement->text(column).toUtf8().constData());
            }
        }
        const QByteArray blob = statement->blob(columns.size());
        if (auto geometry = GpkgGeometry::decode(blob)) {
            if (transform)
                geometry->transform(transform.get());
            feature.SetGeometryDirectly(geometry.release());
        }
        if (layer->CreateFeature(&feature) != OGRERR_NONE) {
            failed = Error{tr("Cannot write %1: %2").arg(target, gdalLastError())};
            return false;
        }
        ++count;
        return true;
    });
    if (!read)
        return read.error();
    if (!failed)
        return failed.error();
    if (dataset->TestCapability(ODsCTransactions) && dataset->CommitTransaction() != OGRERR_NONE)
        return Error{tr("Cannot write %1: %2").arg(target, gdalLastError())};
    dataset.reset(); // closes and flushes every file
    if (CPLGetLastErrorType() >= CE_Failure)
        return Error{tr("Cannot write %1: %2").arg(target, gdalLastError())};

    // Every file of the output (a Shapefile's .shp, .shx, .dbf, .prj, .cpg) into place.
    const QFileInfoList files = QDir(folder.path()).entryInfoList(QDir::Files);
    for (const QFileInfo &file : files) {
        const QString into = info.absoluteDir().filePath(file.fileName());
        if (Status placed = FilePlacement::replace(file.absoluteFilePath(), into); !placed)
            return placed.error();
    }
    return count;
}
