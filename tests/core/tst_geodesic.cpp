// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/domain.h"
#include "core/geometry/geodesic.h"
#include "core/storage/gpkggeometry.h"

#include <QTest>

#include <geodesic.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <memory>

// Areas on the CGCS2000 ellipsoid: a square kilometre drawn in a Gauss-Kruger zone is 1500 亩,
// the fast equal-area formula agrees with PROJ's geodesic polygon area, and blobs give what
// geometries give.
class TestGeodesic : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void squareKilometreIs1500Mu_data();
    void squareKilometreIs1500Mu();
    void agreesWithProjGeodesics_data();
    void agreesWithProjGeodesics();
    void blobsAndHoles();
    void differsAtTheTolerance();

private:
    // A square of `side` metres centred `eastOfCm` metres east of the central meridian of the
    // CGCS2000 3-degree zone at 120°E (EPSG:4549) at northing `north`, in EPSG:4490 degrees.
    static std::unique_ptr<OGRGeometry> gaussKrugerSquare(double side, double eastOfCm,
                                                          double north = 3145000);
};

std::unique_ptr<OGRGeometry> TestGeodesic::gaussKrugerSquare(double side, double eastOfCm,
                                                             double north)
{
    OGRSpatialReference gk, geographic;
    gk.importFromEPSG(4549);
    geographic.importFromEPSG(4490);
    gk.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    geographic.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> t(
        OGRCreateCoordinateTransformation(&gk, &geographic));
    // Densified edges: a straight line of the projection bends a little on the ellipsoid.
    OGRLinearRing ring;
    const double x0 = 500000 + eastOfCm - side / 2, y0 = north - side / 2;
    const int steps = 50;
    for (int i = 0; i < 4 * steps; ++i) {
        const int side_ = i / steps;
        const double f = double(i % steps) / steps * side;
        const double corners[4][2]
            = {{x0 + f, y0}, {x0 + side, y0 + f}, {x0 + side - f, y0 + side}, {x0, y0 + side - f}};
        ring.addPoint(corners[side_][0], corners[side_][1]);
    }
    ring.closeRings();
    auto polygon = std::make_unique<OGRPolygon>();
    polygon->addRing(&ring);
    polygon->transform(t.get());
    return polygon;
}

void TestGeodesic::squareKilometreIs1500Mu_data()
{
    QTest::addColumn<double>("eastOfCm");
    QTest::addColumn<double>("tolerance");
    // On the central meridian the projection's scale is 1: the square is 1500 亩 to 0.1 %.
    QTest::newRow("on the central meridian") << 0.0 << 0.001;
    QTest::newRow("10 km east") << 10000.0 << 0.001;
    // 150 km off, Gauss-Kruger's scale is 1 + (150/6371)²/2: the same square drawn there is
    // 0.055 % smaller on the ground.
    QTest::newRow("150 km west") << -150000.0 << 0.0012;
}

void TestGeodesic::squareKilometreIs1500Mu()
{
    QFETCH(double, eastOfCm);
    QFETCH(double, tolerance);
    const auto square = gaussKrugerSquare(1000, eastOfCm);
    const double mu = Geodesic::areaM2(*square) / Domain::kSquareMetresPerMu;
    QVERIFY2(std::abs(mu - 1500) / 1500 < tolerance, qPrintable(QString::number(mu, 'f', 4)));
}

void TestGeodesic::agreesWithProjGeodesics_data()
{
    QTest::addColumn<double>("side");
    QTest::newRow("a 20 m plot") << 20.0;
    QTest::newRow("a 300 m parcel") << 300.0;
    QTest::newRow("a 3 km park") << 3000.0;
    QTest::newRow("a 40 km county") << 40000.0;
}

void TestGeodesic::agreesWithProjGeodesics()
{
    QFETCH(double, side);
    const auto square = gaussKrugerSquare(side, 30000);
    geod_geodesic g;
    geod_init(&g, 6378137.0, 1 / 298.257222101);
    const OGRLinearRing *ring = square->toPolygon()->getExteriorRing();
    std::vector<double> lats, lons;
    for (int i = 0; i < ring->getNumPoints(); ++i) {
        lons.push_back(ring->getX(i));
        lats.push_back(ring->getY(i));
    }
    double proj = 0;
    geod_polygonarea(&g, lats.data(), lons.data(), int(lats.size()), &proj, nullptr);
    const double ours = Geodesic::areaM2(*square);
    QVERIFY2(std::abs(ours - std::abs(proj)) / std::abs(proj) < 1e-5,
             qPrintable(QStringLiteral("%1 vs %2").arg(ours, 0, 'f', 3).arg(proj, 0, 'f', 3)));
}

void TestGeodesic::blobsAndHoles()
{
    auto outer = gaussKrugerSquare(1000, 0);
    auto hole = gaussKrugerSquare(500, 0);
    OGRPolygon withHole;
    withHole.addRing(outer->toPolygon()->getExteriorRing());
    withHole.addRing(hole->toPolygon()->getExteriorRing());
    OGRMultiPolygon multi;
    multi.addGeometry(&withHole);
    multi.addGeometry(gaussKrugerSquare(200, 5000).get());
    const double expected = 1e6 - 0.25e6 + 0.04e6;
    const double fromGeometry = Geodesic::areaM2(multi);
    QVERIFY2(std::abs(fromGeometry - expected) / expected < 0.001,
             qPrintable(QString::number(fromGeometry)));
    const QByteArray blob = GpkgGeometry::encode(multi, 4490);
    QCOMPARE(Geodesic::blobAreaM2(blob.constData(), blob.size()), fromGeometry);
    // A blob with Z values reads the same.
    OGRMultiPolygon lifted(multi);
    lifted.set3D(TRUE);
    const QByteArray blob3d = GpkgGeometry::encode(lifted, 4490);
    QCOMPARE(Geodesic::blobAreaM2(blob3d.constData(), blob3d.size()), fromGeometry);
    // Not a polygon, not a blob: no area.
    const OGRPoint point(120, 28);
    const QByteArray pointBlob = GpkgGeometry::encode(point, 4490);
    QCOMPARE(Geodesic::blobAreaM2(pointBlob.constData(), pointBlob.size()), 0.0);
    QCOMPARE(Geodesic::blobAreaM2("GP", 2), 0.0);
    QCOMPARE(Geodesic::blobAreaM2(blob.constData(), blob.size() - 9), 0.0); // truncated
}

void TestGeodesic::differsAtTheTolerance()
{
    QVERIFY(!Geodesic::differs(103, 100));
    QVERIFY(Geodesic::differs(103.01, 100));
    QVERIFY(!Geodesic::differs(97, 100));
    QVERIFY(Geodesic::differs(96.99, 100));
    QVERIFY(Geodesic::differs(0, 100));
    QVERIFY(!Geodesic::differs(100, 0)); // nothing measured: nothing to compare
}

QTEST_GUILESS_MAIN(TestGeodesic)
#include "tst_geodesic.moc"
