// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqliteerrors.h"

#include <QDir>

#include <sqlite3.h>

QString SqliteErrors::explain(int resultCode, const QString &file)
{
    const QString where = file.isEmpty() ? tr("the project file") : QDir::toNativeSeparators(file);
    switch (resultCode & 0xff) { // extended codes (SQLITE_IOERR_WRITE …) share their primary's
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return tr("%1 cannot be changed: the file, its folder or its drive is read-only for you. "
                  "Save a copy in a folder you may write to and work on that.")
            .arg(where);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("%1 is in use: another program (a second InvestAtlas window, QGIS …) is "
                  "writing to it. Wait a moment and try again, or close the file there.")
            .arg(where);
    case SQLITE_FULL:
        return tr("The disk holding %1 is full, so nothing was saved. Free some space and try "
                  "again.")
            .arg(where);
    case SQLITE_IOERR:
        return tr("%1 could not be read or written: the disk or the network share reported an "
                  "error. Check that the drive is connected and try again.")
            .arg(where);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return tr("%1 is damaged or is not a GeoPackage project.").arg(where);
    case SQLITE_CANTOPEN:
        return tr("%1 cannot be opened: the file or its folder is missing or cannot be read.")
            .arg(where);
    case SQLITE_NOMEM:
        return tr("There was not enough memory to work on %1. Close other programs and try again.")
            .arg(where);
    default:
        return {};
    }
}

QString SqliteErrors::describe(sqlite3 *db)
{
    if (!db)
        return tr("Database error: %1").arg(tr("no connection"));
    const QString raw = QString::fromUtf8(sqlite3_errmsg(db));
    const char *file = sqlite3_db_filename(db, "main");
    const QString sentence
        = explain(sqlite3_extended_errcode(db), file ? QString::fromUtf8(file) : QString());
    return sentence.isEmpty() ? tr("Database error: %1").arg(raw) : withDetail(sentence, raw);
}

QString SqliteErrors::withDetail(const QString &sentence, const QString &raw)
{
    return tr("%1 (SQLite: %2)").arg(sentence, raw);
}
