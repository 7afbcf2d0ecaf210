// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demobuilder.h"
#include "core/domain/domain.h"
#include "core/map/crs/mercator.h"
#include "core/map/hittest.h"
#include "core/map/projectlayers.h"
#include "core/map/render/labelplacer.h"
#include "core/map/render/maprenderer.h"
#include "core/map/tiles/tilesource.h"
#include "core/map/tiles/xyztilesource.h"
#include "core/map/wkbreader.h"
#include "core/storage/sqlitedb.h"
#include "testutils.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

class TestMapRenderer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mercatorKnownPoints();
    void gaussKrugerGridMatchesProj();
    void wkbReader();
    void rendersEveryStatusColour();
    void labelsNeverOverlap();
    void labelsMoveAsideInsteadOfHiding();
    void bandsJoinWithoutOffset();
    void hitTestFindsParcel();
    void cancelledRenderReturnsNothing();
    void unreadableLayerIsReported();
    void mbtilesBasemap();
    void mbtilesRejectsVectorTiles();
    void tileCacheIsByteBounded();
    void offlineTileSourceFailsFastAndReportsOnce();
    void decompressionBombTileIsRefused();

private:
    MapSettings demoSettings(QSize size);
    QTemporaryDir m_dir;
    QString m_demo;
    std::vector<MapLayer> m_layers;
};

void TestMapRenderer::initTestCase()
{
    m_demo = m_dir.filePath(QStringLiteral("demo.gpkg"));
    QVERIFY(DemoBuilder::write(m_demo));
    auto layers = ProjectLayers::open(m_demo);
    QVERIFY2(layers, qPrintable(layers.errorMessage()));
    m_layers = layers.takeValue();
}

MapSettings TestMapRenderer::demoSettings(QSize size)
{
    MapSettings settings;
    settings.size = size;
    settings.layers = m_layers;
    settings.extent
        = MapSettings::fitted(settings.layer(QStringLiteral("units"))->source->extent(), size);
    return settings;
}

void TestMapRenderer::mercatorKnownPoints()
{
    // EPSG:3857 of 120°E 30°N, as PROJ gives it.
    const QPointF p = WebMercator::fromLonLat(120, 30);
    QVERIFY(qAbs(p.x() - 13358338.895) < 0.01);
    QVERIFY(qAbs(p.y() - 3503549.843) < 0.01);
    const QPointF back = WebMercator::toLonLat(p.x(), p.y());
    QVERIFY(qAbs(back.x() - 120) < 1e-9 && qAbs(back.y() - 30) < 1e-9);
    OGRSpatialReference cgcs2000;
    cgcs2000.importFromEPSG(4490);
    auto t = MercatorTransform::create(cgcs2000, QRectF(118, 27, 3, 3));
    QVERIFY(t);
    QCOMPARE((*t)->method(), MercatorTransform::Method::Formula);
    QVERIFY(qAbs((*t)->forward(120, 30).x() - 13358338.895) < 0.01);
    // The layer transform interpolates the northing in a table: within a millimetre of the
    // formula everywhere, at the table's nodes, between them and beyond its ±85° ends.
    for (double lat = -86; lat <= 86; lat += 0.0037) {
        const QPointF exact = WebMercator::fromLonLat(119.5, lat);
        const QPointF fast = (*t)->forward(119.5, lat);
        QVERIFY2(qAbs(fast.y() - exact.y()) < 0.001 && qAbs(fast.x() - exact.x()) < 1e-6,
                 qPrintable(QString::number(lat, 'f', 4)));
    }
}

void TestMapRenderer::gaussKrugerGridMatchesProj()
{
    OGRSpatialReference gk;
    gk.importFromEPSG(4549);
    gk.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const QRectF extent(480000, 3140000, 25000, 25000);
    auto t = MercatorTransform::create(gk, extent);
    QVERIFY(t);
    QCOMPARE((*t)->method(), MercatorTransform::Method::Grid);
    QVERIFY((*t)->gridError() < 0.02);
    OGRSpatialReference mercator;
    mercator.importFromEPSG(3857);
    mercator.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> exact(
        OGRCreateCoordinateTransformation(&gk, &mercator));
    for (const QPointF &p :
         {QPointF(481234.5, 3141234.5), QPointF(500000, 3152000), QPointF(504999, 3164999)}) {
        double x = p.x(), y = p.y();
        QVERIFY(exact->Transform(1, &x, &y));
        const QPointF approx = (*t)->forward(p.x(), p.y());
        QVERIFY2(std::hypot(approx.x() - x, approx.y() - y) < 0.02,
                 qPrintable(QStringLiteral("%1 %2").arg(approx.x() - x).arg(approx.y() - y)));
    }
    // The layer-CRS box of a Mercator view contains the view's corners.
    const QRectF view((*t)->forward(490000, 3150000), (*t)->forward(495000, 3155000));
    const QRectF back = (*t)->inverseBounds(view.normalized());
    QVERIFY(back.adjusted(-1, -1, 1, 1).contains(QRectF(490000, 3150000, 5000, 5000)));
}

