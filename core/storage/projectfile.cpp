// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/projectfile.h"

#include "core/base/logging.h"
#include "core/storage/fileplacement.h"
#include "core/storage/gpkggeometry.h"
#include "core/storage/locknote.h"
#include "core/storage/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <QtEndian>

#include <ogr_geometry.h>

#include <sqlite3.h>

namespace {

// SQLite's page cache, per connection, grown only as pages are read: 64 MiB (SQLite's default
// is 2 MiB). A query that walks a large index again — matching over a million parcels, the
// dashboard after a filter change — then reads its pages from memory instead of through a
// system call each (on the 1M-parcel bench, matching spent a quarter of its time in pread).
// Not memory-mapped I/O: projects live on network shares, where an I/O error in a mapped file
// would crash the program instead of failing one query.
constexpr const char *kCacheSize = "PRAGMA cache_size = -65536;";

// GeoPackage application_id values: 'GPKG' (1.2+) and the older 'GP10'/'GP11'.
bool isGeoPackageApplicationId(qint64 id)
{
    return id == 0x47504B47 || id == 0x47503130 || id == 0x47503131;
}

Result<qint64> insertInto(SqliteDb &db, const QString &table, const QVariantMap &values)
{
    QStringList columns, placeholders;
    QVariantList args;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        columns << SqliteDb::quoted(it.key());
        placeholders << QStringLiteral("?%1").arg(args.size() + 1);
        args << it.value();
    }
    const QString sql
        = columns.isEmpty()
              ? QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(SqliteDb::quoted(table))
              : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(SqliteDb::quoted(table), columns.join(QLatin1Char(',')),
                         placeholders.join(QLatin1Char(',')));
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bindAll(args);
    if (Status done = stmt->run(); !done)
        return Error{ProjectFile::tr("Cannot add a row to %1: %2").arg(table, done.errorMessage())};
    return db.lastInsertRowId();
}

} // namespace

ProjectFile::ProjectFile(QString path, SqliteDb db, int schemaVersion)
    : m_path(std::move(path))
    , m_db(std::move(db))
    , m_schemaVersion(schemaVersion)
{}

ProjectFile::~ProjectFile()
{
    // Fold the WAL back into the file so that a copied .gpkg is complete on its own.
    if (m_db.isOpen() && !m_readOnly)
        (void)m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    m_db.close();
    if (m_wroteLockNote)
        LockNote::remove(m_path);
}

Result<SqliteDb> ProjectFile::openSecondReader() const
{
    auto db = SqliteDb::open(m_path, SqliteDb::Mode::ReadOnly);
    if (!db)
        return db.error();
    if (Status safe = db->exec(QStringLiteral("PRAGMA trusted_schema = OFF")); !safe)
        return safe.error();
    return db;
}

