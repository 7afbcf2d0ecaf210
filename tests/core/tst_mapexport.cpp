// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demobuilder.h"
#include "core/map/projectlayers.h"
#include "core/map/tiles/mbtileswriter.h"
#include "core/map/tiles/tilesource.h"
#include "core/report/mapexport.h"
#include "testutils.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

// Map export: the demo's map as a vector PDF (title, legend, scale bar, north arrow and
// attribution; the CJK font embedded; a page that is not blank; labels as text) and as a PNG
// of the size and resolution asked for; a full-screen PDF over an imagery-like basemap stays
// under 5 MB (its size is printed); bad sizes and names are refused, leaving nothing behind.
class TestMapExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void vectorPdf();
    void png();
    void fullScreenPdfSize();
    void renderCommandWritesPdf();
    void refusals();

private:
    MapSettings demoMap() const;
    QTemporaryDir m_dir;
    QString m_demo;
    std::vector<MapLayer> m_layers;
};

void TestMapExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.gpkg"));
    QVERIFY(DemoBuilder::write(m_demo));
    auto layers = ProjectLayers::open(m_demo);
    QVERIFY2(layers, qPrintable(layers.errorMessage()));
    m_layers = layers.takeValue();
}

MapSettings TestMapExport::demoMap() const
{
    MapSettings map;
    map.layers = m_layers;
    for (const MapLayer &layer : m_layers) {
        if (layer.id == QLatin1String("units"))
            map.extent = layer.source->extent();
    }
    return map;
}

void TestMapExport::vectorPdf()
{
    MapSettings map = demoMap();
    // A translucent layer stays vector (PDF opacity), not an image of the layer.
    for (MapLayer &layer : map.layers) {
        if (layer.id == QLatin1String("parks"))
            layer.opacity = 0.5;
    }
    MapExportOptions options;
    options.layout.title = QStringLiteral("丽水市招商地图");
    options.layout.legend = MapLayout::legendFor(map);
    options.layout.attribution = QStringLiteral("Data: Lishui demo project");
    const QString pdf = m_dir.filePath(QStringLiteral("map.pdf"));
    auto written = MapExport::write(map, options, pdf);
    QVERIFY2(written, qPrintable(written.errorMessage()));
    QVERIFY(written->bytes > 1000);
    QCOMPARE(written->pixels, QSize(842, 595)); // A4 landscape in points
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("map.partial.pdf"))));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils are not installed");
    const auto fonts = TestUtils::run(QStringLiteral("pdffonts"), {pdf});
    QVERIFY2(fonts.out.contains("CJK"), fonts.out.constData());
    const QString text = QString::fromUtf8(
        TestUtils::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out);
    QVERIFY2(text.contains(QStringLiteral("招商地图")), qPrintable(text.left(300)));
    QVERIFY(text.contains(QStringLiteral("Land parcels"))); // a legend heading
    QVERIFY(text.contains(QStringLiteral("Lishui demo project")));
    // Vector: the page's images (pdfimages -list) hold no map: none without a basemap.
    const auto images = TestUtils::run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    if (images.exitCode == 0)
        QVERIFY2(images.out.count('\n') <= 2, images.out.constData());
    const QString png = m_dir.filePath(QStringLiteral("map-page"));
    QCOMPARE(TestUtils::run(QStringLiteral("pdftoppm"),
                            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("30"),
                             QStringLiteral("-singlefile"), pdf, png})
                 .exitCode,
             0);
    const QImage page(png + QStringLiteral(".png"));
    QVERIFY(!page.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < page.height(); y += 3) {
        for (int x = 0; x < page.width(); x += 3)
            colours.insert(page.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
}

void TestMapExport::png()
{
    MapExportOptions options;
    options.sizeMm = QSizeF(210, 148);
    options.dpi = 200;
    options.layout.title = QStringLiteral("丽水");
    options.layout.legend = MapLayout::legendFor(demoMap());
    const QString path = m_dir.filePath(QStringLiteral("map.png"));
    auto written = MapExport::write(demoMap(), options, path);
    QVERIFY2(written, qPrintable(written.errorMessage()));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(1654, 1165)); // 210 × 148 mm at 200 dpi
    QCOMPARE(image.size(), written->pixels);
    QVERIFY(std::abs(image.dotsPerMeterX() - 7874) <= 1);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY(colours.size() > 50);
}

