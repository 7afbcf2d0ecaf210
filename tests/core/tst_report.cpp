// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demobuilder.h"
#include "core/report/monthlyreport.h"
#include "core/report/pagedocument.h"
#include "core/stats/metrics.h"
#include "core/stats/ranking.h"
#include "core/storage/projectfile.h"
#include "testutils.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QRawFont>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// The monthly bulletin (月度通报): the ranking's score on rows made here, and the PDF of the demo
// project written by `investatlas-cli report` (pages, embedded CJK font, a page that is not
// blank, the unit's and a metric's names in its text, the project untouched). The poppler tools
// (pdfinfo, pdffonts, pdftoppm, pdftotext) are used where installed; without them the PDF's
// bytes are checked instead and the rendering is skipped.
class TestReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void ranking();
    void tableBreaksAcrossPages();
    void demoReport_data();
    void demoReport();
    void usageErrors();

private:
    static int pageCount(const QString &pdf);
    static QList<quint32> glyphs(const QString &text);
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.gpkg"));
    const Status written = DemoBuilder::write(m_demo);
    QVERIFY2(written, qPrintable(written.errorMessage()));
}

// The score is the mean of the capped ratios of the targets the ledger counts; the rest do not
// enter it, and a unit with none is listed last without a rank.
void TestReport::ranking()
{
    auto row = [](qint64 fid, const char *unit, double target, std::optional<double> actual) {
        ScoreRow r;
        r.unitFid = fid;
        r.unit = QString::fromUtf8(unit);
        r.target = target;
        r.actual = actual;
        if (actual && target > 0)
            r.ratio = *actual / target;
        if (actual)
            r.onTrack = *actual >= target * 0.5;
        return r;
    };
    const QList<ScoreRow> rows{
        row(1, "甲县", 10, 40.0),         // 4.0, capped at 1.5
        row(1, "甲县", 10, 2.0),          // 0.2, behind
        row(1, "甲县", 10, std::nullopt), // not counted by the ledger: left out
        row(2, "乙县", 10, 10.0),         // 1.0
        row(2, "乙县", 0, 3.0),           // target 0: left out
        row(3, "丙县", 5, std::nullopt),  row(4, "丁县", 10, 10.0), // 1.0, tied with 乙县
    };
    QList<UnitScore> ranks = Ranking::rank(rows);
    QCOMPARE(ranks.size(), 4);
    QCOMPARE(ranks[0].unit, QStringLiteral("丁县")); // ties by name: 丁 (U+4E01) before 乙
    QCOMPARE(ranks[0].rank, 1);
    QCOMPARE(*ranks[0].score, 1.0);
    QCOMPARE(ranks[1].unit, QStringLiteral("乙县"));
    QCOMPARE(ranks[1].rank, 1);
    QCOMPARE(ranks[1].counted, 1);
    QCOMPARE(ranks[2].unit, QStringLiteral("甲县"));
    QCOMPARE(ranks[2].rank, 3);
    QCOMPARE(*ranks[2].score, (1.5 + 0.2) / 2);
    QCOMPARE(ranks[2].counted, 2);
    QCOMPARE(ranks[2].onTrack, 1);
    QCOMPARE(ranks[3].unit, QStringLiteral("丙县"));
    QVERIFY(!ranks[3].score);
    QCOMPARE(ranks[3].rank, 0);
    // Three ranked: the tied first are both golden oxen, the last the snail, the unranked none.
    QVERIFY(ranks[0].golden && ranks[1].golden && !ranks[2].golden);
    QVERIFY(ranks[2].snail && !ranks[0].snail && !ranks[3].snail);
    // Change since the month before: 甲县 was first then.
    QList<UnitScore> before = Ranking::rank({row(1, "甲县", 10, 10.0), row(2, "乙县", 10, 1.0)});
    Ranking::compareWith(ranks, before);
    QCOMPARE(ranks[2].previousRank, 1);
    QCOMPARE(ranks[1].previousRank, 2);
    QCOMPARE(ranks[0].previousRank, 0); // 丁县 was not ranked
    // Two ranked units get no marks.
    before = Ranking::rank({row(1, "甲县", 10, 10.0), row(2, "乙县", 10, 1.0)});
    QVERIFY(!before[0].golden && !before[1].snail);
}

// A table longer than a page continues on the next ones; every page gets its footer.
void TestReport::tableBreaksAcrossPages()
{
    PageDocument document(QStringLiteral("长表"));
    document.addTitleBlock(QStringLiteral("长表测试"), QStringLiteral("二〇二二年"), QString());
    ReportTable table;
    table.columns << TableColumn{QStringLiteral("序号"), 1, Qt::AlignRight}
                  << TableColumn{QStringLiteral("名称"), 4};
    for (int i = 0; i < 200; ++i)
        table.rows << TableRow{
            {QString::number(i + 1), QStringLiteral("第%1行").arg(i + 1)}, {}, false, false};
    document.addTable(table);
    const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
    auto pages = document.write(pdf);
    QVERIFY2(pages, qPrintable(pages.errorMessage()));
    QVERIFY(*pages >= 4);
    QCOMPARE(pageCount(pdf), *pages);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("long.partial.pdf"))));
}

void TestReport::demoReport_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("all units") << QString() << QStringLiteral("全市");
    QTest::newRow("one unit") << QStringLiteral("青田县") << QStringLiteral("青田县");
}

