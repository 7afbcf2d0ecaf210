// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/valueparsers.h"

#include <QTest>

using namespace ValueParsers;

// Every amount and date format the office spreadsheets use, and the ones that must be refused.
class TestValueParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void amounts_data();
    void amounts();
    void badAmounts_data();
    void badAmounts();
    void dates_data();
    void dates();
    void badDates_data();
    void badDates();
    void amountsAreKeptToTheFen();
    void areas_data();
    void areas();
};

void TestValueParsers::amounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("wan");
    QTest::addColumn<bool>("usd");
    QTest::addColumn<bool>("assumed");
    QTest::newRow("130亿元") << QStringLiteral("130亿元") << 1300000.0 << false << false;
    QTest::newRow("5亿") << QStringLiteral("5亿") << 50000.0 << false << false;
    QTest::newRow("8000万元") << QStringLiteral("8000万元") << 8000.0 << false << false;
    QTest::newRow("bare 13.3 is 亿元") << QStringLiteral("13.3") << 133000.0 << false << true;
    QTest::newRow("2.1亿美元") << QStringLiteral("2.1亿美元") << 21000.0 << true << false;
    QTest::newRow("500万美元") << QStringLiteral("500万美元") << 500.0 << true << false;
    QTest::newRow("thousands separator") << QStringLiteral("1,200万元") << 1200.0 << false << false;
    QTest::newRow("full-width digits") << QStringLiteral("５亿元") << 50000.0 << false << false;
    QTest::newRow("spaces") << QStringLiteral(" 3.5 亿元 ") << 35000.0 << false << false;
    QTest::newRow("约") << QStringLiteral("约10亿元") << 100000.0 << false << false;
    QTest::newRow("以上") << QStringLiteral("20亿元以上") << 200000.0 << false << false;
    QTest::newRow("千万") << QStringLiteral("1.5千万") << 1500.0 << false << false;
    QTest::newRow("yuan") << QStringLiteral("3000000元") << 300.0 << false << false;
    QTest::newRow("zero") << QStringLiteral("0") << 0.0 << false << true;
    QTest::newRow("exponent, as spreadsheets write tiny numbers")
        << QStringLiteral("2.5E-2万") << 0.025 << false << false;
}

void TestValueParsers::amounts()
{
    QFETCH(QString, text);
    QFETCH(double, wan);
    QFETCH(bool, usd);
    QFETCH(bool, assumed);
    auto parsed = parseAmount(text);
    QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
    QVERIFY(parsed->has_value());
    QVERIFY(qAbs((*parsed)->wan - wan) < 1e-6);
    QCOMPARE((*parsed)->currency == Currency::Usd, usd);
    QCOMPARE((*parsed)->unitAssumed, assumed);
}

void TestValueParsers::badAmounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("empty"); // true: no value, no error
    QTest::newRow("待定") << QStringLiteral("待定") << true;
    QTest::newRow("blank") << QStringLiteral("  ") << true;
    QTest::newRow("negative") << QStringLiteral("-5亿") << false;
    QTest::newRow("words") << QStringLiteral("五亿") << false;
    QTest::newRow("range") << QStringLiteral("10-20亿") << false;
    QTest::newRow("two numbers") << QStringLiteral("5亿8000万") << false;
    QTest::newRow("other currency") << QStringLiteral("5亿日元") << false;
    // Non-finite values were stored as Inf: 400 nines, and a number past any real budget.
    QTest::newRow("400 nines") << QString(400, QLatin1Char('9')) << false;
    QTest::newRow("1e400") << QStringLiteral("1e400亿") << false;
    QTest::newRow("absurd") << QStringLiteral("1e20万元") << false;
}

void TestValueParsers::badAmounts()
{
    QFETCH(QString, text);
    QFETCH(bool, empty);
    auto parsed = parseAmount(text);
    if (empty) {
        QVERIFY(parsed && !parsed->has_value());
    } else {
        QVERIFY(!parsed);
        QVERIFY(parsed.errorMessage().contains(text.trimmed()));
    }
}