void TestMapRenderer::wkbReader()
{
    // A polygon with a hole, little-endian, 2D.
    OGRGeometry *g = nullptr;
    QVERIFY(OGRGeometryFactory::createFromWkt("MULTIPOLYGON (((0 0,10 0,10 10,0 10,0 0),(2 2,3 2,3 "
                                              "3,2 2)),((20 20,21 20,21 21,20 20)))",
                                              nullptr, &g)
            == OGRERR_NONE);
    std::unique_ptr<OGRGeometry> geometry(g);
    std::vector<unsigned char> wkb(geometry->WkbSize());
    geometry->exportToWkb(wkbXDR, wkb.data(), wkbVariantIso); // big-endian, to test swapping
    Wkb::Parts parts;
    QVERIFY(Wkb::read(wkb.data(), wkb.size(), parts));
    QCOMPARE(parts.kind, Wkb::Kind::Polygon);
    QCOMPARE(parts.partSizes, (std::vector<int>{5, 4, 4}));
    QCOMPARE(parts.xy[2], 10.0);
    // A ZM point keeps only x, y.
    QVERIFY(OGRGeometryFactory::createFromWkt("POINT ZM (1 2 3 4)", nullptr, &g) == OGRERR_NONE);
    geometry.reset(g);
    wkb.resize(geometry->WkbSize());
    geometry->exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
    Wkb::Parts point;
    QVERIFY(Wkb::read(wkb.data(), wkb.size(), point));
    QCOMPARE(point.xy, (std::vector<double>{1, 2}));
    // Truncated input is refused, not read past its end.
    Wkb::Parts broken;
    QVERIFY(!Wkb::read(wkb.data(), wkb.size() - 5, broken));
}

void TestMapRenderer::rendersEveryStatusColour()
{
    MapSettings settings = demoSettings(QSize(3000, 2400));
    for (MapLayer &layer : settings.layers)
        layer.visible = layer.id == QLatin1String("parcels") || layer.id == QLatin1String("units");
    MapRenderer::Stats stats;
    const QImage image = MapRenderer::render(settings, nullptr, &stats).image;
    QCOMPARE(image.size(), QSize(3000, 2400));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            colours.insert(line[x] | 0xFF000000u);
    }
    QVERIFY(colours.size() > 20);
    for (const QString &status : Domain::codes(Domain::parcelStatuses())) {
        const QRgb wanted = DefaultStyles::parcelStatusColour(status).rgb();
        QVERIFY2(colours.contains(wanted), qPrintable(status));
    }
    QVERIFY(stats.features >= 300);
}

void TestMapRenderer::labelsNeverOverlap()
{
    MapSettings settings = demoSettings(QSize(1600, 1000));
    MapRenderer::Stats stats;
    MapRenderer::render(settings, nullptr, &stats);
    QVERIFY(stats.labelsPlaced >= 10); // the ten units at least
    for (int i = 0; i < stats.labelRects.size(); ++i) {
        for (int j = i + 1; j < stats.labelRects.size(); ++j)
            QVERIFY(!stats.labelRects[i].intersects(stats.labelRects[j]));
    }
    // The placer itself: a thousand candidates on one spot give one label.
    LabelPlacer placer(QSize(400, 300), 2000);
    const int font = placer.addFont(QFont());
    for (int i = 0; i < 1000; ++i)
        placer.add(
            {QPointF(200, 150), QStringLiteral("地块%1").arg(i), font, 0, double(i), -1, {}});
    QCOMPARE(placer.place().size(), 1);
}

