// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demobuilder.h"
#include "core/map/layersource.h"
#include "core/storage/gpkggeometry.h"
#include "core/storage/sqlitedb.h"
#include "testutils.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

// LayerSource's thread contract: a feature handed out is never written again, edits and fuller
// geometry arrive as new copies, and the GUI thread never waits for a layer that is loading.
class TestLayerSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shapesArriveAsNewCopies();
    void invalidateReplacesAndRemoves();
    void busyLayerAnswersFromCacheAtOnce();
    void rendersAndTheGuiShareWithoutRaces();
    void largeLayerReadInPartsIsWhole();

private:
    // A fresh copy of the demo project, so that a test may change it.
    QString demoCopy(const QString &name);
    std::shared_ptr<LayerSource> parcels(const QString &path);
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestLayerSource::initTestCase()
{
    m_demo = m_dir.filePath(QStringLiteral("demo.gpkg"));
    QVERIFY(DemoBuilder::write(m_demo));
}

QString TestLayerSource::demoCopy(const QString &name)
{
    const QString path = m_dir.filePath(name);
    return TestUtils::copyWritable(m_demo, path) ? path : QString();
}

std::shared_ptr<LayerSource> TestLayerSource::parcels(const QString &path)
{
    LayerSource::Columns columns;
    columns.label = QStringLiteral("code");
    auto source = LayerSource::open(path, QStringLiteral("parcels"), columns);
    return source ? *source : nullptr;
}

void TestLayerSource::shapesArriveAsNewCopies()
{
    auto source = parcels(m_demo);
    QVERIFY(source);
    // From far away every parcel is a dot: read with its box only.
    const QRectF all = source->extent();
    auto far = source->features(all, all.width());
    QVERIFY(far && !far->empty());
    const MapFeature *dot = far->front();
    QVERIFY(!dot->hasGeometry);
    const MapFeature before = *dot;

    // Close up the renderer needs its shape: a new copy carries it, the old one is untouched.
    const QRectF near = dot->bounds.adjusted(-10, -10, 10, 10);
    auto close = source->features(near, 0.1);
    QVERIFY(close);
    const MapFeature *shaped = nullptr;
    for (const MapFeature *f : *close) {
        if (f->fid == before.fid)
            shaped = f;
    }
    QVERIFY(shaped);
    QVERIFY(shaped != dot);
    QVERIFY(shaped->hasGeometry && !shaped->points.empty());
    QVERIFY(!dot->hasGeometry && dot->points.empty());
    QCOMPARE(dot->bounds, before.bounds);
    QCOMPARE(dot->label, before.label);
    QCOMPARE(shaped->label, before.label);
    // Everyone sees the new copy from now on.
    QCOMPARE(source->cachedFeature(before.fid), shaped);
    QCOMPARE(source->feature(before.fid), shaped);
    QCOMPARE(source->cachedCount(), source->featureCount());
}

void TestLayerSource::invalidateReplacesAndRemoves()
{
    const QString path = demoCopy(QStringLiteral("edited.gpkg"));
    auto source = parcels(path);
    QVERIFY(source);
    auto everything = source->features(source->extent(), 1.0);
    QVERIFY(everything);
    const qint64 count = qint64(everything->size());
    const MapFeature *edited = source->feature(3);
    const MapFeature *deleted = source->feature(4);
    QVERIFY(edited && deleted);
    const QString oldCode = edited->label;

    auto db = SqliteDb::open(path, SqliteDb::Mode::ReadWrite);
    QVERIFY(db);
    QVERIFY(GpkgGeometry::registerSqlFunctions(db->handle())); // GDAL's R-tree triggers call them
    QVERIFY(db->exec(QStringLiteral("UPDATE parcels SET code = 'EDITED' WHERE fid = 3")));
    QVERIFY(db->exec(QStringLiteral("DELETE FROM parcels WHERE fid = 4")));
    QVERIFY(source->invalidate({3, 4}));

    const MapFeature *fresh = source->cachedFeature(3);
    QVERIFY(fresh && fresh != edited);
    QCOMPARE(fresh->label, QStringLiteral("EDITED"));
    QCOMPARE(edited->label, oldCode); // a render still holding the old copy sees it unchanged
    QVERIFY(!source->cachedFeature(4));
    QVERIFY(!source->feature(4));
    QCOMPARE(source->featureCount(), count - 1);
    // Listed once each, the new copy only.
    auto after = source->features(source->extent(), 1.0);
    QVERIFY(after);
    QCOMPARE(qint64(after->size()), count - 1);
    QCOMPARE(std::count(after->begin(), after->end(), fresh), 1);
    QCOMPARE(std::count(after->begin(), after->end(), edited), 0);
}

