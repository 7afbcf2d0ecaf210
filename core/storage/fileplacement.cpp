// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/fileplacement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

QString FilePlacement::partialPath(const QString &target)
{
    // The suffix stays last: GDAL chooses drivers and checks files by it.
    const QFileInfo info(target);
    const QString suffix = info.suffix();
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".partial")
                               + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix));
}

QStringList FilePlacement::companions(const QString &path)
{
    return {path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
            path + QStringLiteral("-journal")};
}

bool FilePlacement::existsWithCompanions(const QString &path)
{
    if (QFileInfo::exists(path))
        return true;
    // A journal holds data only beyond its header (a WAL header is 32 bytes); the -shm index
    // never does.
    return QFileInfo(path + QStringLiteral("-wal")).size() > 32
           || QFileInfo(path + QStringLiteral("-journal")).size() > 0;
}

void FilePlacement::discard(const QString &path)
{
    QFile::remove(path);
    for (const QString &companion : companions(path))
        QFile::remove(companion);
}

Status FilePlacement::replace(const QString &written, const QString &target)
{
    for (const QString &companion : companions(target)) {
        if (QFileInfo::exists(companion) && !QFile::remove(companion))
            return Error{tr("Cannot remove the leftover journal %1 of the file being replaced.")
                             .arg(QDir::toNativeSeparators(companion))};
    }
    std::error_code error;
    // std::filesystem::rename replaces an existing target: rename(2) on POSIX,
    // MoveFileExW(MOVEFILE_REPLACE_EXISTING) on Windows.
    std::filesystem::rename(std::filesystem::path(written.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), error);
    if (error)
        return Error{tr("Cannot put %1 in place: %2")
                         .arg(QDir::toNativeSeparators(target),
                              QString::fromLocal8Bit(error.message().c_str()))};
    for (const QString &companion : companions(written))
        QFile::remove(companion);
    return {};
}