// A park's label at its county's centre, and a marker whose label's first place is taken: each
// finds a free place nearby instead of disappearing (issue 8 #26).
void TestMapRenderer::labelsMoveAsideInsteadOfHiding()
{
    LabelPlacer placer(QSize(800, 600));
    const int font = placer.addFont(MapRenderer::mapFont(14));
    const QPointF centre(400, 300);
    placer.add({centre, QStringLiteral("缙云县"), font, 2, 500, -1, QRectF(100, 50, 600, 500)});
    placer.add({centre + QPointF(0, 4), QStringLiteral("缙云经济开发区"), font, 3, 60, -1,
                QRectF(370, 270, 60, 60)});
    const QList<LabelPlacer::Placed> placed = placer.place();
    QCOMPARE(placed.size(), 2);
    QCOMPARE(placed[0].text, QStringLiteral("缙云经济开发区"));
    QVERIFY(placed[0].rect.contains(centre + QPointF(0, 4))); // the park keeps its place
    QCOMPARE(placed[1].text, QStringLiteral("缙云县"));
    QVERIFY(!placed[0].rect.intersects(placed[1].rect));
    QVERIFY(QRectF(100, 50, 600, 500).contains(placed[1].rect.center())); // over the county

    // A marker whose label's first place (below) is taken puts it on its right.
    LabelPlacer points(QSize(800, 600));
    const int small = points.addFont(MapRenderer::mapFont(12));
    points.add({QPointF(400, 322), QStringLiteral("园区"), small, 2, 80, -1, {}});
    points.add({QPointF(400, 300), QStringLiteral("某项目"), small, 1, 6, 6, {}});
    const QList<LabelPlacer::Placed> beside = points.place();
    QCOMPARE(beside.size(), 2);
    QCOMPARE(beside[1].text, QStringLiteral("某项目"));
    QVERIFY(!beside[0].rect.intersects(beside[1].rect));
    QVERIFY(beside[1].rect.left() > 400 + 6);
    QVERIFY(beside[1].rect.top() < 300 && beside[1].rect.bottom() > 300);
}

