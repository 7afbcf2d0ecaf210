// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/parcelcommands.h"
#include "core/commands/parcelshapes.h"
#include "core/domain/domain.h"
#include "core/domain/landgrade.h"
#include "core/domain/parcellifecycle.h"
#include "core/geometry/geodesic.h"
#include "core/project/lookups.h"
#include "core/project/projectdocument.h"
#include "core/project/validator.h"
#include "core/stats/statsengine.h"
#include "core/storage/gpkggeometry.h"
#include "core/storage/projectfile.h"
#include "landtestutils.h"
#include "tabledump.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <ogr_geometry.h>

// Parcels through their lives: status changes and idle-land findings with dates and history,
// revitalisation counted, grades at their lines, 标准地 commitments at the deadline, and every
// edit of attributes, figures and shapes undone to exactly what was there.
class TestParcels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void transitions_data();
    void transitions();
    void statusChangesAreHistory();
    void categoryEndsWhenTheLandMovesOn();
    void revitalisedLandIsCounted();
    void gradeLines_data();
    void gradeLines();
    void figuresRegradeAndUndo();
    void unitLinesRegradeItsParcels();
    void commitmentsAtTheDeadline();
    void attributesKeepTheirRules();
    void drawAndRefuse();
    void splitKeepsTotalsAndUndoes();
    void mergeTakesEverythingAndUndoes();
    void deleteAndUndo();
    void reshapeFollowsMeasuredArea();
    void linksAndPoint();

private:
    QString dump();
    qint64 parcel(const QString &code, double x, double y, double w, double h,
                  const QVariantMap &values);
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_doc;
    ProjectFile *m_project = nullptr;
    qint64 m_a = 0, m_b = 0, m_c = 0;
};

using LandTest::at;
using LandTest::rect;

namespace {

const QString kAuthor = QStringLiteral("测试");

} // namespace

qint64 TestParcels::parcel(const QString &code, double x, double y, double w, double h,
                           const QVariantMap &values)
{
    QVariantMap row = values;
    row.insert(QStringLiteral("code"), code);
    row.insert(QStringLiteral("park_id"), 1);
    const auto shape = rect(x, y, w, h);
    if (!row.contains(QStringLiteral("area_mu")))
        row.insert(QStringLiteral("area_mu"),
                   std::round(Geodesic::areaM2(*shape) / Domain::kSquareMetresPerMu * 100) / 100);
    auto fid = m_project->insertFeature(QStringLiteral("parcels"), shape.get(), row);
    return fid ? *fid : -1;
}

