// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/locknote.h"

#include "core/platform/processinfo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSysInfo>

namespace {

// The note as written, whoever it names (this process included); nullopt without a readable
// note.
std::optional<LockNote::Holder> readNote(const QString &project)
{
    QFile file(LockNote::path(project));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject note = QJsonDocument::fromJson(file.read(4096)).object();
    LockNote::Holder holder;
    holder.user = note.value(QLatin1String("user")).toString();
    holder.host = note.value(QLatin1String("host")).toString();
    holder.pid = note.value(QLatin1String("pid")).toInteger();
    holder.since
        = QDateTime::fromString(note.value(QLatin1String("since")).toString(), Qt::ISODate);
    if (holder.pid <= 0)
        return std::nullopt;
    return holder;
}

bool isThisMachine(const LockNote::Holder &holder)
{
    return holder.host == QSysInfo::machineHostName();
}

bool isThisProcess(const LockNote::Holder &holder)
{
    return isThisMachine(holder) && holder.pid == QCoreApplication::applicationPid();
}

} // namespace

QString LockNote::path(const QString &project)
{
    return project + QStringLiteral(".owner");
}

bool LockNote::write(const QString &project)
{
    if (holder(project))
        return false; // its holder is still at work: keep it named
    // QSaveFile writes a temporary file and renames it into place when complete.
    QSaveFile file(path(project));
    if (!file.open(QIODevice::WriteOnly))
        return false; // a folder we may not write: editing goes on without a note
    const QJsonObject note{
        {QStringLiteral("user"), ProcessInfo::userName()},
        {QStringLiteral("host"), QSysInfo::machineHostName()},
        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
        {QStringLiteral("since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("application"), QCoreApplication::applicationName()}};
    file.write(QJsonDocument(note).toJson(QJsonDocument::Compact));
    return file.commit();
}

void LockNote::remove(const QString &project)
{
    if (auto note = readNote(project); note && isThisProcess(*note))
        QFile::remove(path(project));
}

std::optional<LockNote::Holder> LockNote::holder(const QString &project)
{
    auto note = readNote(project);
    if (!note || isThisProcess(*note))
        return std::nullopt;
    if (isThisMachine(*note) && !ProcessInfo::isRunning(note->pid))
        return std::nullopt; // left behind by a crash
    return note;
}

QString LockNote::busyMessage(const QString &project)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(project).fileName());
    const auto note = holder(project);
    if (!note)
        return tr("%1 is locked by another program that is writing to it; try again when it has "
                  "finished.")
            .arg(shown);
    return tr("%1 is in use by %2@%3 (process %4) since %5; try again when it has finished.")
        .arg(shown, note->user, note->host)
        .arg(note->pid)
        .arg(QLocale().toString(note->since.toLocalTime(), QLocale::ShortFormat));
}
