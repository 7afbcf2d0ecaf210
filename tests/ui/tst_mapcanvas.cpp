// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demobuilder.h"
#include "core/map/projectlayers.h"
#include "testutils.h"
#include "ui/map/mapcanvas.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

// Drives the canvas with real mouse and keyboard events, offscreen.
class TestMapCanvas : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void wheelZoomsAroundCursor();
    void dragPans();
    void arrowKeysPan();
    void clickIdentifiesFeature();
    void ctrlClickAddsToSelection();
    void gestureShowsOldFrameUntilNewOne();

private:
    QPointF mercatorAt(const QPointF &pixel) const { return m_canvas->mapToPixel().toMap(pixel); }
    QPoint pixelAt(const QPointF &mercator) const
    {
        return m_canvas->mapToPixel().toPixel(mercator).toPoint();
    }
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<MapCanvas> m_canvas;
};

void TestMapCanvas::initTestCase()
{
    m_demo = m_dir.filePath(QStringLiteral("demo.gpkg"));
    QVERIFY(DemoBuilder::write(m_demo));
}

void TestMapCanvas::init()
{
    m_canvas = std::make_unique<MapCanvas>();
    m_canvas->resize(800, 600);
    m_canvas->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
    auto layers = ProjectLayers::open(m_demo);
    QVERIFY(layers);
    MapSettings map;
    map.layers = layers.takeValue();
    m_canvas->setMap(map);
    m_canvas->renderNow();
}

void TestMapCanvas::wheelZoomsAroundCursor()
{
    const QPointF cursor(200, 150);
    const QPointF before = mercatorAt(cursor);
    const double widthBefore = m_canvas->extent().width();
    QWheelEvent wheel(cursor, m_canvas->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_canvas.get(), &wheel);
    QVERIFY(m_canvas->extent().width() < widthBefore * 0.9);
    const QPointF after = mercatorAt(cursor);
    QVERIFY(std::hypot(after.x() - before.x(), after.y() - before.y())
            < m_canvas->metresPerPixel());
}

void TestMapCanvas::dragPans()
{
    const QRectF before = m_canvas->extent();
    const double mpp = m_canvas->metresPerPixel();
    QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, QPoint(400, 300));
    QTest::mouseMove(m_canvas.get(), QPoint(450, 320));
    QTest::mouseMove(m_canvas.get(), QPoint(500, 340));
    QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, QPoint(500, 340));
    const QRectF after = m_canvas->extent();
    QVERIFY(qAbs((before.left() - after.left()) - 100 * mpp) < 2 * mpp);
    QVERIFY(qAbs((after.top() - before.top()) - 40 * mpp) < 2 * mpp);
    QCOMPARE(after.width(), before.width());
}

void TestMapCanvas::arrowKeysPan()
{
    const QRectF before = m_canvas->extent();
    QTest::keyClick(m_canvas.get(), Qt::Key_Right);
    QVERIFY(m_canvas->extent().left() > before.left());
    QTest::keyClick(m_canvas.get(), Qt::Key_Plus);
    QVERIFY(m_canvas->extent().width() < before.width());
}

void TestMapCanvas::clickIdentifiesFeature()
{
    // Projects sit on their parcels and are drawn above them: leave them out here.
    m_canvas->setLayerVisible(QStringLiteral("projects"), false);
    const MapLayer *parcels = m_canvas->map().layer(QStringLiteral("parcels"));
    const MapFeature *parcel = parcels->source->feature(7);
    QVERIFY(parcel);
    const QRectF b = parcel->bounds;
    m_canvas->setExtent(b.adjusted(-b.width() * 3, -b.height() * 3, b.width() * 3, b.height() * 3));
    m_canvas->renderNow();
    const QPoint at = pixelAt(parcel->anchor);
    QSignalSpy clicked(m_canvas.get(), &MapCanvas::featureClicked);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, at);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().at(0).toString(), QStringLiteral("parcels"));
    QCOMPARE(clicked.first().at(1).toLongLong(), 7);
    QCOMPARE(m_canvas->selection(), (QSet<MapCanvas::FeatureKey>{{QStringLiteral("parcels"), 7}}));
}

void TestMapCanvas::ctrlClickAddsToSelection()
{
    m_canvas->setSelection({{QStringLiteral("parcels"), 1}});
    const MapFeature *parcel = m_canvas->map().layer(QStringLiteral("parcels"))->source->feature(2);
    const QRectF b = parcel->bounds;
    m_canvas->setExtent(b.adjusted(-b.width() * 3, -b.height() * 3, b.width() * 3, b.height() * 3));
    const QPoint at = pixelAt(parcel->anchor);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, Qt::ControlModifier, at);
    QCOMPARE(m_canvas->selection().size(), 2);
}

void TestMapCanvas::gestureShowsOldFrameUntilNewOne()
{
    QVERIFY(m_canvas->hasFrame());
    const QImage before = m_canvas->grab().toImage();
    m_canvas->zoomBy(0.5, QPointF(400, 300));
    // Drawn at once from the old frame, scaled: different from before, and not blank.
    const QImage during = m_canvas->grab().toImage();
    QVERIFY(during != before);
    QVERIFY(m_canvas->hasFrame());
    // The new frame arrives from the worker thread.
    QTRY_VERIFY_WITH_TIMEOUT(m_canvas->grab().toImage() != during, 5000);
}

QTEST_MAIN(TestMapCanvas)
#include "tst_mapcanvas.moc"
