// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demobuilder.h"
#include "core/domain/domain.h"
#include "core/project/validator.h"
#include "core/storage/gpkggeometry.h"
#include "core/storage/projectfile.h"
#include "testutils.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <ogr_geometry.h>

// The demo project is what every new user sees first and what presenters show: check it looks
// like a real Lishui bureau's data and counts the way the source articles do.
class TestDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void counts();
    void everyUnitHasParks();
    void everyLishuiFactIsThere();
    void parcelsLookReal();
    void projectsLookReal();
    void isClean();
    void isDeterministic();
    void passesGdalValidator();
    void ogrinfoListsEveryLayer();
    void refusesToOverwrite();

private:
    qint64 count(const QString &sql);
    QStringList csvColumn(const QString &file, const QString &column, const QString &filterColumn,
                          const QString &filterValue);
    QString tableDump(const QString &path);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ProjectFile> m_project;
};

void TestDemo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.gpkg"));
    const Status written = DemoBuilder::write(m_path);
    QVERIFY2(written, qPrintable(written.errorMessage()));
    auto project = ProjectFile::open(m_path);
    QVERIFY2(project, qPrintable(project.errorMessage()));
    m_project = project.takeValue();
}

qint64 TestDemo::count(const QString &sql)
{
    auto value = m_project->db().scalar(sql);
    return value ? value->toLongLong() : -1;
}

QStringList TestDemo::csvColumn(const QString &file, const QString &column,
                                const QString &filterColumn, const QString &filterValue)
{
    QFile csv(TestUtils::sourceDir() + QStringLiteral("/resources/demo/") + file);
    if (!csv.open(QIODevice::ReadOnly))
        return {};
    QTextStream in(&csv);
    const QStringList header = in.readLine().split(QLatin1Char(','));
    QStringList values;
    while (!in.atEnd()) {
        const QStringList fields = in.readLine().split(QLatin1Char(','));
        if (fields.value(header.indexOf(filterColumn)) == filterValue)
            values << fields.value(header.indexOf(column));
    }
    return values;
}

void TestDemo::counts()
{
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM units")), 10);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM units WHERE kind = 'zone' "
                                  "AND name = '丽水经济技术开发区'")),
             1);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM parcels")) >= 300);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM projects")) >= 150);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM enclaves")),
             qint64(csvColumn(QStringLiteral("enclaves.csv"), QStringLiteral("name"),
                              QStringLiteral("home_city"), QStringLiteral("丽水市"))
                        .size()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM targets")),
             qint64(csvColumn(QStringLiteral("targets.csv"), QStringLiteral("metric"),
                              QStringLiteral("city"), QStringLiteral("丽水市"))
                        .size()));
}

void TestDemo::everyUnitHasParks()
{
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM units u WHERE (SELECT count(*) FROM parks "
                                  "p WHERE p.unit_id = u.fid) NOT BETWEEN 1 AND 3")),
             0);
    for (const QString &name :
         {QStringLiteral("丽缙高新区"), QStringLiteral("缙云经济开发区"),
          QStringLiteral("浙江松阳经济开发区"), QStringLiteral("赤寿生态工业区"),
          QStringLiteral("景宁民族创业园"), QStringLiteral("云景生态产业园")}) {
        auto found = m_project->db().scalar(
            QStringLiteral("SELECT count(*) FROM parks WHERE name = ?1"), {name});
        QVERIFY2(found && found->toInt() == 1, qPrintable(name));
    }
    // Each park lies inside its unit.
    auto stmt = m_project->db().prepare(QStringLiteral(
        "SELECT p.name, p.geom, u.geom FROM parks p JOIN units u ON u.fid = p.unit_id"));
    QVERIFY(stmt);
    for (;;) {
        const SqliteStep row = stmt->step();
        QVERIFY2(!row.failed(), qPrintable(row.errorMessage()));
        if (!row.hasRow())
            break;
        auto park = GpkgGeometry::decode(stmt->blob(1));
        auto unit = GpkgGeometry::decode(stmt->blob(2));
        QVERIFY(park && unit);
        QVERIFY2(unit->Contains(park.get()), qPrintable(stmt->text(0)));
    }
}

void TestDemo::everyLishuiFactIsThere()
{
    for (const QString &name : csvColumn(QStringLiteral("projects.csv"), QStringLiteral("name"),
                                         QStringLiteral("city"), QStringLiteral("丽水市"))) {
        auto found = m_project->db().scalar(
            QStringLiteral("SELECT count(*) FROM projects WHERE name = ?1"), {name});
        QVERIFY2(found && found->toInt() == 1, qPrintable(name));
    }
    // 缙云县 runs sites in 上海, 杭州 and 深圳.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM enclaves e JOIN units u ON "
                                  "u.fid = e.home_unit_id WHERE u.name = '缙云县' AND "
                                  "e.host_place IN ('上海','杭州','深圳')")),
             3);
    QCOMPARE(count(QStringLiteral("SELECT value FROM targets t JOIN units u ON u.fid = t.unit_id "
                                  "WHERE u.name = '青田县' AND t.metric = 'projects_ge_1yi'")),
             20);
}

