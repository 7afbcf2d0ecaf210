// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demobuilder.h"
#include "core/map/crs/mercator.h"
#include "core/map/projectlayers.h"
#include "core/map/render/maprenderer.h"
#include "core/map/tiles/mbtileswriter.h"
#include "core/map/tiles/tileprefetch.h"
#include "core/map/tiles/xyztilesource.h"
#include "core/present/flight.h"
#include "core/present/framecomposer.h"
#include "core/present/tour.h"
#include "core/project/projectdocument.h"
#include "core/storage/projectfile.h"
#include "testutils.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPainter>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

// A tile server on 127.0.0.1 for the tests: answers GET /{layer}/{z}/{x}/{y}.png with a tile in
// the layer's colour (or an HTTP status when told to), and notes when each request came.
class FakeTileServer : public QObject
{
public:
    FakeTileServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QString url(const QString &layer) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2/{z}/{x}/{y}.png")
            .arg(m_server.serverPort())
            .arg(layer);
    }
    QList<qint64> times; // ms since start, one per request
    QStringList paths;
    int status = 200;

private:
    void answer(QTcpSocket *socket)
    {
        const QByteArray request = socket->readAll();
        const QByteArray path = request.split(' ').value(1);
        if (!m_clock.isValid())
            m_clock.start();
        times << m_clock.elapsed();
        paths << QString::fromLatin1(path);
        QByteArray body;
        if (status == 200) {
            QImage tile(256, 256, QImage::Format_ARGB32);
            if (path.startsWith("/labels/")) {
                tile.fill(Qt::transparent);
                QPainter(&tile).fillRect(100, 100, 50, 50, Qt::black);
            } else {
                tile.fill(QColor(0x20, 0x80, 0x40));
            }
            QBuffer buffer(&body);
            buffer.open(QIODevice::WriteOnly);
            tile.save(&buffer, "PNG");
        } else {
            body = "<error>token</error>";
        }
        socket->write(QByteArray("HTTP/1.1 ") + QByteArray::number(status)
                      + (status == 200 ? " OK" : " Forbidden") + "\r\nContent-Type: "
                      + (status == 200 ? "image/png" : "text/xml") + "\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }
    QTcpServer m_server;
    QElapsedTimer m_clock;
};

// Tours and what plays them: the flight between two views, the frames a transition is drawn
// from, tours saved in the project (surviving a reopen, undoable), the park-to-plots slide, and
// the offline basemap download from a local fake tile server (no real network): rate-limited,
// resumable, the annotation drawn onto each tile, the 审图号 kept, refusals said.
class TestTours : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void flightEndsWhereAsked();
    void longFlightZoomsOut();
    void composerFadesInTheTarget();
    void toursSurviveReopenAndUndo();
    void parkPlotsSlide();
    void tilePlanCoversTheViews();
    void prefetchDownloadsResumesAndComposites();
    void prefetchStopsWhenRefused();
    void prefetchRefusesTooManyTiles();

private:
    std::shared_ptr<XyzTileSource> source(const QString &layer, const QString &attribution);
    QTemporaryDir m_dir;
    QString m_demo;
    FakeTileServer m_server;
};

void TestTours::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.gpkg"));
    QVERIFY(DemoBuilder::write(m_demo));
}

void TestTours::flightEndsWhereAsked()
{
    const QRectF a(0, 0, 10000, 5625), b(30000, 20000, 2000, 1125);
    const Flight flight(a, b, QSize(1920, 1080));
    auto near = [](const QRectF &x, const QRectF &y) {
        return std::abs(x.center().x() - y.center().x()) < 1e-3
               && std::abs(x.center().y() - y.center().y()) < 1e-3
               && std::abs(x.width() - y.width()) < 1e-3;
    };
    QVERIFY(near(flight.at(0), a));
    QVERIFY(near(flight.at(1), b));
    QVERIFY(flight.durationMs() >= 900 && flight.durationMs() <= 3200);
    // A zoom in place only zooms.
    const Flight zoom(a, QRectF(2500, 1406.25, 5000, 2812.5), QSize(1920, 1080));
    QVERIFY(near(zoom.at(1), QRectF(2500, 1406.25, 5000, 2812.5)));
    QCOMPARE(zoom.at(0.5).center(), a.center());
    QVERIFY(zoom.at(0.5).width() < a.width() && zoom.at(0.5).width() > 5000);
    // Monotonic progress: the centre moves towards the target all the way.
    double last = 0;
    for (int i = 1; i <= 20; ++i) {
        const double d = QLineF(flight.at(i / 20.0).center(), a.center()).length();
        QVERIFY(d >= last - 1e-6);
        last = d;
    }
}

