// SPDX-License-Identifier: GPL-3.0-or-later
// GCJ-02 and BD-09: the forward formulas against published values, and the iterative inverses
// accurate to well under 5 m.
#include "core/map/crs/chinacoords.h"

#include <QTest>

#include <geodesic.h>

namespace {

double metres(QPointF a, QPointF b)
{
    geod_geodesic g;
    geod_init(&g, 6378137.0, 1 / 298.257223563);
    double s12 = 0;
    geod_inverse(&g, a.y(), a.x(), b.y(), b.x(), &s12, nullptr, nullptr);
    return s12;
}

} // namespace

class TestChinaCoords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Published by the coordtransform library (wandergis/coordtransform, README). Its inverses
    // are the one-step approximations, within a few metres of the exact ones.
    void knownPoints()
    {
        using namespace ChinaCoords;
        QVERIFY(metres(bd09FromGcj02({116.404, 39.915}), {116.41036949371029, 39.92133699351021})
                < 0.01);
        QVERIFY(
            metres(wgs84FromGcj02({116.403988, 39.914266}), {116.39775550083061, 39.91283946052425})
            < 5);
        QVERIFY(metres(gcj02FromBd09({116.404, 39.915}), {116.39762729119315, 39.90865673957631})
                < 5);
    }

    void roundTrip_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::newRow("Lishui") << 119.9229 << 28.4676;
        QTest::newRow("Hangzhou") << 120.1551 << 30.2741;
        QTest::newRow("Shenzhen") << 114.0579 << 22.5431;
        QTest::newRow("Urumqi") << 87.6168 << 43.8256;
        QTest::newRow("Harbin") << 126.6424 << 45.7569;
    }

    void roundTrip()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        const QPointF wgs(lon, lat);
        const QPointF gcj = ChinaCoords::gcj02FromWgs84(wgs);
        const double offset = metres(wgs, gcj);
        QVERIFY2(offset > 50 && offset < 1000, qPrintable(QString::number(offset)));
        QVERIFY(metres(ChinaCoords::wgs84FromGcj02(gcj), wgs) < 0.01);
        // Subtracting the offset computed at the GCJ-02 point (the one-step inverse) is off by
        // decimetres to metres; the iteration is not.
        const QPointF oneStep = gcj - (ChinaCoords::gcj02FromWgs84(gcj) - gcj);
        QVERIFY(metres(oneStep, wgs) > metres(ChinaCoords::wgs84FromGcj02(gcj), wgs));
        const QPointF bd = ChinaCoords::bd09FromGcj02(gcj);
        QVERIFY(metres(ChinaCoords::wgs84FromBd09(bd), wgs) < 0.01);
    }

    void outsideChinaUnchanged()
    {
        const QPointF tokyo(139.6917, 35.6895);
        QCOMPARE(ChinaCoords::gcj02FromWgs84(tokyo), tokyo);
        QCOMPARE(ChinaCoords::wgs84FromGcj02(tokyo), tokyo);
    }
};

QTEST_GUILESS_MAIN(TestChinaCoords)
#include "tst_chinacoords.moc"
