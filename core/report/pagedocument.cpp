// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/pagedocument.h"

#include "core/map/render/maprenderer.h"
#include "core/storage/fileplacement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace {

// Device resolution of the PDF: fine enough that no length is visibly rounded.
constexpr int kDpi = 600;
// A4 margins in points (about 20 mm at the sides, 18 mm top and bottom); the footer sits in the
// bottom margin's upper half.
constexpr double kMarginSide = 56;
constexpr double kMarginTop = 50;
constexpr double kMarginBottom = 56;
constexpr double kFooterGap = 18;

class PageLayout : public PageDocument::Layout
{
public:
    using Paint = std::function<void(QPainter &, const QRectF &)>;
    struct Item
    {
        QRectF rect;
        Paint paint;
    };

    PageLayout(QPaintDevice *device, const PageGeometry &geometry)
        : m_device(device)
        , m_geometry(geometry)
        , m_y(geometry.body.top())
    {
        m_pages.emplace_back();
    }

    const PageGeometry &geometry() const override { return m_geometry; }
    QPaintDevice *device() const override { return m_device; }
    double remaining() const override { return m_geometry.body.bottom() - m_y; }

    void newPage() override
    {
        if (m_pages.back().empty())
            return;
        m_pages.emplace_back();
        m_y = m_geometry.body.top();
    }

    void place(double height, Paint paint) override
    {
        if (height > remaining() && !m_pages.back().empty())
            newPage();
        const QRectF rect(m_geometry.body.left(), m_y, m_geometry.body.width(), height);
        m_y += height;
        if (paint)
            m_pages.back().push_back({rect, std::move(paint)});
        else if (m_pages.back().empty()) // spacing at a page's top is dropped
            m_y = m_geometry.body.top();
    }

    const std::vector<std::vector<Item>> &pages() const { return m_pages; }

private:
    QPaintDevice *m_device;
    PageGeometry m_geometry;
    double m_y;
    std::vector<std::vector<Item>> m_pages;
};

// The height of `text` wrapped into `width` with `font` on the layout's device.
double textHeight(const PageDocument::Layout &layout, const QFont &font, double width,
                  const QString &text)
{
    const QFontMetricsF metrics(font, layout.device());
    if (text.isEmpty())
        return metrics.height();
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text)
        .height();
}

} // namespace

PageDocument::PageDocument(const QString &name)
    : m_name(name)
{}

