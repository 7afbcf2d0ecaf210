// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/parcelcommands.h"
#include "core/geometry/parcelgeometry.h"
#include "core/land/landgrading.h"
#include "core/land/landreport.h"
#include "core/land/parcelmatch.h"
#include "core/project/projectdocument.h"
#include "core/stats/warnings.h"
#include "core/storage/projectfile.h"
#include "landtestutils.h"
#include "testutils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <ogr_geometry.h>

// Land on a small fixture: grades of plots and enterprises, 腾笼换鸟 candidates, 标准地
// commitments at their deadline, each unit's idle land against its target, and matching — the
// order, the scores and the explanations — single parcels and adjacent combinations; the
// `land` and `match` commands print the same.
class TestLand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void gradesPlotsAndEnterprises();
    void renewalCandidates();
    void warningBelowTheLine();
    void commitmentsMissedAfterTheDeadline();
    void unitReport();
    void matchOrderAndReasons();
    void matchCombinesAdjacentParcels();
    void matchFromAProject();
    void rangeText_data();
    void rangeText();
    void cliJson();

private:
    qint64 parcel(const QString &code, double x, double w, const QVariantMap &values);
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ProjectDocument> m_doc;
    ProjectFile *m_project = nullptr;
    QHash<QString, qint64> m_fid;
};

using LandTest::at;
using LandTest::rect;

namespace {

ParcelMatch::Needs needs()
{
    ParcelMatch::Needs n;
    n.minMu = 50;
    n.maxMu = 120;
    n.landUse = QStringLiteral("industrial");
    n.chain = QStringLiteral("新能源");
    n.units = {1};
    n.maxPricePerMu = 25;
    n.today = QDate(2022, 12, 15);
    return n;
}

} // namespace

// Plots along a row, 100 m deep: x and width in metres (the registered area is given).
qint64 TestLand::parcel(const QString &code, double x, double w, const QVariantMap &values)
{
    QVariantMap row = values;
    row.insert(QStringLiteral("code"), code);
    row.insert(QStringLiteral("land_use"),
               values.value(QStringLiteral("land_use"), QStringLiteral("industrial")));
    row.insert(QStringLiteral("park_id"), values.value(QStringLiteral("park_id"), 1));
    const auto shape = rect(x, 0, w, 100);
    auto fid = m_project->insertFeature(QStringLiteral("parcels"), shape.get(), row);
    m_fid.insert(code, fid ? *fid : -1);
    return fid ? *fid : -1;
}

