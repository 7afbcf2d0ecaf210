// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/mapexport.h"

#include "core/storage/fileplacement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace {

// The PDF's device resolution: fine enough that no length is visibly rounded.
constexpr int kPdfDpi = 600;
constexpr double kMmPerInch = 25.4;

} // namespace

QStringList MapExport::suffixes()
{
    return {QStringLiteral("png"), QStringLiteral("pdf")};
}

QSizeF MapExport::sizeForPixels(QSize pixels, double dpi)
{
    return QSizeF(pixels) / dpi * kMmPerInch;
}

Result<MapExportResult> MapExport::write(const MapSettings &map, const MapExportOptions &options,
                                         const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!suffixes().contains(suffix))
        return Error{tr("%1: a map is exported as .png or .pdf.").arg(shown)};
    if (options.sizeMm.width() < 20 || options.sizeMm.height() < 20 || options.sizeMm.width() > 2000
        || options.sizeMm.height() > 2000)
        return Error{tr("The map size must be between 20 and 2000 mm a side.")};
    if (options.dpi < 24 || options.dpi > 1200)
        return Error{tr("The resolution must be between 24 and 1200 dpi.")};
    if (map.extent.isEmpty())
        return Error{tr("There is no map to export: the view is empty.")};

    const QString partial = FilePlacement::partialPath(path);
    FilePlacement::discard(partial);
    MapExportResult result;
    if (suffix == QLatin1String("png")) {
        const QSize pixels(int(std::lround(options.sizeMm.width() / kMmPerInch * options.dpi)),
                           int(std::lround(options.sizeMm.height() / kMmPerInch * options.dpi)));
        if (qint64(pixels.width()) * pixels.height() > 400'000'000)
            return Error{tr("A PNG of %1 × %2 pixels is too large; choose a smaller size or "
                            "resolution.")
                             .arg(pixels.width())
                             .arg(pixels.height())};
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        const int dotsPerMetre = int(std::lround(options.dpi / kMmPerInch * 1000));
        image.setDotsPerMeterX(dotsPerMetre);
        image.setDotsPerMeterY(dotsPerMetre);
        {
            QPainter painter(&image);
            result.errors = MapLayout::paint(painter, QRectF(QPointF(0, 0), QSizeF(pixels)),
                                             options.dpi, map, options.layout, false);
        }
        result.pixels = pixels;
        if (result.errors.isEmpty()) {
            QImageWriter writer(partial, "png");
            if (!writer.write(image.convertToFormat(QImage::Format_RGB32))) {
                const Error error = FilePlacement::explainFailure(
                    Error{tr("Cannot write %1: %2").arg(shown, writer.errorString())}, path,
                    {partial});
                FilePlacement::discard(partial);
                return error;
            }
        }
    } else {
        QPdfWriter writer(partial);
        writer.setResolution(kPdfDpi);
        writer.setPageLayout(QPageLayout(QPageSize(options.sizeMm, QPageSize::Millimeter),
                                         QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                         QPageLayout::Millimeter));
        writer.setTitle(options.layout.title);
        MapLayoutOptions layout = options.layout;
        layout.rasterDpi = std::min(options.dpi, 300.0);
        writer.setCreator(QCoreApplication::applicationName());
        QPainter painter;
        if (!painter.begin(&writer)) {
            FilePlacement::discard(partial);
            return Error{tr("Cannot write %1.").arg(shown)};
        }
        const QRectF page(0, 0, writer.width(), writer.height());
        result.errors = MapLayout::paint(painter, page, kPdfDpi, map, layout, true);
        result.pixels = QSize(int(std::lround(options.sizeMm.width() / kMmPerInch * 72)),
                              int(std::lround(options.sizeMm.height() / kMmPerInch * 72)));
        if (!painter.end()) {
            FilePlacement::discard(partial);
            return Error{tr("Cannot write %1.").arg(shown)};
        }
    }
    if (!result.errors.isEmpty()) {
        // A map without one of its layers is not what was asked for.
        FilePlacement::discard(partial);
        return Error{result.errors.first().message};
    }
    result.bytes = QFileInfo(partial).size();
    if (result.bytes <= 0) {
        FilePlacement::discard(partial);
        return Error{tr("Cannot write %1.").arg(shown)};
    }
    if (Status placed = FilePlacement::replace(partial, path); !placed) {
        FilePlacement::discard(partial);
        return placed.error();
    }
    return result;
}