// Large layers are drawn in horizontal bands on several threads, each into its own rows of the
// image. Every square of a regular grid must land on its own pixels, above and below the band
// borders alike: filled inside, its outline on its edges, background in the gaps.
void TestMapRenderer::bandsJoinWithoutOffset()
{
    const QString path = m_dir.filePath(QStringLiteral("grid.gpkg"));
    constexpr int columns = 16, rows = 12, cell = 50, side = 30; // pixels at 1 m per pixel
    {
        GDALAllRegister();
        GDALDriver *gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
        std::unique_ptr<GDALDataset> ds(
            gpkg->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        QVERIFY(ds);
        OGRSpatialReference mercator;
        mercator.importFromEPSG(3857);
        OGRLayer *layer = ds->CreateLayer("grid", &mercator, wkbPolygon, nullptr);
        QVERIFY(layer);
        for (int j = 0; j < rows; ++j) {
            for (int i = 0; i < columns; ++i) {
                const double x = 10 + i * cell, y = 10 + j * cell;
                OGRPolygon square;
                OGRLinearRing ring;
                ring.addPoint(x, y);
                ring.addPoint(x + side, y);
                ring.addPoint(x + side, y + side);
                ring.addPoint(x, y + side);
                ring.closeRings();
                square.addRing(&ring);
                OGRFeature feature(layer->GetLayerDefn());
                feature.SetGeometry(&square);
                QCOMPARE(layer->CreateFeature(&feature), OGRERR_NONE);
            }
        }
    }
    auto source = LayerSource::open(path, QStringLiteral("grid"));
    QVERIFY2(source, qPrintable(source.errorMessage()));
    MapLayer layer;
    layer.id = QStringLiteral("grid");
    layer.source = *source;
    layer.style.defaultFill = QColor(0, 0, 255);
    layer.style.stroke = QColor(255, 0, 0);
    layer.style.strokeWidth = 1;
    layer.style.strokeMinPixels = 0;
    MapSettings settings;
    settings.size = QSize(columns * cell, rows * cell);
    settings.extent = QRectF(0, 0, columns * cell, rows * cell); // 1 m per pixel
    settings.layers.push_back(layer);
    settings.labels = false;
    settings.background = Qt::white;
    MapRenderer::Stats stats;
    const QImage image = MapRenderer::render(settings, nullptr, &stats).image;
    QCOMPARE(stats.features, qint64(columns * rows));
    // Map y grows upwards, image rows downwards.
    auto pixel = [&](double x, double y) { return image.pixelColor(int(x), int(rows * cell - y)); };
    for (int j = 0; j < rows; ++j) {
        for (int i = 0; i < columns; ++i) {
            const double x = 10 + i * cell, y = 10 + j * cell;
            const QString where = QStringLiteral("square %1,%2").arg(i).arg(j);
            QVERIFY2(pixel(x + side / 2, y + 2) == QColor(0, 0, 255), qPrintable(where));
            QVERIFY2(pixel(x + side / 2, y + side - 2) == QColor(0, 0, 255), qPrintable(where));
            QVERIFY2(pixel(x + side / 2, y + side + 3) == QColor(Qt::white), qPrintable(where));
            QVERIFY2(pixel(x + side / 2, y - 3) == QColor(Qt::white), qPrintable(where));
            QVERIFY2(pixel(x + side / 2, y + side).red() > 100, qPrintable(where)); // outline
        }
    }
}

void TestMapRenderer::hitTestFindsParcel()
{
    MapSettings settings = demoSettings(QSize(1000, 800));
    // Projects sit on their parcels and are drawn above them: leave them out here.
    for (MapLayer &layer : settings.layers)
        layer.visible
            = layer.id != QLatin1String("projects") && layer.id != QLatin1String("enclaves");
    const MapLayer *parcels = settings.layer(QStringLiteral("parcels"));
    const MapFeature *parcel = parcels->source->feature(1);
    QVERIFY(parcel && parcel->hasGeometry);
    // Zoom so the parcel fills the middle of the view, then click its anchor.
    const QRectF b = parcel->bounds;
    settings.extent = MapSettings::fitted(
        b.adjusted(-b.width() * 2, -b.height() * 2, b.width() * 2, b.height() * 2), settings.size);
    auto hit = MapHitTest::at(settings, settings.mapToPixel().toPixel(parcel->anchor));
    QVERIFY(hit);
    QCOMPARE(hit->layer, QStringLiteral("parcels"));
    QCOMPARE(hit->fid, 1);
    // Far outside every feature there is nothing.
    settings.extent.translate(1e7, 0);
    QVERIFY(!MapHitTest::at(settings, QPointF(500, 400)));
}

void TestMapRenderer::cancelledRenderReturnsNothing()
{
    std::atomic<bool> cancel{true};
    QVERIFY(MapRenderer::render(demoSettings(QSize(800, 600)), &cancel).image.isNull());
}

void TestMapRenderer::unreadableLayerIsReported()
{
    const QString path = m_dir.filePath(QStringLiteral("dropped.gpkg"));
    QVERIFY(TestUtils::copyWritable(m_demo, path));
    auto layers = ProjectLayers::open(path);
    QVERIFY(layers);
    // Another program drops the parcels after the map opened them.
    {
        auto db = SqliteDb::open(path, SqliteDb::Mode::ReadWrite);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("DROP TABLE parcels")));
    }
    MapSettings settings = demoSettings(QSize(800, 600));
    settings.layers = layers.takeValue();
    const RenderedMap map = MapRenderer::render(settings);
    // The other layers are drawn; the parcels are reported, not silently left out.
    QVERIFY(!map.image.isNull());
    QCOMPARE(map.errors.size(), 1);
    QCOMPARE(map.errors.front().layer, QStringLiteral("parcels"));
    QVERIFY2(map.errors.front().message.contains(QStringLiteral("parcels")),
             qPrintable(map.errors.front().message));
}

static QByteArray pngOf(const QColor &colour)
{
    QImage tile(256, 256, QImage::Format_RGB32);
    tile.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    tile.save(&buffer, "PNG");
    return bytes;
}

void TestMapRenderer::mbtilesBasemap()
{
    const QString path = m_dir.filePath(QStringLiteral("basemap.mbtiles"));
    {
        auto db = SqliteDb::open(path, SqliteDb::Mode::Create);
        QVERIFY(db);
        QVERIFY(db->exec(
            QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT);"
                           "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row "
                           "INTEGER, tile_data BLOB);"
                           "INSERT INTO metadata VALUES "
                           "('name','测试底图'),('format','png'),('attribution','© test')")));
        auto insert = db->prepare(QStringLiteral("INSERT INTO tiles VALUES (?1, ?2, ?3, ?4)"));
        QVERIFY(insert);
        // Zoom 2 everywhere, in a colour the vector layers never use.
        for (int x = 0; x < 4; ++x) {
            for (int y = 0; y < 4; ++y) {
                insert->bindAll({2, x, 3 - y, pngOf(QColor(0x12, 0x34, 0x56))});
                QVERIFY(insert->run());
            }
        }
    }
    auto source = MbTilesSource::open(path);
    QVERIFY2(source, qPrintable(source.errorMessage()));
    QCOMPARE((*source)->name(), QStringLiteral("测试底图"));
    QCOMPARE((*source)->maxZoom(), 2);
    MapSettings settings;
    settings.size = QSize(512, 512);
    settings.extent = QRectF(-WebMercator::kHalfWorld, -WebMercator::kHalfWorld,
                             2 * WebMercator::kHalfWorld, 2 * WebMercator::kHalfWorld);
    settings.basemap = *source;
    const QImage image = MapRenderer::render(settings).image;
    QCOMPARE(image.pixel(100, 100) | 0xFF000000u, QColor(0x12, 0x34, 0x56).rgb());
    QVERIFY((*source)->cache().bytes() > 0);
}

