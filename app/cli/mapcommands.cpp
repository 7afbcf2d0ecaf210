// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/mapcommands.h"
#include "app/cli/commandparser.h"
#include "app/cli/exitcode.h"

#include "core/map/crs/mercator.h"
#include "core/map/projectlayers.h"
#include "core/map/render/decorations.h"
#include "core/map/render/maprenderer.h"
#include "core/map/tiles/tilesource.h"
#include "core/platform/memoryusage.h"
#include "core/report/mapexport.h"
#include "core/storage/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImageWriter>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(MapCommands)
};

QSize parseSize(const QString &text)
{
    const QStringList parts = text.toLower().split(QLatin1Char('x'));
    if (parts.size() != 2)
        return {};
    const int w = parts[0].toInt(), h = parts[1].toInt();
    return w > 0 && h > 0 && w <= 16384 && h <= 16384 ? QSize(w, h) : QSize();
}

// A centred 16:9 window holding `fraction` of the layer's area (shared/bench/README.md).
QRectF benchView(const QRectF &layer, double fraction, QSize size)
{
    if (fraction >= 1)
        return MapSettings::fitted(layer, size);
    const double aspect = double(size.width()) / size.height();
    const double area = layer.width() * layer.height() * fraction;
    const double w = std::sqrt(area * aspect), h = w / aspect;
    QRectF view(0, 0, w, h);
    view.moveCenter(layer.center());
    return view;
}

} // namespace

