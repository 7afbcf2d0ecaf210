// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/schema.h"

#include "core/io/gdalutil.h"
#include "core/storage/sqlitedb.h"

#include <QFileInfo>

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

namespace {

struct FieldSpec
{
    const char *name;
    OGRFieldType type;
    OGRFieldSubType subType = OFSTNone;
    bool notNull = false;
};

struct LayerSpec
{
    const char *name;
    OGRwkbGeometryType geometryType;
    std::vector<FieldSpec> fields;
};

// Feature tables. Cross-references between them (parks.unit_id → units.fid …) cannot carry SQL
// foreign keys because GDAL creates the tables; `validate` checks them instead.
std::vector<LayerSpec> layerSpecs()
{
    return {
        {"units",
         wkbMultiPolygon,
         {{"name", OFTString, OFSTNone, true},
          {"name_en", OFTString},
          {"adcode", OFTString},
          {"kind", OFTString, OFSTNone, true},
          {"city", OFTString}}},
        {"parks",
         wkbMultiPolygon,
         {{"name", OFTString, OFSTNone, true},
          {"name_en", OFTString},
          {"kind", OFTString, OFSTNone, true},
          {"unit_id", OFTInteger64},
          {"planned_area_mu", OFTReal},
          {"chains", OFTString}}},
        {"enclaves",
         wkbPoint,
         {{"name", OFTString, OFSTNone, true},
          {"kind", OFTString, OFSTNone, true},
          {"home_unit_id", OFTInteger64},
          {"host_place", OFTString},
          {"host_city", OFTString},
          {"opened_date", OFTDate}}},
        {"parcels",
         wkbMultiPolygon,
         {{"code", OFTString, OFSTNone, true},
          {"park_id", OFTInteger64},
          {"land_use", OFTString},
          {"status", OFTString, OFSTNone, true},
          {"area_mu", OFTReal},
          {"tax_per_mu", OFTReal},
          {"idle_since", OFTDate},
          {"owner", OFTString}}},
        {"projects",
         wkbPoint,
         {{"name", OFTString, OFSTNone, true},
          {"investor", OFTString},
          {"investor_type", OFTString},
          {"unit_id", OFTInteger64},
          {"park_id", OFTInteger64},
          {"chain", OFTString},
          {"investment_wan", OFTReal},
          {"foreign_investment_wan_usd", OFTReal},
          {"land_mu", OFTReal},
          {"expected_output_wan", OFTReal},
          {"stage", OFTString, OFSTNone, true},
          {"lead_date", OFTDate},
          {"assessment_date", OFTDate},
          {"negotiation_date", OFTDate},
          {"signed_date", OFTDate},
          {"land_date", OFTDate},
          {"construction_date", OFTDate},
          {"production_date", OFTDate},
          {"statistics_date", OFTDate},
          {"capacity_date", OFTDate},
          {"dropped_date", OFTDate},
          {"drop_reason", OFTString},
          {"lead_official", OFTString},
          {"task_force", OFTString},
          {"confidential", OFTInteger, OFSTBoolean, true},
          {"notes", OFTString}}},
    };
}

// Registers an attribute (non-spatial) table in gpkg_contents so that QGIS and ogrinfo list it.
QString registerAttributes(const char *table, const char *description)
{
    return QStringLiteral("INSERT INTO gpkg_contents (table_name, data_type, identifier, "
                          "description) VALUES ('%1', 'attributes', '%1', '%2');\n")
        .arg(QLatin1String(table), QLatin1String(description));
}

const char *kVersion1Ledger = R"SQL(
CREATE TABLE investatlas_meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT
);
CREATE TABLE project_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    project_id INTEGER NOT NULL REFERENCES projects(fid) ON DELETE CASCADE,
    event_date DATE NOT NULL,
    kind TEXT NOT NULL,
    stage TEXT,
    text TEXT,
    author TEXT
);
CREATE INDEX project_events_project ON project_events(project_id);
CREATE TABLE project_parcels (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    project_id INTEGER NOT NULL REFERENCES projects(fid) ON DELETE CASCADE,
    parcel_id INTEGER NOT NULL REFERENCES parcels(fid) ON DELETE CASCADE,
    UNIQUE (project_id, parcel_id)
);
CREATE INDEX project_parcels_parcel ON project_parcels(parcel_id);
CREATE TABLE targets (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    unit_id INTEGER NOT NULL REFERENCES units(fid) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    metric TEXT NOT NULL,
    value REAL NOT NULL,
    measure TEXT,
    source TEXT,
    UNIQUE (unit_id, year, metric)
);
CREATE INDEX projects_stage ON projects(stage);
CREATE INDEX projects_unit ON projects(unit_id);
CREATE INDEX parcels_park ON parcels(park_id);
)SQL";

