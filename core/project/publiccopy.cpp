// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/publiccopy.h"

#include "core/domain/fields.h"
#include "core/storage/fileplacement.h"
#include "core/storage/gpkggeometry.h"
#include "core/storage/projectfile.h"
#include "core/storage/schema.h"

#include <QDir>
#include <QFileInfo>

namespace {

// Removes what the public may not see from the copy open in `db`, in one transaction.
Status strip(SqliteDb &db, PublicCopy::Written &written)
{
    const Fields::Audience audience = Fields::Audience::Public;
    SqliteTransaction transaction(db);
    if (Status begun = transaction.begun(); !begun)
        return begun;
    auto before = db.scalar(QStringLiteral("SELECT count(*) FROM projects"));
    if (!before)
        return before.error();
    QStringList sql;
    // What hangs on a confidential project first, then the projects themselves.
    for (const QString &table : Schema::ledgerTables()) {
        const QString visible = Fields::visibleRows(table, audience);
        if (visible != QLatin1String("1"))
            sql << QStringLiteral("DELETE FROM %1 WHERE NOT (%2)")
                       .arg(SqliteDb::quoted(table), visible);
    }
    for (const QString &table : Schema::featureTables()) {
        const QString visible = Fields::visibleRows(table, audience);
        if (visible == QLatin1String("1"))
            continue;
        sql << QStringLiteral("DELETE FROM %1 WHERE NOT (%2)")
                   .arg(SqliteDb::quoted(table), visible);
        // The layer's extent, as GeoPackage readers show it, no longer reaches a removed point.
        const QString rtree = SqliteDb::quoted(QStringLiteral("rtree_%1_geom").arg(table));
        sql << QStringLiteral("UPDATE gpkg_contents SET min_x = (SELECT min(minx) FROM %1), "
                              "min_y = (SELECT min(miny) FROM %1), max_x = (SELECT max(maxx) "
                              "FROM %1), max_y = (SELECT max(maxy) FROM %1) WHERE table_name = "
                              "'%2'")
                   .arg(rtree, table);
    }
    for (const QString &table : Fields::tables()) {
        QStringList emptied;
        for (const Field &field : Fields::of(table)) {
            if (field.column && !field.isLocation() && !Fields::isShownTo(field, audience))
                emptied << QStringLiteral("%1 = NULL").arg(SqliteDb::quoted(Fields::column(field)));
        }
        written.fieldsEmptied += int(emptied.size());
        if (!emptied.isEmpty())
            sql << QStringLiteral("UPDATE %1 SET %2")
                       .arg(SqliteDb::quoted(table), emptied.join(QStringLiteral(", ")));
    }
    // The copy says what it is, for whoever opens it later.
    sql << QStringLiteral("INSERT INTO investatlas_meta (key, value) VALUES ('public_copy', "
                          "'1') ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    for (const QString &statement : std::as_const(sql)) {
        if (Status done = db.exec(statement); !done)
            return done;
    }
    auto after = db.scalar(QStringLiteral("SELECT count(*) FROM projects"));
    if (!after)
        return after.error();
    written.projects = after->toLongLong();
    written.removed = before->toLongLong() - written.projects;
    return transaction.commit();
}

} // namespace

Result<PublicCopy::Written> PublicCopy::write(ProjectFile &project, const QString &path)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(target);
    if (QFileInfo(target) == QFileInfo(project.path()))
        return Error{tr("That file is the open project; choose another name.")};
    if (!target.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive))
        return Error{
            tr("%1: a public copy is a GeoPackage; the name must end in .gpkg.").arg(shown)};
    const QString partial = FilePlacement::partialPath(target);
    FilePlacement::discard(partial);
    auto fail = [&](const Status &status) {
        const Error explained = FilePlacement::explainFailure(
            Error{tr("Cannot write %1: %2").arg(shown, status.errorMessage())}, target, {partial});
        FilePlacement::discard(partial);
        return explained;
    };
    // A complete, consistent snapshot (the WAL's contents included), then edited on its own.
    auto copy = project.db().prepare(QStringLiteral("VACUUM INTO ?1"));
    if (!copy)
        return copy.error();
    copy->bind(1, partial);
    if (Status done = copy->run(); !done)
        return fail(done);
    Written written;
    {
        auto db = SqliteDb::open(partial, SqliteDb::Mode::ReadWrite);
        if (!db)
            return fail(db.error());
        // GeoPackage's R-tree triggers call these; deleted pages are zeroed as well.
        if (!GpkgGeometry::registerSqlFunctions(db->handle()))
            return fail(Error{tr("Cannot register the GeoPackage functions.")});
        for (const char *pragma : {"PRAGMA secure_delete = ON", "PRAGMA foreign_keys = ON"}) {
            if (Status done = db->exec(QLatin1String(pragma)); !done)
                return fail(done);
        }
        if (Status done = strip(*db, written); !done)
            return fail(done);
        // Free pages would still hold what was deleted or emptied: rebuild the file without
        // them, in the rollback journal a file handed out should have.
        for (const char *statement : {"VACUUM", "PRAGMA journal_mode = DELETE"}) {
            if (Status done = db->exec(QLatin1String(statement)); !done)
                return fail(done);
        }
    }
    if (Status placed = FilePlacement::replace(partial, target); !placed) {
        FilePlacement::discard(partial);
        return placed.error();
    }
    return written;
}
