// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/geodesic.h"
#include "core/geometry/parcelgeometry.h"
#include "core/map/layersource.h"
#include "core/map/snapping.h"
#include "landtestutils.h"

#include <QTest>

#include <ogr_geometry.h>

// The geometry of parcel edits: splitting keeps the area, merging needs a shared edge, broken
// and overlapping shapes are refused with a reason, snapping makes shared edges exact.
class TestParcelGeometry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitKeepsTheArea_data();
    void splitKeepsTheArea();
    void splitNeedsALineAcross();
    void mergeKeepsTheArea();
    void mergeNeedsASharedEdge();
    void shapeProblems_data();
    void shapeProblems();
    void overlapBeyondTolerance();
    void snapsOntoNeighbours();
    void localPlaneRoundTrips();
    void rings();
    void snapsToVerticesThenEdges();
    void editsRings();
};

using LandTest::at;
using LandTest::rect;

void TestParcelGeometry::splitKeepsTheArea_data()
{
    QTest::addColumn<QList<QPointF>>("line");
    QTest::addColumn<int>("pieces");
    QTest::newRow("straight across") << QList<QPointF>{at(100, -10), at(100, 210)} << 2;
    QTest::newRow("slanted") << QList<QPointF>{at(-10, 20), at(310, 170)} << 2;
    QTest::newRow("a dog-leg") << QList<QPointF>{at(50, -10), at(50, 100), at(250, 100),
                                                 at(250, 210)}
                               << 2;
    QTest::newRow("a zig-zag cutting three pieces")
        << QList<QPointF>{at(80, -10), at(120, 210), at(160, -10)} << 3;
    // Drawn exactly to the boundary: extended a little, it still cuts.
    QTest::newRow("ending on the boundary") << QList<QPointF>{at(150, 0), at(150, 200)} << 2;
}

void TestParcelGeometry::splitKeepsTheArea()
{
    QFETCH(QList<QPointF>, line);
    QFETCH(int, pieces);
    const auto parcel = rect(0, 0, 300, 200);
    const double before = Geodesic::areaM2(*parcel);
    auto split = ParcelGeometry::split(*parcel, line);
    QVERIFY2(split, qPrintable(split.errorMessage()));
    QCOMPARE(int(split->size()), pieces);
    double after = 0, previous = 1e300;
    for (const auto &piece : *split) {
        const double area = Geodesic::areaM2(*piece);
        QVERIFY(area <= previous); // largest first
        previous = area;
        after += area;
        QVERIFY(ParcelGeometry::shapeProblem(*piece).isEmpty());
    }
    QVERIFY2(std::abs(after - before) < 1e-6 * before,
             qPrintable(QStringLiteral("%1 vs %2").arg(after).arg(before)));
    // The pieces merge back into the parcel.
    std::vector<const OGRGeometry *> parts;
    for (const auto &piece : *split)
        parts.push_back(piece.get());
    auto merged = ParcelGeometry::merge(parts);
    QVERIFY2(merged, qPrintable(merged.errorMessage()));
    QCOMPARE((*merged)->getNumGeometries(), 1);
    QVERIFY(std::abs(Geodesic::areaM2(**merged) - before) < 1e-6 * before);
}

void TestParcelGeometry::splitNeedsALineAcross()
{
    const auto parcel = rect(0, 0, 300, 200);
    // Into the parcel and out the same side: no second piece.
    QVERIFY(!ParcelGeometry::split(*parcel, {at(100, -10), at(150, 100)}));
    QVERIFY(!ParcelGeometry::split(*parcel, {at(400, -10), at(400, 300)})); // beside it
    QVERIFY(!ParcelGeometry::split(*parcel, {at(100, -10)}));
}

void TestParcelGeometry::mergeKeepsTheArea()
{
    const auto a = rect(0, 0, 100, 100), b = rect(100, 0, 50, 100), c = rect(0, 100, 150, 30);
    const double total = Geodesic::areaM2(*a) + Geodesic::areaM2(*b) + Geodesic::areaM2(*c);
    auto merged = ParcelGeometry::merge({a.get(), b.get(), c.get()});
    QVERIFY2(merged, qPrintable(merged.errorMessage()));
    QCOMPARE((*merged)->getNumGeometries(), 1);
    QVERIFY(std::abs(Geodesic::areaM2(**merged) - total) < 1e-6 * total);
}