void TestParcels::init()
{
    const QString path = m_dir.filePath(QStringLiteral("land.gpkg"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    auto created = ProjectFile::create(path);
    QVERIFY2(created, qPrintable(created.errorMessage()));
    m_doc = std::make_unique<ProjectDocument>(created.takeValue());
    m_project = &m_doc->store();
    QVERIFY(m_project->insertFeature(QStringLiteral("units"), nullptr,
                                     {{QStringLiteral("name"), QStringLiteral("甲县")},
                                      {QStringLiteral("kind"), QStringLiteral("county")}}));
    QVERIFY(m_project->insertFeature(QStringLiteral("parks"), nullptr,
                                     {{QStringLiteral("name"), QStringLiteral("甲县开发区")},
                                      {QStringLiteral("kind"), QStringLiteral("edz")},
                                      {QStringLiteral("unit_id"), 1}}));
    // Three 200 m × 100 m plots (30 亩) side by side, sharing edges.
    m_a = parcel(QStringLiteral("A"), 0, 0, 200, 100,
                 {{QStringLiteral("status"), QStringLiteral("reserve")},
                  {QStringLiteral("status_date"), QStringLiteral("2021-01-01")}});
    m_b = parcel(QStringLiteral("B"), 200, 0, 200, 100,
                 {{QStringLiteral("status"), QStringLiteral("transferred")},
                  {QStringLiteral("status_date"), QStringLiteral("2021-06-01")},
                  {QStringLiteral("owner"), QStringLiteral("乙公司")}});
    m_c = parcel(QStringLiteral("C"), 400, 0, 200, 100,
                 {{QStringLiteral("status"), QStringLiteral("transferred")},
                  {QStringLiteral("status_date"), QStringLiteral("2021-06-01")}});
    QVERIFY(m_a > 0 && m_b > 0 && m_c > 0);
    QVERIFY(m_project->insertFeature(QStringLiteral("projects"), nullptr,
                                     {{QStringLiteral("name"), QStringLiteral("丙项目")},
                                      {QStringLiteral("stage"), QStringLiteral("land")},
                                      {QStringLiteral("signed_date"), QStringLiteral("2021-01-01")},
                                      {QStringLiteral("confidential"), 0}}));
    QVERIFY(m_project->insertRow(
        QStringLiteral("project_parcels"),
        {{QStringLiteral("project_id"), 1}, {QStringLiteral("parcel_id"), m_b}}));
}

void TestParcels::cleanup()
{
    m_project = nullptr;
    m_doc.reset();
}

QString TestParcels::dump()
{
    return TestUtils::tableDump(*m_project,
                                {QStringLiteral("parcels"), QStringLiteral("parcel_events"),
                                 QStringLiteral("parcel_yearly"), QStringLiteral("project_parcels"),
                                 QStringLiteral("land_grading"), QStringLiteral("projects")});
}

void TestParcels::transitions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("one step") << "reserve"
                              << "listed" << true;
    QTest::newRow("sold without a listing on record") << "reserve"
                                                      << "transferred" << true;
    QTest::newRow("taken back") << "transferred"
                                << "reserve" << true;
    QTest::newRow("loses its standard") << "standard"
                                        << "producing" << true;
    QTest::newRow("built back to sold") << "construction"
                                        << "transferred" << false;
    QTest::newRow("producing back to listed") << "producing"
                                              << "listed" << false;
    QTest::newRow("unknown") << "reserve"
                             << "idle" << false;
}

void TestParcels::transitions()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    QCOMPARE(ParcelLifecycle::transitionProblem(from, to).isEmpty(), allowed);
}

void TestParcels::statusChangesAreHistory()
{
    const QString before = dump();
    QVERIFY(ParcelCommands::changeStatus(*m_doc, m_a, QStringLiteral("listed"), QDate(2021, 5, 1),
                                         kAuthor));
    QVERIFY(ParcelCommands::changeStatus(*m_doc, m_a, QStringLiteral("transferred"),
                                         QDate(2021, 9, 1), kAuthor, QStringLiteral("摘牌")));
    auto history = Lookups::parcelEvents(*m_project, m_a);
    QVERIFY(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).status, QStringLiteral("transferred"));
    QCOMPARE(history->at(0).date, QStringLiteral("2021-09-01"));
    QCOMPARE(history->at(0).text, QStringLiteral("摘牌"));
    QCOMPARE(history->at(0).author, kAuthor);
    QCOMPARE(history->at(1).status, QStringLiteral("listed"));
    QCOMPARE(m_project->db()
                 .scalar(QStringLiteral("SELECT status_date FROM parcels WHERE fid = ?1"), {m_a})
                 .value()
                 .toString(),
             QStringLiteral("2021-09-01"));
    // Back to listed, dated before the sale, the same status again: refused, nothing written.
    const QString sold = dump();
    QVERIFY(!ParcelCommands::changeStatus(*m_doc, m_a, QStringLiteral("listed"), QDate(2022, 1, 1),
                                          kAuthor));
    QVERIFY(!ParcelCommands::changeStatus(*m_doc, m_a, QStringLiteral("construction"),
                                          QDate(2021, 8, 31), kAuthor));
    QVERIFY(!ParcelCommands::changeStatus(*m_doc, m_a, QStringLiteral("transferred"),
                                          QDate(2022, 1, 1), kAuthor));
    QVERIFY(!ParcelCommands::changeStatus(*m_doc, m_a, QStringLiteral("construction"), QDate(),
                                          kAuthor));
    QCOMPARE(dump(), sold);
    QCOMPARE(m_doc->undoStack().count(), 2);
    m_doc->undoStack().undo();
    m_doc->undoStack().undo();
    QCOMPARE(dump(), before);
    m_doc->undoStack().redo();
    m_doc->undoStack().redo();
    QCOMPARE(dump(), sold);
}

