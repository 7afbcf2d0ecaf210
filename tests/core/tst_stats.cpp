// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/commands.h"
#include "core/demo/demobuilder.h"
#include "core/io/sheetreader.h"
#include "core/project/projectdocument.h"
#include "core/stats/fundsimport.h"
#include "core/stats/metrics.h"
#include "core/stats/statsengine.h"
#include "core/stats/targetimport.h"
#include "core/stats/warnings.h"
#include "core/storage/projectfile.h"
#include "core/storage/sqlitedb.h"
#include "testutils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// Targets against the ledger: the counting rules on a small ledger made here, the published
// targets file imported whole, and the stats and warnings commands on the demo.
class TestStats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void counts_data();
    void counts();
    void manufacturing_data();
    void manufacturing();
    void elapsedShare();
    void scorecardProRata();
    void warningThresholds_data();
    void warningThresholds();
    void seedTargetsImport();
    void seedTargetsNeedTheirUnits();
    void badTargetRows();
    void statsJsonOnDemo();
    void warningsOnDemo();
    void statsUsageErrors();
    void fundsArrived_data();
    void fundsArrived();
    void followUpDue();
    void fundsImport();
    void fundsSurviveDeleteUndo();
    void cumulativeEqualsOneByOne();

private:
    qint64 project(const QVariantMap &values);
    QTemporaryDir m_dir;
    QString m_ledgerPath;
    QString m_demo;
    std::unique_ptr<ProjectFile> m_ledger;
};

qint64 TestStats::project(const QVariantMap &values)
{
    static int count = 0;
    QVariantMap row = values;
    row.insert(QStringLiteral("name"), QStringLiteral("项目%1").arg(++count));
    if (!row.contains(QStringLiteral("stage")))
        row.insert(QStringLiteral("stage"), QStringLiteral("signed"));
    auto fid = m_ledger->insertFeature(QStringLiteral("projects"), nullptr, row);
    return fid ? *fid : -1;
}

// Two units; amounts on both sides of each boundary, dates on both sides of the year.
void TestStats::initTestCase()
{
    m_ledgerPath = m_dir.filePath(QStringLiteral("ledger.gpkg"));
    auto created = ProjectFile::create(m_ledgerPath);
    QVERIFY2(created, qPrintable(created.errorMessage()));
    m_ledger = created.takeValue();
    for (const char *name : {"甲县", "乙县"})
        QVERIFY(m_ledger->insertFeature(QStringLiteral("units"), nullptr,
                                        {{QStringLiteral("name"), QString::fromUtf8(name)},
                                         {QStringLiteral("kind"), QStringLiteral("county")}}));
    auto p = [](std::initializer_list<std::pair<const char *, QVariant>> values) {
        QVariantMap map;
        for (const auto &[key, value] : values)
            map.insert(QLatin1String(key), value);
        return map;
    };
    const QList<QVariantMap> projects{
        // 甲县 (1): 0.99 亿 and 1.00 亿, the second signed on the year's last day
        p({{"unit_id", 1},
           {"chain", "半导体"},
           {"investment_wan", 9900.0},
           {"signed_date", "2022-03-10"}}),
        p({{"unit_id", 1},
           {"chain", "半导体"},
           {"investment_wan", 10000.0},
           {"signed_date", "2022-12-31"},
           {"construction_date", "2023-01-05"},
           {"stage", "construction"}}),
        p({{"unit_id", 1},
           {"chain", "数字经济"},
           {"investment_wan", 100000.0},
           {"land_mu", 50.0},
           {"signed_date", "2022-01-01"},
           {"land_date", "2022-02-01"},
           {"construction_date", "2022-06-30"},
           {"production_date", "2022-11-15"},
           {"stage", "production"}}),
        // signed on the previous year's last day, started on the first day of this one
        p({{"unit_id", 1},
           {"chain", "新能源"},
           {"investment_wan", 30000.0},
           {"signed_date", "2021-12-31"},
           {"construction_date", "2022-01-01"},
           {"stage", "construction"}}),
        // dropped: never counts
        p({{"unit_id", 1},
           {"chain", "汽车零部件"},
           {"investment_wan", 500000.0},
           {"foreign_investment_wan_usd", 1000.0},
           {"signed_date", "2022-04-01"},
           {"dropped_date", "2022-09-01"},
           {"stage", "dropped"}}),
        // USD only
        p({{"unit_id", 1},
           {"chain", "新材料"},
           {"foreign_investment_wan_usd", 500.0},
           {"investor_type", "foreign"},
           {"signed_date", "2022-07-01"}}),
        // 乙县 (2)
        p({{"unit_id", 2},
           {"chain", "装备制造"},
           {"investment_wan", 1000000.0},
           {"foreign_investment_wan_usd", 200.0},
           {"investor_type", "fortune500"},
           {"signed_date", "2022-08-15"}}),
        // signed without a signing date: counted nowhere
        p({{"unit_id", 2}, {"chain", "装备制造"}, {"investment_wan", 50000.0}}),
        p({{"unit_id", 2},
           {"investment_wan", 600000.0},
           {"lead_date", "2022-02-02"},
           {"stage", "lead"}}),
        // for the warnings: signed, given land, not started
        p({{"unit_id", 2},
           {"chain", "文旅"},
           {"investment_wan", 5000.0},
           {"land_mu", 30.0},
           {"signed_date", "2021-11-01"},
           {"land_date", "2022-01-10"},
           {"stage", "land"}}),
    };
    for (const QVariantMap &values : projects)
        QVERIFY(project(values) > 0);
    QVERIFY(
        m_ledger->insertFeature(QStringLiteral("enclaves"), nullptr,
                                {{QStringLiteral("name"), QStringLiteral("乙县科创飞地")},
                                 {QStringLiteral("kind"), QStringLiteral("innovation")},
                                 {QStringLiteral("home_unit_id"), 2},
                                 {QStringLiteral("opened_date"), QStringLiteral("2022-05-05")}}));
    QVERIFY(m_ledger->insertFeature(
        QStringLiteral("parcels"), nullptr,
        {{QStringLiteral("code"), QStringLiteral("X-1")},
         {QStringLiteral("status"), QStringLiteral("transferred")},
         {QStringLiteral("idle_category"), QStringLiteral("supplied_unused")},
         {QStringLiteral("area_mu"), 12.5},
         {QStringLiteral("idle_since"), QStringLiteral("2021-03-31")}}));

    // Closed and opened again: the copies tests make hold everything (no -wal beside them).
    m_ledger.reset();
    auto reopened = ProjectFile::open(m_ledgerPath);
    QVERIFY(reopened);
    m_ledger = reopened.takeValue();

    m_demo = m_dir.filePath(QStringLiteral("demo.gpkg"));
    QVERIFY(DemoBuilder::write(m_demo));
}