void TestDemo::parcelsLookReal()
{
    for (const QString &status : Domain::codes(Domain::parcelStatuses())) {
        auto n = m_project->db().scalar(
            QStringLiteral("SELECT count(*) FROM parcels WHERE status = ?1"), {status});
        QVERIFY2(n && n->toInt() >= 5, qPrintable(status));
    }
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM parcels WHERE area_mu < 10 OR area_mu > 500 "
                             "OR area_mu IS NULL")),
        0);
    // Every category of idle and low-efficiency land is there, each with the date it began and
    // a finding in the history on that date.
    for (const QString &category : Domain::codes(Domain::idleCategories())) {
        auto n = m_project->db().scalar(
            QStringLiteral("SELECT count(*) FROM parcels WHERE idle_category = ?1"), {category});
        QVERIFY2(n && n->toInt() >= 2, qPrintable(category));
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM parcels WHERE idle_category IS NOT NULL "
                                  "AND NOT EXISTS (SELECT 1 FROM parcel_events e WHERE "
                                  "e.parcel_id = parcels.fid AND e.kind = 'category' AND "
                                  "e.event_date = parcels.idle_since AND e.category = "
                                  "parcels.idle_category)")),
             0);
    // The history ends in the parcel's status, on its status date.
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM parcels p WHERE p.status_date IS NULL OR NOT EXISTS "
                 "(SELECT 1 FROM parcel_events e WHERE e.parcel_id = p.fid AND e.kind = 'status' "
                 "AND e.status = p.status AND e.event_date = p.status_date)")),
             0);
    // Producing plots below their standard pay less than the usual 10 万元/亩.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM parcels WHERE idle_category = "
                                  "'producing_below' AND NOT tax_per_mu < 10")),
             0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM parcels WHERE grade = 'A'")) >= 3);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM parcels WHERE grade = 'D'")) >= 3);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM parcel_yearly")) >= 100);
    // 标准地 sold with commitments, some of them due by the demo's today.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM parcels WHERE standard_land = 1 AND "
                                 "commit_deadline <= '2023-12-31'"))
            >= 5);
    // 龙泉 revitalised a little less than its 500 亩 target in 2022, 青田 more than its 1000.
    auto revitalised = [&](const char *unit) {
        auto mu = m_project->db().scalar(
            QStringLiteral("SELECT total(e.area_mu) FROM parcel_events e JOIN parcels p ON p.fid "
                           "= e.parcel_id JOIN parks k ON k.fid = p.park_id JOIN units u ON u.fid "
                           "= k.unit_id WHERE e.kind = 'revitalised' AND e.event_date LIKE "
                           "'2022-%' AND u.name = ?1"),
            {QString::fromUtf8(unit)});
        return mu ? mu->toDouble() : -1;
    };
    const double longquan = revitalised("龙泉市"), qingtian = revitalised("青田县");
    QVERIFY2(longquan > 300 && longquan < 500, qPrintable(QString::number(longquan)));
    QVERIFY2(qingtian >= 1000, qPrintable(QString::number(qingtian)));
    // The recorded area matches the geometry measured on the ellipsoid-true projected plane.
    auto stmt
        = m_project->db().prepare(QStringLiteral("SELECT geom, area_mu FROM parcels LIMIT 20"));
    QVERIFY(stmt);
    OGRSpatialReference geographic, gaussKruger;
    geographic.importFromEPSG(4490);
    geographic.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    gaussKruger.importFromEPSG(4549);
    gaussKruger.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> transform(
        OGRCreateCoordinateTransformation(&geographic, &gaussKruger));
    for (;;) {
        const SqliteStep row = stmt->step();
        QVERIFY2(!row.failed(), qPrintable(row.errorMessage()));
        if (!row.hasRow())
            break;
        auto geometry = GpkgGeometry::decode(stmt->blob(0));
        QVERIFY(geometry);
        geometry->transform(transform.get());
        const double mu = geometry->toMultiPolygon()->get_Area() / Domain::kSquareMetresPerMu;
        QVERIFY2(qAbs(mu - stmt->real(1)) < 0.05, qPrintable(QString::number(mu)));
    }
    // Parcels sit inside parks.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM parcels WHERE park_id IS NULL")), 0);
}