void TestParcels::categoryEndsWhenTheLandMovesOn()
{
    const QString before = dump();
    // 供而未用 fits sold land; 建而未投 does not.
    QVERIFY(!ParcelCommands::setCategory(*m_doc, m_b, QStringLiteral("built_not_producing"),
                                         QDate(2022, 1, 1), kAuthor));
    QVERIFY(ParcelCommands::setCategory(*m_doc, m_b, QStringLiteral("supplied_unused"),
                                        QDate(2022, 1, 1), kAuthor));
    QCOMPARE(m_project->db()
                 .scalar(QStringLiteral("SELECT idle_category || idle_since FROM "
                                        "parcels WHERE fid = ?1"),
                         {m_b})
                 .value()
                 .toString(),
             QStringLiteral("supplied_unused2022-01-01"));
    // Construction starts: the idle land is revitalised on the same day, with its area.
    QVERIFY(ParcelCommands::changeStatus(*m_doc, m_b, QStringLiteral("construction"),
                                         QDate(2022, 7, 1), kAuthor));
    auto history = Lookups::parcelEvents(*m_project, m_b);
    QVERIFY(history);
    QCOMPARE(history->size(), 3);
    const Lookups::ParcelEvent &revitalised
        = history->at(0).kind == QLatin1String("revitalised") ? history->at(0) : history->at(1);
    QCOMPARE(revitalised.kind, QStringLiteral("revitalised"));
    QCOMPARE(revitalised.category, QStringLiteral("supplied_unused"));
    QCOMPARE(revitalised.date, QStringLiteral("2022-07-01"));
    QVERIFY(std::abs(*revitalised.areaMu - 30.0) < 0.01);
    QVERIFY(m_project->db()
                .scalar(QStringLiteral("SELECT idle_category FROM parcels WHERE fid = ?1"), {m_b})
                .value()
                .isNull());
    QVERIFY(Validator::check(*m_project).isEmpty());
    m_doc->undoStack().undo();
    m_doc->undoStack().undo();
    QCOMPARE(dump(), before);
}

