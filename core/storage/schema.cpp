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
          {"owner", OFTString},
          // Schema 6 (land): added by the migration to older files (kVersion6ParcelColumns).
          {"status_date", OFTDate},
          {"idle_category", OFTString},
          {"price_per_mu", OFTReal},
          {"far_min", OFTReal},
          {"far_max", OFTReal},
          {"grade", OFTString},
          {"standard_land", OFTInteger, OFSTBoolean, true},
          {"commit_investment_per_mu", OFTReal},
          {"commit_far", OFTReal},
          {"commit_tax_per_mu", OFTReal},
          {"commit_deadline", OFTDate}}},
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

// Land (issue 10): the parcel lifecycle with its history, idle and low-efficiency land, 标准地
// commitments, yearly 亩均 figures and each unit's grade thresholds. The parcels' new columns are
// added by kVersion6ParcelColumns where GDAL did not create them (files made before version 6).
const char *kVersion6Migration = R"SQL(
CREATE TABLE parcel_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    parcel_id INTEGER NOT NULL REFERENCES parcels(fid) ON DELETE CASCADE,
    event_date DATE NOT NULL,
    kind TEXT NOT NULL,
    status TEXT,
    category TEXT,
    area_mu REAL,
    text TEXT,
    author TEXT
);
CREATE INDEX parcel_events_parcel ON parcel_events(parcel_id);
CREATE INDEX parcel_events_kind_date ON parcel_events(kind, event_date);
CREATE TABLE parcel_yearly (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    parcel_id INTEGER NOT NULL REFERENCES parcels(fid) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    tax_wan REAL,
    output_wan REAL,
    investment_wan REAL,
    far REAL,
    UNIQUE (parcel_id, year)
);
CREATE TABLE land_grading (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    unit_id INTEGER NOT NULL UNIQUE REFERENCES units(fid) ON DELETE CASCADE,
    tax_a REAL NOT NULL,
    tax_b REAL NOT NULL,
    tax_c REAL NOT NULL,
    output_a REAL,
    output_b REAL,
    output_c REAL
);
-- Matching (ParcelMatch) reads the land on offer and the idle land by area range: from these
-- partial indexes alone, which hold just those plots and every column matching scores (a
-- million-parcel file answers in a fraction of a second).
CREATE INDEX parcels_offer ON parcels(area_mu, idle_category, status, idle_since, land_use,
    park_id, price_per_mu, standard_land, commit_investment_per_mu, commit_far,
    commit_tax_per_mu)
    WHERE idle_category IS NULL AND status IN ('reserve', 'listed');
CREATE INDEX parcels_idle ON parcels(area_mu, idle_category, status, idle_since, land_use,
    park_id, price_per_mu, standard_land, commit_investment_per_mu, commit_far,
    commit_tax_per_mu) WHERE idle_category IS NOT NULL;
-- Statuses before version 6: 闲置 was land sold and not used (供而未用), 低效 a producing plot
-- below its standard (投而未达). The date the land fell idle is the category's start.
UPDATE parcels SET idle_category = 'supplied_unused', status = 'transferred'
    WHERE status = 'idle';
UPDATE parcels SET idle_category = 'producing_below', status = 'producing'
    WHERE status = 'inefficient';
INSERT INTO parcel_events (parcel_id, event_date, kind, status, category, area_mu, text)
    SELECT fid, idle_since, 'category', status, idle_category, area_mu, '闲置低效认定（升级前记录）'
    FROM parcels WHERE idle_category IS NOT NULL AND idle_since IS NOT NULL ORDER BY fid;
-- The 亩均 grade from the recorded tax per mu, by the default thresholds (LandGrade).
UPDATE parcels SET grade = CASE WHEN tax_per_mu >= 30 THEN 'A' WHEN tax_per_mu >= 10 THEN 'B'
    WHEN tax_per_mu >= 5 THEN 'C' ELSE 'D' END WHERE tax_per_mu IS NOT NULL;
)SQL";

// Column, declared type as GDAL's GeoPackage driver writes it.
const std::pair<const char *, const char *> kVersion6ParcelColumns[] = {
    {"status_date", "DATE"},
    {"idle_category", "TEXT"},
    {"price_per_mu", "REAL"},
    {"far_min", "REAL"},
    {"far_max", "REAL"},
    {"grade", "TEXT"},
    {"standard_land", "BOOLEAN NOT NULL DEFAULT 0"},
    {"commit_investment_per_mu", "REAL"},
    {"commit_far", "REAL"},
    {"commit_tax_per_mu", "REAL"},
    {"commit_deadline", "DATE"},
};

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
    if (version >= 6)
        names << QStringLiteral("parcel_events") << QStringLiteral("parcel_yearly")
              << QStringLiteral("land_grading");
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
        case 6:
            for (const auto &[column, type] : kVersion6ParcelColumns)
                sql += addColumn(db, "parcels", column, type);
            sql += QString::fromUtf8(kVersion6Migration);
            sql += registerAttributes("parcel_events", "Parcel history: status changes, idle land "
                                                       "found and revitalised");
            sql += registerAttributes("parcel_yearly", "Parcel figures by year: tax, output, "
                                                       "investment, plot ratio");
            sql += registerAttributes("land_grading", "Mu-average grade thresholds per unit");
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
