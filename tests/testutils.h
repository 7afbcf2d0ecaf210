// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

namespace TestUtils {

inline QString sourceDir()
{
    return QStringLiteral(INVESTATLAS_SOURCE_DIR);
}

inline QString testData(const QString &name)
{
    return QDir(QStringLiteral(INVESTATLAS_TEST_DATA)).filePath(name);
}

inline QString cliPath()
{
    return QStringLiteral(INVESTATLAS_CLI);
}

// Copies `source` over `target` as a writable file, before a test changes it.
inline bool copyWritable(const QString &source, const QString &target)
{
    QFile::remove(target);
    return QFile::copy(source, target)
           && QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
}

// Copies a fixture into `dir` before a test changes it.
inline QString copyFixture(const QString &name, const QTemporaryDir &dir)
{
    const QString target = dir.filePath(name);
    copyWritable(testData(name), target);
    return target;
}

inline QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// The C++ sources under the given folders of the source tree, as paths relative to its root.
inline QStringList sourceFiles(const QStringList &folders)
{
    QStringList files;
    const QDir root(sourceDir());
    for (const QString &folder : folders) {
        QDirIterator it(root.filePath(folder), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << root.relativeFilePath(it.next());
    }
    files.sort();
    return files;
}

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline ProcessResult run(const QString &program, const QStringList &args, int timeoutMs = 120000)
{
    QProcess process;
    process.start(program, args);
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace TestUtils