void TestValueParsers::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("precision");
    const int day = int(DatePrecision::Day), month = int(DatePrecision::Month),
              year = int(DatePrecision::Year);
    QTest::newRow("2023/2/15") << QStringLiteral("2023/2/15") << QDate(2023, 2, 15) << day;
    QTest::newRow("2023-02-15") << QStringLiteral("2023-02-15") << QDate(2023, 2, 15) << day;
    QTest::newRow("2023年3月") << QStringLiteral("2023年3月") << QDate(2023, 3, 1) << month;
    QTest::newRow("2023年3月5日") << QStringLiteral("2023年3月5日") << QDate(2023, 3, 5) << day;
    QTest::newRow("2022.12") << QStringLiteral("2022.12") << QDate(2022, 12, 1) << month;
    QTest::newRow("2022.9.1") << QStringLiteral("2022.9.1") << QDate(2022, 9, 1) << day;
    QTest::newRow("compact 20230215") << QStringLiteral("20230215") << QDate(2023, 2, 15) << day;
    QTest::newRow("Excel serial") << QStringLiteral("44972") << QDate(2023, 2, 15) << day;
    QTest::newRow("Excel serial with time")
        << QStringLiteral("44972.5") << QDate(2023, 2, 15) << day;
    QTest::newRow("year only") << QStringLiteral("2023年") << QDate(2023, 1, 1) << year;
    QTest::newRow("full-width") << QStringLiteral("２０２３/２/１５") << QDate(2023, 2, 15) << day;
}

void TestValueParsers::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(int, precision);
    auto parsed = parseDate(text);
    QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
    QVERIFY(parsed->has_value());
    QCOMPARE((*parsed)->date, date);
    QCOMPARE(int((*parsed)->precision), precision);
}

void TestValueParsers::badDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("empty");
    QTest::newRow("待定") << QStringLiteral("待定") << true;
    QTest::newRow("blank") << QString() << true;
    QTest::newRow("month 13") << QStringLiteral("2023/13/1") << false;
    QTest::newRow("Feb 30") << QStringLiteral("2023-02-30") << false;
    QTest::newRow("words") << QStringLiteral("明年上半年") << false;
    QTest::newRow("small number") << QStringLiteral("12") << false;
    QTest::newRow("year 1900") << QStringLiteral("1900-01-01") << false;
    QTest::newRow("compact month 13") << QStringLiteral("20231301") << false;
}

void TestValueParsers::badDates()
{
    QFETCH(QString, text);
    QFETCH(bool, empty);
    auto parsed = parseDate(text);
    if (empty) {
        QVERIFY(parsed && !parsed->has_value());
    } else {
        QVERIFY(!parsed);
        QVERIFY(!parsed.errorMessage().isEmpty());
    }
}

// Stored exactly as a decimal: what the ledger writes to a spreadsheet reads back the same.
void TestValueParsers::amountsAreKeptToTheFen()
{
    QCOMPARE((*parseAmount(QStringLiteral("1.15亿")))->wan, 11500.0);
    QCOMPARE((*parseAmount(QStringLiteral("0.07")))->wan, 700.0);
    QCOMPARE((*parseAmount(QStringLiteral("12345.678元")))->wan, 1.234568);
}

void TestValueParsers::areas_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("mu"); // -1: error, -2: empty
    QTest::newRow("bare") << QStringLiteral("80") << 80.0;
    QTest::newRow("亩") << QStringLiteral("35.5亩") << 35.5;
    QTest::newRow("separator") << QStringLiteral("1,200 亩") << 1200.0;
    QTest::newRow("full-width") << QStringLiteral("５０") << 50.0;
    QTest::newRow("公顷") << QStringLiteral("2公顷") << 30.0;
    QTest::newRow("平方米") << QStringLiteral("2000平方米") << 3.0;
    QTest::newRow("待定") << QStringLiteral("待定") << -2.0;
    QTest::newRow("words") << QStringLiteral("很大") << -1.0;
    QTest::newRow("negative") << QStringLiteral("-3") << -1.0;
    QTest::newRow("inf") << QStringLiteral("inf") << -1.0;
    QTest::newRow("nan") << QStringLiteral("nan") << -1.0;
    QTest::newRow("infinity mu") << QStringLiteral("infinity亩") << -1.0;
}

void TestValueParsers::areas()
{
    QFETCH(QString, text);
    QFETCH(double, mu);
    auto parsed = parseArea(text);
    if (mu == -1) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
    if (mu == -2) {
        QVERIFY(!parsed->has_value());
        return;
    }
    QVERIFY(qAbs(**parsed - mu) < 1e-9);
}

QTEST_GUILESS_MAIN(TestValueParsers)
#include "tst_valueparsers.moc"
