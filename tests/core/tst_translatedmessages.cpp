// SPDX-License-Identifier: GPL-3.0-or-later
// The Chinese UI speaks Chinese: SQLite's failures reach the user as sentences that say what is
// wrong and with which file, and Qt's own dialogs are translated too (issue 8 #25: "attempt to
// write a readonly database", "database is locked" and "Folder" in the file dialog).
#include "core/base/i18n.h"
#include "core/map/tiles/xyztilesource.h"
#include "core/storage/sqlitedb.h"
#include "core/storage/sqliteerrors.h"

#include <QAbstractFileIconProvider>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

class TestTranslatedMessages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sqliteFailuresAreChineseSentences_data();
    void sqliteFailuresAreChineseSentences();
    void writingAReadOnlyConnectionSaysWhatAndWhere();
    void queryErrorsKeepSqliteWords();
    void qtDialogsAreTranslated();
    void basemapNamesAreWordsNotLayerCodes();

private:
    QTemporaryDir m_dir;
};

namespace {

bool hasChinese(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return text.contains(han);
}

} // namespace

void TestTranslatedMessages::initTestCase()
{
    I18n::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
}

void TestTranslatedMessages::sqliteFailuresAreChineseSentences_data()
{
    QTest::addColumn<int>("code");
    QTest::newRow("SQLITE_READONLY") << SQLITE_READONLY;
    QTest::newRow("SQLITE_READONLY_DBMOVED") << SQLITE_READONLY_DBMOVED;
    QTest::newRow("SQLITE_BUSY") << SQLITE_BUSY;
    QTest::newRow("SQLITE_LOCKED") << SQLITE_LOCKED;
    QTest::newRow("SQLITE_FULL") << SQLITE_FULL;
    QTest::newRow("SQLITE_IOERR") << SQLITE_IOERR;
    QTest::newRow("SQLITE_IOERR_WRITE") << SQLITE_IOERR_WRITE;
    QTest::newRow("SQLITE_CORRUPT") << SQLITE_CORRUPT;
    QTest::newRow("SQLITE_CANTOPEN") << SQLITE_CANTOPEN;
}

void TestTranslatedMessages::sqliteFailuresAreChineseSentences()
{
    QFETCH(int, code);
    const QString file = m_dir.filePath(QStringLiteral("丽水项目.gpkg"));
    const QString message = SqliteErrors::explain(code, file);
    QVERIFY2(message.contains(QStringLiteral("丽水项目.gpkg")), qPrintable(message)); // where
    // Translated (the file's own name does not count), not SQLite's English.
    QVERIFY2(hasChinese(QString(message).remove(QDir::toNativeSeparators(file))),
             qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String(sqlite3_errstr(code))), qPrintable(message));
}

void TestTranslatedMessages::writingAReadOnlyConnectionSaysWhatAndWhere()
{
    const QString path = m_dir.filePath(QStringLiteral("只读.gpkg"));
    {
        auto db = SqliteDb::open(path, SqliteDb::Mode::Create);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (x)")));
    }
    auto db = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
    QVERIFY(db);
    const Status written = db->exec(QStringLiteral("INSERT INTO t VALUES (1)"));
    QVERIFY(!written);
    const QString message = written.errorMessage();
    QVERIFY2(message.startsWith(SqliteErrors::explain(SQLITE_READONLY, path)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("只读.gpkg")), qPrintable(message));
    // SQLite's own words stay, as a detail, for whoever helps the user.
    QVERIFY2(message.contains(QStringLiteral("readonly database")), qPrintable(message));

    auto statement = db->prepare(QStringLiteral("INSERT INTO t VALUES (2)"));
    QVERIFY(statement);
    const Status run = statement->run();
    QVERIFY(!run);
    QCOMPARE(run.errorMessage(), message);
}

void TestTranslatedMessages::queryErrorsKeepSqliteWords()
{
    // A faulty query is no problem of the user's file: SQLite's words are all there is to say.
    auto db = SqliteDb::open(m_dir.filePath(QStringLiteral("query.gpkg")), SqliteDb::Mode::Create);
    QVERIFY(db);
    const Status failed = db->exec(QStringLiteral("SELECT * FROM missing"));
    QVERIFY(!failed);
    QVERIFY2(failed.errorMessage().contains(QStringLiteral("no such table: missing")),
             qPrintable(failed.errorMessage()));
    QVERIFY(SqliteErrors::explain(SQLITE_ERROR, QStringLiteral("x.gpkg")).isEmpty());
}

void TestTranslatedMessages::qtDialogsAreTranslated()
{
    // Qt's own translation is installed: a word only qtbase_zh_CN has.
    QCOMPARE(QCoreApplication::translate("QFileDialog", "Folder"), QStringLiteral("文件夹"));
    // And the words Qt's translation lacks, which ours supplies: the file dialog's "Kind" column.
    QCOMPARE(QAbstractFileIconProvider().type(QFileInfo(m_dir.path())), QStringLiteral("文件夹"));
}

// "底图：天地图 img" and "天地图 cia 无法连接": the layer panel and the outage message show the
// source's name, which must be a translated word, never the WMTS layer code.
void TestTranslatedMessages::basemapNamesAreWordsNotLayerCodes()
{
    for (const char *code : {"vec", "img", "cva", "cia"}) {
        auto source = XyzTileSource::tianditu(QLatin1String(code), QStringLiteral("token"),
                                              m_dir.filePath(QStringLiteral("tiles")));
        QVERIFY2(source, qPrintable(source.errorMessage()));
        const QString name = (*source)->name();
        QVERIFY2(hasChinese(name), qPrintable(name));
        QVERIFY2(!name.contains(QLatin1String(code)), qPrintable(name));
    }
}

QTEST_MAIN(TestTranslatedMessages)
#include "tst_translatedmessages.moc"