void TestStats::counts_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");   // 0: the whole year
    QTest::addColumn<qint64>("unit"); // 0: all units
    QTest::addColumn<double>("expected");

    // 甲县 2022: 0.99/1.00/10 亿 and a USD-only project signed, a 3 亿 one signed in 2021.
    QTest::newRow("all signed") << "projects_total" << 2022 << 0 << qint64(1) << 4.0;
    QTest::newRow("≥1亿: 0.99 out, 1.00 in, USD-only out")
        << "projects_ge_1yi" << 2022 << 0 << qint64(1) << 2.0;
    QTest::newRow("alias projects_large") << "projects_large" << 2022 << 0 << qint64(1) << 2.0;
    QTest::newRow("≥10亿 inclusive") << "projects_ge_10yi" << 2022 << 0 << qint64(1) << 1.0;
    QTest::newRow("≥3亿 of the previous year")
        << "projects_ge_3yi" << 2021 << 0 << qint64(1) << 1.0;
    QTest::newRow("signed 12-31 is in its year")
        << "projects_total" << 2021 << 0 << qint64(1) << 1.0;
    QTest::newRow("manufacturing ≥1亿 (数字经济 is not)")
        << "manufacturing_ge_1yi" << 2022 << 0 << qint64(1) << 1.0;
    QTest::newRow("signed investment, USD not converted")
        << "investment_total_yi" << 2022 << 0 << qint64(1) << 11.99;
    QTest::newRow("started ≥1亿 in the year of starting")
        << "started_ge_1yi" << 2022 << 0 << qint64(1) << 2.0;
    QTest::newRow("started on 01-05 of the next year")
        << "started_ge_1yi" << 2023 << 0 << qint64(1) << 1.0;
    QTest::newRow("start rate") << "started_rate" << 2022 << 0 << qint64(1) << 25.0;
    QTest::newRow("producing") << "projects_producing" << 2022 << 0 << qint64(1) << 1.0;
    QTest::newRow("land supplied") << "land_supplied_mu" << 2022 << 0 << qint64(1) << 50.0;
    QTest::newRow("foreign, dropped left out") << "fdi_wan_usd" << 2022 << 0 << qint64(1) << 500.0;
    QTest::newRow("foreign in million USD") << "fdi_musd" << 2022 << 0 << qint64(1) << 5.0;
    // to the end of June: 03-10 and 01-01 signed; 06-30 started counts
    QTest::newRow("June: signed") << "projects_total" << 2022 << 6 << qint64(1) << 2.0;
    QTest::newRow("June: started on 06-30") << "started_ge_1yi" << 2022 << 6 << qint64(1) << 2.0;
    QTest::newRow("May: started") << "started_ge_1yi" << 2022 << 5 << qint64(1) << 1.0;
    QTest::newRow("June: not producing yet")
        << "projects_producing" << 2022 << 6 << qint64(1) << 0.0;
    QTest::newRow("June: start rate") << "started_rate" << 2022 << 6 << qint64(1) << 50.0;
    // every unit together; 乙县's project without a signing date counts nowhere
    QTest::newRow("all units signed") << "projects_total" << 2022 << 0 << qint64(-1) << 5.0;
    QTest::newRow("≥100亿") << "projects_ge_100yi" << 2022 << 0 << qint64(-1) << 1.0;
    QTest::newRow("≥50亿: dropped left out")
        << "projects_ge_50yi" << 2022 << 0 << qint64(-1) << 1.0;
    QTest::newRow("top enterprises") << "top_enterprises" << 2022 << 0 << qint64(-1) << 1.0;
    QTest::newRow("planned ≥50亿") << "planned_ge_50yi" << 2022 << 0 << qint64(-1) << 1.0;
    QTest::newRow("foreign, all units") << "fdi_wan_usd" << 2022 << 0 << qint64(-1) << 700.0;
    QTest::newRow("enclave opened") << "enclaves_new" << 2022 << 0 << qint64(2) << 1.0;
    QTest::newRow("enclave not in April") << "enclaves_new" << 2022 << 4 << qint64(2) << 0.0;
    QTest::newRow("manufacturing ≥10亿 (alias)")
        << "projects_ge_10yi_manufacturing" << 2022 << 0 << qint64(2) << 1.0;
}

