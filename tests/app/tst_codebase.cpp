// SPDX-License-Identifier: GPL-3.0-or-later
#include "testutils.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

// Rules of the code base that a compiler does not check.
class TestCodebase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coreNeverIncludesWidgets();
    void includesNameTheirFolder();
    void uiSpeaksNoSql();
    void treeIsFormatted();
    void chineseTranslationIsComplete();
};

void TestCodebase::coreNeverIncludesWidgets()
{
    const QRegularExpression forbidden(
        QStringLiteral(
            R"(^\s*#\s*include\s*[<"](QtWidgets|QWidget|QMainWindow|QDialog|QApplication|QMessageBox|ui/|mainwindow\.h|mapview\.h))"),
        QRegularExpression::MultilineOption);
    QDirIterator it(TestUtils::sourceDir() + QStringLiteral("/core"),
                    {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int checked = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const auto match = forbidden.match(text);
        QVERIFY2(!match.hasMatch(),
                 qPrintable(file.fileName() + QStringLiteral(": ") + match.captured(0)));
        ++checked;
    }
    QVERIFY(checked > 10);
}

// Every project header is included by its path from the root ("core/storage/sqlitedb.h"), so a
// reader sees which layer and folder it comes from.
void TestCodebase::includesNameTheirFolder()
{
    const QRegularExpression include(QStringLiteral(R"re(^\s*#\s*include\s*"([^"]+)")re"),
                                     QRegularExpression::MultilineOption);
    int checked = 0;
    for (const QString &path : TestUtils::sourceFiles(
             {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")})) {
        // The paths are relative to the source tree; CTest runs tests in the build tree.
        QFile file(QDir(TestUtils::sourceDir()).filePath(path));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QString text = QString::fromUtf8(file.readAll());
        for (auto it = include.globalMatch(text); it.hasNext();) {
            const QString header = it.next().captured(1);
            const bool rooted = header.startsWith(QLatin1String("core/"))
                                || header.startsWith(QLatin1String("ui/"))
                                || header.startsWith(QLatin1String("app/"));
            QVERIFY2(rooted, qPrintable(path + QStringLiteral(": ") + header));
            ++checked;
        }
    }
    QVERIFY(checked > 100);
}

// Widgets ask core for data (Lookups, ProjectQuery, FeatureDetails …); they never hold SQL, reach
// for the SQLite connection or include its header.
void TestCodebase::uiSpeaksNoSql()
{
    const QRegularExpression literal(QStringLiteral(R"re("(?:[^"\\\n]|\\.)*")re"));
    const QRegularExpression sql(QStringLiteral(
        R"(\b(SELECT|INSERT|UPDATE|DELETE|VACUUM|PRAGMA|REPLACE INTO|CREATE|DROP)\b)"));
    const QRegularExpression connection(QStringLiteral(
        R"((\.|->)db\(\)|#\s*include\s*[<"]core/storage/sqlitedb\.h|\bSqlite(Db|Statement|Transaction)\b)"));
    const QStringList files = TestUtils::sourceFiles({QStringLiteral("ui")});
    QVERIFY(files.size() > 10);
    for (const QString &path : files) {
        QFile file(QDir(TestUtils::sourceDir()).filePath(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const auto uses = connection.match(text);
        QVERIFY2(!uses.hasMatch(), qPrintable(path + QStringLiteral(": ") + uses.captured(0)));
        for (auto it = literal.globalMatch(text); it.hasNext();) {
            const QString string = it.next().captured(0);
            QVERIFY2(!sql.match(string).hasMatch(),
                     qPrintable(path + QStringLiteral(": ") + string));
        }
    }
}

// The checked-in .clang-format is applied to every file (Debian 12's clang-format 14).
void TestCodebase::treeIsFormatted()
{
    QString clangFormat = QStandardPaths::findExecutable(QStringLiteral("clang-format-14"));
    if (clangFormat.isEmpty())
        clangFormat = QStandardPaths::findExecutable(QStringLiteral("clang-format"));
    if (clangFormat.isEmpty()) {
        QVERIFY2(!qEnvironmentVariableIsSet("CI"), "clang-format is missing in CI");
        QSKIP("clang-format is not installed");
    }
    const QStringList files
        = TestUtils::sourceFiles({QStringLiteral("core"), QStringLiteral("ui"),
                                  QStringLiteral("app"), QStringLiteral("tests")});
    QVERIFY(files.size() > 50);
    QProcess process;
    process.setWorkingDirectory(TestUtils::sourceDir());
    process.start(clangFormat,
                  QStringList{QStringLiteral("--dry-run"), QStringLiteral("--Werror")} + files);
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0,
             qPrintable(QString::fromUtf8(process.readAllStandardError()).left(3000)));
}

void TestCodebase::chineseTranslationIsComplete()
{
    QFile ts(TestUtils::sourceDir()
             + QStringLiteral("/resources/translations/investatlas_zh_CN.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QString context, source;
    QStringList missing;
    int messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                || text.trimmed().isEmpty())
                missing << context + QStringLiteral("::") + source;
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 100);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 untranslated:\n").arg(missing.size())
                                           + missing.mid(0, 30).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestCodebase)
#include "tst_codebase.moc"