void TestTours::longFlightZoomsOut()
{
    const QRectF a(0, 0, 2000, 1125), b(200000, 0, 2000, 1125);
    const Flight flight(a, b, QSize(1920, 1080));
    QVERIFY(flight.widest().width() > 10 * a.width());
    QVERIFY(flight.at(0.5).width() > 10 * a.width());
    QVERIFY(flight.durationMs() <= 3200);
}

void TestTours::composerFadesInTheTarget()
{
    FrameComposer composer;
    QImage red(100, 100, QImage::Format_ARGB32_Premultiplied), blue = red;
    red.fill(Qt::red);
    blue.fill(Qt::blue);
    const QRectF extent(0, 0, 1000, 1000);
    composer.setBase({{red, extent}});
    composer.setTarget({blue, extent});
    auto colourAt = [&](double t) {
        QImage out(100, 100, QImage::Format_ARGB32_Premultiplied);
        out.fill(Qt::white);
        QPainter painter(&out);
        composer.paint(painter, MapToPixel(extent, QSizeF(100, 100)), t);
        painter.end();
        return out.pixelColor(50, 50);
    };
    QCOMPARE(colourAt(0), QColor(Qt::red));
    QCOMPARE(colourAt(1), QColor(Qt::blue));
    const QColor middle = colourAt(0.8);
    QVERIFY(middle.red() > 0 && middle.blue() > 0);
    QCOMPARE(FrameComposer::targetOpacity(0.3), 0.0);
}

void TestTours::toursSurviveReopenAndUndo()
{
    const QString path = m_dir.filePath(QStringLiteral("tours.gpkg"));
    QVERIFY(QFile::copy(m_demo, path));
    Tour tour{0, QStringLiteral("推介会 Fair"), {}};
    Slide view;
    view.titleZh = QStringLiteral("丽水全景");
    view.titleEn = QStringLiteral("Lishui at a glance");
    view.textZh = QStringLiteral("九县（市、区）一区");
    view.lonLat = QRectF(QPointF(118.9, 27.7), QPointF(120.4, 28.9));
    view.layers = {QStringLiteral("units"), QStringLiteral("parks")};
    view.seconds = 8;
    tour.slides << view;
    qint64 tourId = 0;
    {
        auto document = ProjectDocument::open(path);
        QVERIFY2(document, qPrintable(document.errorMessage()));
        auto park = (*document)->store().db().scalar(QStringLiteral("SELECT min(fid) FROM parks"));
        auto plots = Tours::parkPlotsSlide((*document)->store(), park->toLongLong());
        QVERIFY2(plots, qPrintable(plots.errorMessage()));
        tour.slides << *plots;
        auto saved = Tours::save(**document, tour);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        tourId = *saved;
        QCOMPARE((*document)->undoStack().count(), 1);
        // A second tour of the same name is refused.
        QVERIFY(!Tours::save(**document, Tour{0, tour.name, {}}));
    }
    {
        auto document = ProjectDocument::open(path);
        QVERIFY(document);
        auto tours = Tours::list((*document)->store());
        QVERIFY(tours && tours->size() == 1);
        const Tour &read = tours->first();
        QCOMPARE(read.id, tourId);
        QCOMPARE(read.name, tour.name);
        QCOMPARE(read.slides.size(), 2);
        Slide first = read.slides[0];
        QVERIFY(first.id > 0);
        first.id = 0;
        QCOMPARE(first, view);
        QCOMPARE(read.slides[1].kind, Slide::Kind::ParkPlots);
        QVERIFY(read.slides[1].titleEn.contains(QStringLiteral("land available")));
        // Edited: a slide fewer, renamed; then undone.
        Tour edited = read;
        edited.name = QStringLiteral("Short tour");
        edited.slides.removeLast();
        QVERIFY(Tours::save(**document, edited));
        QCOMPARE(Tours::list((*document)->store())->first().slides.size(), 1);
        (*document)->undoStack().undo();
        QCOMPARE(Tours::list((*document)->store())->first().slides.size(), 2);
        QCOMPARE(Tours::list((*document)->store())->first().name, tour.name);
        QVERIFY(Tours::remove(**document, tourId));
        QVERIFY(Tours::list((*document)->store())->isEmpty());
        (*document)->undoStack().undo();
        QCOMPARE(Tours::list((*document)->store())->size(), 1);
    }
}