const char *kVersion2Migration = R"SQL(
CREATE TABLE map_views (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL UNIQUE,
    min_x REAL NOT NULL, min_y REAL NOT NULL, max_x REAL NOT NULL, max_y REAL NOT NULL
);
CREATE TABLE import_presets (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL UNIQUE,
    mapping_json TEXT NOT NULL
);
)SQL";

// The map's layer order, visibility, opacity, style, basemap and extent (MapDocument), one JSON
// document per key, so a project reopens as it was left.
const char *kVersion3Migration = R"SQL(
CREATE TABLE map_state (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    key TEXT NOT NULL UNIQUE,
    value TEXT NOT NULL
);
)SQL";

// Funds actually arrived (实际到位资金), one row per project and month, in 万元; and a follow-up
// date on activities (a visit to repeat, a promise to check), which the warnings list watches.
const char *kVersion4Migration = R"SQL(
CREATE TABLE project_funds (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    project_id INTEGER NOT NULL REFERENCES projects(fid) ON DELETE CASCADE,
    month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    amount_wan REAL NOT NULL,
    note TEXT,
    UNIQUE (project_id, month)
);
CREATE INDEX project_funds_month ON project_funds(month);
ALTER TABLE project_events ADD COLUMN follow_up_date DATE;
)SQL";

// Presentation and English names (issue 12): the English names of industry chains (units and
// parks carry theirs in a name_en column), and the tours with their slides (core/present/tour.h).
const char *kVersion5Migration = R"SQL(
CREATE TABLE chain_names (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL UNIQUE,
    name_en TEXT
);
CREATE TABLE tours (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE tour_slides (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    tour_id INTEGER NOT NULL REFERENCES tours(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    title_zh TEXT,
    title_en TEXT,
    text_zh TEXT,
    text_en TEXT,
    min_x REAL, min_y REAL, max_x REAL, max_y REAL,
    layers TEXT,
    park_id INTEGER,
    seconds REAL NOT NULL DEFAULT 0
);
CREATE INDEX tour_slides_tour ON tour_slides(tour_id);
)SQL";

// `column` added to a feature table made by GDAL, unless it is there already (a new file gets it
// from layerSpecs()).
QString addColumn(SqliteDb &db, const char *table, const char *column, const char *type)
{
    if (db.columnExists(QLatin1String(table), QLatin1String(column)))
        return {};
    return QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3;\n")
        .arg(QLatin1String(table), QLatin1String(column), QLatin1String(type));
}

} // namespace

QStringList Schema::featureTables()
{
    QStringList names;
    for (const LayerSpec &spec : layerSpecs())
        names << QLatin1String(spec.name);
    return names;
}

QStringList Schema::ledgerTables(int version)
{
    QStringList names{QStringLiteral("project_events"), QStringLiteral("project_parcels"),
                      QStringLiteral("targets")};
    if (version >= 2)
        names << QStringLiteral("map_views") << QStringLiteral("import_presets");
    if (version >= 3)
        names << QStringLiteral("map_state");
    if (version >= 4)
        names << QStringLiteral("project_funds");
    if (version >= 5)
        names << QStringLiteral("chain_names") << QStringLiteral("tours")
              << QStringLiteral("tour_slides");
    return names;
}