void TestReport::demoReport()
{
    QFETCH(QString, unit);
    QFETCH(QString, expectedText);
    const QByteArray before = TestUtils::sha256(m_demo);
    const QString pdf = m_dir.filePath(QStringLiteral("report-%1.pdf")
                                           .arg(QTest::currentDataTag())
                                           .replace(QLatin1Char(' '), QLatin1Char('-')));
    QStringList args{QStringLiteral("report"),  m_demo,
                     QStringLiteral("--year"),  QStringLiteral("2022"),
                     QStringLiteral("--month"), QStringLiteral("6"),
                     QStringLiteral("--out"),   pdf};
    if (!unit.isEmpty())
        args << QStringLiteral("--unit") << unit;
    QElapsedTimer timer;
    timer.start();
    const auto result = TestUtils::run(TestUtils::cliPath(), args);
    qInfo("report %s: %lld ms", qPrintable(QTest::currentDataTag()), timer.elapsed());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(TestUtils::sha256(m_demo), before);

    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(pageCount(pdf) > 0);
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("*.partial.*")}).isEmpty());
    // The CJK font is embedded: its name is in the file and a font file stream is there.
    QVERIFY(bytes.contains("NotoSansCJK"));
    QVERIFY(bytes.contains("/FontFile2"));

    const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdffonts.isEmpty() || pdftoppm.isEmpty() || pdftotext.isEmpty())
        QSKIP("poppler-utils (pdffonts, pdftoppm, pdftotext) are not installed");

    const auto fonts = TestUtils::run(pdffonts, {pdf});
    QCOMPARE(fonts.exitCode, 0);
    bool embeddedCjk = false;
    for (const QByteArray &line : fonts.out.split('\n')) {
        // name type encoding emb sub uni object ID
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (line.contains("CJK") && fields.size() >= 7 && fields[fields.size() - 5] == "yes")
            embeddedCjk = true;
    }
    QVERIFY2(embeddedCjk, fonts.out.constData());

    const QString prefix = m_dir.filePath(QStringLiteral("page"));
    QCOMPARE(
        TestUtils::run(pdftoppm, {QStringLiteral("-r"), QStringLiteral("50"),
                                  QStringLiteral("-png"), QStringLiteral("-f"), QStringLiteral("1"),
                                  QStringLiteral("-singlefile"), pdf, prefix})
            .exitCode,
        0);
    QImage page(prefix + QStringLiteral(".png"));
    QVERIFY(!page.isNull());
    QVERIFY(page.width() > 300 && page.height() > 400); // A4 at 50 dpi: 413 × 585
    qint64 inked = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            if (qGray(page.pixel(x, y)) < 200)
                ++inked;
        }
    }
    // Text, rules and table lines: a few percent of the page, far from blank.
    QVERIFY2(inked > page.width() * page.height() / 100, qPrintable(QString::number(inked)));

    const auto text = TestUtils::run(pdftotext, {pdf, QStringLiteral("-")});
    QCOMPARE(text.exitCode, 0);
    // Qt writes the ToUnicode map from the font's cmap, lowest code point first, so an
    // ideograph whose glyph a CJK radical shares (青 and ⻘) is extracted as the radical. The
    // text is compared as the glyphs the typeface draws for it.
    const QList<quint32> content = glyphs(QString::fromUtf8(text.out));
    auto shows = [&content](const QString &wanted) {
        const QList<quint32> needle = glyphs(wanted);
        return std::search(content.begin(), content.end(), needle.begin(), needle.end())
               != content.end();
    };
    QVERIFY2(shows(expectedText), text.out.left(600).constData());
    QVERIFY(shows(QStringLiteral("招商引资工作月度通报")));
    QVERIFY(shows(QStringLiteral("2022年6月")));
    // A metric's name as the table shows it (zh_CN: the tests run in Chinese).
    QVERIFY(shows(QStringLiteral("亿元以上签约项目")));
    QVERIFY(shows(QStringLiteral("第1页")));
}

void TestReport::usageErrors()
{
    const QString pdf = m_dir.filePath(QStringLiteral("never.pdf"));
    // No --out.
    auto result
        = TestUtils::run(TestUtils::cliPath(),
                         {QStringLiteral("report"), m_demo, QStringLiteral("--year"),
                          QStringLiteral("2022"), QStringLiteral("--month"), QStringLiteral("6")});
    QCOMPARE(result.exitCode, 1);
    // Month 13.
    result = TestUtils::run(TestUtils::cliPath(),
                            {QStringLiteral("report"), m_demo, QStringLiteral("--year"),
                             QStringLiteral("2022"), QStringLiteral("--month"),
                             QStringLiteral("13"), QStringLiteral("--out"), pdf});
    QCOMPARE(result.exitCode, 1);
    // A unit the project does not have: bad input, nothing written.
    result = TestUtils::run(TestUtils::cliPath(),
                            {QStringLiteral("report"), m_demo, QStringLiteral("--year"),
                             QStringLiteral("2022"), QStringLiteral("--month"), QStringLiteral("6"),
                             QStringLiteral("--unit"), QStringLiteral("不存在县"),
                             QStringLiteral("--out"), pdf});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!QFile::exists(pdf));
    result = TestUtils::run(TestUtils::cliPath(),
                            {QStringLiteral("report"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("--unit"));
}

// The glyphs of the report's typeface for `text`, white space left out.
QList<quint32> TestReport::glyphs(const QString &text)
{
    static const QRawFont font = QRawFont::fromFont(PageDocument::font(10));
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    return font.glyphIndexesForString(compact);
}

// Pages from pdfinfo when installed, else from the page objects in the file.
int TestReport::pageCount(const QString &pdf)
{
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (!pdfinfo.isEmpty()) {
        const auto info = TestUtils::run(pdfinfo, {pdf});
        const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                               .match(QString::fromUtf8(info.out));
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }
    QFile file(pdf);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return int(QString::fromLatin1(file.readAll())
                   .count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