void TestLand::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("land.gpkg"));
    auto created = ProjectFile::create(m_path);
    QVERIFY2(created, qPrintable(created.errorMessage()));
    m_doc = std::make_unique<ProjectDocument>(created.takeValue());
    m_project = &m_doc->store();
    for (const char *unit : {"甲县", "乙县"})
        QVERIFY(m_project->insertFeature(QStringLiteral("units"), nullptr,
                                         {{QStringLiteral("name"), QString::fromUtf8(unit)},
                                          {QStringLiteral("kind"), QStringLiteral("county")}}));
    QVERIFY(
        m_project->insertFeature(QStringLiteral("parks"), nullptr,
                                 {{QStringLiteral("name"), QStringLiteral("甲县新能源园")},
                                  {QStringLiteral("kind"), QStringLiteral("industrial")},
                                  {QStringLiteral("unit_id"), 1},
                                  {QStringLiteral("chains"), QStringLiteral("新能源、半导体")}}));
    QVERIFY(m_project->insertFeature(QStringLiteral("parks"), nullptr,
                                     {{QStringLiteral("name"), QStringLiteral("乙县装备园")},
                                      {QStringLiteral("kind"), QStringLiteral("industrial")},
                                      {QStringLiteral("unit_id"), 2},
                                      {QStringLiteral("chains"), QStringLiteral("装备制造")}}));
    const QString reserve = QStringLiteral("reserve");
    auto v = [](std::initializer_list<std::pair<const char *, QVariant>> list) {
        QVariantMap map;
        for (const auto &[k, value] : list)
            map.insert(QLatin1String(k), value);
        return map;
    };
    // On offer: the ideal one, a large and dear one, a commercial one, one promised to a live
    // project, three small neighbours (sharing edges) and a small one far off.
    parcel(QStringLiteral("M-86"), 0, 100,
           v({{"status", reserve}, {"area_mu", 86.0}, {"price_per_mu", 20.0}}));
    parcel(QStringLiteral("M-140"), 200, 100,
           v({{"status", QStringLiteral("listed")}, {"area_mu", 140.0}, {"price_per_mu", 30.0}}));
    parcel(QStringLiteral("M-70L"), 400, 100,
           v({{"status", reserve}, {"area_mu", 70.0}, {"land_use", QStringLiteral("commercial")}}));
    parcel(QStringLiteral("M-90X"), 600, 100, v({{"status", reserve}, {"area_mu", 90.0}}));
    parcel(QStringLiteral("S-30a"), 1000, 45,
           v({{"status", reserve}, {"area_mu", 30.0}, {"price_per_mu", 20.0}}));
    parcel(QStringLiteral("S-30b"), 1045, 45,
           v({{"status", reserve}, {"area_mu", 30.0}, {"price_per_mu", 20.0}}));
    parcel(QStringLiteral("S-25"), 1090, 37.5,
           v({{"status", reserve}, {"area_mu", 25.0}, {"price_per_mu", 20.0}}));
    parcel(QStringLiteral("S-40far"), 3000, 60,
           v({{"status", reserve}, {"area_mu", 40.0}, {"price_per_mu", 20.0}}));
    // In use: idle, producing well, producing poorly, 标准地 due and not due.
    parcel(QStringLiteral("M-60I"), 1400, 90,
           v({{"status", QStringLiteral("transferred")},
              {"area_mu", 60.0},
              {"park_id", 2},
              {"idle_category", QStringLiteral("supplied_unused")},
              {"idle_since", QStringLiteral("2022-05-01")},
              {"owner", QStringLiteral("丁公司")}}));
    parcel(QStringLiteral("P-A"), 1600, 100,
           v({{"status", QStringLiteral("producing")},
              {"area_mu", 50.0},
              {"owner", QStringLiteral("甲公司")}}));
    parcel(QStringLiteral("P-B"), 1800, 100,
           v({{"status", QStringLiteral("producing")},
              {"area_mu", 50.0},
              {"owner", QStringLiteral("甲公司")}}));
    parcel(QStringLiteral("P-D"), 2000, 100,
           v({{"status", QStringLiteral("producing")},
              {"area_mu", 40.0},
              {"owner", QStringLiteral("丙公司")},
              {"standard_land", 1},
              {"commit_investment_per_mu", 300.0},
              {"commit_far", 1.2},
              {"commit_tax_per_mu", 20.0},
              {"commit_deadline", QStringLiteral("2022-06-30")}}));
    parcel(QStringLiteral("P-S"), 2200, 100,
           v({{"status", QStringLiteral("producing")},
              {"area_mu", 40.0},
              {"owner", QStringLiteral("戊公司")},
              {"standard_land", 1},
              {"commit_tax_per_mu", 20.0},
              {"commit_deadline", QStringLiteral("2023-06-30")}}));
    QVERIFY(m_project->insertFeature(QStringLiteral("projects"), nullptr,
                                     {{QStringLiteral("name"), QStringLiteral("已谈项目")},
                                      {QStringLiteral("stage"), QStringLiteral("negotiation")},
                                      {QStringLiteral("land_mu"), 80.0},
                                      {QStringLiteral("chain"), QStringLiteral("新能源")},
                                      {QStringLiteral("unit_id"), 1},
                                      {QStringLiteral("confidential"), 0}}));
    QVERIFY(m_project->insertRow(
        QStringLiteral("project_parcels"),
        {{QStringLiteral("project_id"), 1}, {QStringLiteral("parcel_id"), m_fid.value("M-90X")}}));
    // 2022 figures: 甲公司 pays 10 and 40 万元/亩 (together 25: B), 丙公司 4.5 (D).
    for (const auto &[code, tax, output, investment, far] :
         {std::tuple{"P-A", 500.0, 8000.0, 15000.0, 1.5},
          std::tuple{"P-B", 2000.0, 20000.0, 20000.0, 1.6},
          std::tuple{"P-D", 180.0, 2000.0, 10000.0, 1.0}}) {
        QVERIFY(ParcelCommands::setYearFigures(*m_doc, m_fid.value(QLatin1String(code)), 2022,
                                               {{QStringLiteral("tax_wan"), tax},
                                                {QStringLiteral("output_wan"), output},
                                                {QStringLiteral("investment_wan"), investment},
                                                {QStringLiteral("far"), far}}));
    }
    QVERIFY(m_project->insertRow(
        QStringLiteral("targets"),
        {{QStringLiteral("unit_id"), 1},
         {QStringLiteral("year"), 2022},
         {QStringLiteral("metric"), QStringLiteral("idle_land_revitalized_mu")},
         {QStringLiteral("value"), 100.0}}));
    // 乙县's idle plot M-60I; 甲县 revitalises nothing but finds P-D low-efficiency.
    QVERIFY(ParcelCommands::setCategory(*m_doc, m_fid.value("P-D"),
                                        QStringLiteral("producing_below"), QDate(2022, 8, 1),
                                        QStringLiteral("测试")));
}