void TestParcels::revitalisedLandIsCounted()
{
    QVERIFY(m_project->insertRow(
        QStringLiteral("targets"),
        {{QStringLiteral("unit_id"), 1},
         {QStringLiteral("year"), 2022},
         {QStringLiteral("metric"), QStringLiteral("idle_land_revitalized_mu")},
         {QStringLiteral("value"), 50.0}}));
    QVERIFY(ParcelCommands::setCategory(*m_doc, m_b, QStringLiteral("supplied_unused"),
                                        QDate(2021, 12, 1), kAuthor));
    QVERIFY(ParcelCommands::setCategory(*m_doc, m_c, QStringLiteral("supplied_unused"),
                                        QDate(2021, 12, 1), kAuthor));
    // Revitalised in 2022 by a plain finding; in 2023 by construction: 2022 counts one plot.
    QVERIFY(ParcelCommands::setCategory(*m_doc, m_b, QString(), QDate(2022, 3, 15), kAuthor));
    QVERIFY(!ParcelCommands::setCategory(*m_doc, m_b, QString(), QDate(2022, 3, 16), kAuthor));
    QVERIFY(ParcelCommands::changeStatus(*m_doc, m_c, QStringLiteral("construction"),
                                         QDate(2023, 2, 1), kAuthor));
    auto rows = StatsEngine::scorecard(*m_project, StatsPeriod::wholeYear(2022));
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QVERIFY(rows->first().actual);
    QVERIFY(std::abs(*rows->first().actual - 30.0) < 0.01);
    QVERIFY(rows->first().onTrack && !*rows->first().onTrack); // 30 of 50
    auto next = StatsEngine::compute(*m_project, StatsPeriod::wholeYear(2023));
    QVERIFY(next);
    const Metrics::Metric *metric = Metrics::find(QStringLiteral("idle_land_revitalized_mu"));
    QVERIFY(std::abs(*next->value(*metric, 1) - 30.0) < 0.01);
    // Land supplied follows the parcels' sales once they record any.
    QVERIFY(ParcelCommands::changeStatus(*m_doc, m_a, QStringLiteral("transferred"),
                                         QDate(2023, 5, 1), kAuthor));
    auto supplied = StatsEngine::compute(*m_project, StatsPeriod::wholeYear(2023));
    QVERIFY(supplied);
    QVERIFY(std::abs(*supplied->value(*Metrics::find(QStringLiteral("land_supplied_mu")), 1) - 30)
            < 0.01);
}

void TestParcels::gradeLines_data()
{
    QTest::addColumn<double>("tax");
    QTest::addColumn<QString>("grade");
    QTest::newRow("30 is A") << 30.0 << "A";
    QTest::newRow("just below 30 is B") << 29.999 << "B";
    QTest::newRow("10 is B") << 10.0 << "B";
    QTest::newRow("just below 10 is C") << 9.999 << "C";
    QTest::newRow("5 is C") << 5.0 << "C";
    QTest::newRow("just below 5 is D") << 4.999 << "D";
    QTest::newRow("nothing paid is D") << 0.0 << "D";
}

void TestParcels::gradeLines()
{
    QFETCH(double, tax);
    QFETCH(QString, grade);
    const GradeThresholds lines;
    QCOMPARE(LandGrade::grade(lines, tax), grade);
    QVERIFY(LandGrade::belowRenewalLine(lines, tax) == (tax < 10));
    // With output lines the lower grade counts.
    GradeThresholds both = lines;
    both.outputA = 500;
    both.outputB = 300;
    both.outputC = 150;
    QVERIFY(both.isValid());
    QCOMPARE(LandGrade::grade(both, tax, 1000.0), grade);
    QCOMPARE(LandGrade::grade(both, tax, 100.0), QStringLiteral("D"));
    QCOMPARE(LandGrade::grade(both, tax, std::nullopt), QStringLiteral("D"));
    QCOMPARE(LandGrade::grade(lines, std::nullopt), QString());
    GradeThresholds wrong;
    wrong.taxB = 40;
    QVERIFY(!wrong.isValid());
}

void TestParcels::figuresRegradeAndUndo()
{
    const QString before = dump();
    auto grade = [&] {
        return m_project->db()
            .scalar(QStringLiteral("SELECT grade FROM parcels WHERE fid = ?1"), {m_b})
            .value()
            .toString();
    };
    const double area = 30.0;
    // Exactly 10 万元/亩 in 2022: B. 2023 is the latest year: 9.99 万元/亩, C.
    QVERIFY(ParcelCommands::setYearFigures(*m_doc, m_b, 2022,
                                           {{QStringLiteral("tax_wan"), 10 * area}}));
    QCOMPARE(grade(), QStringLiteral("B"));
    QVERIFY(ParcelCommands::setYearFigures(
        *m_doc, m_b, 2023,
        {{QStringLiteral("tax_wan"), 9.99 * area}, {QStringLiteral("output_wan"), 2000.0}}));
    QCOMPARE(grade(), QStringLiteral("C"));
    QVERIFY(ParcelCommands::setYearFigures(*m_doc, m_b, 2023,
                                           {{QStringLiteral("tax_wan"), 31 * area}}));
    QCOMPARE(grade(), QStringLiteral("A"));
    QVERIFY(
        !ParcelCommands::setYearFigures(*m_doc, m_b, 2023, {{QStringLiteral("tax_wan"), -1.0}}));
    QVERIFY(!ParcelCommands::setYearFigures(*m_doc, m_b, 2023, {{QStringLiteral("rent"), 1.0}}));
    // Removing 2023 leaves 2022's B.
    QVERIFY(ParcelCommands::setYearFigures(
        *m_doc, m_b, 2023,
        {{QStringLiteral("tax_wan"), QVariant()}, {QStringLiteral("output_wan"), QVariant()}}));
    QCOMPARE(grade(), QStringLiteral("B"));
    QVERIFY(Validator::check(*m_project).isEmpty());
    while (m_doc->undoStack().canUndo())
        m_doc->undoStack().undo();
    QCOMPARE(dump(), before);
}

