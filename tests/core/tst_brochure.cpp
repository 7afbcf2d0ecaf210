// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demobuilder.h"
#include "core/report/brochure.h"
#include "core/storage/projectfile.h"
#include "testutils.h"

#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The park brochure (投资指南): the demo's park with the most available plots, in Chinese and in
// English, through `investatlas-cli brochure` and Brochure itself: pages, the CJK font embedded,
// a first page that is not blank, the park's name, headings and its available plots in the
// text, the project untouched; an unknown park and usage errors refused.
class TestBrochure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void brochure_data();
    void brochure();
    void everyParkWrites();
    void refusals();

private:
    static QString pdfText(const QString &pdf);
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_park;
    QStringList m_available; // plot codes offered
};

void TestBrochure::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.gpkg"));
    QVERIFY(DemoBuilder::write(m_demo));
    auto project = ProjectFile::open(m_demo, ProjectFile::Access::Read);
    QVERIFY(project);
    auto park = (*project)->db().scalar(QStringLiteral(
        "SELECT k.name FROM parks k JOIN parcels p ON p.park_id = k.fid WHERE p.status IN "
        "('reserve', 'listed') GROUP BY k.fid ORDER BY count(*) DESC, k.fid LIMIT 1"));
    QVERIFY(park && park->isValid());
    m_park = park->toString();
    auto stmt = (*project)->db().prepare(QStringLiteral(
        "SELECT p.code FROM parcels p JOIN parks k ON k.fid = p.park_id WHERE k.name = ?1 AND "
        "p.status IN ('reserve', 'listed')"));
    QVERIFY(stmt);
    stmt->bind(1, m_park);
    QVERIFY(stmt->forEachRow([&] { m_available << stmt->text(0); }));
    QVERIFY(!m_available.isEmpty());
}

// The PDF's text in compatibility form: poppler reports ligatures (ﬁ) and, for ideographs Qt
// 6.4 maps to a Kangxi radical (⽔ for 水, see docs/architecture.md), the radical. Radicals of
// the CJK Radicals Supplement (⻰ for 龙) have no compatibility form: the simplified ones that
// place names use are mapped here.
QString TestBrochure::pdfText(const QString &pdf)
{
    QString text
        = QString::fromUtf8(TestUtils::run(QStringLiteral("pdftotext"),
                                           {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
                                .out)
              .normalized(QString::NormalizationForm_KC);
    const QString radicals = QStringLiteral("⻰⻓⻔⻄⻅⻋⻢⻛⻜⻥⻦⻩⻬⻮⻙⻚⻉");
    const QString ideographs = QStringLiteral("龙长门西见车马风飞鱼鸟黄齐齿韦页贝");
    for (qsizetype i = 0; i < radicals.size(); ++i)
        text.replace(radicals[i], ideographs[i]);
    return text;
}

void TestBrochure::brochure_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("zh") << QStringLiteral("zh")
                        << QStringList{QStringLiteral("投资指南"), QStringLiteral("规划面积")};
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("Investment Guide"),
                                       QStringLiteral("Key figures"),
                                       QStringLiteral("Planned area")};
}