void TestLand::gradesPlotsAndEnterprises()
{
    auto plots = LandGrading::parcels(*m_project, 2022);
    QVERIFY(plots);
    QCOMPARE(plots->size(), 3);
    QHash<QString, QString> grade;
    for (const auto &g : *plots)
        grade.insert(g.code, g.grade);
    QCOMPARE(grade.value("P-A"), QStringLiteral("B")); // exactly 10: B
    QCOMPARE(grade.value("P-B"), QStringLiteral("A"));
    QCOMPARE(grade.value("P-D"), QStringLiteral("D"));
    auto firms = LandGrading::enterprises(*m_project, 2022);
    QVERIFY(firms);
    QCOMPARE(firms->size(), 2);
    const auto &jia = firms->at(0).owner == QStringLiteral("甲公司") ? firms->at(0) : firms->at(1);
    QCOMPARE(jia.parcels, 2);
    QCOMPARE(*jia.taxPerMu, 25.0);
    QCOMPARE(jia.grade, QStringLiteral("B"));
    QVERIFY(LandGrading::parcels(*m_project, 2021)->isEmpty());
}

void TestLand::renewalCandidates()
{
    auto list = LandGrading::candidates(*m_project, 2022);
    QVERIFY(list);
    QStringList codes;
    for (const auto &c : *list)
        codes << c.parcel.code;
    // The idle plot without figures first, then the lowest tax; 甲公司's plots are fine.
    QCOMPARE(codes, (QStringList{QStringLiteral("M-60I"), QStringLiteral("P-D")}));
    QCOMPARE(list->at(1).reasons.size(), 2); // low-efficiency, and grade D
}