Status Schema::createFeatureTables(const QString &path)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver)
        return Error{tr("GDAL was built without its GeoPackage driver.")};

    const QByteArray nativePath = path.toUtf8();
    GDALDatasetUniquePtr dataset(
        driver->Create(nativePath.constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        return Error{tr("Cannot create %1: %2").arg(QFileInfo(path).fileName(), gdalLastError())};

    OGRSpatialReference cgcs2000;
    cgcs2000.importFromEPSG(kStorageSrsId);
    cgcs2000.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);

    for (const LayerSpec &spec : layerSpecs()) {
        const char *options[] = {"FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES",
                                 "GEOMETRY_NULLABLE=YES", nullptr};
        OGRLayer *layer = dataset->CreateLayer(spec.name, &cgcs2000, spec.geometryType,
                                               const_cast<char **>(options));
        if (!layer)
            return Error{
                tr("Cannot create layer %1: %2").arg(QLatin1String(spec.name), gdalLastError())};
        for (const FieldSpec &f : spec.fields) {
            OGRFieldDefn field(f.name, f.type);
            field.SetSubType(f.subType);
            field.SetNullable(!f.notNull);
            if (f.subType == OFSTBoolean)
                field.SetDefault("0");
            if (layer->CreateField(&field) != OGRERR_NONE)
                return Error{
                    tr("Cannot create field %1.%2: %3")
                        .arg(QLatin1String(spec.name), QLatin1String(f.name), gdalLastError())};
        }
    }
    // Closing the dataset writes the deferred R-tree and gpkg_* metadata.
    dataset.reset();
    if (CPLGetLastErrorType() >= CE_Failure)
        return Error{tr("Cannot create %1: %2").arg(QFileInfo(path).fileName(), gdalLastError())};
    return {};
}

Status Schema::createBaseLedger(SqliteDb &db)
{
    QString sql = QString::fromUtf8(kVersion1Ledger);
    sql += registerAttributes("project_events", "Project activities and stage changes");
    sql += registerAttributes("project_parcels", "Links between projects and land parcels");
    sql += registerAttributes("targets", "Yearly targets per unit");
    sql += QStringLiteral("INSERT INTO investatlas_meta (key, value) VALUES "
                          "('schema_version', '1'), ('application', 'InvestAtlas');");
    return db.exec(sql);
}

Status Schema::migrate(SqliteDb &db, int fromVersion, int toVersion)
{
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        QString sql;
        switch (version) {
        case 2:
            sql = QString::fromUtf8(kVersion2Migration);
            sql += registerAttributes("map_views", "Saved map views (bookmarks)");
            sql += registerAttributes("import_presets", "Spreadsheet column mapping presets");
            break;
        case 3:
            sql = QString::fromUtf8(kVersion3Migration);
            sql += registerAttributes("map_state", "Map layer settings, basemap and extent");
            break;
        case 4:
            sql = QString::fromUtf8(kVersion4Migration);
            sql += registerAttributes("project_funds",
                                      "Funds actually arrived per project and month");
            break;
        case 5:
            sql = addColumn(db, "units", "name_en", "TEXT");
            sql += addColumn(db, "parks", "name_en", "TEXT");
            sql += QString::fromUtf8(kVersion5Migration);
            sql += registerAttributes("chain_names", "English names of industry chains");
            sql += registerAttributes("tours", "Presentation tours");
            sql += registerAttributes("tour_slides", "Slides of the presentation tours");
            break;
        default:
            return Error{tr("No upgrade is known to schema version %1.").arg(version)};
        }
        sql += QStringLiteral("UPDATE investatlas_meta SET value = '%1' "
                              "WHERE key = 'schema_version';")
                   .arg(version);
        if (Status done = db.exec(sql); !done)
            return Error{tr("Upgrading to schema version %1 failed: %2")
                             .arg(version)
                             .arg(done.errorMessage())};
    }
    return {};
}

Result<int> Schema::readVersion(SqliteDb &db)
{
    if (!db.tableExists(QStringLiteral("investatlas_meta")))
        return Error{tr("It is a GeoPackage, but not an InvestAtlas project.")};
    auto value = db.scalar(
        QStringLiteral("SELECT value FROM investatlas_meta WHERE key = 'schema_version'"));
    if (!value)
        return value.error();
    bool ok = false;
    const int version = value->toString().toInt(&ok);
    if (!ok || version < 1)
        return Error{tr("The project's schema version is missing or unreadable.")};
    return version;
}
