// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class SqliteDb;

// The layout of an InvestAtlas project file: which feature tables GDAL creates, which ledger
// tables we create with SQL (with foreign keys), and the migrations between schema versions.
// Stateless; every function works on the connection or path it is given.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)
public:
    // Version 1: map layers, projects, events, parcel links, targets.
    // Version 2: saved map views (bookmarks) and spreadsheet import presets.
    // Version 3: the map state. Version 4: funds arrived and follow-up dates (issue 11).
    // Version 5: English names, tours and slides (issue 12).
    // Version 6: land — parcel lifecycle and history, idle land, 标准地 commitments, yearly
    // figures, grade thresholds (issue 10).
    static constexpr int kCurrentVersion = 6;
    // EPSG:4490, CGCS2000 geographic: the national datum and the storage CRS of every layer.
    static constexpr int kStorageSrsId = 4490;

    static QStringList featureTables(); // units, parks, enclaves, parcels, projects
    static QStringList ledgerTables(int version = kCurrentVersion);

    // Creates an empty GeoPackage at path with the feature tables of schema version 1 (through
    // GDAL's GPKG driver so the R-tree index and gpkg_* metadata are right).
    static Status createFeatureTables(const QString &path);
    // Creates the version-1 ledger tables and metadata. Runs inside the caller's transaction.
    static Status createBaseLedger(SqliteDb &db);
    // Applies migrations from `fromVersion` up to `toVersion`, each inside the caller's
    // transaction.
    static Status migrate(SqliteDb &db, int fromVersion, int toVersion = kCurrentVersion);

    // Reads the schema version; an Error when the file has no InvestAtlas metadata.
    static Result<int> readVersion(SqliteDb &db);
};