// The warnings list names the plots graded D in the latest year with figures up to the day's
// year, by their unit's lines; not in public mode (tax per mu is confidential).
void TestLand::warningBelowTheLine()
{
    auto below = [&](const QDate &today) {
        QStringList codes;
        auto list = Warnings::list(*m_project, today);
        if (!list)
            return QStringList{list.errorMessage()};
        for (const Warning &w : *list) {
            if (w.kind == Warning::Kind::BelowLine) {
                codes << w.name;
                if (w.table != QLatin1String("parcels") || w.message.isEmpty()
                    || w.since != QDate(2022, 12, 31))
                    codes << QStringLiteral("bad warning");
            }
        }
        return codes;
    };
    QCOMPARE(below(QDate(2021, 12, 31)), QStringList()); // no figures up to 2021
    QCOMPARE(below(QDate(2022, 3, 1)), QStringList{QStringLiteral("P-D")});
    QCOMPARE(below(QDate(2024, 3, 1)), QStringList{QStringLiteral("P-D")}); // latest: 2022
    QCOMPARE(Warning::kindCode(Warning::Kind::BelowLine), QStringLiteral("below_mu_line"));
    m_project->setAudience(Fields::Audience::Public);
    const QStringList inPublic = below(QDate(2022, 3, 1));
    m_project->setAudience(Fields::Audience::Office);
    QCOMPARE(inPublic, QStringList());
}

void TestLand::commitmentsMissedAfterTheDeadline()
{
    // P-D's deadline is 2022-06-30: not due on the day, due the day after.
    QVERIFY(LandGrading::commitmentMisses(*m_project, QDate(2022, 6, 30))->isEmpty());
    auto misses = LandGrading::commitmentMisses(*m_project, QDate(2022, 12, 31));
    QVERIFY(misses);
    QCOMPARE(misses->size(), 1);
    const auto &m = misses->first();
    QCOMPARE(m.code, QStringLiteral("P-D"));
    QCOMPARE(m.actual.year, 2022);
    QCOMPARE(*m.actual.taxPerMu, 4.5);
    QCOMPARE(*m.actual.investmentPerMu, 250.0);
    QCOMPARE(m.missed,
             (QList<StandardLand::Item>{StandardLand::Item::Investment,
                                        StandardLand::Item::PlotRatio, StandardLand::Item::Tax}));
    // P-S falls due in 2023 and has no figures: missed after its deadline.
    auto later = LandGrading::commitmentMisses(*m_project, QDate(2023, 7, 1));
    QCOMPARE(later->size(), 2);
}

void TestLand::unitReport()
{
    auto units = LandReport::units(*m_project, 2022, QDate(2026, 1, 1));
    QVERIFY(units);
    QCOMPARE(units->size(), 2);
    const LandReport::Unit &jia = units->at(0), &yi = units->at(1);
    QCOMPARE(jia.name, QStringLiteral("甲县"));
    QCOMPARE(jia.idleMu.value(QStringLiteral("producing_below")), 40.0);
    QCOMPARE(*jia.targetMu, 100.0);
    QCOMPARE(jia.revitalisedMu, 0.0);
    QCOMPARE(jia.grades.value(QStringLiteral("A")), 1);
    QCOMPARE(jia.grades.value(QStringLiteral("D")), 1);
    QCOMPARE(jia.standardDue, 1);
    QCOMPARE(jia.misses.size(), 1);
    QCOMPARE(yi.idleMu.value(QStringLiteral("supplied_unused")), 60.0);
    // As of mid-2022 P-D was not yet found low-efficiency (2022-08-01).
    auto earlier = LandReport::units(*m_project, 2022, QDate(2022, 7, 1));
    QVERIFY(earlier);
    QCOMPARE(earlier->at(0).idleTotalMu(), 0.0);
    QCOMPARE(LandReport::asOf(2022, QDate(2022, 7, 1)), QDate(2022, 7, 1));
    QCOMPARE(LandReport::asOf(2021, QDate(2022, 7, 1)), QDate(2021, 12, 31));
}

