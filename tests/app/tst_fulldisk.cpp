// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demobuilder.h"
#include "testutils.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#endif

// Writing on a full disk: the CLI runs with a limit on the size of the files it may write
// (RLIMIT_FSIZE, with SIGXFSZ ignored, so that every write past it fails with EFBIG as on a full
// disk). Whatever it was writing, it must exit non-zero, say that the file could not be written
// whole and name it, leave nothing under the final name and no temporary file behind, and leave a
// file it was to replace byte for byte as it was. The limit is Linux's; elsewhere the tests skip.
class TestFullDisk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void ledgerExportOnFullDiskLeavesNoFile_data();
    void ledgerExportOnFullDiskLeavesNoFile();
    void createOnFullDiskKeepsTheOldProject_data();
    void createOnFullDiskKeepsTheOldProject();

private:
    // Runs the CLI (in Chinese) with writes limited to `limitBytes` per file.
    TestUtils::ProcessResult cliWithFileLimit(const QStringList &args, qint64 limitBytes);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // The files in the test folder whose names contain ".partial".
    QStringList partialFiles() const;

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestFullDisk::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("The file size limit (RLIMIT_FSIZE) that stands in for a full disk is Linux's.");
#endif
    QVERIFY(m_dir.isValid());
    m_demo = path(QStringLiteral("demo.gpkg"));
    QVERIFY(DemoBuilder::write(m_demo));
}

TestUtils::ProcessResult TestFullDisk::cliWithFileLimit(const QStringList &args, qint64 limitBytes)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("INVESTATLAS_LANGUAGE"), QStringLiteral("zh_CN"));
    process.setProcessEnvironment(env);
#ifdef Q_OS_LINUX
    process.setChildProcessModifier([limitBytes] {
        // In the child, between fork and exec: only async-signal-safe calls.
        signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{rlim_t(limitBytes), rlim_t(limitBytes)};
        setrlimit(RLIMIT_FSIZE, &limit);
    });
#else
    Q_UNUSED(limitBytes)
#endif
    process.start(TestUtils::cliPath(), args);
    TestUtils::ProcessResult result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QStringList TestFullDisk::partialFiles() const
{
    return QDir(m_dir.path()).entryList({QStringLiteral("*.partial*")}, QDir::Files);
}

void TestFullDisk::ledgerExportOnFullDiskLeavesNoFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("xlsx") << QStringLiteral("full.xlsx");
    QTest::newRow("csv") << QStringLiteral("full.csv");
}

void TestFullDisk::ledgerExportOnFullDiskLeavesNoFile()
{
    QFETCH(QString, name);
    // Without a limit the export is larger than the limit below.
    const QString unlimited = path(QStringLiteral("unlimited-") + name);
    const auto fine = cliWithFileLimit(
        {QStringLiteral("ledger"), QStringLiteral("export"), m_demo, unlimited}, -1);
    QVERIFY2(fine.exitCode == 0, fine.err.constData());
    constexpr qint64 kLimit = 8 * 1024;
    QVERIFY(QFileInfo(unlimited).size() > kLimit);

    const QString out = path(name);
    const auto full = cliWithFileLimit(
        {QStringLiteral("ledger"), QStringLiteral("export"), m_demo, out}, kLimit);
    const QString err = QString::fromUtf8(full.err);
    QCOMPARE(full.exitCode, 2);
    QVERIFY2(err.contains(QDir::toNativeSeparators(out)), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("文件已达到本程序可写入的最大大小")), qPrintable(err));
    QVERIFY2(full.out.isEmpty(), full.out.constData());
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(!QFileInfo::exists(out.chopped(4) + QStringLiteral(".events.csv")));
    QCOMPARE(partialFiles(), QStringList());
}

void TestFullDisk::createOnFullDiskKeepsTheOldProject_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("demo --force") << QStringLiteral("demo");
    QTest::newRow("new --force") << QStringLiteral("new");
}

// new and demo build the new file under a temporary name: a full disk leaves the project they
// were to replace as it was.
void TestFullDisk::createOnFullDiskKeepsTheOldProject()
{
    QFETCH(QString, command);
    const QString project = path(command + QStringLiteral("-old.gpkg"));
    QVERIFY(TestUtils::copyWritable(m_demo, project));
    const QByteArray before = TestUtils::sha256(project);
    // A new project is some 100 KB before it holds anything; the demo is larger still.
    const auto full = cliWithFileLimit({command, project, QStringLiteral("--force")}, 64 * 1024);
    const QString err = QString::fromUtf8(full.err);
    QCOMPARE(full.exitCode, 2);
    QVERIFY2(err.contains(QDir::toNativeSeparators(project)), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("文件已达到本程序可写入的最大大小")), qPrintable(err));
    QCOMPARE(TestUtils::sha256(project), before);
    QCOMPARE(partialFiles(), QStringList());
}

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
