// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demobuilder.h"
#include "core/map/projectlayers.h"
#include "core/storage/sqlitedb.h"
#include "testutils.h"
#include "ui/map/mapcanvas.h"
#include "ui/map/tools/identifytool.h"
#include "ui/map/tools/selecttool.h"
#include "ui/map/tools/zoomboxtool.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

namespace {

// A tool of the kind a later feature adds: it takes the wheel for itself and counts clicks.
class WheelTakingTool : public MapTool
{
public:
    using MapTool::MapTool;
    void wheelEvent(QWheelEvent *event) override
    {
        ++wheels;
        event->accept();
    }
    void canvasReleaseEvent(QMouseEvent *) override { ++clicks; }
    int wheels = 0;
    int clicks = 0;
};

void drag(QWidget *widget, QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = {})
{
    QTest::mousePress(widget, Qt::LeftButton, modifiers, from);
    QTest::mouseMove(widget, (from + to) / 2);
    QTest::mouseMove(widget, to);
    QTest::mouseRelease(widget, Qt::LeftButton, modifiers, to);
}

} // namespace

// Drives the canvas with real mouse and keyboard events, offscreen.
namespace {
// What the shell does when the map document changes a layer's visibility.
void showLayer(MapCanvas &canvas, const QString &id, bool visible)
{
    MapSettings map = canvas.map();
    for (MapLayer &layer : map.layers) {
        if (layer.id == id)
            layer.visible = visible;
    }
    canvas.setMap(map);
}
} // namespace

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
    void shiftDragZoomsToBox();
    void ctrlDragSelectsBox();
    void boxToolsDrawRubberBand();
    void switchingToolsChangesBehaviour();
    void toolCanTakeWheelAndKeys();
    void failedLayerIsReportedOnce();
    void gestureShowsOldFrameUntilNewOne();

private:
    QPointF mercatorAt(const QPointF &pixel) const { return m_canvas->mapToPixel().toMap(pixel); }
    QPoint pixelAt(const QPointF &mercator) const
    {
        return m_canvas->mapToPixel().toPixel(mercator).toPoint();
    }
    // Zoomed in on parcel 7's park: parcels, park and projects fill the view.
    void zoomToParcels()
    {
        const MapFeature *parcel
            = m_canvas->map().layer(QStringLiteral("parcels"))->source->feature(7);
        QVERIFY(parcel);
        const QRectF b = parcel->bounds;
        m_canvas->setExtent(
            b.adjusted(-b.width() * 6, -b.height() * 6, b.width() * 6, b.height() * 6));
        m_canvas->renderNow();
    }
    // What a box should select: every feature of a visible layer but the units lying wholly
    // inside the box.
    QSet<MapCanvas::FeatureKey> featuresInside(const QRect &box) const
    {
        const QRectF rect = m_canvas->mapToPixel().toMap(QRectF(box));
        QSet<MapCanvas::FeatureKey> inside;
        for (const MapLayer &layer : m_canvas->map().layers) {
            if (!layer.visible || layer.id == QLatin1String("units"))
                continue;
            auto features = layer.source->features(rect, m_canvas->metresPerPixel());
            for (const MapFeature *f : *features) {
                // By corners: points (projects, enclaves) have sizeless boxes.
                if (rect.contains(f->bounds.topLeft()) && rect.contains(f->bounds.bottomRight()))
                    inside.insert({layer.id, f->fid});
            }
        }
        return inside;
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
    showLayer(*m_canvas, QStringLiteral("projects"), false);
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

void TestMapCanvas::shiftDragZoomsToBox()
{
    const QRect box(QPoint(200, 150), QPoint(400, 300));
    const QRectF wanted = m_canvas->mapToPixel().toMap(QRectF(box));
    drag(m_canvas.get(), box.topLeft(), box.bottomRight(), Qt::ShiftModifier);
    const QRectF after = m_canvas->extent();
    // The box (4:3, like the canvas) is what the canvas shows now.
    QVERIFY(qAbs(after.width() - wanted.width()) < wanted.width() * 0.02);
    const QPointF offset = after.center() - wanted.center();
    QVERIFY(qAbs(offset.x()) < m_canvas->metresPerPixel() * 2);
    QVERIFY(qAbs(offset.y()) < m_canvas->metresPerPixel() * 2);
    QVERIFY(m_canvas->selection().isEmpty());
}

void TestMapCanvas::ctrlDragSelectsBox()
{
    zoomToParcels();
    const QRectF before = m_canvas->extent();
    m_canvas->setSelection({{QStringLiteral("units"), 1}});
    const QRect box(QPoint(150, 100), QPoint(650, 500));
    const QSet<MapCanvas::FeatureKey> expected = featuresInside(box);
    QVERIFY(expected.size() > 3);
    QSignalSpy changed(m_canvas.get(), &MapCanvas::selectionChanged);
    drag(m_canvas.get(), box.topLeft(), box.bottomRight(), Qt::ControlModifier);
    QCOMPARE(m_canvas->extent(), before); // no pan
    // Ctrl adds to what was selected.
    QSet<MapCanvas::FeatureKey> added = expected;
    added.insert({QStringLiteral("units"), 1});
    QCOMPARE(m_canvas->selection(), added);
    QCOMPARE(changed.count(), 1);
}

void TestMapCanvas::boxToolsDrawRubberBand()
{
    const QPoint inside(300, 250);
    const QRgb plain = m_canvas->grab().toImage().pixel(inside);
    QTest::mousePress(m_canvas.get(), Qt::LeftButton, Qt::ControlModifier, QPoint(200, 200));
    QTest::mouseMove(m_canvas.get(), QPoint(400, 300));
    const QRgb banded = m_canvas->grab().toImage().pixel(inside);
    QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, Qt::ControlModifier, QPoint(400, 300));
    // The box is tinted blue over the map while the drag lasts, and gone afterwards.
    QVERIFY(qBlue(banded) > qRed(banded));
    QVERIFY(banded != plain);
    QCOMPARE(m_canvas->grab().toImage().pixel(inside), plain);
}

