// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// Who has a project open for editing. SQLite cannot say which process holds its lock, so a
// ProjectFile opened for editing leaves a small note beside the file (NAME.gpkg.owner: user,
// host, process id, since when; written under a temporary name and renamed into place) and
// removes it when it closes. A busy error reads it to name the holder. A note of a process that
// is no longer running on this machine is ignored; one from another machine (a network share)
// is believed. Static functions, any thread.
class LockNote
{
    Q_DECLARE_TR_FUNCTIONS(LockNote)
public:
    struct Holder
    {
        QString user;
        QString host;
        qint64 pid = 0;
        QDateTime since;
    };

    static QString path(const QString &project);
    // Leaves this process's note beside `project`, unless a running process of another
    // program instance left one (the first holder stays named). Returns whether this process
    // wrote it, and so must remove() it on closing.
    static bool write(const QString &project);
    // Removes the note if it is this process's.
    static void remove(const QString &project);
    // The holder named by the note, when it is another process that still runs (or runs on
    // another machine).
    static std::optional<Holder> holder(const QString &project);
    // "x.gpkg is in use by li@office-pc (process 123) since 09:30; try again when it has
    // finished." — or, without a note, that another program holds it.
    static QString busyMessage(const QString &project);
};