void TestDemo::projectsLookReal()
{
    // Tiers are inclusive: 亿元以上 means ≥ 1 亿元 = 10 000 万元.
    const qint64 atLeast1 = count(QStringLiteral("SELECT count(*) FROM projects WHERE "
                                                 "investment_wan >= 10000"));
    const qint64 between1And5
        = count(QStringLiteral("SELECT count(*) FROM projects WHERE "
                               "investment_wan >= 10000 AND investment_wan < 50000"));
    const qint64 atLeast50 = count(QStringLiteral("SELECT count(*) FROM projects WHERE "
                                                  "investment_wan >= 500000"));
    QVERIFY(between1And5 > atLeast1 / 3);
    QVERIFY(atLeast50 >= 1);
    QVERIFY(atLeast50 < atLeast1 / 10);
    for (const QString &stage : Domain::codes(Domain::stages())) {
        auto n = m_project->db().scalar(
            QStringLiteral("SELECT count(*) FROM projects WHERE stage = ?1"), {stage});
        QVERIFY2(n && n->toInt() >= 1, qPrintable(stage));
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM projects WHERE lead_date < '2021-01-01' OR "
                                  "lead_date > '2023-12-31'")),
             0);
    // Chains are the real ones of the region.
    for (const QString &chain :
         {QStringLiteral("半导体"), QStringLiteral("新能源"), QStringLiteral("数字经济"),
          QStringLiteral("生物医药"), QStringLiteral("汽车零部件"), QStringLiteral("特种钢")}) {
        auto n = m_project->db().scalar(
            QStringLiteral("SELECT count(*) FROM projects WHERE chain = ?1"), {chain});
        QVERIFY2(n && n->toInt() >= 1, qPrintable(chain));
    }
    // Every stage change is in the activity log.
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM projects p WHERE NOT EXISTS (SELECT 1 FROM "
                             "project_events e WHERE e.project_id = p.fid AND e.kind = 'stage' "
                             "AND e.stage = p.stage)")),
        0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM project_parcels")) >= 30);
}

void TestDemo::isClean()
{
    const QStringList problems = Validator::check(*m_project);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QString TestDemo::tableDump(const QString &path)
{
    auto project = ProjectFile::open(path);
    if (!project)
        return project.errorMessage();
    QString dump;
    for (const QString &table :
         {QStringLiteral("units"), QStringLiteral("parks"), QStringLiteral("enclaves"),
          QStringLiteral("parcels"), QStringLiteral("projects"), QStringLiteral("project_events"),
          QStringLiteral("project_parcels"), QStringLiteral("targets"),
          QStringLiteral("parcel_events"), QStringLiteral("parcel_yearly")}) {
        auto stmt
            = (*project)->db().prepare(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
        if (!stmt)
            return stmt.errorMessage();
        Status done = stmt->forEachRow([&] {
            for (int c = 0; c < stmt->columnCount(); ++c)
                dump += stmt->value(c).toString() + QLatin1Char('|');
            dump += QLatin1Char('\n');
        });
        if (!done)
            return done.errorMessage();
    }
    return dump;
}

void TestDemo::isDeterministic()
{
    const QString second = m_dir.filePath(QStringLiteral("demo2.gpkg"));
    QVERIFY(DemoBuilder::write(second));
    const QString a = tableDump(m_path), b = tableDump(second);
    QVERIFY(a.size() > 10000);
    QCOMPARE(a, b);
}

void TestDemo::passesGdalValidator()
{
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFile::exists(python))
        QSKIP("Debian's python3-gdal is not installed");
    m_project.reset(); // fold the WAL in: the validator reads the main file
    const auto result
        = TestUtils::run(python, {QStringLiteral("-m"),
                                  QStringLiteral("osgeo_utils.samples.validate_gpkg"), m_path});
    QVERIFY2(result.exitCode == 0, (result.out + result.err).constData());
    m_project = ProjectFile::open(m_path).takeValue();
}

void TestDemo::ogrinfoListsEveryLayer()
{
    const auto result = TestUtils::run(QStringLiteral("ogrinfo"),
                                       {QStringLiteral("-ro"), QStringLiteral("-q"), m_path});
    if (result.exitCode == -1)
        QSKIP("ogrinfo (gdal-bin) is not installed");
    QCOMPARE(result.exitCode, 0);
    const QString listing = QString::fromUtf8(result.out);
    for (const QString &layer :
         {QStringLiteral("units (Multi Polygon)"), QStringLiteral("parks (Multi Polygon)"),
          QStringLiteral("enclaves (Point)"), QStringLiteral("parcels (Multi Polygon)"),
          QStringLiteral("projects (Point)"), QStringLiteral("project_events"),
          QStringLiteral("project_parcels"), QStringLiteral("targets"), QStringLiteral("map_views"),
          QStringLiteral("import_presets"), QStringLiteral("parcel_events"),
          QStringLiteral("parcel_yearly"), QStringLiteral("land_grading")})
        QVERIFY2(listing.contains(layer),
                 qPrintable(layer + QStringLiteral(" missing in:\n") + listing));
}

void TestDemo::refusesToOverwrite()
{
    const QByteArray before = TestUtils::sha256(m_path);
    QVERIFY(!DemoBuilder::write(m_path));
    QCOMPARE(TestUtils::sha256(m_path), before);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
