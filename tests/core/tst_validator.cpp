// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/validator.h"
#include "core/storage/projectfile.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

// Each kind of problem `validate` must report, one broken copy of a clean project each.
class TestValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanProject();
    void reports_data();
    void reports();

private:
    QTemporaryDir m_dir;
};

void TestValidator::cleanProject()
{
    const QString path = TestUtils::copyFixture(QStringLiteral("project-schema1.gpkg"), m_dir);
    auto project = ProjectFile::open(path);
    QVERIFY(project);
    QCOMPARE(Validator::check(**project), QStringList());
}

void TestValidator::reports_data()
{
    QTest::addColumn<QString>("breakage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown stage")
        << QStringLiteral("UPDATE projects SET stage = 'almost'") << QStringLiteral("almost");
    QTest::newRow("construction before signing")
        << QStringLiteral("UPDATE projects SET stage = 'construction', land_date = '2022-07-01', "
                          "construction_date = '2022-01-01'")
        << QStringLiteral("2022-01-01");
    QTest::newRow("production without construction")
        << QStringLiteral("UPDATE projects SET stage = 'production', land_date = '2022-07-01', "
                          "production_date = '2022-12-01'")
        << QStringLiteral("Construction started");
    QTest::newRow("not a date") << QStringLiteral("UPDATE projects SET signed_date = '2022年6月'")
                                << QStringLiteral("2022年6月");
    QTest::newRow("orphan unit") << QStringLiteral("UPDATE projects SET unit_id = 77")
                                 << QStringLiteral("77");
    QTest::newRow("broken foreign key")
        << QStringLiteral("PRAGMA foreign_keys = OFF; INSERT INTO project_events (project_id, "
                          "event_date, kind) VALUES (42, '2023-01-01', 'note')")
        << QStringLiteral("project_events");
    // Parcels (schema 6): a category out of its stretch of the lifecycle, plot-ratio limits the
    // wrong way round, a stored grade its figures do not give, an unknown history kind.
    QTest::newRow("idle category against status")
        << QStringLiteral("INSERT INTO parcels (code, status, area_mu, idle_category) VALUES "
                          "('Q-1', 'producing', 10, 'supplied_unused')")
        << QStringLiteral("Q-1");
    QTest::newRow("plot ratio limits")
        << QStringLiteral("INSERT INTO parcels (code, status, far_min, far_max) VALUES "
                          "('Q-2', 'reserve', 2.5, 1.2)")
        << QStringLiteral("2.5");
    QTest::newRow("stale grade") << QStringLiteral(
        "INSERT INTO parcels (code, status, area_mu, tax_per_mu, grade) VALUES "
        "('Q-3', 'producing', 10, 4, 'A')")
                                 << QStringLiteral("\"D\"");
    QTest::newRow("unknown history kind")
        << QStringLiteral("INSERT INTO parcels (fid, code, status) VALUES (9, 'Q-4', 'reserve'); "
                          "INSERT INTO parcel_events (parcel_id, event_date, kind) VALUES "
                          "(9, '2023-01-01', 'rumour')")
        << QStringLiteral("rumour");
    // A query that fails must be reported, not taken for "no problems" (row 6 overflows).
    QTest::newRow("failing query") << QStringLiteral(
        "DROP TABLE project_events; CREATE VIEW project_events AS WITH RECURSIVE n(x) AS "
        "(SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 10) SELECT x AS id, CASE WHEN "
        "x = 6 THEN abs(-9223372036854775808) ELSE 'note' END AS kind FROM n")
                                   << QStringLiteral("integer overflow");
}

void TestValidator::reports()
{
    QFETCH(QString, breakage);
    QFETCH(QString, expected);
    const QString path = TestUtils::copyFixture(QStringLiteral("project-schema1.gpkg"), m_dir);
    auto project = ProjectFile::open(path);
    QVERIFY(project);
    QVERIFY2((*project)->db().exec(breakage), qPrintable(breakage));
    (void)(*project)->db().exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    const QStringList problems = Validator::check(**project);
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.join(QLatin1Char('\n')).contains(expected),
             qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