void TestParcels::unitLinesRegradeItsParcels()
{
    QVERIFY(ParcelCommands::setYearFigures(*m_doc, m_b, 2022,
                                           {{QStringLiteral("tax_wan"), 11 * 30.0}}));
    const QString before = dump();
    GradeThresholds lines;
    lines.taxB = 12;
    QVERIFY(ParcelCommands::setGradeThresholds(*m_doc, 1, lines));
    QCOMPARE(m_project->db()
                 .scalar(QStringLiteral("SELECT grade FROM parcels WHERE fid = ?1"), {m_b})
                 .value()
                 .toString(),
             QStringLiteral("C"));
    auto stored = Lookups::gradeThresholds(*m_project, 1);
    QVERIFY(stored && *stored == lines);
    GradeThresholds wrong;
    wrong.taxC = 50;
    QVERIFY(!ParcelCommands::setGradeThresholds(*m_doc, 1, wrong));
    QVERIFY(Validator::check(*m_project).isEmpty());
    m_doc->undoStack().undo();
    QCOMPARE(dump(), before);
}

void TestParcels::commitmentsAtTheDeadline()
{
    const QDate deadline(2023, 6, 30);
    QVERIFY(!StandardLand::isDue(deadline, deadline)); // still has the day
    QVERIFY(StandardLand::isDue(deadline, deadline.addDays(1)));
    QVERIFY(!StandardLand::isDue(QDate(), deadline));
    const Commitment committed{300.0, 1.5, 20.0, deadline};
    QVERIFY(StandardLand::missed(committed, {2023, 300.0, 1.5, 20.0}).isEmpty()); // exactly met
    QCOMPARE(StandardLand::missed(committed, {2023, 299.0, 1.6, 19.9}),
             (QList<StandardLand::Item>{StandardLand::Item::Investment, StandardLand::Item::Tax}));
    QCOMPARE(StandardLand::missed(committed, {}).size(), 3); // no figures misses everything
    QVERIFY(
        StandardLand::missed(Commitment{{}, {}, 10.0, deadline}, {2023, {}, {}, 12.0}).isEmpty());
}