QFont PageDocument::font(double points, bool bold)
{
    QFont font = MapRenderer::mapFont(12, bold);
    font.setPointSizeF(points);
    // Layout and the PDF agree when neither hints glyphs to device pixels.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}

QColor PageDocument::accent()
{
    return QColor(0xb4, 0x1e, 0x1e);
}

QColor PageDocument::ink()
{
    return QColor(0x22, 0x22, 0x22);
}

QColor PageDocument::muted()
{
    return QColor(0x6b, 0x6b, 0x6b);
}

QColor PageDocument::good()
{
    return QColor(0x1b, 0x7a, 0x3e);
}

QColor PageDocument::bad()
{
    return QColor(0xc0, 0x39, 0x2b);
}

QColor PageDocument::barColour()
{
    return QColor(0x2f, 0x6f, 0xb0);
}

void PageDocument::addTitleBlock(const QString &title, const QString &subtitle, const QString &meta)
{
    m_blocks.push_back([title, subtitle, meta](Layout &layout) {
        const PageGeometry &g = layout.geometry();
        const QFont titleFont = font(20, true);
        const QFont subtitleFont = font(12);
        const QFont metaFont = font(9);
        const double width = g.body.width();
        const double titleHeight = textHeight(layout, titleFont, width, title);
        const double subtitleHeight
            = subtitle.isEmpty() ? 0 : textHeight(layout, subtitleFont, width, subtitle);
        const double metaHeight = meta.isEmpty() ? 0 : textHeight(layout, metaFont, width, meta);
        const double gap = g.pt(6);
        const double height = g.pt(8) + titleHeight + gap + subtitleHeight + g.pt(10) + g.pt(4)
                              + g.pt(6) + metaHeight + g.pt(14);
        layout.place(height, [=](QPainter &p, const QRectF &r) {
            double y = r.top() + g.pt(8);
            p.setPen(accent());
            p.setFont(titleFont);
            p.drawText(QRectF(r.left(), y, width, titleHeight), Qt::AlignHCenter | Qt::TextWordWrap,
                       title);
            y += titleHeight + gap;
            if (!subtitle.isEmpty()) {
                p.setPen(ink());
                p.setFont(subtitleFont);
                p.drawText(QRectF(r.left(), y, width, subtitleHeight),
                           Qt::AlignHCenter | Qt::TextWordWrap, subtitle);
                y += subtitleHeight;
            }
            y += g.pt(10);
            // The double red rule of an official bulletin.
            p.setPen(QPen(accent(), g.pt(2)));
            p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
            p.setPen(QPen(accent(), g.pt(0.6)));
            p.drawLine(QPointF(r.left(), y + g.pt(4)), QPointF(r.right(), y + g.pt(4)));
            y += g.pt(4) + g.pt(6);
            if (!meta.isEmpty()) {
                p.setPen(muted());
                p.setFont(metaFont);
                p.drawText(QRectF(r.left(), y, width, metaHeight),
                           Qt::AlignHCenter | Qt::TextWordWrap, meta);
            }
        });
    });
}

void PageDocument::addHeading(const QString &text)
{
    m_blocks.push_back([text](Layout &layout) {
        const PageGeometry &g = layout.geometry();
        const QFont headingFont = font(13, true);
        const double textH = textHeight(layout, headingFont, g.body.width() - g.pt(10), text);
        const double height = g.pt(12) + textH + g.pt(6);
        // A heading never ends a page: keep room for a few lines after it.
        if (layout.remaining() < height + g.pt(60))
            layout.newPage();
        layout.place(height, [=](QPainter &p, const QRectF &r) {
            const QRectF bar(r.left(), r.top() + g.pt(12), g.pt(4), textH);
            p.fillRect(bar, accent());
            p.setPen(ink());
            p.setFont(headingFont);
            p.drawText(QRectF(r.left() + g.pt(10), r.top() + g.pt(12), r.width() - g.pt(10), textH),
                       Qt::AlignLeft | Qt::TextWordWrap, text);
        });
    });
}

void PageDocument::addParagraph(const QString &text, const QColor &colour)
{
    m_blocks.push_back([text, colour](Layout &layout) {
        const PageGeometry &g = layout.geometry();
        const QFont bodyFont = font(10);
        const double textH = textHeight(layout, bodyFont, g.body.width(), text);
        layout.place(textH + g.pt(5), [=](QPainter &p, const QRectF &r) {
            p.setPen(colour.isValid() ? colour : ink());
            p.setFont(bodyFont);
            p.drawText(QRectF(r.left(), r.top(), r.width(), textH),
                       Qt::AlignLeft | Qt::TextWordWrap, text);
        });
    });
}

void PageDocument::addTable(const ReportTable &table)
{
    m_blocks.push_back([table](Layout &layout) {
        const PageGeometry &g = layout.geometry();
        if (table.columns.isEmpty())
            return;
        const QFont bodyFont = font(9);
        const QFont boldFont = font(9, true);
        const double padX = g.pt(4), padY = g.pt(3.5);
        double weights = 0;
        for (const TableColumn &column : table.columns)
            weights += column.weight;
        QList<double> widths;
        for (const TableColumn &column : table.columns)
            widths << g.body.width() * column.weight / weights;

        auto rowHeight = [&](const QStringList &cells, const QFont &f) {
            double h = 0;
            for (qsizetype c = 0; c < widths.size(); ++c)
                h = std::max(h, textHeight(layout, f, widths[c] - 2 * padX, cells.value(c)));
            return h + 2 * padY;
        };
        auto drawCells = [widths, padX,
                          padY](QPainter &p, const QRectF &r, const QList<TableColumn> &columns,
                                const QStringList &cells, const QHash<int, QColor> &colours,
                                const QColor &colour) {
            double x = r.left();
            for (qsizetype c = 0; c < widths.size(); ++c) {
                p.setPen(colours.value(int(c), colour));
                p.drawText(
                    QRectF(x + padX, r.top() + padY, widths[c] - 2 * padX, r.height() - 2 * padY),
                    columns[c].alignment | Qt::AlignVCenter | Qt::TextWordWrap, cells.value(c));
                x += widths[c];
            }
        };

        QStringList headers;
        for (const TableColumn &column : table.columns)
            headers << column.header;
        const double headerHeight = rowHeight(headers, boldFont);
        auto placeHeader = [&] {
            layout.place(headerHeight, [=](QPainter &p, const QRectF &r) {
                p.fillRect(r, QColor(0xf2, 0xe6, 0xe6));
                p.setPen(QPen(accent(), g.pt(1)));
                p.drawLine(r.topLeft(), r.topRight());
                p.drawLine(r.bottomLeft(), r.bottomRight());
                p.setFont(boldFont);
                drawCells(p, r, table.columns, headers, {}, ink());
            });
        };
        // The header never stands alone at a page's foot.
        const double firstRow = table.rows.isEmpty()
                                    ? 0
                                    : rowHeight(table.rows.first().cells,
                                                table.rows.first().bold ? boldFont : bodyFont);
        if (layout.remaining() < headerHeight + firstRow)
            layout.newPage();
        placeHeader();
        for (qsizetype i = 0; i < table.rows.size(); ++i) {
            const TableRow &row = table.rows[i];
            const QFont &rowFont = row.bold ? boldFont : bodyFont;
            const double h = rowHeight(row.cells, rowFont);
            if (h > layout.remaining()) {
                layout.newPage();
                placeHeader();
            }
            const bool stripe = i % 2 == 1;
            layout.place(h, [=](QPainter &p, const QRectF &r) {
                if (row.shaded)
                    p.fillRect(r, QColor(0xfd, 0xf3, 0xd8));
                else if (stripe)
                    p.fillRect(r, QColor(0xf7, 0xf7, 0xf7));
                p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), g.pt(0.5)));
                p.drawLine(r.bottomLeft(), r.bottomRight());
                p.setFont(rowFont);
                drawCells(p, r, table.columns, row.cells, row.colours, ink());
            });
        }
        layout.place(g.pt(8), {});
    });
}

