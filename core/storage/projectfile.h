// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/domain/fields.h"
#include "core/storage/sqlitedb.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <memory>

class OGRGeometry;

// One open InvestAtlas project: a GeoPackage file with map layers and the ledger. Owns the single
// SQLite connection to the file (WAL journal, foreign keys on). Lives on the thread that opened it.
// Opened for editing, it leaves a lock note beside the file (LockNote) while it is open, so that
// another program that finds the file busy can say who uses it.
class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
public:
    // Edit: the application may write (an older schema is upgraded after a backup copy).
    // Read: listing, validating, exporting, rendering — the file stays byte-identical.
    enum class Access { Edit, Read };
    enum class Replace { No, Yes };

    // Builds a new project at `path`: an empty project, then `fill` (may be empty) in the same
    // connection, all under a temporary name that is renamed into place only when complete, so
    // an interrupted build never leaves a half-filled file and never destroys the file it
    // replaces. Refuses an existing file (or a leftover journal of one) unless `replace` is Yes.
    static Status build(const QString &path, const std::function<Status(ProjectFile &)> &fill,
                        Replace replace = Replace::No);
    // Builds an empty project (as build) and opens it for editing.
    static Result<std::unique_ptr<ProjectFile>> create(const QString &path);
    // Opens an existing project. Newer schemas, non-GeoPackage, corrupt and locked files are
    // refused with a clear message. For editing, an older schema is upgraded after writing a
    // backup copy beside it, and a file the user may not write (a read-only folder, a CD, a
    // network share) opens read-only: check isReadOnly().
    static Result<std::unique_ptr<ProjectFile>> open(const QString &path,
                                                     Access access = Access::Edit);

    ~ProjectFile();

    QString path() const { return m_path; }
    SqliteDb &db() { return m_db; }
    // A second, read-only connection to the same file, for a read split across two threads
    // (matching, the dashboard): it sees what db() has committed (WAL lets readers run side by
    // side). An error when it cannot be opened (a file on a read-only medium): the caller then
    // reads on db() alone.
    Result<SqliteDb> openSecondReader() const;
    int schemaVersion() const { return m_schemaVersion; }
    bool isReadOnly() const { return m_readOnly; }
    // Why the file is read-only, translated; empty when it is not.
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Where the pre-upgrade copy was written when open() upgraded the file; empty otherwise.
    QString backupPath() const { return m_backupPath; }

    // Public mode: who the open project is shown to. Every reader that hands project data out of
    // core (ProjectQuery, Lookups, FeatureDetails, ProjectInfo, StatsEngine, Warnings, the ledger
    // and vector exports, the map's layers, the brochure) asks this, so that in public mode
    // (Audience::Public) confidential projects and confidential fields (Fields) never leave core.
    // Office by default; ProjectDocument::setPublicMode is the switch the application uses. A
    // state of this connection, not of the file: nothing is written.
    Fields::Audience audience() const { return m_audience; }
    bool isPublic() const { return m_audience == Fields::Audience::Public; }
    void setAudience(Fields::Audience audience) { m_audience = audience; }

    // Inserts one feature (geometry may be null) and returns its fid. Attribute keys are column
    // names. Call inside a transaction when inserting many.
    Result<qint64> insertFeature(const QString &table, const OGRGeometry *geometry,
                                 const QVariantMap &attributes);
    // Inserts one row into an attribute table and returns its id.
    Result<qint64> insertRow(const QString &table, const QVariantMap &values);

    Result<qint64> rowCount(const QString &table);
    // Bounding box of a layer (from its R-tree) in storage coordinates; null when it is empty.
    // For the audience (by default this connection's): the public's leaves out what it may not
    // see.
    Result<QRectF> layerExtent(const QString &table);
    Result<QRectF> layerExtent(const QString &table, Fields::Audience audience);
    // Union of all feature layers' extents.
    Result<QRectF> extent();
    // Writes each layer's extent into gpkg_contents, as the GeoPackage standard asks.
    Status refreshContentsExtents();
    // Writes a complete, consistent copy of the file (VACUUM INTO) under a temporary name and
    // renames it over `path` only when complete: a failure leaves `path` as it was.
    Status saveCopy(const QString &path);
    // Folds committed changes from the -wal journal into the main file, so that copying or
    // mailing the .gpkg alone never loses them. Cheap when there is nothing to fold.
    Status checkpoint();

private:
    ProjectFile(QString path, SqliteDb db, int schemaVersion);
    static Status configureConnection(SqliteDb &db);
    static Status checkReadable(const QString &path);
    static Result<SqliteDb> connect(const QString &path, bool readOnly);
    static Status checkSchemaObjects(SqliteDb &db, const QString &shown, bool forEditing);
    Status upgradeFrom(int version);

    QString m_path;
    SqliteDb m_db;
    int m_schemaVersion = 0;
    QString m_backupPath;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    Fields::Audience m_audience = Fields::Audience::Office;
    bool m_wroteLockNote = false; // this connection left the lock note (LockNote) and removes it
};