void TestParcels::attributesKeepTheirRules()
{
    const QString before = dump();
    QVERIFY(!ParcelCommands::editParcel(*m_doc, m_a,
                                        {{QStringLiteral("status"), QStringLiteral("producing")}}));
    QVERIFY(!ParcelCommands::editParcel(
        *m_doc, m_a, {{QStringLiteral("far_min"), 2.0}, {QStringLiteral("far_max"), 1.5}}));
    QVERIFY(!ParcelCommands::editParcel(*m_doc, m_a, {{QStringLiteral("price_per_mu"), -3.0}}));
    QVERIFY(!ParcelCommands::editParcel(*m_doc, m_a,
                                        {{QStringLiteral("land_use"), QStringLiteral("farm")}}));
    QCOMPARE(dump(), before);
    QVERIFY(ParcelCommands::editParcel(*m_doc, m_a,
                                       {{QStringLiteral("far_min"), 1.0},
                                        {QStringLiteral("far_max"), 2.5},
                                        {QStringLiteral("price_per_mu"), 22.5},
                                        {QStringLiteral("standard_land"), 1},
                                        {QStringLiteral("commit_tax_per_mu"), 20.0}}));
    // A recorded tax per mu grades a plot without yearly figures.
    QVERIFY(ParcelCommands::editParcel(*m_doc, m_a, {{QStringLiteral("tax_per_mu"), 4.0}}));
    QCOMPARE(m_project->db()
                 .scalar(QStringLiteral("SELECT grade FROM parcels WHERE fid = ?1"), {m_a})
                 .value()
                 .toString(),
             QStringLiteral("D"));
    m_doc->undoStack().undo();
    m_doc->undoStack().undo();
    QCOMPARE(dump(), before);
}

void TestParcels::drawAndRefuse()
{
    const QString before = dump();
    const QVariantMap values{{QStringLiteral("code"), QStringLiteral("D")},
                             {QStringLiteral("status"), QStringLiteral("reserve")},
                             {QStringLiteral("park_id"), 1}};
    // Overlapping A by 20 m, a bow tie, a code in use: refused.
    QVERIFY(!ParcelShapes::addParcel(*m_doc, values, *rect(-20, 80, 100, 100).get(),
                                     QDate(2023, 1, 1), kAuthor));
    const auto overlap = rect(180, 0, 100, 100);
    auto refused = ParcelShapes::addParcel(*m_doc, values, *overlap, QDate(2023, 1, 1), kAuthor);
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("A")),
             qPrintable(refused.errorMessage()));
    const auto bowTie
        = ParcelGeometry::fromRing({at(0, 200), at(50, 250), at(50, 200), at(0, 250)});
    QVERIFY(!ParcelShapes::addParcel(*m_doc, values, *bowTie, QDate(2023, 1, 1), kAuthor));
    QVariantMap taken = values;
    taken.insert(QStringLiteral("code"), QStringLiteral("A"));
    QVERIFY(!ParcelShapes::addParcel(*m_doc, taken, *rect(0, 100, 100, 100), QDate(2023, 1, 1),
                                     kAuthor));
    QCOMPARE(dump(), before);
    // Drawn against A's edge a centimetre off: it snaps on and is stored with its area.
    auto drawn = ParcelShapes::addParcel(
        *m_doc, values,
        *ParcelGeometry::fromRing({at(0, 100.01), at(200.01, 100), at(200, 200), at(0, 200)}),
        QDate(2023, 1, 1), kAuthor);
    QVERIFY2(drawn, qPrintable(drawn.errorMessage()));
    auto area = m_project->db().scalar(QStringLiteral("SELECT area_mu FROM parcels WHERE fid = ?1"),
                                       {*drawn});
    QVERIFY(std::abs(area->toDouble() - 30.0) < 0.01);
    auto history = Lookups::parcelEvents(*m_project, *drawn);
    QCOMPARE(history->size(), 1);
    QVERIFY(Validator::check(*m_project).isEmpty());
    m_doc->undoStack().undo();
    QCOMPARE(dump(), before);
}

