// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/storage/sqlitedb.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>
#include <QVariantMap>

#include <memory>

class OGRGeometry;

// One open InvestAtlas project: a GeoPackage file with map layers and the ledger. Owns the single
// SQLite connection to the file (WAL journal, foreign keys on). Lives on the thread that opened it.
class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
public:
    // Creates a new, empty project. Refuses to replace an existing file: the caller removes it
    // first when the user asked to overwrite. A failed create leaves nothing behind.
    static Result<std::unique_ptr<ProjectFile>> create(const QString &path);
    // Opens an existing project, upgrading an older schema after writing a backup copy beside it.
    // Newer schemas, non-GeoPackage, corrupt and locked files are refused with a clear message.
    static Result<std::unique_ptr<ProjectFile>> open(const QString &path);

    ~ProjectFile();

    QString path() const { return m_path; }
    SqliteDb &db() { return m_db; }
    int schemaVersion() const { return m_schemaVersion; }
    // Where the pre-upgrade copy was written when open() upgraded the file; empty otherwise.
    QString backupPath() const { return m_backupPath; }

    // Inserts one feature (geometry may be null) and returns its fid. Attribute keys are column
    // names. Call inside a transaction when inserting many.
    Result<qint64> insertFeature(const QString &table, const OGRGeometry *geometry,
                                 const QVariantMap &attributes);
    // Inserts one row into an attribute table and returns its id.
    Result<qint64> insertRow(const QString &table, const QVariantMap &values);

    Result<qint64> rowCount(const QString &table);
    // Bounding box of a layer (from its R-tree) in storage coordinates; null when it is empty.
    Result<QRectF> layerExtent(const QString &table);
    // Union of all feature layers' extents.
    Result<QRectF> extent();
    // Writes each layer's extent into gpkg_contents, as the GeoPackage standard asks.
    Status refreshContentsExtents();
    // Writes a complete, consistent copy of the file (VACUUM INTO) under a temporary name and
    // renames it over `path` only when complete: a failure leaves `path` as it was.
    Status saveCopy(const QString &path);

private:
    ProjectFile(QString path, SqliteDb db, int schemaVersion);
    static Status configureConnection(SqliteDb &db);
    static Status checkReadable(const QString &path);
    Status upgradeFrom(int version);

    QString m_path;
    SqliteDb m_db;
    int m_schemaVersion = 0;
    QString m_backupPath;
};
