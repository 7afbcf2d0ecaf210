// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/render/mapsettings.h"
#include "core/map/render/maptopixel.h"

#include <QTest>

// The one conversion between Web Mercator metres and pixels.
class TestMapToPixel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void northIsUp();
    void rectanglesComeBackNormalised();
    void hiDpi();
    void mapSettingsCountDevicePixels();
    void degenerateViewsStayFinite();
};

namespace {

// 13 358 338 m east, 3 503 549 m north: 120°E 30°N.
const QRectF kExtent(13358338.0, 3503549.0, 8000.0, 6000.0);

bool near(const QPointF &a, const QPointF &b, double tolerance)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

} // namespace

void TestMapToPixel::roundTrip_data()
{
    QTest::addColumn<QSizeF>("size");
    QTest::addColumn<qreal>("ratio");
    QTest::addColumn<QPointF>("pixel");
    QTest::newRow("origin") << QSizeF(800, 600) << 1.0 << QPointF(0, 0);
    QTest::newRow("inside") << QSizeF(800, 600) << 1.0 << QPointF(123.25, 456.5);
    QTest::newRow("outside") << QSizeF(800, 600) << 1.0 << QPointF(-50, 900);
    QTest::newRow("hidpi") << QSizeF(800, 600) << 2.0 << QPointF(799, 1);
    QTest::newRow("odd size") << QSizeF(1366, 767) << 1.25 << QPointF(683, 383.5);
}

void TestMapToPixel::roundTrip()
{
    QFETCH(QSizeF, size);
    QFETCH(qreal, ratio);
    QFETCH(QPointF, pixel);
    const MapToPixel view(kExtent, size, ratio);
    QVERIFY(view.isValid());
    QVERIFY(near(view.toPixel(view.toMap(pixel)), pixel, 1e-6));
    const QPointF map = kExtent.center() + QPointF(1234.5, -987.25);
    QVERIFY(near(view.toMap(view.toPixel(map)), map, 1e-6));
    const MapToPixel device = view.device();
    QVERIFY(near(device.toPixel(device.toMap(pixel * ratio)), pixel * ratio, 1e-6));
}

void TestMapToPixel::northIsUp()
{
    const MapToPixel view(kExtent, QSizeF(800, 600));
    // The north-west corner is pixel (0, 0); the south-east corner is the far pixel corner.
    QVERIFY(near(view.toPixel(QPointF(kExtent.left(), kExtent.bottom())), QPointF(0, 0), 1e-6));
    QVERIFY(near(view.toPixel(QPointF(kExtent.right(), kExtent.top())), QPointF(800, 600), 1e-6));
    // Going north moves up the screen; going east moves right.
    const QPointF centre = view.toPixel(kExtent.center());
    QVERIFY(view.toPixel(kExtent.center() + QPointF(0, 100)).y() < centre.y());
    QVERIFY(view.toPixel(kExtent.center() + QPointF(100, 0)).x() > centre.x());
    QCOMPARE(view.mapUnitsPerPixel(), 10.0);
}

void TestMapToPixel::rectanglesComeBackNormalised()
{
    const MapToPixel view(kExtent, QSizeF(800, 600));
    // The southern half of the extent is the lower half of the pixels.
    const QRectF south(kExtent.left(), kExtent.top(), kExtent.width(), kExtent.height() / 2);
    const QRectF pixels = view.toPixel(south);
    QVERIFY(pixels.width() > 0 && pixels.height() > 0);
    QVERIFY(near(pixels.topLeft(), QPointF(0, 300), 1e-6));
    QVERIFY(near(pixels.bottomRight(), QPointF(800, 600), 1e-6));
    const QRectF back = view.toMap(pixels);
    QVERIFY(near(back.topLeft(), south.topLeft(), 1e-6));
    QVERIFY(near(back.bottomRight(), south.bottomRight(), 1e-6));
    // A box dragged up and to the left still maps to a proper rectangle.
    const QRectF dragged = view.toMap(QRectF(QPointF(400, 300), QPointF(200, 100)));
    QVERIFY(dragged.width() > 0 && dragged.height() > 0);
}

void TestMapToPixel::hiDpi()
{
    // A 800×600 widget on a 2× screen: the image behind it is 1600×1200 device pixels.
    const MapToPixel logical(kExtent, QSizeF(800, 600), 2.0);
    const MapToPixel device = logical.device();
    QCOMPARE(device.size(), QSizeF(1600, 1200));
    QCOMPARE(device.devicePixelRatio(), 1.0);
    QCOMPARE(device.extent(), logical.extent());
    QCOMPARE(device.mapUnitsPerPixel(), logical.mapUnitsPerPixel() / 2);
    const QPointF m = kExtent.center() + QPointF(333, 444);
    QVERIFY(near(device.toPixel(m), logical.toPixel(m) * 2, 1e-6));
    QVERIFY(near(device.toMap(QPointF(300, 500)), logical.toMap(QPointF(150, 250)), 1e-6));
}

void TestMapToPixel::mapSettingsCountDevicePixels()
{
    MapSettings settings;
    settings.extent = kExtent;
    settings.size = QSize(1600, 1200);
    settings.devicePixelRatio = 2;
    const MapToPixel logical(kExtent, QSizeF(800, 600), 2.0);
    const QPointF m = kExtent.center() - QPointF(500, 250);
    QVERIFY(near(settings.mapToPixel().toPixel(m), logical.device().toPixel(m), 1e-6));
    QCOMPARE(settings.metresPerPixel(), 5.0);
}

void TestMapToPixel::degenerateViewsStayFinite()
{
    QVERIFY(!MapToPixel().isValid());
    QVERIFY(!MapToPixel(kExtent, QSizeF(0, 0)).isValid());
    const MapToPixel empty(QRectF(), QSizeF(800, 600));
    QVERIFY(!empty.isValid());
    const QPointF p = empty.toPixel(QPointF(1, 1));
    QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
}

QTEST_APPLESS_MAIN(TestMapToPixel)
#include "tst_maptopixel.moc"