namespace MapCommands {

int render(const QStringList &argList, QTextStream &out, QTextStream &err)
{
    CommandParser args(QStringLiteral("render"),
                       Tr::tr("Draws the map of a project to an image with the canvas's renderer "
                              "(default view: the administrative units)."),
                       out, err);
    args.addArgument(QStringLiteral("FILE.gpkg"), Tr::tr("The project."));
    args.addOption({QStringLiteral("out"),
                    Tr::tr("The image to write (required): .png, or .pdf for a vector PDF with "
                           "the map's title, legend, scale bar, north arrow and attribution."),
                    QStringLiteral("MAP.png|MAP.pdf")});
    args.addOption({QStringLiteral("size"), Tr::tr("The image size in pixels (default 1920x1080)."),
                    QStringLiteral("WxH"), QStringLiteral("1920x1080")});
    args.addOption({QStringLiteral("extent"),
                    Tr::tr("The area to show, in degrees (default: the administrative units)."),
                    QStringLiteral("lon0,lat0,lon1,lat1")});
    args.addOption({QStringLiteral("layers"),
                    Tr::tr("The layers to draw, comma-separated (default: all): %1.")
                        .arg(ProjectLayers::order().join(QStringLiteral(", "))),
                    QStringLiteral("units,parks,…")});
    args.addOption({QStringLiteral("dpi"), Tr::tr("Dots per inch, 24 to 1200 (default 96)."),
                    QStringLiteral("N"), QStringLiteral("96")});
    args.addOption({QStringLiteral("no-labels"), Tr::tr("Draw no labels.")});
    args.addOption({QStringLiteral("no-decorations"), Tr::tr("Draw no scale bar or north arrow.")});
    args.addOption({QStringLiteral("title"),
                    Tr::tr("A title above the map (with a legend and attribution: a print "
                           "layout)."),
                    QStringLiteral("TEXT")});
    args.addOption(
        {QStringLiteral("legend"), Tr::tr("Add the legend of the layers drawn (a print layout).")});
    args.addOption({QStringLiteral("basemap"),
                    Tr::tr("Draw a basemap from an MBTiles file; its attribution is printed in a "
                           "print layout."),
                    QStringLiteral("FILE.mbtiles")});
    args.addPublicOption();
    if (auto exit = args.parse(argList))
        return *exit;
    const QString outPath = args.value(QStringLiteral("out"));
    const QSize size = parseSize(args.value(QStringLiteral("size")));
    const QString extentText = args.value(QStringLiteral("extent"));
    const QString layersText = args.value(QStringLiteral("layers"));
    bool dpiOk = true;
    const double dpi = args.value(QStringLiteral("dpi")).toDouble(&dpiOk);
    const bool noLabels = args.isSet(QStringLiteral("no-labels"));
    const bool noDecorations = args.isSet(QStringLiteral("no-decorations"));
    const QString file = args.arguments().first();
    QStringList problems;
    if (outPath.isEmpty())
        problems << Tr::tr("--out is required.");
    if (!size.isValid())
        problems << Tr::tr("--size must look like 1920x1080.");
    if (!dpiOk || dpi < 24 || dpi > 1200)
        problems << Tr::tr("--dpi must be a number from 24 to 1200.");
    QRectF wanted;
    if (!extentText.isEmpty()) {
        const QStringList parts = extentText.split(QLatin1Char(','));
        bool ok = parts.size() == 4;
        double v[4] = {};
        for (int i = 0; ok && i < 4; ++i)
            v[i] = parts[i].toDouble(&ok);
        if (!ok || v[0] >= v[2] || v[1] >= v[3] || v[1] < -85 || v[3] > 85)
            problems << Tr::tr(
                "--extent must be lon0,lat0,lon1,lat1 with lon0 < lon1 and lat0 < lat1.");
        else
            wanted
                = QRectF(WebMercator::fromLonLat(v[0], v[1]), WebMercator::fromLonLat(v[2], v[3]))
                      .normalized();
    }
    if (!problems.isEmpty())
        return args.usageError(problems);

    // Through the same checks as every other entry point (schema, damage, foreign triggers),
    // for reading: rendering never writes.
    if (auto checked = ProjectFile::open(file, ProjectFile::Access::Read); !checked) {
        err << checked.errorMessage() << '\n';
        return BadInput;
    }
    auto layers = ProjectLayers::open(file, args.audience());
    if (!layers) {
        err << layers.errorMessage() << '\n';
        return BadInput;
    }
    MapSettings settings;
    if (const QString basemap = args.value(QStringLiteral("basemap")); !basemap.isEmpty()) {
        auto source = MbTilesSource::open(basemap);
        if (!source) {
            err << source.errorMessage() << '\n';
            return BadInput;
        }
        settings.basemap = *source;
    }
    settings.size = size;
    settings.dpi = dpi;
    settings.labels = !noLabels;
    settings.layers = layers.takeValue();
    if (!layersText.isEmpty()) {
        const QStringList wantedLayers = layersText.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &name : wantedLayers) {
            if (!settings.layer(name)) {
                err << Tr::tr("Unknown layer %1; the layers are %2.")
                           .arg(name, ProjectLayers::order().join(QLatin1Char(',')))
                    << '\n';
                return UsageError;
            }
        }
        for (MapLayer &layer : settings.layers)
            layer.visible = wantedLayers.contains(layer.id);
    }
    if (wanted.isNull()) {
        const MapLayer *units = settings.layer(QStringLiteral("units"));
        wanted = units ? units->source->extent() : QRectF();
        wanted.adjust(-wanted.width() * 0.04, -wanted.height() * 0.04, wanted.width() * 0.04,
                      wanted.height() * 0.04);
    }
    settings.extent = MapSettings::fitted(wanted, size);
    const QString title = args.value(QStringLiteral("title"));
    if (outPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) || !title.isEmpty()
        || args.isSet(QStringLiteral("legend"))) {
        // A print layout: the page is the image size at the resolution asked for.
        MapExportOptions options;
        options.sizeMm = MapExport::sizeForPixels(size, dpi);
        options.dpi = dpi;
        options.layout.title = title;
        if (args.isSet(QStringLiteral("legend"))
            || outPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            options.layout.legend = MapLayout::legendFor(settings);
        options.layout.attribution = MapLayout::attributionFor(settings);
        options.layout.scaleBar = options.layout.northArrow = !noDecorations;
        QElapsedTimer timer;
        timer.start();
        auto written = MapExport::write(settings, options, outPath);
        if (!written) {
            err << written.errorMessage() << '\n';
            return BadInput;
        }
        out << Tr::tr("%1: %2 × %3, %4 bytes, %5 s.")
                   .arg(QDir::toNativeSeparators(outPath))
                   .arg(written->pixels.width())
                   .arg(written->pixels.height())
                   .arg(written->bytes)
                   .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 2)
            << '\n';
        return Success;
    }
    RenderedMap map = MapRenderer::render(settings);
    if (!map.errors.isEmpty()) {
        // A map missing a layer is not what was asked for: say which, and write nothing.
        for (const LayerError &error : map.errors)
            err << error.message << '\n';
        return BadInput;
    }
    if (!noDecorations) {
        QPainter painter(&map.image);
        MapDecorations::paint(painter, settings.mapToPixel(), settings.symbolScale());
    }
    QImageWriter writer(outPath);
    if (!writer.write(map.image)) {
        err << Tr::tr("Cannot write %1: %2")
                   .arg(QDir::toNativeSeparators(outPath), writer.errorString())
            << '\n';
        return BadInput;
    }
    return Success;
}