// The bound: the PDF of a full-screen map ≤ 5 MB, over an imagery-like basemap (noisy
// JPEG tiles: the worst case for size) and every demo layer.
void TestMapExport::fullScreenPdfSize()
{
    MapSettings map = demoMap();
    map.extent = MapSettings::fitted(map.extent, QSize(1920, 1080));
    const QString tiles = m_dir.filePath(QStringLiteral("imagery.mbtiles"));
    {
        auto writer = MbTilesWriter::open(tiles);
        QVERIFY(writer);
        QVERIFY(writer->setMetadata({QStringLiteral("imagery"),
                                     QStringLiteral("jpg"),
                                     QStringLiteral("© test imagery"),
                                     {},
                                     0,
                                     12}));
        // Every tile the layout's map can ask for, at its zoom and one below.
        QRandomGenerator random(7);
        for (int z = 9; z <= 12; ++z) {
            const double n = 1 << z;
            const double world = 2 * 20037508.342789244;
            const int x0 = int((map.extent.left() + world / 2) / world * n) - 1;
            const int x1 = int((map.extent.right() + world / 2) / world * n) + 1;
            const int y0 = int((world / 2 - map.extent.bottom()) / world * n) - 1;
            const int y1 = int((world / 2 - map.extent.top()) / world * n) + 1;
            for (int x = x0; x <= x1; ++x) {
                for (int y = y0; y <= y1; ++y) {
                    QImage tile(256, 256, QImage::Format_RGB32);
                    for (int py = 0; py < 256; ++py) {
                        auto *line = reinterpret_cast<QRgb *>(tile.scanLine(py));
                        for (int px = 0; px < 256; ++px) {
                            const int g = 90 + (px + py + x * 7) % 60 + int(random.bounded(30));
                            line[px] = qRgb(g - 30, g, g - 50);
                        }
                    }
                    QByteArray bytes;
                    QBuffer buffer(&bytes);
                    buffer.open(QIODevice::WriteOnly);
                    tile.save(&buffer, "JPEG", 80);
                    QVERIFY(writer->add({z, x, y}, bytes));
                }
            }
        }
    }
    auto basemap = MbTilesSource::open(tiles);
    QVERIFY2(basemap, qPrintable(basemap.errorMessage()));
    map.basemap = *basemap;
    MapExportOptions options;
    options.sizeMm = MapExport::sizeForPixels(QSize(1920, 1080), 96);
    options.dpi = 96;
    options.layout.title = QStringLiteral("丽水市招商一张图");
    options.layout.legend = MapLayout::legendFor(map);
    options.layout.attribution = MapLayout::attributionFor(map);
    const QString pdf = m_dir.filePath(QStringLiteral("fullscreen.pdf"));
    auto written = MapExport::write(map, options, pdf);
    QVERIFY2(written, qPrintable(written.errorMessage()));
    qInfo("full-screen map PDF over an imagery basemap: %lld bytes (%.2f MB)", written->bytes,
          written->bytes / 1048576.0);
    QVERIFY(written->bytes < 5 * 1024 * 1024);
    QVERIFY(written->bytes > 100 * 1024); // the basemap is in it
    const QString text = QString::fromUtf8(
        TestUtils::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out);
    QVERIFY(text.contains(QStringLiteral("© test imagery")));
}

// `render --out MAP.pdf`: the same layout from the command line, and a PNG as before.
void TestMapExport::renderCommandWritesPdf()
{
    const QString pdf = m_dir.filePath(QStringLiteral("render.pdf"));
    const auto result = TestUtils::run(TestUtils::cliPath(),
                                       {QStringLiteral("render"), m_demo, QStringLiteral("--out"),
                                        pdf, QStringLiteral("--title"), QStringLiteral("丽水"),
                                        QStringLiteral("--size"), QStringLiteral("1366x768")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(QFileInfo(pdf).size() > 1000);
    const QString png = m_dir.filePath(QStringLiteral("render.png"));
    QCOMPARE(TestUtils::run(TestUtils::cliPath(),
                            {QStringLiteral("render"), m_demo, QStringLiteral("--out"), png,
                             QStringLiteral("--legend")})
                 .exitCode,
             0);
    QCOMPARE(QImage(png).size(), QSize(1920, 1080));
}

void TestMapExport::refusals()
{
    MapExportOptions options;
    QVERIFY(!MapExport::write(demoMap(), options, m_dir.filePath(QStringLiteral("map.svg"))));
    options.sizeMm = QSizeF(5, 5);
    QVERIFY(!MapExport::write(demoMap(), options, m_dir.filePath(QStringLiteral("tiny.pdf"))));
    options = {};
    options.dpi = 5000;
    QVERIFY(!MapExport::write(demoMap(), options, m_dir.filePath(QStringLiteral("dense.png"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("tiny.pdf"))));
    MapSettings empty = demoMap();
    empty.extent = {};
    QVERIFY(!MapExport::write(empty, {}, m_dir.filePath(QStringLiteral("empty.pdf"))));
}

QTEST_MAIN(TestMapExport)
#include "tst_mapexport.moc"
