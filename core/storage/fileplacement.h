// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Puts a completely written file into place, so that an interrupted write (a crash, kill -9, a
// full disk) never leaves a half-written file under the final name and never destroys the file
// it replaces. SQLite files travel with their -wal, -shm and -journal companions: a stale journal
// beside a new file would be replayed into it.
class FilePlacement
{
    Q_DECLARE_TR_FUNCTIONS(FilePlacement)
public:
    // A temporary name beside `target`, in the same folder (so the final rename cannot cross
    // file systems).
    static QString partialPath(const QString &target);
    // The SQLite companions of a database file.
    static QStringList companions(const QString &path);
    // Whether a file, or a journal with data of one, exists at `path` (leftover journals are
    // data: they would be replayed into a new file of that name).
    static bool existsWithCompanions(const QString &path);
    // Removes `path` and its companions; used for temporary files that are being abandoned.
    static void discard(const QString &path);
    // Renames `written` over `target` (replacing it atomically where the system allows) after
    // removing `target`'s companions. On failure `target` is left as it was.
    static Status replace(const QString &written, const QString &target);
    // What to tell the user when writing `target` (through the temporary files `written`, still
    // there) failed with `error`: that the disk is full, or that a file reached the largest size
    // this program may write, when that is why; else `error` itself. Call it before the
    // temporary files are discarded.
    static Error explainFailure(const Error &error, const QString &target,
                                const QStringList &written);
};
