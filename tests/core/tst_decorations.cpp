// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/crs/mercator.h"
#include "core/map/render/decorations.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <ogr_spatialref.h>

#include <cmath>
#include <memory>

// The scale bar's ground lengths and where the decorations are painted.
class TestDecorations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lengthsAreRound_data();
    void lengthsAreRound();
    void barSpansTrueGroundDistance_data();
    void barSpansTrueGroundDistance();
    void paintedInTheCornersOnly();
};

namespace {

// An 800×600 view centred on (lon, lat) with `mercatorPerPixel` Web Mercator metres per pixel.
MapToPixel viewAt(double lon, double lat, double mercatorPerPixel, qreal ratio = 1)
{
    QRectF extent(0, 0, 800 * mercatorPerPixel, 600 * mercatorPerPixel);
    extent.moveCenter(WebMercator::fromLonLat(lon, lat));
    return MapToPixel(extent, QSizeF(800, 600), ratio);
}

// Bounding box of the pixels painted over a transparent image.
QRect paintedArea(const QImage &image, const QRect &within)
{
    QRect area;
    for (int y = within.top(); y <= within.bottom(); ++y) {
        for (int x = within.left(); x <= within.right(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                area |= QRect(x, y, 1, 1);
        }
    }
    return area;
}

} // namespace

void TestDecorations::lengthsAreRound_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("mercatorPerPixel");
    QTest::newRow("street") << 28.0 << 0.3;
    QTest::newRow("park") << 28.0 << 4.0;
    QTest::newRow("county") << 28.4 << 150.0;
    QTest::newRow("province") << 30.0 << 2000.0;
    QTest::newRow("equator") << 0.0 << 37.0;
    QTest::newRow("north") << 53.0 << 9.0;
}

void TestDecorations::lengthsAreRound()
{
    QFETCH(double, lat);
    QFETCH(double, mercatorPerPixel);
    const MapDecorations::ScaleBar bar
        = MapDecorations::scaleBar(viewAt(120, lat, mercatorPerPixel), 120);
    QVERIFY(bar.metres > 0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(bar.metres)));
    const double leading = bar.metres / magnitude;
    QVERIFY2(qFuzzyCompare(leading, 1.0) || qFuzzyCompare(leading, 2.0)
                 || qFuzzyCompare(leading, 5.0),
             qPrintable(QString::number(bar.metres)));
    // As long as fits, and never less than 2/5 of it (the next round length would not fit).
    QVERIFY(bar.pixels <= 120);
    QVERIFY(bar.pixels > 120 * 0.4);
    QCOMPARE(bar.label, bar.metres >= 1000 ? QStringLiteral("%1 km").arg(bar.metres / 1000)
                                           : QStringLiteral("%1 m").arg(bar.metres));
}

void TestDecorations::barSpansTrueGroundDistance_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("groundPerPixel");
    QTest::addColumn<double>("metres");
    QTest::addColumn<QString>("label");
    QTest::newRow("1 km at 28°") << 28.0 << 10.0 << 1000.0 << QStringLiteral("1 km");
    QTest::newRow("200 m at 28°") << 28.0 << 2.0 << 200.0 << QStringLiteral("200 m");
    QTest::newRow("5 km at 45°") << 45.0 << 45.0 << 5000.0 << QStringLiteral("5 km");
    QTest::newRow("50 km at 10°") << 10.0 << 450.0 << 50000.0 << QStringLiteral("50 km");
}

// The bar's two ends, taken back through the view to longitude and latitude and measured in a
// Gauss-Kruger zone on its central meridian (scale error there below 10⁻⁵), are as far apart
// on the ground as the label says.
void TestDecorations::barSpansTrueGroundDistance()
{
    QFETCH(double, lat);
    QFETCH(double, groundPerPixel);
    QFETCH(double, metres);
    QFETCH(QString, label);
    // Web Mercator stretches a parallel by roughly 1/cos φ: ask for that many Mercator metres.
    const MapToPixel view
        = viewAt(120, lat, groundPerPixel / std::cos(lat * std::numbers::pi / 180));
    const MapDecorations::ScaleBar bar = MapDecorations::scaleBar(view, 120);
    QCOMPARE(bar.metres, metres);
    QCOMPARE(bar.label, label);

    const QPointF centre(400, 300);
    const QPointF ends[]
        = {centre - QPointF(bar.pixels / 2, 0), centre + QPointF(bar.pixels / 2, 0)};
    OGRSpatialReference geographic, gaussKruger;
    geographic.importFromEPSG(4490);
    geographic.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    gaussKruger.importFromEPSG(4549); // CGCS2000 3-degree Gauss-Kruger, central meridian 120°E
    gaussKruger.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> toGaussKruger(
        OGRCreateCoordinateTransformation(&geographic, &gaussKruger));
    QVERIFY(toGaussKruger);
    double x[2], y[2];
    for (int i = 0; i < 2; ++i) {
        const QPointF m = view.toMap(ends[i]);
        const QPointF lonLat = WebMercator::toLonLat(m.x(), m.y());
        x[i] = lonLat.x();
        y[i] = lonLat.y();
    }
    QVERIFY(toGaussKruger->Transform(2, x, y));
    const double ground = std::hypot(x[1] - x[0], y[1] - y[0]);
    QVERIFY2(std::abs(ground - metres) < metres * 0.01,
             qPrintable(QStringLiteral("%1 spans %2 m").arg(label).arg(ground, 0, 'f', 2)));
}

void TestDecorations::paintedInTheCornersOnly()
{
    for (const double scale : {1.0, 2.0}) {
        const QSize size(int(800 * scale), int(600 * scale));
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        const MapToPixel view = viewAt(120, 28, 150 / scale).device();
        {
            QPainter painter(&image);
            MapDecorations::paint(painter, MapToPixel(view.extent(), QSizeF(size)), scale);
        }
        const QRect all = paintedArea(image, image.rect());
        const QRect bar
            = paintedArea(image, QRect(0, size.height() / 2, size.width() / 2, size.height() / 2));
        const QRect arrow
            = paintedArea(image, QRect(size.width() / 2, 0, size.width() / 2, size.height() / 2));
        QVERIFY(!bar.isEmpty() && !arrow.isEmpty());
        // Nothing else: the two together stay small and leave the map alone.
        QCOMPARE(all, bar | arrow);
        QVERIFY(bar.width() <= 125 * scale && bar.height() <= 30 * scale);
        QVERIFY(arrow.width() <= 24 * scale && arrow.height() <= 45 * scale);
        QVERIFY(bar.left() < 20 * scale && bar.bottom() > size.height() - 20 * scale);
        QVERIFY(arrow.right() > size.width() - 20 * scale && arrow.top() < 20 * scale);
    }
}

QTEST_MAIN(TestDecorations)
#include "tst_decorations.moc"