void TestParcels::splitKeepsTotalsAndUndoes()
{
    QVERIFY(ParcelCommands::setYearFigures(*m_doc, m_b, 2022,
                                           {{QStringLiteral("tax_wan"), 300.0},
                                            {QStringLiteral("output_wan"), 4000.0},
                                            {QStringLiteral("far"), 1.4}}));
    // A registered area that differs from the shape (31 亩 against 30 measured).
    QVERIFY(ParcelCommands::editParcel(*m_doc, m_b, {{QStringLiteral("area_mu"), 31.0}}));
    const QString before = dump();
    auto split = ParcelShapes::splitParcel(*m_doc, m_b, {at(260, -10), at(260, 110)}, kAuthor);
    QVERIFY2(split, qPrintable(split.errorMessage()));
    QCOMPARE(split->size(), 2);
    QCOMPARE(split->first(), m_b); // the larger piece keeps the parcel
    auto sum = [&](const QString &sql) { return m_project->db().scalar(sql).value().toDouble(); };
    QVERIFY(std::abs(sum(QStringLiteral("SELECT total(area_mu) FROM parcels WHERE code LIKE 'B%'"))
                     - 31.0)
            < 1e-9);
    QVERIFY(std::abs(sum(QStringLiteral("SELECT total(tax_wan) FROM parcel_yearly")) - 300.0)
            < 1e-6);
    QCOMPARE(m_project->db()
                 .scalar(QStringLiteral("SELECT group_concat(code) FROM parcels WHERE code LIKE "
                                        "'B%' ORDER BY fid"))
                 .value()
                 .toString(),
             QStringLiteral("B,B-1"));
    // Every piece stays linked to the project, and has the grade of the whole.
    QCOMPARE(sum(QStringLiteral("SELECT count(*) FROM project_parcels")), 2.0);
    QCOMPARE(sum(QStringLiteral("SELECT count(DISTINCT grade) FROM parcels WHERE code LIKE 'B%'")),
             1.0);
    double measured = 0;
    for (qint64 fid : *split) {
        auto row = ParcelCommands::readParcel(*m_project, fid);
        const QByteArray blob = row->value(QStringLiteral("geom")).toByteArray();
        measured += Geodesic::blobAreaM2(blob.constData(), blob.size());
    }
    QVERIFY(std::abs(measured - 200 * 100) < 1); // 20 000 m², to a square metre
    QVERIFY2(Validator::check(*m_project).isEmpty(),
             qPrintable(Validator::check(*m_project).join(QLatin1Char('\n'))));
    // A line beside the parcel writes nothing.
    const QString cut = dump();
    QVERIFY(!ParcelShapes::splitParcel(*m_doc, m_b, {at(700, -10), at(700, 110)}, kAuthor));
    QCOMPARE(dump(), cut);
    m_doc->undoStack().undo();
    QCOMPARE(dump(), before);
    m_doc->undoStack().redo();
    QCOMPARE(dump(), cut);
}

void TestParcels::mergeTakesEverythingAndUndoes()
{
    QVERIFY(ParcelCommands::setYearFigures(
        *m_doc, m_b, 2022, {{QStringLiteral("tax_wan"), 100.0}, {QStringLiteral("far"), 1.0}}));
    QVERIFY(ParcelCommands::setYearFigures(
        *m_doc, m_c, 2022, {{QStringLiteral("tax_wan"), 500.0}, {QStringLiteral("far"), 2.0}}));
    QVERIFY(
        ParcelCommands::addNote(*m_doc, m_c, QDate(2022, 2, 2), QStringLiteral("踏勘"), kAuthor));
    const QString before = dump();
    // A (储备) and B (已出让) are of different statuses.
    QVERIFY(!ParcelShapes::mergeParcels(*m_doc, {m_a, m_b}, kAuthor));
    auto kept = ParcelShapes::mergeParcels(*m_doc, {m_b, m_c}, kAuthor);
    QVERIFY2(kept, qPrintable(kept.errorMessage()));
    QCOMPARE(*kept, m_b);
    auto value = [&](const QString &sql) { return m_project->db().scalar(sql).value(); };
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM parcels")).toInt(), 2);
    QVERIFY(
        std::abs(value(QStringLiteral("SELECT area_mu FROM parcels WHERE code = 'B'")).toDouble()
                 - 60.0)
        < 0.02);
    QCOMPARE(value(QStringLiteral("SELECT tax_wan FROM parcel_yearly")).toDouble(), 600.0);
    QCOMPARE(value(QStringLiteral("SELECT far FROM parcel_yearly")).toDouble(), 1.5);
    QCOMPARE(
        value(QStringLiteral("SELECT count(*) FROM parcel_events WHERE parcel_id = %1").arg(m_b))
            .toInt(),
        2); // C's note moved over, and the merge itself
    QCOMPARE(value(QStringLiteral("SELECT grade FROM parcels WHERE code = 'B'")).toString(),
             QStringLiteral("B")); // 600 over 60 亩
    QVERIFY(Validator::check(*m_project).isEmpty());
    m_doc->undoStack().undo();
    QCOMPARE(dump(), before);
}