// "A slide that zooms from a park to its available plots": it starts on the park, ends on the
// box of the park's reserve and listed plots, and shows those plots alone.
void TestTours::parkPlotsSlide()
{
    auto project = ProjectFile::open(m_demo, ProjectFile::Access::Read);
    QVERIFY(project);
    auto park = (*project)->db().scalar(QStringLiteral(
        "SELECT park_id FROM parcels WHERE status IN ('reserve', 'listed') GROUP BY park_id "
        "ORDER BY count(*) DESC LIMIT 1"));
    QVERIFY(park && park->isValid());
    auto slide = Tours::parkPlotsSlide(**project, park->toLongLong());
    QVERIFY(slide);
    auto stop = Tours::resolve(**project, *slide, true);
    QVERIFY2(stop, qPrintable(stop.errorMessage()));
    QVERIFY(!stop->from.isNull() && !stop->to.isNull());
    QVERIFY(stop->to.width() <= stop->from.width() * 1.5);
    QVERIFY(stop->highlightsParcels);
    auto count = (*project)->db().scalar(
        QStringLiteral("SELECT count(*) FROM parcels WHERE park_id = ?1 AND status IN "
                       "('reserve', 'listed')"),
        {*park});
    QCOMPARE(qint64(stop->parcels.size()), count->toLongLong());
    QVERIFY2(stop->text.contains(QStringLiteral("available")), qPrintable(stop->text));
    auto chinese = Tours::resolve(**project, *slide, false);
    QVERIFY(chinese && chinese->title.contains(QStringLiteral("可供")));
    // Every plot it shows lies in the view it ends on.
    auto layers = ProjectLayers::open(m_demo);
    QVERIFY(layers);
    for (const MapLayer &layer : *layers) {
        if (layer.id != QLatin1String("parcels"))
            continue;
        for (qint64 fid : std::as_const(stop->parcels)) {
            const MapFeature *f = layer.source->feature(fid);
            QVERIFY(f && stop->to.contains(f->bounds));
        }
    }
}

void TestTours::tilePlanCoversTheViews()
{
    const QRectF view(WebMercator::fromLonLat(119.8, 28.3), WebMercator::fromLonLat(120.0, 28.5));
    const QRectF extent = view.normalized();
    const QList<TileId> tiles = TilePrefetch::plan({extent}, QSize(1920, 1080), 18);
    QVERIFY(!tiles.isEmpty());
    const int z = TileSource::zoomFor(std::max(extent.width() / 1920, extent.height() / 1080));
    QSet<int> zooms;
    for (const TileId &t : tiles)
        zooms.insert(t.z);
    QVERIFY(zooms.contains(z) && zooms.contains(z + 1) && zooms.contains(z - 3));
    QVERIFY(!zooms.contains(z + 2));
    // No tile twice, even for overlapping views.
    const QList<TileId> twice = TilePrefetch::plan({extent, extent}, QSize(1920, 1080), 18);
    QCOMPARE(twice.size(), tiles.size());
}

std::shared_ptr<XyzTileSource> TestTours::source(const QString &layer, const QString &attribution)
{
    XyzTileSource::Options options;
    options.name = layer;
    options.urlTemplate = m_server.url(layer);
    options.attribution = attribution;
    options.referer = QByteArrayLiteral("https://www.tianditu.gov.cn/");
    options.cacheDir = m_dir.filePath(QStringLiteral("cache"));
    return std::make_shared<XyzTileSource>(options);
}