void PageDocument::addBarChart(const BarChart &chart)
{
    m_blocks.push_back([chart](Layout &layout) {
        const PageGeometry &g = layout.geometry();
        const QFont labelFont = font(9);
        const QFont titleFont = font(10, true);
        const QFont smallFont = font(8);
        const QFontMetricsF metrics(labelFont, layout.device());
        const qsizetype n = std::min(chart.labels.size(), chart.values.size());
        double labelWidth = 0;
        for (qsizetype i = 0; i < n; ++i)
            labelWidth = std::max(labelWidth, metrics.horizontalAdvance(chart.labels[i]));
        labelWidth = std::min(labelWidth + g.pt(8), g.body.width() * 0.3);
        double maximum = chart.maximum;
        for (qsizetype i = 0; i < n && chart.maximum <= 0; ++i)
            maximum = std::max(maximum, chart.values[i]);
        if (chart.maximum <= 0)
            maximum = std::max(maximum, chart.marker);
        if (maximum <= 0)
            maximum = 1;
        const double titleH
            = chart.title.isEmpty()
                  ? 0
                  : textHeight(layout, titleFont, g.body.width(), chart.title) + g.pt(6);
        const double markerH = chart.marker >= 0 ? g.pt(14) : 0;
        const double barStep = g.pt(18);
        const double height = titleH + markerH + n * barStep + g.pt(16);
        auto value
            = [&chart](double v) { return QString::number(v, 'f', chart.decimals) + chart.suffix; };
        const double valueWidth = metrics.horizontalAdvance(value(maximum)) + g.pt(10);
        layout.place(height, [=](QPainter &p, const QRectF &r) {
            double y = r.top();
            if (!chart.title.isEmpty()) {
                p.setFont(titleFont);
                p.setPen(ink());
                p.drawText(QRectF(r.left(), y, r.width(), titleH), Qt::AlignHCenter, chart.title);
                y += titleH;
            }
            const double plotLeft = r.left() + labelWidth;
            const double plotWidth = std::max(g.pt(40), r.width() - labelWidth - valueWidth);
            const double top = y + markerH;
            const double bottom = top + n * barStep;
            auto xOf = [&](double v) {
                return plotLeft + plotWidth * std::clamp(v / maximum, 0.0, 1.0);
            };
            // Grid at the axis divisions.
            p.setFont(smallFont);
            const int ticks = std::max(1, chart.ticks);
            for (int q = 0; q <= ticks; ++q) {
                const double x = plotLeft + plotWidth * q / ticks;
                p.setPen(QPen(QColor(0xe3, 0xe3, 0xe3), g.pt(0.5)));
                p.drawLine(QPointF(x, top), QPointF(x, bottom));
                p.setPen(muted());
                p.drawText(QRectF(x - g.pt(30), bottom + g.pt(2), g.pt(60), g.pt(12)),
                           Qt::AlignHCenter | Qt::AlignTop, value(maximum * q / ticks));
            }
            for (qsizetype i = 0; i < n; ++i) {
                const double rowTop = top + i * barStep;
                p.setFont(labelFont);
                p.setPen(ink());
                p.drawText(QRectF(r.left(), rowTop, labelWidth - g.pt(6), barStep),
                           Qt::AlignRight | Qt::AlignVCenter, chart.labels[i]);
                const QColor colour = chart.colours.value(i, barColour());
                const QRectF bar(plotLeft, rowTop + barStep * 0.2, xOf(chart.values[i]) - plotLeft,
                                 barStep * 0.6);
                p.fillRect(bar, colour);
                p.setPen(ink());
                p.drawText(QRectF(bar.right() + g.pt(4), rowTop, valueWidth, barStep),
                           Qt::AlignLeft | Qt::AlignVCenter, value(chart.values[i]));
            }
            p.setPen(QPen(muted(), g.pt(0.8)));
            p.drawLine(QPointF(plotLeft, top), QPointF(plotLeft, bottom));
            if (chart.marker >= 0) {
                const double x = xOf(chart.marker);
                p.setPen(QPen(accent(), g.pt(1), Qt::DashLine));
                p.drawLine(QPointF(x, top - g.pt(2)), QPointF(x, bottom));
                p.setFont(smallFont);
                p.setPen(accent());
                p.drawText(QRectF(x - g.pt(80), y, g.pt(160), markerH), Qt::AlignCenter,
                           chart.markerLabel);
            }
        });
        layout.place(g.pt(8), {});
    });
}

