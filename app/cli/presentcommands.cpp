// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/presentcommands.h"

#include "app/cli/commandparser.h"
#include "app/cli/exitcode.h"
#include "core/map/projectlayers.h"
#include "core/map/render/maprenderer.h"
#include "core/map/tiles/tilesource.h"
#include "core/present/flight.h"
#include "core/present/framecomposer.h"
#include "core/present/tour.h"
#include "core/project/publiccopy.h"
#include "core/report/brochure.h"
#include "core/storage/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace {

class Present
{
    Q_DECLARE_TR_FUNCTIONS(PresentCommands)
public:
    Present(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    int exportPublic(const QStringList &args)
    {
        CommandParser parser(QStringLiteral("export-public"),
                             tr("Writes a copy of the project for investors: the same GeoPackage "
                                "(QGIS and GDAL open it as it is) without confidential projects, "
                                "their activity log and parcel links, and with every confidential "
                                "field emptied. The project is only read."),
                             m_out, m_err);
        parser.addArgument(QStringLiteral("FILE.gpkg"), tr("The project."));
        parser.addArgument(QStringLiteral("OUT.gpkg"),
                           tr("The copy to write; replaced only once the new one is complete."));
        if (auto exit = parser.parse(args))
            return *exit;
        auto project = ProjectFile::open(parser.arguments().at(0), ProjectFile::Access::Read);
        if (!project)
            return reportFailure(m_err, project.error());
        const QString out = parser.arguments().at(1);
        auto written = PublicCopy::write(**project, out);
        if (!written)
            return reportFailure(m_err, written.error());
        m_out << tr("%1: %2 project(s) kept, %3 confidential project(s) left out, %4 confidential "
                    "field(s) emptied.")
                     .arg(QDir::toNativeSeparators(out))
                     .arg(written->projects)
                     .arg(written->removed)
                     .arg(written->fieldsEmptied)
              << '\n';
        return Success;
    }

    int brochure(const QStringList &args)
    {
        CommandParser parser(QStringLiteral("brochure"),
                             tr("Writes a park's brochure (投资指南) as an A4 PDF in Chinese or "
                                "English: the park on the map with its available and idle plots, "
                                "key figures, the table of available plots and a contact line. "
                                "Always public: nothing confidential appears. The project is "
                                "only read."),
                             m_out, m_err);
        parser.addArgument(QStringLiteral("FILE.gpkg"), tr("The project."));
        parser.addOption({QStringLiteral("park"),
                          tr("The park (its name, Chinese or English; "
                             "required)."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("lang"),
                          tr("The brochure's language: zh (default) or "
                             "en."),
                          QStringLiteral("zh|en"), QStringLiteral("zh")});
        parser.addOption({QStringLiteral("contact"),
                          tr("The contact line (default: the unit's investment promotion "
                             "office)."),
                          QStringLiteral("TEXT")});
        parser.addOption({QStringLiteral("basemap"),
                          tr("A basemap under the park map, from an MBTiles file (its "
                             "attribution is printed)."),
                          QStringLiteral("FILE.mbtiles")});
        parser.addOption({QStringLiteral("out"),
                          tr("The PDF to write (required); replaced only once the new one is "
                             "complete."),
                          QStringLiteral("B.pdf")});
        if (auto exit = parser.parse(args))
            return *exit;
        BrochureOptions options;
        options.park = parser.value(QStringLiteral("park"));
        options.language = parser.value(QStringLiteral("lang"));
        options.contact = parser.value(QStringLiteral("contact"));
        const QString out = parser.value(QStringLiteral("out"));
        QStringList problems;
        if (options.park.trimmed().isEmpty())
            problems << tr("--park must name a park.");
        if (options.language != QLatin1String("zh") && options.language != QLatin1String("en"))
            problems << tr("--lang must be zh or en.");
        if (out.isEmpty())
            problems << tr("--out must name the PDF to write.");
        if (!problems.isEmpty())
            return parser.usageError(problems);
        if (const QString basemap = parser.value(QStringLiteral("basemap")); !basemap.isEmpty()) {
            auto source = MbTilesSource::open(basemap);
            if (!source)
                return reportFailure(m_err, source.error());
            options.basemap = *source;
        }
        QElapsedTimer timer;
        timer.start();
        auto project = ProjectFile::open(parser.arguments().first(), ProjectFile::Access::Read);
        if (!project)
            return reportFailure(m_err, project.error());
        auto summary = Brochure::write(**project, options, out);
        if (!summary)
            return reportFailure(m_err, summary.error());
        m_out << tr("%1: %2 page(s), %3 available plot(s) (%4 mu), %5 idle plot(s), %6 "
                    "project(s); %7 s.")
                     .arg(QDir::toNativeSeparators(out))
                     .arg(summary->pages)
                     .arg(summary->availablePlots)
                     .arg(summary->availableMu, 0, 'f', 1)
                     .arg(summary->idlePlots)
                     .arg(summary->projects)
                     .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 2)
              << '\n';
        return Success;
    }

    int benchBrochure(const QStringList &args)
    {
        CommandParser parser(QStringLiteral("bench-brochure"),
                             tr("Writes the brochure of every park of a project in Chinese and "
                                "English into a temporary folder and prints one JSON line: "
                                "brochures, median_ms, max_ms (the issue's bound is 2000 ms), "
                                "pages."),
                             m_out, m_err);
        parser.addArgument(QStringLiteral("FILE.gpkg"), tr("The project."));
        if (auto exit = parser.parse(args))
            return *exit;
        auto project = ProjectFile::open(parser.arguments().first(), ProjectFile::Access::Read);
        if (!project)
            return reportFailure(m_err, project.error());
        auto parks = Brochure::parks(**project);
        if (!parks)
            return reportFailure(m_err, parks.error());
        QTemporaryDir dir;
        std::vector<double> times;
        int pages = 0;
        QString slowest;
        for (const QString &park : std::as_const(*parks)) {
            for (const QString &language : {QStringLiteral("zh"), QStringLiteral("en")}) {
                BrochureOptions options;
                options.park = park;
                options.language = language;
                QElapsedTimer timer;
                timer.start();
                auto summary = Brochure::write(
                    **project, options, dir.filePath(QStringLiteral("b%1.pdf").arg(times.size())));
                const double ms = timer.nsecsElapsed() / 1e6;
                if (!summary)
                    return reportFailure(m_err, summary.error());
                if (times.empty() || ms > *std::max_element(times.begin(), times.end()))
                    slowest = park + QLatin1Char('/') + language;
                times.push_back(ms);
                pages += summary->pages;
            }
        }
        if (times.empty())
            return reportFailure(m_err, Error{tr("The project has no parks.")});
        std::vector<double> sorted = times;
        std::sort(sorted.begin(), sorted.end());
        auto round = [](double v) { return std::round(v * 10) / 10; };
        const QJsonObject result{{QStringLiteral("brochures"), int(times.size())},
                                 {QStringLiteral("median_ms"), round(sorted[sorted.size() / 2])},
                                 {QStringLiteral("max_ms"), round(sorted.back())},
                                 {QStringLiteral("slowest"), slowest},
                                 {QStringLiteral("pages"), pages}};
        m_out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
        return Success;
    }

    int benchTour(const QStringList &args)
    {
        CommandParser parser(QStringLiteral("bench-tour"),
                             tr("Plays slide transitions between the parks of a project (and "
                                "each park's zoom to its available plots) at the presentation's "
                                "size, offscreen: renders each transition's frames beforehand "
                                "(keyframe_ms) and composes its frames at 60 a second (frame_ms); "
                                "prints one JSON line. The issue asks for 30 frames a second or "
                                "more at 1920x1080."),
                             m_out, m_err);
        parser.addArgument(QStringLiteral("FILE.gpkg"), tr("The project."));
        parser.addOption({QStringLiteral("size"), tr("The screen (default 1920x1080)."),
                          QStringLiteral("WxH"), QStringLiteral("1920x1080")});
        if (auto exit = parser.parse(args))
            return *exit;
        const QStringList parts = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
        const QSize size(parts.value(0).toInt(), parts.value(1).toInt());
        if (size.width() < 320 || size.height() < 200 || size.width() > 7680
            || size.height() > 4320)
            return parser.usageError({tr("--size must look like 1920x1080.")});
        const QString path = parser.arguments().first();
        auto project = ProjectFile::open(path, ProjectFile::Access::Read);
        if (!project)
            return reportFailure(m_err, project.error());
        (*project)->setAudience(Fields::Audience::Public);
        auto layers = ProjectLayers::open(path, Fields::Audience::Public);
        if (!layers)
            return reportFailure(m_err, layers.error());
        MapSettings base;
        base.layers = *layers;
        base.size = size;
        base.dpi = 96 * std::clamp(size.height() / 768.0 * 1.35, 1.35, 2.4); // as presented
        // The stops: every park, then its available plots.
        QList<QRectF> stops;
        auto parks = (*project)->db().prepare(QStringLiteral("SELECT fid FROM parks ORDER BY fid"));
        if (!parks)
            return reportFailure(m_err, parks.error());
        QList<qint64> parkIds;
        (void)parks->forEachRow([&] { parkIds << parks->int64(0); });
        for (qint64 id : std::as_const(parkIds)) {
            auto slide = Tours::parkPlotsSlide(**project, id);
            auto stop
                = slide ? Tours::resolve(**project, *slide, false) : Result<SlideStop>(Error{});
            if (!stop || stop->from.isNull())
                continue;
            stops << stop->from << stop->to;
        }
        if (stops.size() < 2)
            return reportFailure(m_err, Error{tr("The project has no parks to fly between.")});
        std::vector<double> keyframes, frames;
        QImage screen(size, QImage::Format_ARGB32_Premultiplied);
        for (int i = 0; i + 1 < stops.size(); ++i) {
            const Flight flight(stops[i], stops[i + 1], size);
            QElapsedTimer timer;
            timer.start();
            MapSettings target = base;
            target.extent = flight.to();
            MapSettings start = base;
            start.extent = flight.from();
            FrameComposer composer;
            QList<FrameComposer::Frame> under;
            if (flight.widest().width()
                > 1.6 * std::max(flight.from().width(), flight.to().width())) {
                MapSettings overview = base;
                overview.extent = flight.widest();
                overview.labels = false;
                under.append({MapRenderer::render(overview).image, overview.extent});
            }
            under.append({MapRenderer::render(start).image, start.extent});
            composer.setBase(under);
            composer.setTarget({MapRenderer::render(target).image, target.extent});
            keyframes.push_back(timer.nsecsElapsed() / 1e6);
            const int count = std::max(2, flight.durationMs() * 60 / 1000);
            for (int k = 0; k <= count; ++k) {
                const double t = double(k) / count;
                timer.start();
                QPainter painter(&screen);
                painter.fillRect(screen.rect(), base.background);
                composer.paint(painter, MapToPixel(flight.at(t), QSizeF(size)), t);
                painter.end();
                frames.push_back(timer.nsecsElapsed() / 1e6);
            }
        }
        auto sorted = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return v;
        };
        const std::vector<double> f = sorted(frames), k = sorted(keyframes);
        auto round = [](double v) { return std::round(v * 10) / 10; };
        const double p95 = f[f.size() * 95 / 100];
        const QJsonObject result{
            {QStringLiteral("size"), QStringLiteral("%1x%2").arg(size.width()).arg(size.height())},
            {QStringLiteral("transitions"), int(keyframes.size())},
            {QStringLiteral("frames"), int(frames.size())},
            {QStringLiteral("keyframe_ms_median"), round(k[k.size() / 2])},
            {QStringLiteral("keyframe_ms_max"), round(k.back())},
            {QStringLiteral("frame_ms_median"), round(f[f.size() / 2])},
            {QStringLiteral("frame_ms_p95"), round(p95)},
            {QStringLiteral("frame_ms_max"), round(f.back())},
            {QStringLiteral("fps_at_p95"), round(1000 / std::max(p95, 0.1))}};
        m_out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
        return Success;
    }

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace

namespace PresentCommands {

int exportPublic(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Present(out, err).exportPublic(args);
}

int brochure(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Present(out, err).brochure(args);
}

int benchBrochure(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Present(out, err).benchBrochure(args);
}

int benchTour(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Present(out, err).benchTour(args);
}

} // namespace PresentCommands