void TestLayerSource::busyLayerAnswersFromCacheAtOnce()
{
    // A writer's exclusive lock (rollback journal, not WAL) keeps a reader inside SQLite's busy
    // wait — with the source's mutex held, as during a long load for a render.
    const QString path = demoCopy(QStringLiteral("busy.gpkg"));
    {
        auto db = SqliteDb::open(path, SqliteDb::Mode::ReadWrite);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
    }
    auto source = parcels(path);
    QVERIFY(source);
    const QRectF all = source->extent();
    // Something is cached: the west half of the layer.
    const QRectF west(all.left(), all.top(), all.width() / 2, all.height());
    auto cached = source->features(west, 1.0);
    QVERIFY(cached && !cached->empty());
    const MapFeature *known = cached->front();

    auto writer = SqliteDb::open(path, SqliteDb::Mode::ReadWrite);
    QVERIFY(writer);
    QVERIFY(writer->exec(QStringLiteral("BEGIN EXCLUSIVE")));
    bool renderFailed = false;
    QString renderError;
    std::thread render([&] {
        // The east half is not cached: this waits for the file, holding the source.
        auto east = source->features(all, 1.0);
        renderFailed = !east;
        if (!east)
            renderError = east.errorMessage();
    });
    QTest::qWait(300); // the render thread is now inside SQLite's busy wait

    QElapsedTimer timer;
    timer.start();
    auto now = source->features(all, 1.0, nullptr, /*waitIfBusy=*/false);
    const MapFeature *highlight = source->cachedFeature(known->fid);
    const qint64 waited = timer.elapsed();
    render.join(); // SQLite gives up after its busy timeout (3 s)
    QVERIFY(writer->exec(QStringLiteral("ROLLBACK")));

    QVERIFY2(waited < 100, qPrintable(QStringLiteral("the GUI thread waited %1 ms").arg(waited)));
    QVERIFY(now);
    QCOMPARE(now->size(), cached->size()); // what was loaded, nothing more
    QCOMPARE(highlight, known);
    // The load that could not read the file says so, naming the layer.
    QVERIFY(renderFailed);
    QVERIFY2(renderError.contains(QStringLiteral("parcels")), qPrintable(renderError));
}

// A render thread zooming in and out (dots, then shapes as new copies) while the GUI thread
// hovers, highlights, identifies and invalidates. Built with -fsanitize=thread this checks the
// contract; here it checks that every reader sees whole features and the cache stays consistent.
void TestLayerSource::rendersAndTheGuiShareWithoutRaces()
{
    auto source = parcels(m_demo);
    QVERIFY(source);
    const QRectF all = source->extent();
    std::atomic<bool> rendering{true};
    std::atomic<qint64> broken{0};
    auto readWhole = [&broken](const MapFeature *f) {
        // What the renderer reads: points match the parts, and the box holds the shape.
        qint64 points = 0;
        for (int n : f->partSizes)
            points += n;
        if (points != qint64(f->points.size()) || (f->hasGeometry && f->points.empty()))
            ++broken;
        for (const QPointF &p : f->points) {
            if (!f->bounds.adjusted(-1, -1, 1, 1).contains(p))
                ++broken;
        }
    };
    std::thread render([&] {
        for (int i = 0; i < 60; ++i) {
            const double zoom = 1 << (i % 6); // whole layer → 1/32 of it, around a moving centre
            QRectF view(0, 0, all.width() / zoom, all.height() / zoom);
            view.moveCenter(all.topLeft()
                            + QPointF(all.width() * ((i * 7) % 10) / 10.0,
                                      all.height() * ((i * 3) % 10) / 10.0));
            auto features = source->features(view, view.width() / 1920);
            if (!features) {
                ++broken;
                continue;
            }
            for (const MapFeature *f : *features)
                readWhole(f);
        }
        rendering = false;
    });
    qint64 fid = 1;
    while (rendering) {
        fid = fid % source->featureCount() + 1;
        if (auto hover = source->features(all, all.width() / 800, nullptr, /*waitIfBusy=*/false)) {
            for (const MapFeature *f : *hover)
                readWhole(f);
        }
        if (const MapFeature *f = source->cachedFeature(fid))
            readWhole(f);
        if (fid % 7 == 0) {
            if (const MapFeature *f = source->feature(fid))
                readWhole(f);
        }
        if (fid % 11 == 0)
            QVERIFY(source->invalidate({fid}));
    }
    render.join();
    QCOMPARE(broken.load(), 0);
    auto everything = source->features(all, 1.0);
    QVERIFY(everything);
    QCOMPARE(qint64(everything->size()), source->featureCount());
    QCOMPARE(source->cachedCount(), source->featureCount());
}