void TestParcelGeometry::mergeNeedsASharedEdge()
{
    const auto a = rect(0, 0, 100, 100);
    const auto across = rect(124, 0, 100, 100); // a 24 m road between them
    auto apart = ParcelGeometry::merge({a.get(), across.get()});
    QVERIFY(!apart);
    QVERIFY2(apart.errorMessage().contains(QStringLiteral("24")), qPrintable(apart.errorMessage()));
    const auto corner = rect(100, 100, 50, 50);
    QVERIFY(!ParcelGeometry::merge({a.get(), corner.get()}));
    QVERIFY(!ParcelGeometry::merge({a.get()}));
    // Drawn a centimetre apart: snapped together and merged.
    const auto hair = rect(100.01, 0, 50, 100);
    auto close = ParcelGeometry::merge({a.get(), hair.get()});
    QVERIFY2(close, qPrintable(close.errorMessage()));
}

void TestParcelGeometry::shapeProblems_data()
{
    QTest::addColumn<QList<QPointF>>("ring");
    QTest::addColumn<bool>("ok");
    QTest::newRow("a rectangle") << QList<QPointF>{at(0, 0), at(50, 0), at(50, 40), at(0, 40)}
                                 << true;
    QTest::newRow("a bow tie") << QList<QPointF>{at(0, 0), at(50, 40), at(50, 0), at(0, 40)}
                               << false;
    QTest::newRow("two corners") << QList<QPointF>{at(0, 0), at(50, 0)} << false;
    QTest::newRow("a flat line") << QList<QPointF>{at(0, 0), at(50, 0), at(100, 0)} << false;
    QTest::newRow("an edge back on itself")
        << QList<QPointF>{at(0, 0), at(60, 0), at(60, 40), at(30, 40), at(30, 0), at(0, 0)}
        << false;
}

void TestParcelGeometry::shapeProblems()
{
    QFETCH(QList<QPointF>, ring);
    QFETCH(bool, ok);
    const auto shape = ParcelGeometry::fromRing(ring);
    const QString problem = ParcelGeometry::shapeProblem(*shape);
    QVERIFY2(problem.isEmpty() == ok, qPrintable(problem));
}

void TestParcelGeometry::overlapBeyondTolerance()
{
    std::shared_ptr<const OGRGeometry> neighbour(rect(100, 0, 100, 100).release());
    const QList<ParcelGeometry::Neighbour> near{{QStringLiteral("LS01-002"), neighbour}};
    // 100 × 100 m: 0.5 % of it is 50 m². 0.4 m × 100 m = 40 m² overlap passes, 1 m × 100 m fails.
    QVERIFY(ParcelGeometry::overlapProblem(*rect(0.4, 0, 100, 100), near).isEmpty());
    const QString problem = ParcelGeometry::overlapProblem(*rect(1, 0, 100, 100), near);
    QVERIFY(problem.contains(QStringLiteral("LS01-002")));
    QVERIFY(ParcelGeometry::overlapProblem(*rect(0, 0, 100, 100), near).isEmpty()); // touching
}

void TestParcelGeometry::snapsOntoNeighbours()
{
    std::shared_ptr<const OGRGeometry> neighbour(rect(100, 0, 100, 100).release());
    const QList<ParcelGeometry::Neighbour> near{{QStringLiteral("N"), neighbour}};
    auto drawn = ParcelGeometry::fromRing({at(0, 0), at(100.03, 0.02), at(99.98, 100), at(0, 100)});
    QCOMPARE(ParcelGeometry::snapToNeighbours(*drawn, near), 2);
    const QList<QPointF> ring = ParcelGeometry::outerRing(*drawn);
    const QList<QPointF> theirs = ParcelGeometry::outerRing(*neighbour);
    QCOMPARE(ring[1], theirs[0]); // bit for bit
    QCOMPARE(ring[2], theirs[3]);
    QCOMPARE(ring[0], at(0, 0)); // far from any: untouched
}