void TestStats::counts()
{
    QFETCH(QString, metric);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(qint64, unit);
    QFETCH(double, expected);
    const Metrics::Metric *m = Metrics::find(metric);
    QVERIFY(m);
    auto actuals = StatsEngine::compute(*m_ledger, month ? StatsPeriod::toMonthEnd(year, month)
                                                         : StatsPeriod::wholeYear(year));
    QVERIFY2(actuals, qPrintable(actuals.errorMessage()));
    const auto value = actuals->value(*m, unit < 0 ? std::nullopt : std::optional<qint64>(unit));
    QVERIFY(value);
    QCOMPARE(*value, expected);
}

void TestStats::manufacturing_data()
{
    QTest::addColumn<QString>("chain");
    QTest::addColumn<bool>("manufacturing");
    QTest::newRow("半导体") << "半导体" << true;
    QTest::newRow("集成电路") << "集成电路" << true;
    QTest::newRow("新能源汽车") << "新能源汽车" << true;
    QTest::newRow("户外用品") << "户外用品" << true;
    QTest::newRow("装备制造") << " 装备制造 " << true;
    QTest::newRow("数字经济") << "数字经济" << false;
    QTest::newRow("文旅") << "文旅" << false;
    QTest::newRow("电竞") << "电竞" << false;
    QTest::newRow("现代物流") << "现代物流" << false;
    QTest::newRow("empty") << "" << false;
}

void TestStats::manufacturing()
{
    QFETCH(QString, chain);
    QFETCH(bool, manufacturing);
    QCOMPARE(Metrics::isManufacturing(chain), manufacturing);
}

void TestStats::elapsedShare()
{
    QCOMPARE(StatsPeriod::toMonthEnd(2022, 6).elapsedShare(), 0.5);
    QCOMPARE(StatsPeriod::toMonthEnd(2022, 12).elapsedShare(), 1.0);
    QCOMPARE(StatsPeriod::wholeYear(2022).elapsedShare(), 1.0);
    QCOMPARE(StatsPeriod::toDay(QDate(2022, 2, 14)).elapsedShare(), (1 + 0.5) / 12);
    QCOMPARE(StatsPeriod::toMonthEnd(2024, 2).end, QDate(2024, 2, 29));
}

// A target of 4 at the end of June has a line of 2; a rate is a level and is not pro-rated.
void TestStats::scorecardProRata()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.gpkg"));
    QVERIFY(QFile::copy(m_ledgerPath, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto file = ProjectFile::open(path);
    QVERIFY(file);
    for (const auto &[metric, value] :
         {std::pair{"projects_ge_1yi", 4.0}, {"started_rate", 50.0}, {"industry_funds_new", 3.0}}) {
        auto id = (*file)->insertRow(QStringLiteral("targets"),
                                     {{QStringLiteral("unit_id"), 1},
                                      {QStringLiteral("year"), 2022},
                                      {QStringLiteral("metric"), QLatin1String(metric)},
                                      {QStringLiteral("value"), value}});
        QVERIFY2(id, qPrintable(id.errorMessage()));
    }
    auto rows = StatsEngine::scorecard(**file, StatsPeriod::toMonthEnd(2022, 6), 1);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 3);
    const ScoreRow &tier = rows->at(0);
    QCOMPARE(tier.unit, QStringLiteral("甲县"));
    QCOMPARE(*tier.actual, 1.0); // 1.00 亿 was signed on 12-31
    QCOMPARE(*tier.ratio, 0.25);
    QCOMPARE(tier.share, 0.5);
    QCOMPARE(*tier.onTrack, false);
    QCOMPARE(tier.measure, QStringLiteral("个"));
    const ScoreRow &rate = rows->at(1);
    QCOMPARE(*rate.actual, 50.0);
    QCOMPARE(rate.share, 1.0);
    QCOMPARE(*rate.onTrack, true);
    const ScoreRow &recorded = rows->at(2);
    QVERIFY(!recorded.actual && !recorded.ratio && !recorded.onTrack);
    const QJsonObject json = recorded.toJson();
    QVERIFY(json.value(QStringLiteral("actual")).isNull());
    QCOMPARE(json.value(QStringLiteral("metric")).toString(), QStringLiteral("industry_funds_new"));
}