void TestTours::prefetchDownloadsResumesAndComposites()
{
    m_server.times.clear();
    m_server.status = 200;
    const QRectF extent
        = QRectF(WebMercator::fromLonLat(119.85, 28.38), WebMercator::fromLonLat(119.93, 28.45))
              .normalized();
    const QList<TileId> tiles = TilePrefetch::plan({extent}, QSize(1366, 768), 14);
    QVERIFY(tiles.size() > 4 && tiles.size() < 200);
    const QString mbtiles = m_dir.filePath(QStringLiteral("fair.tiles.mbtiles"));
    TilePrefetch prefetch(source(QStringLiteral("base"), XyzTileSource::tiandituAttribution()),
                          source(QStringLiteral("labels"), XyzTileSource::tiandituAttribution()));
    TilePrefetch::Limits limits;
    limits.concurrent = 1;
    limits.minIntervalMs = 20;
    prefetch.setLimits(limits);
    QSignalSpy finished(&prefetch, &TilePrefetch::finished);
    QVERIFY(prefetch.start(tiles, mbtiles));
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(finished.first().at(2).toInt(), int(tiles.size()));
    QCOMPARE(m_server.times.size(), 2 * tiles.size()); // the map and its annotation
    // Never faster than the pace: n tiles take at least (n − 1) intervals.
    const qint64 span = m_server.times.last() - m_server.times.first();
    QVERIFY2(span >= (tiles.size() - 1) * limits.minIntervalMs * 0.9,
             qPrintable(QString::number(span)));

    auto offline = MbTilesSource::open(mbtiles);
    QVERIFY2(offline, qPrintable(offline.errorMessage()));
    QVERIFY((*offline)->attribution().contains(QStringLiteral("GS(")));
    // The annotation was drawn onto the map: one tile has both the ground and the label.
    MapSettings settings;
    settings.size = QSize(256, 256);
    const TileId t = tiles.last();
    const double world = 2 * WebMercator::kHalfWorld, size = world / (1 << t.z);
    settings.extent = QRectF(-WebMercator::kHalfWorld + t.x * size,
                             WebMercator::kHalfWorld - (t.y + 1) * size, size, size);
    settings.basemap = *offline;
    settings.background = Qt::white;
    const QImage image = MapRenderer::render(settings).image;
    QCOMPARE(image.pixelColor(20, 20), QColor(0x20, 0x80, 0x40));
    QCOMPARE(image.pixelColor(125, 125), QColor(Qt::black));

    // Again: everything is there, nothing is fetched.
    m_server.times.clear();
    TilePrefetch again(source(QStringLiteral("base"), {}), nullptr);
    QSignalSpy done(&again, &TilePrefetch::finished);
    QVERIFY(again.start(tiles, mbtiles));
    QVERIFY(done.wait(10000));
    QVERIFY(done.first().at(0).toBool());
    QCOMPARE(done.first().at(3).toInt(), int(tiles.size()));
    QVERIFY(m_server.times.isEmpty());
}

void TestTours::prefetchStopsWhenRefused()
{
    m_server.times.clear();
    m_server.status = 403;
    const QRectF extent
        = QRectF(WebMercator::fromLonLat(119.0, 28.0), WebMercator::fromLonLat(119.5, 28.3))
              .normalized();
    const QList<TileId> tiles = TilePrefetch::plan({extent}, QSize(1920, 1080), 14);
    TilePrefetch prefetch(source(QStringLiteral("base"), {}), nullptr);
    TilePrefetch::Limits limits;
    limits.minIntervalMs = 5;
    limits.maxFailures = 3;
    prefetch.setLimits(limits);
    QSignalSpy finished(&prefetch, &TilePrefetch::finished);
    QVERIFY(prefetch.start(tiles, m_dir.filePath(QStringLiteral("refused.mbtiles"))));
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.first().at(0).toBool());
    const QString problem = finished.first().at(1).toString();
    QVERIFY2(problem.contains(QStringLiteral("403")), qPrintable(problem));
    QVERIFY(m_server.times.size() < tiles.size()); // it stopped asking
    m_server.status = 200;
}

void TestTours::prefetchRefusesTooManyTiles()
{
    const QRectF china
        = QRectF(WebMercator::fromLonLat(118, 27), WebMercator::fromLonLat(121, 30)).normalized();
    const QList<TileId> tiles = TilePrefetch::plan({china}, QSize(7680, 4320), 18);
    TilePrefetch prefetch(source(QStringLiteral("base"), {}), nullptr);
    TilePrefetch::Limits limits;
    limits.maxTiles = 50;
    prefetch.setLimits(limits);
    const Status started = prefetch.start(tiles, m_dir.filePath(QStringLiteral("big.mbtiles")));
    QVERIFY(!started);
    QVERIFY(started.errorMessage().contains(QString::number(tiles.size())));
}

QTEST_MAIN(TestTours)
#include "tst_tours.moc"