void TestLand::matchOrderAndReasons()
{
    auto matches = ParcelMatch::run(*m_project, needs());
    QVERIFY2(matches, qPrintable(matches.errorMessage()));
    QStringList order;
    for (const auto &c : matches->parcels)
        order << c.codes.join(QLatin1Char('+'));
    // Promised to a live project, producing: not offered.
    QVERIFY(!order.contains(QStringLiteral("M-90X")));
    QVERIFY(!order.contains(QStringLiteral("P-A")));
    // 40 亩 is 20 % short (60 % of the area points) but fits everything else; the commercial
    // plot loses the land use; the low-efficiency P-D (腾笼换鸟) is 40 亩 without a price;
    // 140 亩 is 16.7 % over and dearer than the limit.
    QCOMPARE(order.mid(0, 5), (QStringList{QStringLiteral("M-86"), QStringLiteral("S-40far"),
                                           QStringLiteral("M-70L"), QStringLiteral("P-D"),
                                           QStringLiteral("M-140")}));
    const ParcelMatch::Candidate &best = matches->parcels.first();
    QCOMPARE(best.score, 100.0);
    QCOMPARE(
        best.reasons,
        (QStringList{QStringLiteral("Area 86 mu ✓ 50–120"), QStringLiteral("Land use Industrial ✓"),
                     QStringLiteral("Park chain 新能源 ✓"), QStringLiteral("In 甲县 ✓"),
                     QStringLiteral("Price 20 per mu ✓ ≤ 25")}));
    const ParcelMatch::Candidate &large = matches->parcels.at(4);
    QCOMPARE(large.reasons.first(), QStringLiteral("Area 140 mu ✗ 50–120"));
    QVERIFY(std::abs(large.score - 100 * (40 * (1 - 2 * 20.0 / 120) + 45) / 95) < 1e-9);
    const auto idle = std::find_if(matches->parcels.begin(), matches->parcels.end(),
                                   [](const auto &c) { return c.codes.first() == "M-60I"; });
    QVERIFY(idle != matches->parcels.end());
    QVERIFY2(idle->reasons.contains(QStringLiteral("Idle 7 month(s) (Supplied, not used)")),
             qPrintable(idle->reasons.join(QLatin1Char('|'))));
    QVERIFY(idle->reasons.contains(QStringLiteral("Park chains 装备制造 ✗ 新能源")));
    // Without preferences every plot in range scores the same on area alone.
    ParcelMatch::Needs plain;
    plain.minMu = 50;
    plain.maxMu = 120;
    auto all = ParcelMatch::run(*m_project, plain);
    QCOMPARE(all->parcels.first().score, 100.0);
    QVERIFY(!ParcelMatch::run(*m_project, ParcelMatch::Needs{}));
}

void TestLand::matchCombinesAdjacentParcels()
{
    auto matches = ParcelMatch::run(*m_project, needs());
    QVERIFY(matches);
    QSet<QString> combos;
    for (const auto &c : matches->combinations)
        combos << c.codes.join(QLatin1Char('+'));
    QCOMPARE(combos, (QSet<QString>{QStringLiteral("S-30a+S-30b"), QStringLiteral("S-30b+S-25"),
                                    QStringLiteral("S-30a+S-30b+S-25")}));
    const auto &pair = matches->combinations.first();
    QCOMPARE(pair.score, 100.0);
    QVERIFY(pair.reasons.first().startsWith(QStringLiteral("Area together")));
    // S-30a and S-25 are 45 m apart: adjacent only when 50 m counts.
    ParcelMatch::Needs wide = needs();
    wide.adjacencyMetres = 50;
    QSet<QString> wider;
    auto widened = ParcelMatch::run(*m_project, wide);
    QVERIFY(widened);
    for (const auto &c : widened->combinations)
        wider << c.codes.join(QLatin1Char('+'));
    QVERIFY(wider.contains(QStringLiteral("S-30a+S-25")));
}

void TestLand::matchFromAProject()
{
    auto fromProject = ParcelMatch::needsOf(*m_project, 1);
    QVERIFY(fromProject);
    QCOMPARE(fromProject->minMu, 64.0);
    QCOMPARE(fromProject->maxMu, 100.0);
    QCOMPARE(fromProject->chain, QStringLiteral("新能源"));
    // Its own promised plot is a candidate for it.
    auto matches = ParcelMatch::run(*m_project, *fromProject);
    bool own = false;
    for (const auto &c : matches->parcels)
        own = own || c.codes.first() == QStringLiteral("M-90X");
    QVERIFY(own);
}