void TestBrochure::brochure()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const QByteArray before = TestUtils::sha256(m_demo);
    const QString pdf = m_dir.filePath(QStringLiteral("brochure-%1.pdf").arg(language));
    const auto result = TestUtils::run(
        TestUtils::cliPath(), {QStringLiteral("brochure"), m_demo, QStringLiteral("--park"), m_park,
                               QStringLiteral("--lang"), language, QStringLiteral("--out"), pdf});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(TestUtils::sha256(m_demo), before);
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QVERIFY(
        !QFile::exists(m_dir.filePath(QStringLiteral("brochure-%1.partial.pdf").arg(language))));

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils are not installed");
    const auto info = TestUtils::run(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.out.contains("Pages:"));
    const int pages = QString::fromUtf8(info.out)
                          .section(QStringLiteral("Pages:"), 1)
                          .trimmed()
                          .section(QLatin1Char('\n'), 0, 0)
                          .toInt();
    QVERIFY(pages >= 1);
    const auto fonts = TestUtils::run(QStringLiteral("pdffonts"), {pdf});
    QVERIFY2(fonts.out.contains("CJK"), fonts.out.constData());
    for (const QByteArray &line : fonts.out.split('\n')) {
        if (line.contains("CJK"))
            QVERIFY2(line.contains(" yes "), line.constData()); // embedded
    }
    const QString text = pdfText(pdf);
    for (const QString &word : std::as_const(expected))
        QVERIFY2(text.contains(word), qPrintable(word + QStringLiteral(" in ") + text.left(600)));
    if (language == QLatin1String("zh"))
        QVERIFY2(text.contains(m_park), qPrintable(text.left(400)));
    // One table row per available plot (codes have digits, which poppler loses: count the
    // status words; in Chinese the legend and the key figures name both once more, in English
    // they do in lower case).
    const bool zh = language == QLatin1String("zh");
    const qsizetype statuses
        = zh ? text.count(QStringLiteral("储备")) + text.count(QStringLiteral("已挂牌")) - 4
             : text.count(QStringLiteral("Reserve")) + text.count(QStringLiteral("Listed"));
    QCOMPARE(statuses, m_available.size());

    // The first page, rendered, is not blank: the map and the key figures have colour.
    const QString png = m_dir.filePath(QStringLiteral("page-%1").arg(language));
    QCOMPARE(TestUtils::run(QStringLiteral("pdftoppm"),
                            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"),
                             QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                             QStringLiteral("1"), pdf, png})
                 .exitCode,
             0);
    QDir dir(m_dir.path());
    const QStringList rendered
        = dir.entryList({QStringLiteral("page-%1*.png").arg(language)}, QDir::Files);
    QVERIFY(!rendered.isEmpty());
    const QImage page(dir.filePath(rendered.first()));
    int coloured = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            if (std::abs(c.red() - c.green()) > 40 || std::abs(c.green() - c.blue()) > 40)
                ++coloured;
        }
    }
    QVERIFY2(coloured > page.width() * page.height() / 50, qPrintable(QString::number(coloured)));
}

// Every park of the demo gets a brochure, in both languages, quickly enough for one click.
void TestBrochure::everyParkWrites()
{
    auto project = ProjectFile::open(m_demo, ProjectFile::Access::Read);
    QVERIFY(project);
    auto parks = Brochure::parks(**project);
    QVERIFY(parks && parks->size() == 23);
    for (const QString &park : std::as_const(*parks)) {
        BrochureOptions options;
        options.park = park;
        options.language = park.size() % 2 ? QStringLiteral("en") : QStringLiteral("zh");
        auto written = Brochure::write(**project, options, m_dir.filePath(QStringLiteral("p.pdf")));
        QVERIFY2(written, qPrintable(park + QLatin1Char(' ') + written.errorMessage()));
        QVERIFY(written->pages >= 1);
    }
    QCOMPARE((*project)->audience(), Fields::Audience::Office); // restored
}

void TestBrochure::refusals()
{
    const QString pdf = m_dir.filePath(QStringLiteral("none.pdf"));
    auto run = [&](const QStringList &args) {
        return TestUtils::run(TestUtils::cliPath(), QStringList{QStringLiteral("brochure")} + args);
    };
    const auto unknown = run({m_demo, QStringLiteral("--park"), QStringLiteral("没有这个园区"),
                              QStringLiteral("--out"), pdf});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("没有这个园区"));
    QVERIFY(!QFile::exists(pdf));
    QCOMPARE(run({m_demo, QStringLiteral("--out"), pdf}).exitCode, 1); // no park
    QCOMPARE(run({m_demo, QStringLiteral("--park"), m_park, QStringLiteral("--lang"),
                  QStringLiteral("fr"), QStringLiteral("--out"), pdf})
                 .exitCode,
             1);
    QCOMPARE(run({m_demo, QStringLiteral("--park"), m_park}).exitCode, 1); // no --out
    QCOMPARE(run({m_dir.filePath(QStringLiteral("missing.gpkg")), QStringLiteral("--park"), m_park,
                  QStringLiteral("--out"), pdf})
                 .exitCode,
             2);
}

QTEST_MAIN(TestBrochure)
#include "tst_brochure.moc"