int benchRender(const QStringList &argList, QTextStream &out, QTextStream &err)
{
    CommandParser args(QStringLiteral("bench-render"),
                       Tr::tr("Renders one layer of any GeoPackage at 1920x1080 and prints one "
                              "JSON line of timings."),
                       out, err);
    args.addArgument(QStringLiteral("GPKG"), Tr::tr("Any GeoPackage."));
    args.addOption({QStringLiteral("layer"), Tr::tr("The layer (table) to draw (required)."),
                    QStringLiteral("NAME")});
    args.addOption({QStringLiteral("view"),
                    Tr::tr("How much of the layer is in view: all of it, a tenth or a hundredth "
                           "(default full)."),
                    QStringLiteral("full|0.1|0.01"), QStringLiteral("full")});
    args.addOption({QStringLiteral("runs"),
                    Tr::tr("How many times to render, 1 to 1000 (default 5)."), QStringLiteral("N"),
                    QStringLiteral("5")});
    args.addOption({QStringLiteral("label"), Tr::tr("Label the features with this field."),
                    QStringLiteral("FIELD")});
    args.addOption({QStringLiteral("basemap"),
                    Tr::tr("Also time a full-screen basemap from this file, uncached and cached."),
                    QStringLiteral("FILE.mbtiles")});
    args.addOption({QStringLiteral("png"),
                    Tr::tr("Also save the last frame, to compare it with another renderer's."),
                    QStringLiteral("FILE.png")});
    // Not --style: QApplication takes that one for itself (the widget style) before we see it.
    args.addOption({QStringLiteral("layer-style"),
                    Tr::tr("Draw a project layer in one of its styles (e.g. grade: parcels by "
                           "亩均 grade) instead of outlines."),
                    QStringLiteral("ID")});
    if (auto exit = args.parse(argList))
        return *exit;
    const QString table = args.value(QStringLiteral("layer"));
    const QString styleId = args.value(QStringLiteral("layer-style"));
    const QString pngPath = args.value(QStringLiteral("png"));
    const QString view = args.value(QStringLiteral("view"));
    bool runsOk = true;
    const int runs = args.value(QStringLiteral("runs")).toInt(&runsOk);
    const QString labelField = args.value(QStringLiteral("label"));
    const QString basemapPath = args.value(QStringLiteral("basemap"));
    const QString file = args.arguments().first();
    QStringList problems;
    if (table.isEmpty())
        problems << Tr::tr("--layer is required.");
    const double fraction = view == QLatin1String("full")   ? 1.0
                            : view == QLatin1String("0.1")  ? 0.1
                            : view == QLatin1String("0.01") ? 0.01
                                                            : -1;
    if (fraction < 0)
        problems << Tr::tr("--view must be full, 0.1 or 0.01.");
    if (!runsOk || runs < 1 || runs > 1000)
        problems << Tr::tr("--runs must be a number from 1 to 1000.");
    if (!styleId.isEmpty() && DefaultStyles::style(table, styleId).id != styleId)
        problems << Tr::tr("--layer-style: %1 has no style %2.").arg(table, styleId);
    if (!problems.isEmpty())
        return args.usageError(problems);

    LayerSource::Columns columns{QString(), {}, QString(), labelField, QString()};
    LayerStyle style;
    if (styleId.isEmpty()) {
        style.stroke = QColor(0x3D, 0x5A, 0x80);
        style.strokeWidth = 0.6;
    } else {
        style = DefaultStyles::style(table, styleId);
        columns.category = style.categoryColumn;
        for (const LayerStyle::Category &c : style.categories)
            columns.categoryValues << c.value;
    }
    auto source = LayerSource::open(file, table, columns);
    if (!source) {
        err << source.errorMessage() << '\n';
        return BadInput;
    }
    MapLayer layer;
    layer.id = table;
    layer.source = *source;
    layer.style = style;
    layer.style.labelColumn = labelField;
    layer.style.labelMinPixels = 0; // every visible feature is a label candidate
    MapSettings settings;
    settings.size = QSize(1920, 1080);
    settings.layers.push_back(layer);
    settings.labels = !labelField.isEmpty();
    settings.extent = benchView((*source)->extent(), fraction, settings.size);

    QJsonObject basemapResult;
    if (!basemapPath.isEmpty()) {
        // A full-screen basemap alone: first from the file (uncached), then from the tile cache.
        auto basemap = MbTilesSource::open(basemapPath);
        if (!basemap) {
            err << basemap.errorMessage() << '\n';
            return BadInput;
        }
        MapSettings tilesOnly = settings;
        tilesOnly.layers.clear();
        tilesOnly.basemap = *basemap;
        tilesOnly.extent = MapSettings::fitted(tilesOnly.extent, tilesOnly.size);
        QElapsedTimer timer;
        timer.start();
        MapRenderer::render(tilesOnly);
        const double uncached = timer.nsecsElapsed() / 1e6;
        timer.start();
        MapRenderer::render(tilesOnly);
        basemapResult.insert(QStringLiteral("basemap_uncached_ms"), std::round(uncached * 10) / 10);
        basemapResult.insert(QStringLiteral("basemap_cached_ms"),
                             std::round(timer.nsecsElapsed() / 1e5) / 10);
        basemapResult.insert(QStringLiteral("basemap_zoom"),
                             std::clamp(TileSource::zoomFor(tilesOnly.metresPerPixel()),
                                        (*basemap)->minZoom(), (*basemap)->maxZoom()));
    }
    std::vector<double> times, labelTimes;
    MapRenderer::Stats first;
    QImage last;
    for (int i = 0; i < runs; ++i) {
        MapRenderer::Stats stats;
        QElapsedTimer timer;
        timer.start();
        RenderedMap map = MapRenderer::render(settings, nullptr, &stats);
        if (!map.errors.isEmpty()) {
            err << map.errors.front().message << '\n';
            return BadInput;
        }
        last = map.image;
        times.push_back(timer.nsecsElapsed() / 1e6);
        labelTimes.push_back(stats.labelMs);
        if (i == 0)
            first = stats;
    }
    // What the canvas does during a gesture: the last frame drawn scaled and shifted.
    QImage frame(settings.size, QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer gesture;
    gesture.start();
    for (int i = 0; i < 10; ++i) {
        QPainter painter(&frame);
        painter.fillRect(frame.rect(), settings.background);
        painter.translate(37 + i, 21);
        painter.scale(1.1, 1.1);
        painter.drawImage(0, 0, last);
    }
    const double gestureMs = gesture.nsecsElapsed() / 1e6 / 10;
    if (!pngPath.isEmpty() && !QImageWriter(pngPath).write(last)) {
        err << Tr::tr("Cannot write %1.").arg(QDir::toNativeSeparators(pngPath)) << '\n';
        return BadInput;
    }

    std::vector<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    QJsonObject result{
        {QStringLiteral("features"), first.features},
        {QStringLiteral("view"), view},
        {QStringLiteral("first_ms"), std::round(times.front() * 10) / 10},
        {QStringLiteral("median_ms"), std::round(sorted[sorted.size() / 2] * 10) / 10},
        {QStringLiteral("min_ms"), std::round(sorted.front() * 10) / 10},
        {QStringLiteral("peak_rss_mb"), std::round(peakResidentMiB())},
        {QStringLiteral("dots"), first.dots},
        {QStringLiteral("first_query_ms"), std::round(first.queryMs * 10) / 10},
        {QStringLiteral("first_draw_ms"), std::round(first.drawMs * 10) / 10},
        {QStringLiteral("gesture_frame_ms"), std::round(gestureMs * 10) / 10}};
    for (auto it = basemapResult.begin(); it != basemapResult.end(); ++it)
        result.insert(it.key(), it.value());
    if (!labelField.isEmpty()) {
        result.insert(QStringLiteral("labels_placed"), first.labelsPlaced);
        std::sort(labelTimes.begin(), labelTimes.end());
        result.insert(QStringLiteral("label_candidates"), first.labelCandidates);
        result.insert(QStringLiteral("label_ms_median"),
                      std::round(labelTimes[labelTimes.size() / 2] * 10) / 10);
    }
    out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return Success;
}

} // namespace MapCommands