void TestLand::rangeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::newRow("dash") << "50-120" << 50.0 << 120.0;
    QTest::newRow("en dash, unit") << "50–120亩" << 50.0 << 120.0;
    QTest::newRow("single") << "80" << 80.0 << 80.0;
    QTest::newRow("backwards") << "120-50" << -1.0 << -1.0;
    QTest::newRow("words") << "big" << -1.0 << -1.0;
}

void TestLand::rangeText()
{
    QFETCH(QString, text);
    QFETCH(double, low);
    QFETCH(double, high);
    const auto range = ParcelMatch::parseRange(text);
    QCOMPARE(range.has_value(), low > 0);
    if (range)
        QCOMPARE(*range, std::pair(low, high));
}

void TestLand::cliJson()
{
    m_doc.reset(); // every edit is in the file
    m_project = nullptr;
    const QByteArray before = TestUtils::sha256(m_path);
    const auto match = TestUtils::run(
        TestUtils::cliPath(),
        {QStringLiteral("match"), m_path, QStringLiteral("--area"), QStringLiteral("50-120"),
         QStringLiteral("--use"), QStringLiteral("工业"), QStringLiteral("--chain"),
         QStringLiteral("新能源"), QStringLiteral("--unit"), QStringLiteral("甲县"),
         QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--today"),
         QStringLiteral("2022-12-15"), QStringLiteral("--json")});
    QVERIFY2(match.exitCode == 0, match.err.constData());
    const QJsonObject result = QJsonDocument::fromJson(match.out).object();
    const QJsonArray parcels = result.value(QStringLiteral("parcels")).toArray();
    QCOMPARE(parcels.size(), 2);
    const QJsonObject best = parcels.first().toObject();
    QCOMPARE(best.value(QStringLiteral("code")).toString(), QStringLiteral("M-86"));
    QCOMPARE(best.value(QStringLiteral("area_mu")).toDouble(), 86.0);
    QCOMPARE(best.value(QStringLiteral("status")).toString(), QStringLiteral("储备"));
    QCOMPARE(best.value(QStringLiteral("score")).toDouble(), 100.0);
    QCOMPARE(best.value(QStringLiteral("reasons")).toArray().first().toString(),
             QStringLiteral("面积 86 亩 ✓ 50–120"));
    QVERIFY(!result.value(QStringLiteral("combinations")).toArray().isEmpty());

    const auto land = TestUtils::run(TestUtils::cliPath(),
                                     {QStringLiteral("land"), m_path, QStringLiteral("--year"),
                                      QStringLiteral("2022"), QStringLiteral("--candidates"),
                                      QStringLiteral("--json")});
    QVERIFY2(land.exitCode == 0, land.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(land.out).object();
    const QJsonObject jia = report.value(QStringLiteral("units")).toArray().first().toObject();
    QCOMPARE(jia.value(QStringLiteral("unit")).toString(), QStringLiteral("甲县"));
    QCOMPARE(jia.value(QStringLiteral("target_mu")).toDouble(), 100.0);
    QCOMPARE(jia.value(QStringLiteral("idle"))
                 .toObject()
                 .value(QStringLiteral("投而未达"))
                 .toObject()
                 .value(QStringLiteral("area_mu"))
                 .toDouble(),
             40.0);
    QCOMPARE(jia.value(QStringLiteral("grades")).toObject().value(QStringLiteral("D")).toInt(), 1);
    QCOMPARE(jia.value(QStringLiteral("standard_missing")).toArray().size(), 1);
    QCOMPARE(report.value(QStringLiteral("candidates")).toArray().size(), 2);
    QCOMPARE(TestUtils::sha256(m_path), before); // reading never writes
}

QTEST_GUILESS_MAIN(TestLand)
#include "tst_land.moc"