void TestParcelGeometry::localPlaneRoundTrips()
{
    const LocalPlane plane(QPointF(119.9, 28.45));
    const QPointF p(119.93, 28.41);
    const QPointF back = plane.toLonLat(plane.toPlane(p));
    QVERIFY(std::abs(back.x() - p.x()) < 1e-12 && std::abs(back.y() - p.y()) < 1e-12);
    // 0.03° of longitude at 28.45°N is about 2.94 km.
    QVERIFY(std::abs(plane.toPlane(QPointF(119.93, 28.45)).x() - 2937) < 10);
    QCOMPARE(ParcelGeometry::distanceMetres(*rect(0, 0, 10, 10), *rect(34, 0, 10, 10)) > 23.9,
             true);
}

void TestParcelGeometry::rings()
{
    const auto shape = rect(0, 0, 10, 10);
    QList<QPointF> ring = ParcelGeometry::outerRing(*shape);
    QCOMPARE(ring.size(), 4);
    ring.insert(1, at(5, -2));
    const auto moved = ParcelGeometry::withOuterRing(*shape, ring);
    QCOMPARE(ParcelGeometry::outerRing(*moved).size(), 5);
    QVERIFY(Geodesic::areaM2(*moved) > Geodesic::areaM2(*shape));
}

// What a digitised point lands on (map units): a vertex within reach beats an edge.
void TestParcelGeometry::snapsToVerticesThenEdges()
{
    MapFeature square;
    square.hasGeometry = true;
    square.points = {{0, 0}, {100, 0}, {100, 100}, {0, 100}, {0, 0}};
    square.partSizes = {5};
    square.bounds = QRectF(0, 0, 100, 100);
    const std::vector<const MapFeature *> near{&square};
    auto snapped = Snapping::snap(QPointF(103, 4), near, 5);
    QCOMPARE(snapped.kind, Snapping::Kind::Vertex);
    QCOMPARE(snapped.point, QPointF(100, 0));
    snapped = Snapping::snap(QPointF(52, 3), near, 5);
    QCOMPARE(snapped.kind, Snapping::Kind::Edge);
    QCOMPARE(snapped.point, QPointF(52, 0));
    snapped = Snapping::snap(QPointF(50, 50), near, 5);
    QCOMPARE(snapped.kind, Snapping::Kind::None);
    QCOMPARE(snapped.point, QPointF(50, 50));
    // The first vertex of the shape being drawn closes it.
    snapped = Snapping::snap(QPointF(201, 199), near, 5, {QPointF(200, 200)});
    QCOMPARE(snapped.point, QPointF(200, 200));
    // A feature known only by its box has no vertices to offer.
    square.hasGeometry = false;
    QCOMPARE(Snapping::snap(QPointF(103, 4), near, 5).kind, Snapping::Kind::None);
}

void TestParcelGeometry::editsRings()
{
    const QList<QPointF> ring{{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    QCOMPARE(Snapping::vertexAt(ring, QPointF(9.5, 9.8), 1), std::optional<int>(2));
    QVERIFY(!Snapping::vertexAt(ring, QPointF(5, 5), 1));
    const auto edge = Snapping::edgeAt(ring, QPointF(5, 0.4), 1);
    QVERIFY(edge);
    QCOMPARE(edge->first, 0);
    QCOMPARE(edge->second, QPointF(5, 0));
    QCOMPARE(Snapping::edgeAt(ring, QPointF(-0.5, 5), 1)->first, 3); // the closing edge
    QCOMPARE(Snapping::inserted(ring, 0, QPointF(5, -2)).at(1), QPointF(5, -2));
    QCOMPARE(Snapping::moved(ring, 1, QPointF(12, 0)).at(1), QPointF(12, 0));
    QCOMPARE(Snapping::removed(ring, 1)->size(), 3);
    QVERIFY(!Snapping::removed(*Snapping::removed(ring, 1), 0)); // a triangle keeps its corners
}

QTEST_GUILESS_MAIN(TestParcelGeometry)
#include "tst_parcelgeometry.moc"