void PageDocument::addSpacing(double points)
{
    m_blocks.push_back(
        [points](Layout &layout) { layout.place(layout.geometry().pt(points), {}); });
}

void PageDocument::addPageBreak()
{
    m_blocks.push_back([](Layout &layout) { layout.newPage(); });
}

Result<int> PageDocument::write(const QString &path) const
{
    const QString partial = FilePlacement::partialPath(path);
    QFile::remove(partial);
    int pageCount = 0;
    {
        QPdfWriter writer(partial);
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Point));
        writer.setTitle(m_name);
        writer.setCreator(QCoreApplication::applicationName());
        const QRectF page(0, 0, writer.width(), writer.height());
        PageGeometry geometry;
        geometry.dpi = kDpi;
        geometry.body = page.adjusted(geometry.pt(kMarginSide), geometry.pt(kMarginTop),
                                      -geometry.pt(kMarginSide), -geometry.pt(kMarginBottom));

        QPainter painter;
        if (!painter.begin(&writer)) {
            QFile::remove(partial);
            return Error{tr("Could not write %1.").arg(QDir::toNativeSeparators(path))};
        }
        PageLayout layout(&writer, geometry);
        for (const Block &block : m_blocks)
            block(layout);
        const auto &pages = layout.pages();
        pageCount = int(pages.size());
        const QFont footerFont = font(8);
        for (int i = 0; i < pageCount; ++i) {
            if (i > 0)
                writer.newPage();
            painter.setRenderHint(QPainter::Antialiasing);
            for (const auto &item : pages[size_t(i)]) {
                painter.save();
                item.paint(painter, item.rect);
                painter.restore();
            }
            const double y = geometry.body.bottom() + geometry.pt(kFooterGap);
            const QRectF footer(geometry.body.left(), y, geometry.body.width(), geometry.pt(12));
            painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), geometry.pt(0.5)));
            painter.drawLine(footer.topLeft() - QPointF(0, geometry.pt(4)),
                             footer.topRight() - QPointF(0, geometry.pt(4)));
            painter.setFont(footerFont);
            painter.setPen(muted());
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_name);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                             (m_pageNumbers.isEmpty() ? tr("Page %1 of %2") : m_pageNumbers)
                                 .arg(i + 1)
                                 .arg(pageCount));
        }
        if (!painter.end()) {
            QFile::remove(partial);
            return Error{tr("Could not write %1.").arg(QDir::toNativeSeparators(path))};
        }
    }
    if (QFileInfo(partial).size() <= 0) {
        const Error error{tr("Could not write %1.").arg(QDir::toNativeSeparators(path))};
        QFile::remove(partial);
        return error;
    }
    if (Status placed = FilePlacement::replace(partial, path); !placed) {
        QFile::remove(partial);
        return placed.error();
    }
    return pageCount;
}