void TestMapRenderer::mbtilesRejectsVectorTiles()
{
    const QString path = m_dir.filePath(QStringLiteral("vector.mbtiles"));
    auto db = SqliteDb::open(path, SqliteDb::Mode::Create);
    QVERIFY(
        db->exec(QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT);"
                                "CREATE TABLE tiles (zoom_level, tile_column, tile_row, tile_data);"
                                "INSERT INTO metadata VALUES ('format','pbf')")));
    QVERIFY(!MbTilesSource::open(path));
    QVERIFY(!MbTilesSource::open(m_demo)); // a GeoPackage is no MBTiles
}

void TestMapRenderer::tileCacheIsByteBounded()
{
    TileCache cache(2 * 256 * 256 * 4);
    QImage tile(256, 256, QImage::Format_ARGB32_Premultiplied);
    for (int i = 0; i < 10; ++i)
        cache.insert({5, i, 0}, tile);
    QVERIFY(cache.bytes() <= 2 * 256 * 256 * 4);
    QImage found;
    QVERIFY(cache.find({5, 9, 0}, &found)); // the newest stays
    QVERIFY(!cache.find({5, 0, 0}, &found));
}

void TestMapRenderer::offlineTileSourceFailsFastAndReportsOnce()
{
    // Nothing listens on port 9 of the loopback address: the connection is refused at once.
    auto source = std::make_shared<XyzTileSource>(
        XyzTileSource::Options{QStringLiteral("test"),
                               QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png"),
                               {},
                               QStringLiteral("test"),
                               QByteArray(),
                               m_dir.filePath(QStringLiteral("tiles")),
                               18});
    QSignalSpy unavailable(source.get(), &TileSource::unavailable);
    MapSettings settings;
    settings.size = QSize(800, 600);
    settings.extent = MapSettings::fitted(
        QRectF(WebMercator::fromLonLat(119, 28), WebMercator::fromLonLat(120, 29)).normalized(),
        settings.size);
    settings.basemap = source;
    QElapsedTimer timer;
    timer.start();
    const QImage first = MapRenderer::render(settings).image;
    QVERIFY(timer.elapsed() < 1000); // never waits for the network
    QVERIFY(!first.isNull());
    QVERIFY(unavailable.wait(5000));
    // Later frames neither hang nor report again.
    for (int i = 0; i < 3; ++i) {
        settings.extent.translate(50000, 0);
        MapRenderer::render(settings);
        QTest::qWait(200);
    }
    QCOMPARE(unavailable.count(), 1);
    QVERIFY(source->isOffline());
}

// A 31 KB PNG that decodes to 5700 × 5700 pixels took 5.6 GB for one render: the tile's size
// is read from its header and refused before any pixel is allocated.
void TestMapRenderer::decompressionBombTileIsRefused()
{
    auto encode = [](const QImage &image) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    };
    QImage bomb(5700, 5700, QImage::Format_Mono);
    bomb.fill(0);
    const QByteArray bombBytes = encode(bomb);
    QVERIFY(bombBytes.size() < 200 * 1024);
    QVERIFY(TileSource::decodeTile(bombBytes).isNull());

    QImage tile(256, 256, QImage::Format_RGB32);
    tile.fill(QColor(0x33, 0x66, 0x99));
    const QImage decoded = TileSource::decodeTile(encode(tile));
    QCOMPARE(decoded.size(), QSize(256, 256));
    QCOMPARE(decoded.pixelColor(10, 10), QColor(0x33, 0x66, 0x99));
    QVERIFY(TileSource::decodeTile(QByteArray("not a picture")).isNull());
    QVERIFY(TileSource::decodeTile(QByteArray()).isNull());
}

QTEST_MAIN(TestMapRenderer)
#include "tst_maprenderer.moc"