void TestStats::warningThresholds_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QStringList>("kinds");
    // 乙县's project 10: signed 2021-11-01, land 2022-01-10, not started; 甲县's project 3: signed
    // 2022-01-01, land 2022-02-01, started 2022-06-30 (so not started before that day); 甲县's
    // 0.99 亿 project 1 signed 2022-03-10, not started; the parcel idle since 2021-03-31.
    const QString s = QStringLiteral("signed_not_started");
    const QString land = QStringLiteral("land_not_started");
    const QString idle = QStringLiteral("idle_parcel");
    QTest::newRow("idle exactly 12 months, day 89 after signing")
        << QDate(2022, 3, 31) << QStringList{s};
    QTest::newRow("day 89 after the land") << QDate(2022, 4, 9) << QStringList{s, s, idle};
    QTest::newRow("day 90 after the land") << QDate(2022, 4, 10) << QStringList{s, s, land, idle};
    QTest::newRow("day 90 after signing")
        << QDate(2022, 6, 8) << QStringList{s, s, s, land, land, idle};
    QTest::newRow("started on 06-30") << QDate(2022, 6, 30) << QStringList{s, s, land, idle};
}

void TestStats::warningThresholds()
{
    QFETCH(QDate, today);
    QFETCH(QStringList, kinds);
    auto list = Warnings::list(*m_ledger, today);
    QVERIFY2(list, qPrintable(list.errorMessage()));
    QStringList found;
    for (const Warning &w : *list) {
        QVERIFY(!w.message.isEmpty());
        QVERIFY(w.id > 0);
        found << Warning::kindCode(w.kind);
    }
    if (found != kinds)
        for (const Warning &w : *list)
            qWarning() << w.message;
    QCOMPARE(found, kinds); // the ledger has no targets: none is behind
}

// Every row of the published targets file is stored as it is, and a dry run writes nothing.
void TestStats::seedTargetsImport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
    QVERIFY(QFile::copy(m_demo, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        // The demo has the Lishui units; the file also names 天台县 and 金华市.
        auto file = ProjectFile::open(path);
        QVERIFY(file);
        for (const auto &[name, city, kind] :
             {std::tuple{"天台县", "台州市", "county"}, {"金华市", "金华市", "city"}})
            QVERIFY((*file)->insertFeature(QStringLiteral("units"), nullptr,
                                           {{QStringLiteral("name"), QString::fromUtf8(name)},
                                            {QStringLiteral("city"), QString::fromUtf8(city)},
                                            {QStringLiteral("kind"), QLatin1String(kind)}}));
    }
    const QString seed = TestUtils::sourceDir() + QStringLiteral("/resources/demo/targets.csv");
    const QByteArray before = TestUtils::sha256(path);
    {
        auto file = ProjectFile::open(path, ProjectFile::Access::Read);
        QVERIFY(file);
        ProjectDocument document(file.takeValue());
        auto report = TargetImport::run(document, seed, true);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->rows, 47);
        QCOMPARE(report->rejected.size(), 0);
        QCOMPARE(report->created, 9);
        QCOMPARE(report->unchanged, 38);
        QVERIFY(!report->written);
    }
    QCOMPARE(TestUtils::sha256(path), before);

    auto file = ProjectFile::open(path);
    QVERIFY(file);
    ProjectDocument document(file.takeValue());
    auto report = TargetImport::run(document, seed, false);
    QVERIFY(report && report->written);
    QCOMPARE(document.undoStack().count(), 1);
    auto sheet = SheetReader::read(seed);
    QVERIFY(sheet);
    for (int r = 1; r < sheet->rows.size(); ++r) {
        const QStringList &cells = sheet->rows[r];
        auto value = document.store().db().scalar(
            QStringLiteral("SELECT t.value || '|' || t.measure || '|' || t.source FROM targets t "
                           "JOIN units u ON u.fid = t.unit_id WHERE u.name = ?1 AND t.year = ?2 "
                           "AND t.metric = ?3"),
            {cells[0], cells[2].toInt(), cells[3]});
        QVERIFY2(value && value->isValid(), qPrintable(cells.join(u',')));
        QCOMPARE(value->toString(),
                 QString::number(cells[4].toDouble(), 'f', 1) + u'|' + cells[5] + u'|' + cells[6]);
        QVERIFY2(Metrics::find(cells[3]), qPrintable(cells[3]));
    }
    QCOMPARE(document.store().rowCount(QStringLiteral("targets")).value(), 47);
    // The 2023 and 2025 targets are answered too.
    auto rows = StatsEngine::scorecard(document.store(), StatsPeriod::wholeYear(2023));
    QVERIFY(rows);
    QCOMPARE(rows->size(), 4);
    QCOMPARE(rows->at(0).unit, QStringLiteral("天台县"));
    document.undoStack().undo();
    QCOMPARE(document.store().rowCount(QStringLiteral("targets")).value(), 38);
}