QTEST_GUILESS_MAIN(TestLayerSource)
// A whole layer of 50 000 rows or more is read on several threads, in fid ranges. Every feature
// must arrive exactly once, in fid order, with its own shape and attributes, whatever the gaps
// in the fids.
void TestLayerSource::largeLayerReadInPartsIsWhole()
{
    const QString path = m_dir.filePath(QStringLiteral("large.gpkg"));
    constexpr int count = 60000;
    {
        GDALAllRegister();
        GDALDriver *gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
        std::unique_ptr<GDALDataset> ds(
            gpkg->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        QVERIFY(ds);
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        OGRLayer *layer = ds->CreateLayer("cells", &wgs84, wkbPolygon, nullptr);
        QVERIFY(layer);
        OGRFieldDefn code("code", OFTString);
        QCOMPARE(layer->CreateField(&code), OGRERR_NONE);
        QCOMPARE(layer->StartTransaction(), OGRERR_NONE);
        for (int k = 0; k < count; ++k) {
            const double x = 120 + (k % 300) * 0.001, y = 28 + (k / 300) * 0.001;
            OGRPolygon square;
            OGRLinearRing ring;
            ring.addPoint(x, y);
            ring.addPoint(x + 0.0008, y);
            ring.addPoint(x + 0.0008, y + 0.0008);
            ring.addPoint(x, y + 0.0008);
            ring.closeRings();
            square.addRing(&ring);
            OGRFeature feature(layer->GetLayerDefn());
            feature.SetFID(k * 3 + 1); // gaps: ranges split by fid, not by row
            // The first label is megabytes long, as in a hostile or broken file.
            feature.SetField("code", k == 0 ? QString(4'000'000, QChar(u'地')).toUtf8().constData()
                                            : QByteArray::number(k).constData());
            feature.SetGeometry(&square);
            QCOMPARE(layer->CreateFeature(&feature), OGRERR_NONE);
        }
        QCOMPARE(layer->CommitTransaction(), OGRERR_NONE);
    }
    LayerSource::Columns columns;
    columns.label = QStringLiteral("code");
    auto source = LayerSource::open(path, QStringLiteral("cells"), columns);
    QVERIFY2(source, qPrintable(source.errorMessage()));
    auto features = (*source)->features((*source)->extent(), 0.01); // every shape in full
    QVERIFY2(features, qPrintable(features.errorMessage()));
    QCOMPARE(int(features->size()), count);
    for (int k = 0; k < count; ++k) {
        const MapFeature *f = features->at(size_t(k));
        QCOMPARE(f->fid, qint64(k) * 3 + 1);
        // A label arrives as its first 200 characters at most.
        QCOMPARE(f->label, k == 0 ? QString(200, QChar(u'地')) : QString::number(k));
        QVERIFY(f->hasGeometry);
        QCOMPARE(f->points.size(), size_t(5));
    }
    QCOMPARE((*source)->cachedCount(), qint64(count));
}

#include "tst_layersource.moc"