void TestParcels::deleteAndUndo()
{
    QVERIFY(ParcelCommands::setYearFigures(*m_doc, m_b, 2022, {{QStringLiteral("tax_wan"), 1.0}}));
    QVERIFY(ParcelCommands::setCategory(*m_doc, m_b, QStringLiteral("supplied_unused"),
                                        QDate(2022, 1, 1), kAuthor));
    const QString before = dump();
    QVERIFY(ParcelShapes::deleteParcel(*m_doc, m_b));
    QCOMPARE(m_project->db()
                 .scalar(QStringLiteral("SELECT count(*) FROM parcel_events"))
                 .value()
                 .toInt(),
             0);
    QCOMPARE(m_project->db()
                 .scalar(QStringLiteral("SELECT count(*) FROM project_parcels"))
                 .value()
                 .toInt(),
             0);
    m_doc->undoStack().undo();
    QCOMPARE(dump(), before);
}

void TestParcels::reshapeFollowsMeasuredArea()
{
    const QString before = dump();
    // A's registered area was the measured one: it follows the new shape.
    QList<QPointF> ring = ParcelGeometry::outerRing(*rect(0, 0, 200, 100));
    ring[3] = at(0, 150);
    ring[2] = at(200, 150);
    // Into B's land? No: north, where nothing is.
    QVERIFY(ParcelShapes::reshapeParcel(*m_doc, m_a, *ParcelGeometry::fromRing(ring), kAuthor));
    QVERIFY(
        std::abs(m_project->db()
                     .scalar(QStringLiteral("SELECT area_mu FROM parcels WHERE fid = ?1"), {m_a})
                     .value()
                     .toDouble()
                 - 45.0)
        < 0.01);
    // Dragged over B: refused.
    ring[1] = at(260, 0);
    QVERIFY(!ParcelShapes::reshapeParcel(*m_doc, m_a, *ParcelGeometry::fromRing(ring), kAuthor));
    m_doc->undoStack().undo();
    QCOMPARE(dump(), before);
}

void TestParcels::linksAndPoint()
{
    const QString before = dump();
    QVERIFY(ParcelCommands::linkParcels(*m_doc, 1, {m_a, m_c}));
    QCOMPARE(Lookups::linkedParcels(*m_project, 1).value(), (QSet<qint64>{m_a, m_b, m_c}));
    QCOMPARE(m_doc->undoStack().count(), 1);
    QVERIFY(ParcelCommands::linkParcels(*m_doc, 1, {}, {m_b}));
    QCOMPARE(Lookups::linkedParcels(*m_project, 1).value(), (QSet<qint64>{m_a, m_c}));
    QVERIFY(ParcelCommands::moveProjectPoint(*m_doc, 1, at(100, 50)));
    QVERIFY(!ParcelCommands::moveProjectPoint(*m_doc, 1, QPointF(200, 100)));
    auto x = m_project->db().scalar(QStringLiteral("SELECT ST_MinX(geom) FROM projects"));
    QVERIFY(std::abs(x->toDouble() - at(100, 50).x()) < 1e-12);
    while (m_doc->undoStack().canUndo())
        m_doc->undoStack().undo();
    QCOMPARE(dump(), before);
}

QTEST_GUILESS_MAIN(TestParcels)
#include "tst_parcels.moc"
