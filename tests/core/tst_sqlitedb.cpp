// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/projectfile.h"
#include "core/storage/sqlitedb.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

#include <type_traits>

// The unchecked pattern "while (*stmt->step())" must not compile: a step has no operator bool,
// no operator*, and hasRow() cannot be asked of a temporary.
template<typename T>
concept Dereferenceable = requires(T t)
{
    *t;
};
template<typename T>
concept RowOfTemporary = requires
{
    std::declval<T>().hasRow();
};
static_assert(!std::is_constructible_v<bool, SqliteStep>);
static_assert(!Dereferenceable<SqliteStep>);
static_assert(!RowOfTemporary<SqliteStep>);
static_assert(RowOfTemporary<SqliteStep &>);

// A query that fails part-way must come back as an Error, never as "no more rows" or a loop.
class TestSqliteDb : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void stepReportsFailurePartWay();
    void forEachRowReportsFailurePartWay();
    void forEachRowStopsEarly();
    void runAndScalarReportFailure();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectFile> m_project;
};

void TestSqliteDb::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto project = ProjectFile::create(m_dir.filePath(QStringLiteral("failing.gpkg")));
    QVERIFY2(project, qPrintable(project.errorMessage()));
    m_project = project.takeValue();
    // Rows 1 to 10; row 6 raises "integer overflow" when it is computed.
    QVERIFY(m_project->db().exec(
        QStringLiteral("CREATE VIEW failing AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL "
                       "SELECT x + 1 FROM n WHERE x < 10) SELECT CASE WHEN x = 6 THEN "
                       "abs(-9223372036854775808) ELSE x END AS v FROM n")));
}

void TestSqliteDb::stepReportsFailurePartWay()
{
    auto stmt = m_project->db().prepare(QStringLiteral("SELECT v FROM failing"));
    QVERIFY(stmt);
    for (int expected = 1; expected <= 5; ++expected) {
        const SqliteStep row = stmt->step();
        QVERIFY2(row.hasRow(), qPrintable(row.errorMessage()));
        QVERIFY(!row.failed());
        QCOMPARE(stmt->int64(0), expected);
    }
    const SqliteStep sixth = stmt->step();
    QVERIFY(sixth.failed());
    QVERIFY(!sixth.hasRow());
    QVERIFY2(sixth.errorMessage().contains(QLatin1String("integer overflow")),
             qPrintable(sixth.errorMessage()));
}

void TestSqliteDb::forEachRowReportsFailurePartWay()
{
    auto stmt = m_project->db().prepare(QStringLiteral("SELECT v FROM failing"));
    QVERIFY(stmt);
    QList<qint64> seen;
    const Status done = stmt->forEachRow([&] { seen << stmt->int64(0); });
    QVERIFY(!done);
    QVERIFY2(done.errorMessage().contains(QLatin1String("integer overflow")),
             qPrintable(done.errorMessage()));
    QCOMPARE(seen, (QList<qint64>{1, 2, 3, 4, 5}));
}

void TestSqliteDb::forEachRowStopsEarly()
{
    auto stmt = m_project->db().prepare(QStringLiteral("SELECT v FROM failing"));
    QVERIFY(stmt);
    QList<qint64> seen;
    const Status done = stmt->forEachRow([&] {
        seen << stmt->int64(0);
        return seen.size() < 3;
    });
    QVERIFY2(done, qPrintable(done.errorMessage()));
    QCOMPARE(seen, (QList<qint64>{1, 2, 3}));
}

void TestSqliteDb::runAndScalarReportFailure()
{
    SqliteDb &db = m_project->db();
    auto insert = db.prepare(QStringLiteral("CREATE TABLE copied AS SELECT v FROM failing"));
    QVERIFY(insert);
    const Status ran = insert->run();
    QVERIFY(!ran);
    QVERIFY2(ran.errorMessage().contains(QLatin1String("integer overflow")),
             qPrintable(ran.errorMessage()));
    const Result<QVariant> sum = db.scalar(QStringLiteral("SELECT sum(v) FROM failing"));
    QVERIFY(!sum);
    QVERIFY2(sum.errorMessage().contains(QLatin1String("integer overflow")),
             qPrintable(sum.errorMessage()));
    // The connection stays usable after a failed query.
    const Result<QVariant> units = db.scalar(QStringLiteral("SELECT count(*) FROM units"));
    QVERIFY2(units, qPrintable(units.errorMessage()));
    QCOMPARE(units->toInt(), 0);
}

QTEST_GUILESS_MAIN(TestSqliteDb)
#include "tst_sqlitedb.moc"