// Into the demo alone, the rows of 天台县 and 金华市 have no unit: each is reported with its row
// number, and nothing is written.
void TestStats::seedTargetsNeedTheirUnits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
    QVERIFY(QFile::copy(m_demo, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QString seed = TestUtils::sourceDir() + QStringLiteral("/resources/demo/targets.csv");
    auto file = ProjectFile::open(path);
    QVERIFY(file);
    ProjectDocument document(file.takeValue());
    auto report = TargetImport::run(document, seed, false);
    QVERIFY(report);
    QCOMPARE(report->rejected.size(), 9);
    QCOMPARE(report->rejected.first().row, 40);
    QCOMPARE(report->rejected.last().row, 48);
    QVERIFY(report->rejected.first().reason.contains(QStringLiteral("天台县")));
    QVERIFY(!report->written);
    QCOMPARE(document.undoStack().count(), 0);
    QCOMPARE(document.store().rowCount(QStringLiteral("targets")).value(), 38);
}

void TestStats::badTargetRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.gpkg"));
    QVERIFY(QFile::copy(m_ledgerPath, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QString csv = dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile out(csv);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("unit,year,metric,target,measure\n"
                  "甲县,2022,projects_ge_1yi,20,个\n"     // 2: fine
                  "丙县,2022,projects_ge_1yi,20,个\n"     // 3: no such unit
                  "甲县,二〇二二,projects_ge_1yi,20,个\n" // 4: year
                  "甲县,2022,projects_ge_2yi,5,个\n"      // 5: metric
                  "甲县,2022,fdi_musd,100,万美元\n"       // 6: measure
                  "甲县,2022,projects_total,很多,个\n"    // 7: value
                  "甲县,2022,projects_ge_1yi,21,个\n"     // 8: repeats row 2
                  "乙县,2022,fdi_musd,1,百万美元\n");     // 9: fine
    }
    const auto result
        = TestUtils::run(TestUtils::cliPath(), {QStringLiteral("targets"), QStringLiteral("import"),
                                                path, csv, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 2);
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    QList<int> rows;
    for (const QJsonValue &issue : report.value(QStringLiteral("rejected")).toArray())
        rows << issue.toObject().value(QStringLiteral("row")).toInt();
    if (rows != QList<int>{3, 4, 5, 6, 7, 8})
        qWarning() << result.out;
    QCOMPARE(rows, (QList<int>{3, 4, 5, 6, 7, 8}));
    QCOMPARE(report.value(QStringLiteral("written")).toBool(), false);
    QVERIFY(result.err.contains("bad.csv"));
    auto file = ProjectFile::open(path, ProjectFile::Access::Read);
    QVERIFY(file);
    QCOMPARE((*file)->rowCount(QStringLiteral("targets")).value(), 0);
}

void TestStats::statsJsonOnDemo()
{
    const QByteArray before = TestUtils::sha256(m_demo);
    const auto result = TestUtils::run(TestUtils::cliPath(),
                                       {QStringLiteral("stats"), m_demo, QStringLiteral("--year"),
                                        QStringLiteral("2022"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(TestUtils::sha256(m_demo), before);
    const QJsonArray rows = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(rows.size(), 38);
    auto file = ProjectFile::open(m_demo, ProjectFile::Access::Read);
    QVERIFY(file);
    auto expected = StatsEngine::scorecard(**file, StatsPeriod::wholeYear(2022));
    QVERIFY(expected);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows[i].toObject();
        for (const char *key : {"unit", "metric", "target", "actual", "ratio", "on_track"})
            QVERIFY2(row.contains(QLatin1String(key)), key);
        const ScoreRow &core = expected->at(i);
        QCOMPARE(row.value(QStringLiteral("unit")).toString(), core.unit);
        QCOMPARE(row.value(QStringLiteral("metric")).toString(), core.metricId);
        QCOMPARE(row.value(QStringLiteral("target")).toDouble(), core.target);
        if (core.actual) {
            QCOMPARE(row.value(QStringLiteral("actual")).toDouble(), *core.actual);
            QCOMPARE(row.value(QStringLiteral("on_track")).toBool(), *core.actual >= core.target);
        } else {
            QVERIFY(row.value(QStringLiteral("actual")).isNull());
        }
    }
    // One unit, to the end of June: that unit's targets only, at half the year.
    const auto june = TestUtils::run(TestUtils::cliPath(),
                                     {QStringLiteral("stats"), m_demo, QStringLiteral("--year"),
                                      QStringLiteral("2022"), QStringLiteral("--month"),
                                      QStringLiteral("6"), QStringLiteral("--unit"),
                                      QStringLiteral("龙泉市"), QStringLiteral("--json")});
    QCOMPARE(june.exitCode, 0);
    const QJsonArray mine = QJsonDocument::fromJson(june.out).array();
    QCOMPARE(mine.size(), 5);
    for (const QJsonValue &row : mine) {
        QCOMPARE(row.toObject().value(QStringLiteral("unit")).toString(), QStringLiteral("龙泉市"));
        QCOMPARE(row.toObject().value(QStringLiteral("share")).toDouble(), 0.5);
    }
    // The text form is translated and also only reads.
    const auto text
        = TestUtils::run(TestUtils::cliPath(), {QStringLiteral("stats"), m_demo,
                                                QStringLiteral("--year"), QStringLiteral("2022")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("龙泉市")));
    QCOMPARE(TestUtils::sha256(m_demo), before);
}

void TestStats::warningsOnDemo()
{
    const QByteArray before = TestUtils::sha256(m_demo);
    const auto result = TestUtils::run(
        TestUtils::cliPath(), {QStringLiteral("warnings"), m_demo, QStringLiteral("--today"),
                               QStringLiteral("2022-06-30"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(TestUtils::sha256(m_demo), before);
    const QJsonArray list = QJsonDocument::fromJson(result.out).array();
    auto file = ProjectFile::open(m_demo, ProjectFile::Access::Read);
    QVERIFY(file);
    auto expected = Warnings::list(**file, QDate(2022, 6, 30));
    QVERIFY(expected);
    QCOMPARE(list.size(), expected->size());
    QSet<QString> kinds;
    for (const QJsonValue &value : list) {
        const QJsonObject w = value.toObject();
        kinds << w.value(QStringLiteral("kind")).toString();
        QVERIFY(w.value(QStringLiteral("id")).toInteger() > 0);
        QVERIFY(!w.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(!w.value(QStringLiteral("message")).toString().isEmpty());
    }
    QCOMPARE(kinds, (QSet<QString>{
                        QStringLiteral("signed_not_started"), QStringLiteral("land_not_started"),
                        QStringLiteral("idle_parcel"), QStringLiteral("target_behind"),
                        QStringLiteral("follow_up_due"), QStringLiteral("below_mu_line")}));
    // Nothing is behind on 1 January... of a year without targets.
    const auto quiet = TestUtils::run(
        TestUtils::cliPath(), {QStringLiteral("warnings"), m_demo, QStringLiteral("--today"),
                               QStringLiteral("2019-01-01"), QStringLiteral("--json")});
    QCOMPARE(quiet.exitCode, 0);
    for (const QJsonValue &value : QJsonDocument::fromJson(quiet.out).array())
        QVERIFY(value.toObject().value(QStringLiteral("kind")) != QStringLiteral("target_behind"));
}

void TestStats::statsUsageErrors()
{
    const QList<QStringList> usage{
        {QStringLiteral("stats"), m_demo},
        {QStringLiteral("stats"), m_demo, QStringLiteral("--year"), QStringLiteral("2022"),
         QStringLiteral("--month"), QStringLiteral("13")},
        {QStringLiteral("warnings"), m_demo, QStringLiteral("--today"),
         QStringLiteral("30.6.2022")},
    };
    for (const QStringList &args : usage)
        QCOMPARE(TestUtils::run(TestUtils::cliPath(), args).exitCode, 1);
    const auto unknown = TestUtils::run(TestUtils::cliPath(),
                                        {QStringLiteral("stats"), m_demo, QStringLiteral("--year"),
                                         QStringLiteral("2022"), QStringLiteral("--unit"),
                                         QStringLiteral("不存在县")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(QString::fromUtf8(unknown.err).contains(QStringLiteral("不存在县")));
}

namespace {

// A copy of the test ledger with funds recorded, opened for editing.
std::unique_ptr<ProjectDocument> ledgerWithFunds(const QString &from, const QString &path)
{
    if (!QFile::copy(from, path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto file = ProjectFile::open(path);
    if (!file)
        return {};
    auto document = std::make_unique<ProjectDocument>(file.takeValue());
    // project 3: 甲县, 数字经济 (not manufacturing); 1: 甲县, 半导体; 5: dropped; 4: 甲县, 2021.
    const struct
    {
        qint64 fid;
        const char *month;
        double wan;
    } rows[] = {{3, "2022-01", 5000},
                {3, "2022-07", 5000},
                {1, "2022-06", 2000},
                {5, "2022-03", 90000},
                {4, "2021-12", 3000}};
    for (const auto &row : rows) {
        if (!Commands::setFunds(*document, row.fid, QLatin1String(row.month), row.wan))
            return {};
    }
    return document;
}

} // namespace

void TestStats::fundsArrived_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<double>("expected");
    QTest::newRow("year, dropped left out") << "funds_arrived_yi" << 2022 << 0 << 1.2;
    QTest::newRow("to June: July left out") << "funds_arrived_yi" << 2022 << 6 << 0.7;
    QTest::newRow("to May: June left out") << "funds_arrived_yi" << 2022 << 5 << 0.5;
    QTest::newRow("manufacturing: 半导体 only")
        << "funds_arrived_manufacturing_yi" << 2022 << 0 << 0.2;
    QTest::newRow("December of the year before") << "funds_arrived_yi" << 2021 << 0 << 0.3;
}

void TestStats::fundsArrived()
{
    QFETCH(QString, metric);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(double, expected);
    QTemporaryDir dir;
    auto document = ledgerWithFunds(m_ledgerPath, dir.filePath(QStringLiteral("funds.gpkg")));
    QVERIFY(document);
    const Metrics::Metric *m = Metrics::find(metric);
    QVERIFY(m && m->isComputed());
    auto actuals
        = StatsEngine::compute(document->store(), month ? StatsPeriod::toMonthEnd(year, month)
                                                        : StatsPeriod::wholeYear(year));
    QVERIFY(actuals);
    QVERIFY(actuals->value(*m, 1));
    QCOMPARE(*actuals->value(*m, 1), expected);
    QCOMPARE(actuals->value(*m, 2).value_or(0), 0.0);
    // Undoing the records takes the actual back to zero.
    while (document->undoStack().canUndo())
        document->undoStack().undo();
    actuals = StatsEngine::compute(document->store(), StatsPeriod::wholeYear(year));
    QVERIFY(actuals);
    QCOMPARE(actuals->value(*m, 1).value_or(0), 0.0);
}

// A follow-up date puts the activity on the warnings list from that day on, until something is
// logged for the project after it.
void TestStats::followUpDue()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("follow.gpkg"));
    QVERIFY(QFile::copy(m_ledgerPath, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto file = ProjectFile::open(path);
    QVERIFY(file);
    ProjectDocument document(file.takeValue());
    auto event = [](const char *date, const char *followUp) {
        return QVariantMap{{QStringLiteral("event_date"), QLatin1String(date)},
                           {QStringLiteral("kind"), QStringLiteral("visit")},
                           {QStringLiteral("text"), QStringLiteral("回访客户，确认用地需求")},
                           {QStringLiteral("follow_up_date"),
                            followUp ? QVariant(QLatin1String(followUp)) : QVariant()}};
    };
    QVERIFY(Commands::addEvent(document, 2, event("2022-03-01", "2022-04-01")));
    QVERIFY(Commands::addEvent(document, 3, event("2022-03-01", "2022-03-15")));
    QVERIFY(Commands::addEvent(document, 3, event("2022-03-20", nullptr)));
    // Refused: a follow-up before the activity, a date that is no date.
    QVERIFY(!Commands::addEvent(document, 2, event("2022-03-01", "2022-02-01")));
    QVERIFY(!Commands::addEvent(document, 2, event("2022-03-01", "2022-13-01")));

    auto dueOn = [&](const QDate &today) {
        QList<qint64> projects;
        auto list = Warnings::list(document.store(), today);
        if (list)
            for (const Warning &w : *list)
                if (w.kind == Warning::Kind::FollowUpDue) {
                    projects << w.id;
                    if (!w.message.contains(QStringLiteral("2022-04-01")))
                        projects << -1;
                }
        return projects;
    };
    QCOMPARE(dueOn(QDate(2022, 3, 31)), QList<qint64>());
    QCOMPARE(dueOn(QDate(2022, 4, 1)), QList<qint64>{2}); // project 3 was followed up on 03-20
    QVERIFY(Commands::addEvent(document, 2, event("2022-04-02", nullptr)));
    QCOMPARE(dueOn(QDate(2022, 4, 3)), QList<qint64>());
    document.undoStack().undo();
    QCOMPARE(dueOn(QDate(2022, 4, 3)), QList<qint64>{2});
    QCOMPARE(Warning::kindCode(Warning::Kind::FollowUpDue), QStringLiteral("follow_up_due"));
}

// Funds from a sheet: by number or name, months and amounts as offices write them; a bad row
// stops the whole file; the import is one undoable step; the CLI says the same.
void TestStats::fundsImport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.gpkg"));
    QVERIFY(QFile::copy(m_ledgerPath, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto writeCsv = [&](const QString &name, const QByteArray &text) {
        QFile out(dir.filePath(name));
        return out.open(QIODevice::WriteOnly) && out.write(text) == text.size() ? out.fileName()
                                                                                : QString();
    };
    const QString bad = writeCsv(QStringLiteral("bad.csv"),
                                 "项目名称,月份,到位资金(万元),备注\n"
                                 "项目1,2022-03,1200,首笔\n"   // 2: fine
                                 "不存在的项目,2022-03,100,\n" // 3: no such project
                                 "项目1,2022年13月,100,\n"     // 4: month
                                 "项目1,2022/3,300,\n"         // 5: repeats row 2
                                 "项目2,2022-04,50万美元,\n"   // 6: USD
                                 "项目2,2022-05,很多,\n");     // 7: amount
    auto result
        = TestUtils::run(TestUtils::cliPath(), {QStringLiteral("funds"), QStringLiteral("import"),
                                                path, bad, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 2);
    QList<int> rows;
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    for (const QJsonValue &issue : report.value(QStringLiteral("rejected")).toArray())
        rows << issue.toObject().value(QStringLiteral("row")).toInt();
    if (rows != QList<int>{3, 4, 5, 6, 7})
        qWarning() << result.out << result.err;
    QCOMPARE(rows, (QList<int>{3, 4, 5, 6, 7}));
    QVERIFY(!report.value(QStringLiteral("written")).toBool());

    const QString good = writeCsv(QStringLiteral("good.csv"), "项目编号,月份,到位资金(亿元)\n"
                                                              "1,2022年3月,0.12\n"
                                                              "2,2022.4,3000万元\n"
                                                              "3,2022-05-20,1\n");
    {
        auto file = ProjectFile::open(path);
        QVERIFY(file);
        ProjectDocument document(file.takeValue());
        auto done = FundsImport::run(document, good, false);
        QVERIFY2(done, qPrintable(done.errorMessage()));
        QCOMPARE(done->created, 3);
        QVERIFY(done->written);
        QCOMPARE(document.undoStack().count(), 1);
        auto sum = document.store().db().scalar(
            QStringLiteral("SELECT group_concat(project_id || ':' || month || ':' || amount_wan, "
                           "' ') FROM project_funds"));
        QVERIFY(sum);
        QCOMPARE(sum->toString(),
                 QStringLiteral("1:2022-03:1200.0 2:2022-04:3000.0 3:2022-05:10000.0"));
        // Again: nothing changes.
        auto again = FundsImport::run(document, good, false);
        QVERIFY(again);
        QCOMPARE(again->unchanged, 3);
        QCOMPARE(document.undoStack().count(), 1);
        document.undoStack().undo();
        QCOMPARE(document.store().rowCount(QStringLiteral("project_funds")).value(), 0);
    }
}

// Deleting a project takes its funds with it, and undo brings them back.
void TestStats::fundsSurviveDeleteUndo()
{
    QTemporaryDir dir;
    auto document = ledgerWithFunds(m_ledgerPath, dir.filePath(QStringLiteral("funds.gpkg")));
    QVERIFY(document);
    QCOMPARE(document->store().rowCount(QStringLiteral("project_funds")).value(), 5);
    QVERIFY(Commands::deleteProject(*document, 3));
    QCOMPARE(document->store().rowCount(QStringLiteral("project_funds")).value(), 3);
    document->undoStack().undo();
    QCOMPARE(document->store().rowCount(QStringLiteral("project_funds")).value(), 5);
    // Setting a month to nothing removes it; undo restores it.
    QVERIFY(Commands::setFunds(*document, 3, QStringLiteral("2022-07"), std::nullopt));
    QCOMPARE(document->store().rowCount(QStringLiteral("project_funds")).value(), 4);
    document->undoStack().undo();
    QCOMPARE(document->store().rowCount(QStringLiteral("project_funds")).value(), 5);
    QVERIFY(!Commands::setFunds(*document, 3, QStringLiteral("2022-7x"), 1.0));
    QVERIFY(!Commands::setFunds(*document, 3, QStringLiteral("2022-08"), -1.0));
}

// Several month-ends in one scan count exactly what each month-end counts alone.
void TestStats::cumulativeEqualsOneByOne()
{
    QTemporaryDir dir;
    auto document = ledgerWithFunds(m_ledgerPath, dir.filePath(QStringLiteral("funds.gpkg")));
    QVERIFY(document);
    QList<QDate> ends;
    for (int month = 1; month <= 12; ++month)
        ends << StatsPeriod::toMonthEnd(2022, month).end;
    ends << QDate(2022, 3, 10) << QDate(2022, 12, 31);
    auto together = StatsEngine::computeCumulative(document->store(), 2022, ends);
    QVERIFY(together);
    QCOMPARE(together->size(), ends.size());
    int compared = 0;
    for (qsizetype p = 0; p < ends.size(); ++p) {
        auto alone = StatsEngine::compute(document->store(), StatsPeriod::toDay(ends[p]));
        QVERIFY(alone);
        for (const Metrics::Metric &m : Metrics::all()) {
            for (std::optional<qint64> unit :
                 {std::optional<qint64>(), std::optional<qint64>(1), std::optional<qint64>(2)}) {
                QCOMPARE(together->at(p).value(m, unit), alone->value(m, unit));
                ++compared;
            }
        }
    }
    QVERIFY(compared > 500);
}

QTEST_GUILESS_MAIN(TestStats)
#include "tst_stats.moc"
