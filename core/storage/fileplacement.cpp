// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/fileplacement.h"

#include "core/platform/processinfo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

#include <algorithm>
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

Error FilePlacement::explainFailure(const Error &error, const QString &target,
                                    const QStringList &written)
{
    const QString shown = QDir::toNativeSeparators(target);
    // A process may be limited in the size of the files it writes (ulimit -f; writes past it
    // fail with EFBIG): the file stops at the limit.
    const qint64 limit = ProcessInfo::fileSizeLimit();
    qint64 largest = 0;
    for (const QString &file : written) {
        largest = std::max(largest, QFileInfo(file).size());
        for (const QString &companion : companions(file))
            largest = std::max(largest, QFileInfo(companion).size());
    }
    if (limit >= 0 && largest >= limit)
        return Error{tr("Cannot write %1: the file reached the largest size this program may "
                        "write (%2). No file was written or replaced.")
                         .arg(shown, QLocale().formattedDataSize(limit))};
    // The half-written file still takes its space, so a disk that filled up is still full.
    constexpr qint64 kNearlyFull = 1024 * 1024;
    const QStorageInfo storage(QFileInfo(target).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() >= 0
        && storage.bytesAvailable() < kNearlyFull)
        return Error{tr("Cannot write %1: the disk is full (%2 free). No file was written or "
                        "replaced; free some space and try again.")
                         .arg(shown, QLocale().formattedDataSize(storage.bytesAvailable()))};
    return error;
}
