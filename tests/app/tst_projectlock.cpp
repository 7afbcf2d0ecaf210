// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demobuilder.h"
#include "core/storage/locknote.h"
#include "core/storage/projectfile.h"
#include "core/storage/sqlitedb.h"
#include "testutils.h"

#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

// Another program holds the project's write lock: an import fails as busy (exit code 3), names
// who holds it (from the lock note the holder left when it opened the project for editing) and
// changes nothing; once the holder lets go, the same import succeeds.
class TestProjectLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lockNoteNamesTheEditorWhileOpen();
    void importWhileLockedNamesTheHolderAndRetrySucceeds();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_project;
    QString m_sheet;
};

void TestProjectLock::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = path(QStringLiteral("locked.gpkg"));
    QVERIFY(DemoBuilder::write(m_project));
    m_sheet = path(QStringLiteral("sheet.csv"));
    QFile sheet(m_sheet);
    QVERIFY(sheet.open(QIODevice::WriteOnly));
    QTextStream(&sheet) << "项目名称,所属区县,总投资\n锁测试项目,青田县,5亿元\n";
}

// The note exists exactly while a ProjectFile has the project open for editing, names this
// process, and is not read as another's; opening for reading leaves none.
void TestProjectLock::lockNoteNamesTheEditorWhileOpen()
{
    const QString note = LockNote::path(m_project);
    QVERIFY(!QFileInfo::exists(note));
    {
        auto reader = ProjectFile::open(m_project, ProjectFile::Access::Read);
        QVERIFY(reader);
        QVERIFY(!QFileInfo::exists(note));
    }
    {
        auto editor = ProjectFile::open(m_project, ProjectFile::Access::Edit);
        QVERIFY2(editor, qPrintable(editor.errorMessage()));
        QVERIFY(QFileInfo::exists(note));
        QFile file(note);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains(QByteArray::number(QCoreApplication::applicationPid())));
        QVERIFY(!LockNote::holder(m_project)); // this process is not "another program"
    }
    QVERIFY(!QFileInfo::exists(note));
}

void TestProjectLock::importWhileLockedNamesTheHolderAndRetrySucceeds()
{
    const QStringList import{QStringLiteral("ledger"), QStringLiteral("import"), m_project,
                             m_sheet};
    {
        // The holder: this process, editing, in the middle of a write transaction.
        auto holder = ProjectFile::open(m_project, ProjectFile::Access::Edit);
        QVERIFY2(holder, qPrintable(holder.errorMessage()));
        const qint64 projects = (*holder)->rowCount(QStringLiteral("projects")).value();
        QVERIFY((*holder)->checkpoint());
        const QByteArray before = TestUtils::sha256(m_project);
        SqliteTransaction writing((*holder)->db());
        QVERIFY(writing.begun());

        const auto busy = TestUtils::run(TestUtils::cliPath(), import);
        const QString err = QString::fromUtf8(busy.err);
        QCOMPARE(busy.exitCode, 3);
        // "locked.gpkg 正被 user@host（进程 123）使用…"
        QVERIFY2(err.contains(QLatin1Char('@') + QSysInfo::machineHostName()), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("进程 %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("locked.gpkg")), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("database is locked")), qPrintable(err));
        // Nothing changed: the file, and the projects seen through the holder's connection.
        QCOMPARE(TestUtils::sha256(m_project), before);
        QCOMPARE((*holder)->rowCount(QStringLiteral("projects")).value(), projects);
    } // the holder rolls back and closes

    const auto retried = TestUtils::run(TestUtils::cliPath(), import);
    QVERIFY2(retried.exitCode == 0, retried.err.constData());
    auto after = ProjectFile::open(m_project, ProjectFile::Access::Read);
    QVERIFY(after);
    QCOMPARE((*after)
                 ->db()
                 .scalar(QStringLiteral("SELECT count(*) FROM projects WHERE name = '锁测试项目'"))
                 ->toLongLong(),
             1);
}

QTEST_GUILESS_MAIN(TestProjectLock)
#include "tst_projectlock.moc"
