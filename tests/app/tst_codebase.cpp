// SPDX-License-Identifier: GPL-3.0-or-later
#include "testutils.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

// Rules of the code base that a compiler does not check.
class TestCodebase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coreNeverIncludesWidgets();
    void chineseTranslationIsComplete();
};

void TestCodebase::coreNeverIncludesWidgets()
{
    const QRegularExpression forbidden(QStringLiteral(
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
