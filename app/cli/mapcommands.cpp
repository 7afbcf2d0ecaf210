// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/mapcommands.h"
#include "app/cli/exitcode.h"

#include "core/map/crs/mercator.h"
#include "core/map/projectlayers.h"
#include "core/map/render/decorations.h"
#include "core/map/render/maprenderer.h"
#include "core/map/tiles/tilesource.h"
#include "core/platform/memoryusage.h"

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

class Args
{
    Q_DECLARE_TR_FUNCTIONS(MapCommands)
public:
    explicit Args(QStringList args)
        : m_args(std::move(args))
    {}

    // Removes "--name VALUE" and returns VALUE (or `fallback` when absent).
    QString option(const QString &name, const QString &fallback = QString())
    {
        const qsizetype at = m_args.indexOf(name);
        if (at < 0)
            return fallback;
        if (at + 1 >= m_args.size()) {
            m_errors << tr("%1 needs a value.").arg(name);
            m_args.removeAt(at);
            return fallback;
        }
        const QString value = m_args.at(at + 1);
        m_args.remove(at, 2);
        return value;
    }
    bool flag(const QString &name) { return m_args.removeAll(name) > 0; }
    // The single remaining positional argument; anything else is an error.
    QString file()
    {
        for (const QString &arg : std::as_const(m_args)) {
            if (arg.startsWith(QLatin1Char('-')))
                m_errors << tr("Unknown option: %1").arg(arg);
        }
        if (m_args.size() != 1)
            m_errors << tr("Expected one GeoPackage file.");
        return m_args.value(0);
    }
    QStringList errors() const { return m_errors; }
    void fail(const QString &message) { m_errors << message; }

private:
    QStringList m_args;
    QStringList m_errors;
};

int usageFailed(const QStringList &errors, QTextStream &err, const QString &usage)
{
    for (const QString &e : errors)
        err << e << '\n';
    err << usage << '\n';
    return UsageError;
}

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

int render(QStringList argList, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(out)
    Args args(std::move(argList));
    const QString usage = Args::tr(
        "Usage: investatlas-cli render FILE.gpkg --out MAP.png [--size 1920x1080] "
        "[--extent lon0,lat0,lon1,lat1] [--layers units,parks,…] [--dpi N] [--no-labels] "
        "[--no-decorations]");
    const QString outPath = args.option(QStringLiteral("--out"));
    const QSize size
        = parseSize(args.option(QStringLiteral("--size"), QStringLiteral("1920x1080")));
    const QString extentText = args.option(QStringLiteral("--extent"));
    const QString layersText = args.option(QStringLiteral("--layers"));
    bool dpiOk = true;
    const double dpi = args.option(QStringLiteral("--dpi"), QStringLiteral("96")).toDouble(&dpiOk);
    const bool noLabels = args.flag(QStringLiteral("--no-labels"));
    const bool noDecorations = args.flag(QStringLiteral("--no-decorations"));
    const QString file = args.file();
    if (outPath.isEmpty())
        args.fail(Args::tr("--out is required."));
    if (!size.isValid())
        args.fail(Args::tr("--size must look like 1920x1080."));
    if (!dpiOk || dpi < 24 || dpi > 1200)
        args.fail(Args::tr("--dpi must be a number from 24 to 1200."));
    QRectF wanted;
    if (!extentText.isEmpty()) {
        const QStringList parts = extentText.split(QLatin1Char(','));
        bool ok = parts.size() == 4;
        double v[4] = {};
        for (int i = 0; ok && i < 4; ++i)
            v[i] = parts[i].toDouble(&ok);
        if (!ok || v[0] >= v[2] || v[1] >= v[3] || v[1] < -85 || v[3] > 85)
            args.fail(
                Args::tr("--extent must be lon0,lat0,lon1,lat1 with lon0 < lon1 and lat0 < lat1."));
        else
            wanted
                = QRectF(WebMercator::fromLonLat(v[0], v[1]), WebMercator::fromLonLat(v[2], v[3]))
                      .normalized();
    }
    if (!args.errors().isEmpty())
        return usageFailed(args.errors(), err, usage);

    auto layers = ProjectLayers::open(file);
    if (!layers) {
        err << layers.errorMessage() << '\n';
        return BadInput;
    }
    MapSettings settings;
    settings.size = size;
    settings.dpi = dpi;
    settings.labels = !noLabels;
    settings.layers = layers.takeValue();
    if (!layersText.isEmpty()) {
        const QStringList wantedLayers = layersText.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &name : wantedLayers) {
            if (!settings.layer(name)) {
                err << Args::tr("Unknown layer %1; the layers are %2.")
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
        err << Args::tr("Cannot write %1: %2")
                   .arg(QDir::toNativeSeparators(outPath), writer.errorString())
            << '\n';
        return BadInput;
    }
    return Success;
}

int benchRender(QStringList argList, QTextStream &out, QTextStream &err)
{
    Args args(std::move(argList));
    const QString usage = Args::tr(
        "Usage: investatlas-cli bench-render GPKG --layer NAME --view full|0.1|0.01 --runs N "
        "[--label FIELD] [--basemap FILE.mbtiles]");
    const QString table = args.option(QStringLiteral("--layer"));
    const QString view = args.option(QStringLiteral("--view"), QStringLiteral("full"));
    bool runsOk = true;
    const int runs = args.option(QStringLiteral("--runs"), QStringLiteral("5")).toInt(&runsOk);
    const QString labelField = args.option(QStringLiteral("--label"));
    const QString basemapPath = args.option(QStringLiteral("--basemap"));
    const QString file = args.file();
    if (table.isEmpty())
        args.fail(Args::tr("--layer is required."));
    const double fraction = view == QLatin1String("full")   ? 1.0
                            : view == QLatin1String("0.1")  ? 0.1
                            : view == QLatin1String("0.01") ? 0.01
                                                            : -1;
    if (fraction < 0)
        args.fail(Args::tr("--view must be full, 0.1 or 0.01."));
    if (!runsOk || runs < 1 || runs > 1000)
        args.fail(Args::tr("--runs must be a number from 1 to 1000."));
    if (!args.errors().isEmpty())
        return usageFailed(args.errors(), err, usage);

    auto source = LayerSource::open(file, table, {QString(), {}, QString(), labelField, QString()});
    if (!source) {
        err << source.errorMessage() << '\n';
        return BadInput;
    }
    MapLayer layer;
    layer.id = table;
    layer.source = *source;
    layer.style.stroke = QColor(0x3D, 0x5A, 0x80);
    layer.style.strokeWidth = 0.6;
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