void TestMapCanvas::switchingToolsChangesBehaviour()
{
    zoomToParcels();
    QSignalSpy toolChanged(m_canvas.get(), &MapCanvas::toolChanged);
    QCOMPARE(m_canvas->tool()->objectName(), QStringLiteral("pan"));
    const QRect box(QPoint(150, 100), QPoint(650, 500));

    // Select: a plain drag selects instead of panning.
    auto *select = new SelectTool(m_canvas.get());
    m_canvas->setTool(select);
    QCOMPARE(m_canvas->tool(), select);
    QCOMPARE(toolChanged.count(), 1);
    QCOMPARE(m_canvas->cursor().shape(), Qt::CrossCursor);
    const QRectF before = m_canvas->extent();
    const QSet<MapCanvas::FeatureKey> expected = featuresInside(box);
    drag(m_canvas.get(), box.topLeft(), box.bottomRight());
    QCOMPARE(m_canvas->extent(), before);
    QCOMPARE(m_canvas->selection(), expected);

    // Identify: a drag does nothing at all; a click still identifies.
    m_canvas->setSelection({});
    m_canvas->setTool(new IdentifyTool(m_canvas.get()));
    drag(m_canvas.get(), box.topLeft(), box.bottomRight());
    QCOMPARE(m_canvas->extent(), before);
    QVERIFY(m_canvas->selection().isEmpty());
    showLayer(*m_canvas, QStringLiteral("projects"), false);
    const MapFeature *parcel = m_canvas->map().layer(QStringLiteral("parcels"))->source->feature(7);
    QSignalSpy clicked(m_canvas.get(), &MapCanvas::featureClicked);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, pixelAt(parcel->anchor));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().at(1).toLongLong(), 7);

    // Zoom box: a plain drag zooms.
    m_canvas->setTool(new ZoomBoxTool(m_canvas.get()));
    drag(m_canvas.get(), box.topLeft(), box.bottomRight());
    QVERIFY(m_canvas->extent().width() < before.width() * 0.7);

    // Back to the default: a drag pans again.
    m_canvas->setTool(nullptr);
    QCOMPARE(m_canvas->tool()->objectName(), QStringLiteral("pan"));
    QCOMPARE(m_canvas->cursor().shape(), Qt::ArrowCursor);
    const QRectF zoomed = m_canvas->extent();
    drag(m_canvas.get(), QPoint(400, 300), QPoint(300, 300));
    QVERIFY(m_canvas->extent().left() > zoomed.left());
    QCOMPARE(m_canvas->extent().width(), zoomed.width());
    QCOMPARE(toolChanged.count(), 4);
}

void TestMapCanvas::toolCanTakeWheelAndKeys()
{
    auto *tool = new WheelTakingTool(m_canvas.get());
    m_canvas->setTool(tool);
    const QRectF before = m_canvas->extent();
    QWheelEvent wheel(QPointF(200, 150), m_canvas->mapToGlobal(QPointF(200, 150)), QPoint(),
                      QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_canvas.get(), &wheel);
    QCOMPARE(tool->wheels, 1);
    QCOMPARE(m_canvas->extent(), before); // taken by the tool: no zoom
    // Keys the tool leaves alone still navigate; mouse clicks reach the tool only.
    QTest::keyClick(m_canvas.get(), Qt::Key_Right);
    QVERIFY(m_canvas->extent().left() > before.left());
    QSignalSpy clicked(m_canvas.get(), &MapCanvas::featureClicked);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(400, 300));
    QCOMPARE(tool->clicks, 1);
    QCOMPARE(clicked.count(), 0);
    // A tool deleted while active gives the canvas back to panning.
    delete tool;
    QCOMPARE(m_canvas->tool()->objectName(), QStringLiteral("pan"));
}

void TestMapCanvas::failedLayerIsReportedOnce()
{
    const QString path = m_dir.filePath(QStringLiteral("dropped.gpkg"));
    QVERIFY(TestUtils::copyWritable(m_demo, path));
    auto layers = ProjectLayers::open(path);
    QVERIFY(layers);
    {
        auto db = SqliteDb::open(path, SqliteDb::Mode::ReadWrite);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("DROP TABLE parcels")));
    }
    MapCanvas canvas;
    canvas.resize(800, 600);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    QSignalSpy failed(&canvas, &MapCanvas::layerFailed);
    MapSettings map;
    map.layers = layers.takeValue();
    canvas.setMap(map);
    // From the worker thread, through the scheduler.
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("parcels"));
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("parcels")));
    const QImage shown = canvas.grab().toImage();
    // Every later frame fails the same way: said once.
    canvas.renderNow();
    QCOMPARE(failed.count(), 1);
    // Hidden, the layer is not missed; shown again, the failure is new.
    showLayer(canvas, QStringLiteral("parcels"), false);
    canvas.renderNow();
    // The notice in the top-left corner (white, over the map) has gone.
    const QImage hidden = canvas.grab().toImage();
    QVERIFY(QColor(shown.pixel(14, 14)).lightness() > QColor(hidden.pixel(14, 14)).lightness());
    showLayer(canvas, QStringLiteral("parcels"), true);
    canvas.renderNow();
    QCOMPARE(failed.count(), 2);
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