Status ProjectFile::checkpoint()
{
    if (m_readOnly)
        return {};
    return m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

Status ProjectFile::configureConnection(SqliteDb &db)
{
    if (!GpkgGeometry::registerSqlFunctions(db.handle()))
        return Error{tr("Cannot prepare the database connection: %1").arg(db.lastErrorText())};
    // trusted_schema stays on for editing: GeoPackage's R-tree triggers must write their virtual
    // table, which SQLite refuses to untrusted schemas (GDAL keeps it on for the same reason).
    // checkSchemaObjects() accepts only those triggers before a file is opened for editing.
    // WAL: readers (the render thread, QGIS) never block the writer; survives a crash mid-write.
    auto mode = db.scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return mode.error();
    return db.exec(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; %1")
                       .arg(QLatin1String(kCacheSize)));
}

Status ProjectFile::build(const QString &path, const std::function<Status(ProjectFile &)> &fill,
                          Replace replace)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir())
        return Error{tr("%1 is a folder, not a project file.").arg(shown)};
    if (replace == Replace::No && FilePlacement::existsWithCompanions(path))
        return Error{tr("%1 already exists.").arg(shown)};
    if (!info.absoluteDir().exists())
        return Error{
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()))};

    const QString partPath = FilePlacement::partialPath(path);
    FilePlacement::discard(partPath);
    auto discard = [&](const Error &error) -> Status {
        const Error explained = FilePlacement::explainFailure(error, path, {partPath});
        FilePlacement::discard(partPath);
        return explained;
    };
    if (Status made = Schema::createFeatureTables(partPath); !made)
        return discard(made.error());
    {
        auto db = SqliteDb::open(partPath, SqliteDb::Mode::ReadWrite);
        if (!db)
            return discard(db.error());
        if (Status configured = configureConnection(*db); !configured)
            return discard(configured.error());
        {
            SqliteTransaction transaction(*db);
            if (!transaction.begun())
                return discard(transaction.begun().error());
            if (Status built = Schema::createBaseLedger(*db); !built)
                return discard(built.error());
            if (Status migrated = Schema::migrate(*db, 1); !migrated)
                return discard(migrated.error());
            if (Status committed = transaction.commit(); !committed)
                return discard(committed.error());
        }
        ProjectFile project(partPath, db.takeValue(), Schema::kCurrentVersion);
        if (fill) {
            if (Status filled = fill(project); !filled)
                return discard(filled.error());
        }
        // Everything in the main file before it gets its final name: the -wal stays behind.
        auto folded = project.m_db.scalar(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (!folded)
            return discard(folded.error());
    } // closed here
    if (Status placed = FilePlacement::replace(partPath, path); !placed)
        return discard(placed.error());
    return {};
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::create(const QString &path)
{
    if (Status built = build(path, {}); !built)
        return built.error();
    return open(path);
}

Status ProjectFile::checkReadable(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("%1 does not exist.").arg(shown)};
    if (info.isDir())
        return Error{tr("%1 is a folder, not a project file.").arg(shown)};
    // A pipe or a device named *.gpkg would block the first read forever.
    if (!info.isFile())
        return Error{tr("%1 is not a regular file (it may be a pipe or a device).").arg(shown)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1 cannot be read: %2").arg(shown, file.errorString())};
    // The 100-byte SQLite header: magic, page size (offset 16) and page count (offset 28).
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return Error{
            tr("%1 is not a GeoPackage project file (it is not an SQLite database).").arg(shown)};
    if (header.size() < 100)
        return Error{tr("%1 is incomplete (truncated). Copy it again from its source.").arg(shown)};
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    qint64 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const qint64 pageCount = qFromBigEndian<quint32>(bytes + 28);
    // A file cut short (an interrupted copy) is smaller than its header says.
    if (pageSize >= 512 && pageCount > 0 && info.size() < pageSize * pageCount)
        return Error{tr("%1 is incomplete (truncated): it is %2 bytes long but should be %3. "
                        "Copy it again from its source.")
                         .arg(shown)
                         .arg(info.size())
                         .arg(pageSize * pageCount)};
    return {};
}

Result<SqliteDb> ProjectFile::connect(const QString &path, bool readOnly)
{
    if (!readOnly)
        return SqliteDb::open(path, SqliteDb::Mode::ReadWrite);
    auto db = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
    // A WAL file on a read-only medium: SQLite cannot make its shared-memory file there.
    if (db && db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return db;
    return SqliteDb::open(path, SqliteDb::Mode::ReadOnlyImmutable);
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::open(const QString &path, Access access)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (Status readable = checkReadable(path); !readable)
        return readable.error();

    // Read-only is not damage: a file the user may not write opens for reading, and says why.
    QString readOnlyReason;
    if (access == Access::Edit) {
        const QFileInfo info(path);
        if (!info.isWritable())
            readOnlyReason = tr("You may not change %1 (it is read-only).").arg(shown);
        else if (!QFileInfo(info.absolutePath()).isWritable())
            readOnlyReason = tr("You may not write in the folder of %1, where the project keeps "
                                "its journal.")
                                 .arg(shown);
    }
    const bool readOnly = access == Access::Read || !readOnlyReason.isEmpty();

    auto db = connect(path, readOnly);
    if (!db)
        return db.error();

    auto check = db->scalar(QStringLiteral("PRAGMA quick_check"));
    if (!check) {
        if (check.error().isBusy())
            return check.error(); // names who holds the lock
        return Error{tr("%1 is damaged and cannot be opened: %2").arg(shown, check.errorMessage())};
    }
    if (check->toString() != QLatin1String("ok"))
        return Error{tr("%1 is damaged: %2").arg(shown, check->toString())};

    auto applicationId = db->scalar(QStringLiteral("PRAGMA application_id"));
    if (!applicationId || !isGeoPackageApplicationId(applicationId->toLongLong()))
        return Error{tr("%1 is an SQLite database but not a GeoPackage.").arg(shown)};

    auto version = Schema::readVersion(*db);
    if (!version)
        return Error{tr("Cannot open %1: %2").arg(shown, version.errorMessage())};
    if (*version > Schema::kCurrentVersion)
        return Error{tr("%1 was saved by a newer InvestAtlas (project schema %2); this version "
                        "reads schema %3 and older. Please update InvestAtlas. The file was not "
                        "changed.")
                         .arg(shown)
                         .arg(*version)
                         .arg(Schema::kCurrentVersion)};
    if (Status safe = checkSchemaObjects(*db, shown, !readOnly); !safe)
        return safe.error();

    if (readOnly) {
        // Nothing is written, so no trigger fires; a view runs only harmless functions.
        if (!GpkgGeometry::registerSqlFunctions(db->handle())
            || !db->exec(
                QStringLiteral("PRAGMA trusted_schema = OFF; %1").arg(QLatin1String(kCacheSize))))
            return Error{tr("Cannot prepare the database connection: %1").arg(db->lastErrorText())};
        // An older schema is read as it is: reading never upgrades.
        std::unique_ptr<ProjectFile> project(new ProjectFile(path, db.takeValue(), *version));
        project->m_readOnly = true;
        project->m_readOnlyReason = readOnlyReason;
        return project;
    }

    if (Status configured = configureConnection(*db); !configured)
        return configured.error(); // a busy error names who holds the lock

    std::unique_ptr<ProjectFile> project(new ProjectFile(path, db.takeValue(), *version));
    // Says who edits the file, for a busy error in another program (SQLite cannot tell).
    project->m_wroteLockNote = LockNote::write(path);
    if (*version < Schema::kCurrentVersion) {
        if (Status upgraded = project->upgradeFrom(*version); !upgraded)
            return upgraded.error();
    }
    return project;
}

// Triggers run inside our transactions; a file from someone else could carry one that changes
// data behind the user's back (and that undo cannot revert). Only GeoPackage's own triggers —
// the R-tree index, OGR's feature counts, the tile-matrix checks — are accepted for editing,
// and only when all they write is their index or count. The feature tables must be tables.
Status ProjectFile::checkSchemaObjects(SqliteDb &db, const QString &shown, bool forEditing)
{
    auto stmt = db.prepare(QStringLiteral(
        "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master "
        "WHERE type IN ('trigger', 'view') OR name IN ('units','parks','enclaves','parcels',"
        "'projects','project_events','project_parcels','targets')"));
    if (!stmt)
        return Error{tr("%1 is damaged and cannot be opened: %2").arg(shown, stmt.errorMessage())};
    static const QRegularExpression gpkgTrigger(QStringLiteral(
        "^(rtree_\\w+_(insert|update\\d|delete)|trigger_(insert|delete)_feature_count_\\w+|"
        "gpkg_\\w+)$"));
    static const QRegularExpression writes(
        QStringLiteral("\\b(?:INSERT|REPLACE)\\s+(?:OR\\s+\\w+\\s+)?INTO\\s+[\"'`\\[]?(\\w+)"
                       "|\\bUPDATE\\s+(?:OR\\s+\\w+\\s+)?[\"'`\\[]?(\\w+)"
                       "|\\bDELETE\\s+FROM\\s+[\"'`\\[]?(\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList foreign, notTables;
    Status read = stmt->forEachRow([&] {
        const QString type = stmt->text(0), name = stmt->text(1), sql = stmt->text(3);
        if (type == QLatin1String("view") || type == QLatin1String("table")) {
            if (type == QLatin1String("view") && Schema::featureTables().contains(name))
                notTables << name;
            return;
        }
        bool harmless = gpkgTrigger.match(name).hasMatch();
        // The statements of the trigger, without the text of its string literals.
        static const QRegularExpression literal(QStringLiteral("'(?:[^']|'')*'"));
        const QString body = sql.mid(sql.indexOf(QLatin1String("BEGIN"), 0, Qt::CaseInsensitive))
                                 .replace(literal, QStringLiteral("''"));
        for (auto it = writes.globalMatch(body); harmless && it.hasNext();) {
            const auto m = it.next();
            const QString target = m.captured(1) + m.captured(2) + m.captured(3);
            harmless = target.startsWith(QLatin1String("rtree_"))
                       || target == QLatin1String("gpkg_ogr_contents");
        }
        if (!harmless)
            foreign << name;
    });
    if (!read)
        return Error{tr("%1 is damaged and cannot be opened: %2").arg(shown, read.errorMessage())};
    if (!notTables.isEmpty())
        return Error{tr("%1 is not an InvestAtlas project: %2 should be tables but are views.")
                         .arg(shown, notTables.join(QStringLiteral(", ")))};
    if (forEditing && !foreign.isEmpty())
        return Error{tr("%1 contains database triggers that InvestAtlas did not create (%2). They "
                        "could change data behind your back, so the project is not opened for "
                        "editing. Remove them (for example with DB Browser for SQLite) or ask "
                        "whoever sent the file.")
                         .arg(shown, foreign.join(QStringLiteral(", ")))};
    return {};
}

Status ProjectFile::upgradeFrom(int version)
{
    const QFileInfo info(m_path);
    m_backupPath = info.dir().filePath(
        QStringLiteral("%1.schema%2-backup.gpkg").arg(info.completeBaseName()).arg(version));
    for (int n = 2; QFileInfo::exists(m_backupPath); ++n)
        m_backupPath = info.dir().filePath(QStringLiteral("%1.schema%2-backup-%3.gpkg")
                                               .arg(info.completeBaseName())
                                               .arg(version)
                                               .arg(n));
    // VACUUM INTO writes a consistent copy, WAL contents included.
    auto backup = m_db.prepare(QStringLiteral("VACUUM INTO ?1"));
    if (!backup)
        return backup.error();
    backup->bind(1, m_backupPath);
    if (Status copied = backup->run(); !copied)
        return Error{tr("Cannot write the backup copy %1 before upgrading: %2. The project was "
                        "not changed.")
                         .arg(QDir::toNativeSeparators(m_backupPath), copied.errorMessage())};

    SqliteTransaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    if (Status migrated = Schema::migrate(m_db, version); !migrated)
        return Error{tr("%1 could not be upgraded: %2. The project was not changed.")
                         .arg(QDir::toNativeSeparators(m_path), migrated.errorMessage())};
    if (Status committed = transaction.commit(); !committed)
        return committed;
    qCInfo(lcProject) << "upgraded" << m_path << "from schema" << version << "backup at"
                      << m_backupPath;
    m_schemaVersion = Schema::kCurrentVersion;
    return {};
}

Result<qint64> ProjectFile::insertFeature(const QString &table, const OGRGeometry *geometry,
                                          const QVariantMap &attributes)
{
    QVariantMap values = attributes;
    if (geometry)
        values.insert(QStringLiteral("geom"),
                      GpkgGeometry::encode(*geometry, Schema::kStorageSrsId));
    return insertInto(m_db, table, values);
}

Result<qint64> ProjectFile::insertRow(const QString &table, const QVariantMap &values)
{
    return insertInto(m_db, table, values);
}

Result<qint64> ProjectFile::rowCount(const QString &table)
{
    auto count
        = m_db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(SqliteDb::quoted(table)));
    if (!count)
        return count.error();
    return count->toLongLong();
}

Result<QRectF> ProjectFile::layerExtent(const QString &table)
{
    return layerExtent(table, m_audience);
}

Result<QRectF> ProjectFile::layerExtent(const QString &table, Fields::Audience audience)
{
    // For the public, the extent of what it may see: a confidential project far from the rest
    // must not stretch the extent (and the map's "full extent") towards itself.
    const QString visible = Fields::visibleRows(table, audience);
    auto stmt
        = m_db.prepare(QStringLiteral("SELECT min(minx), min(miny), max(maxx), max(maxy) FROM %1%2")
                           .arg(SqliteDb::quoted(QStringLiteral("rtree_%1_geom").arg(table)),
                                visible == QLatin1String("1")
                                    ? QString()
                                    : QStringLiteral(" WHERE id IN (SELECT fid FROM %1 WHERE %2)")
                                          .arg(SqliteDb::quoted(table), visible)));
    if (!stmt)
        return stmt.error();
    const SqliteStep row = stmt->step();
    if (row.failed())
        return row.error();
    if (!row.hasRow() || stmt->isNull(0))
        return QRectF();
    return QRectF(QPointF(stmt->real(0), stmt->real(1)), QPointF(stmt->real(2), stmt->real(3)));
}

Result<QRectF> ProjectFile::extent()
{
    QRectF all;
    for (const QString &table : Schema::featureTables()) {
        auto layer = layerExtent(table);
        if (!layer)
            return layer.error();
        if (layer->isNull())
            continue;
        all = all.isNull() ? *layer : all.united(*layer);
    }
    return all;
}

Status ProjectFile::refreshContentsExtents()
{
    for (const QString &table : Schema::featureTables()) {
        // The file's own record of its extent is of everything in it.
        auto layer = layerExtent(table, Fields::Audience::Office);
        if (!layer)
            return layer.error();
        auto stmt = m_db.prepare(QStringLiteral(
            "UPDATE gpkg_contents SET min_x = ?1, min_y = ?2, max_x = ?3, max_y = ?4, "
            "last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?5"));
        if (!stmt)
            return stmt.error();
        if (layer->isNull())
            stmt->bindAll({QVariant(), QVariant(), QVariant(), QVariant(), table});
        else
            stmt->bindAll({layer->left(), layer->top(), layer->right(), layer->bottom(), table});
        if (Status done = stmt->run(); !done)
            return done;
    }
    return {};
}

Status ProjectFile::saveCopy(const QString &path)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(target) == QFileInfo(m_path))
        return Error{tr("That file is the open project; choose another name.")};
    const QString partPath = FilePlacement::partialPath(target);
    FilePlacement::discard(partPath);
    // VACUUM INTO writes a complete, consistent copy, WAL contents included.
    auto copy = m_db.prepare(QStringLiteral("VACUUM INTO ?1"));
    if (!copy)
        return copy.error();
    copy->bind(1, partPath);
    if (Status done = copy->run(); !done) {
        const Error explained = FilePlacement::explainFailure(
            Error{tr("Cannot write %1: %2")
                      .arg(QDir::toNativeSeparators(target), done.errorMessage())},
            target, {partPath});
        FilePlacement::discard(partPath);
        return explained;
    }
    if (Status placed = FilePlacement::replace(partPath, target); !placed) {
        FilePlacement::discard(partPath);
        return placed;
    }
    return {};
}
