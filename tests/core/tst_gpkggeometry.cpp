// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/gpkggeometry.h"
#include "core/storage/sqlitedb.h"

#include <QTest>

#include <ogr_geometry.h>

#include <sqlite3.h>

class TestGpkgGeometry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void rejectsForeignBlobs();
    void sqlFunctions();
};

void TestGpkgGeometry::roundTrip_data()
{
    QTest::addColumn<QString>("wkt");
    QTest::newRow("point") << QStringLiteral("POINT (119.9 28.45)");
    QTest::newRow("polygon") << QStringLiteral("POLYGON ((119 28,120 28,120 29,119 29,119 28))");
    QTest::newRow("multipolygon with hole")
        << QStringLiteral("MULTIPOLYGON (((0 0,10 0,10 10,0 10,0 0),(2 2,3 2,3 3,2 3,2 2)))");
    QTest::newRow("empty") << QStringLiteral("POLYGON EMPTY");
}

void TestGpkgGeometry::roundTrip()
{
    QFETCH(QString, wkt);
    OGRGeometry *parsed = nullptr;
    const QByteArray text = wkt.toLatin1();
    QCOMPARE(OGRGeometryFactory::createFromWkt(text.constData(), nullptr, &parsed), OGRERR_NONE);
    std::unique_ptr<OGRGeometry> original(parsed);

    const QByteArray blob = GpkgGeometry::encode(*original, 4490);
    QCOMPARE(blob.left(2), QByteArray("GP"));
    auto decoded = GpkgGeometry::decode(blob);
    QVERIFY(decoded);
    QVERIFY(decoded->Equals(original.get()) || (decoded->IsEmpty() && original->IsEmpty()));

    double minX, maxX, minY, maxY;
    const bool hasEnvelope
        = GpkgGeometry::envelope(blob.constData(), blob.size(), &minX, &maxX, &minY, &maxY);
    QCOMPARE(hasEnvelope, !original->IsEmpty());
    if (hasEnvelope) {
        OGREnvelope expected;
        original->getEnvelope(&expected);
        QCOMPARE(minX, expected.MinX);
        QCOMPARE(maxY, expected.MaxY);
    }
}

void TestGpkgGeometry::rejectsForeignBlobs()
{
    QVERIFY(!GpkgGeometry::decode(QByteArray("not a geometry")));
    QVERIFY(!GpkgGeometry::decode(QByteArray()));
    double a, b, c, d;
    QVERIFY(!GpkgGeometry::envelope("GP", 2, &a, &b, &c, &d));
}

void TestGpkgGeometry::sqlFunctions()
{
    auto db = SqliteDb::open(QStringLiteral(":memory:"), SqliteDb::Mode::Create);
    QVERIFY(db);
    QVERIFY(GpkgGeometry::registerSqlFunctions(db->handle()));
    OGRPolygon polygon;
    OGRLinearRing ring;
    ring.addPoint(1, 2);
    ring.addPoint(5, 2);
    ring.addPoint(5, 7);
    ring.addPoint(1, 2);
    polygon.addRing(&ring);
    const QByteArray blob = GpkgGeometry::encode(polygon, 4490);
    auto minX = db->scalar(QStringLiteral("SELECT ST_MinX(?1)"), {blob});
    auto maxY = db->scalar(QStringLiteral("SELECT ST_MaxY(?1)"), {blob});
    auto empty = db->scalar(QStringLiteral("SELECT ST_IsEmpty(?1)"), {blob});
    QVERIFY(minX && maxY && empty);
    QCOMPARE(minX->toDouble(), 1.0);
    QCOMPARE(maxY->toDouble(), 7.0);
    QCOMPARE(empty->toInt(), 0);
    auto nothing = db->scalar(QStringLiteral("SELECT ST_MinX(?1)"), {QByteArray("junk")});
    QVERIFY(nothing && nothing->isNull());
}

QTEST_GUILESS_MAIN(TestGpkgGeometry)
#include "tst_gpkggeometry.moc"
