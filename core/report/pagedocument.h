// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;

// A column of a ReportTable: its header, its share of the table's width and its alignment.
struct TableColumn
{
    QString header;
    double weight = 1; // relative width
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct TableRow
{
    QStringList cells;
    QHash<int, QColor> colours; // text colour of some cells (column → colour)
    bool bold = false;
    bool shaded = false; // a tinted background (a highlighted row)
};

// A table that breaks across pages between rows, repeating its header on every page.
struct ReportTable
{
    QList<TableColumn> columns;
    QList<TableRow> rows;
};

// A horizontal bar chart drawn with QPainter: one labelled bar per value, the value written at
// its end, and an optional reference line (a target, the pro-rata share).
struct BarChart
{
    QString title;
    QStringList labels;
    QList<double> values;
    QList<QColor> colours; // per bar; empty or short: the default colour
    double maximum = 0;    // the axis end; 0: the largest value (or the marker)
    double marker = -1;    // a reference line at this value; negative: none
    QString markerLabel;   // written above the reference line
    QString suffix;        // after each value ("%")
    int decimals = 0;      // of the values written
    int ticks = 4;         // axis divisions
};

// Where a block is laid out: the page's text area and the device's resolution. Lengths handed to
// blocks are device units; pt() converts typographic points to them.
struct PageGeometry
{
    QRectF body; // the area between the margins, above the footer
    double dpi = 72;
    double pt(double points) const { return points * dpi / 72.0; }
};

// Lays out blocks (title, headings, paragraphs, tables, charts, blocks of the caller's own) on
// A4 pages and writes them as a PDF with its fonts embedded (a sans-serif with Chinese glyphs,
// MapRenderer's family list), a footer with the document's name and "page X of Y" on every
// page. Layout happens at write(), on the writer's own metrics, so what is measured is what is
// drawn. The file is written under a temporary name and renamed over the target when complete.
//
// A value built on one thread and written there; needs a QGuiApplication (fonts), never
// widgets. The brochure and print work reuse it: everything specific to a report lives in its
// blocks.
class PageDocument
{
    Q_DECLARE_TR_FUNCTIONS(PageDocument)
public:
    // The state a block draws into: it reserves vertical space on the current page (moving to a
    // new page when it does not fit) and queues what to paint there.
    class Layout
    {
    public:
        virtual ~Layout() = default;
        virtual const PageGeometry &geometry() const = 0;
        virtual QPaintDevice *device() const = 0;
        // The space left on the current page.
        virtual double remaining() const = 0;
        // Starts a new page (unless the current one is still empty).
        virtual void newPage() = 0;
        // Reserves `height` at the current position (on a new page when it does not fit and the
        // page is not empty) and queues `paint` for the rectangle reserved.
        virtual void place(double height, std::function<void(QPainter &, const QRectF &)> paint)
            = 0;
    };
    using Block = std::function<void(Layout &)>;

    // `name` goes into the PDF's title and the footer.
    explicit PageDocument(const QString &name);

    void addTitleBlock(const QString &title, const QString &subtitle, const QString &meta);
    void addHeading(const QString &text);
    void addParagraph(const QString &text, const QColor &colour = {});
    void addTable(const ReportTable &table);
    void addBarChart(const BarChart &chart);
    void addSpacing(double points);
    void addPageBreak();
    void addBlock(Block block) { m_blocks.push_back(std::move(block)); }
    // The footer's page numbers, "%1" this page and "%2" the count; default tr("Page %1 of %2").
    // A document in a language of its own gives its translation.
    void setPageNumbers(const QString &format) { m_pageNumbers = format; }

    // Writes the PDF to `path` (through a temporary file beside it); returns the number of pages.
    Result<int> write(const QString &path) const;

    // The document typeface at `points` size.
    static QFont font(double points, bool bold = false);
    // The palette the blocks share.
    static QColor accent();    // titles and rules: official red
    static QColor ink();       // body text
    static QColor muted();     // secondary text
    static QColor good();      // on track
    static QColor bad();       // behind
    static QColor barColour(); // the default bar

private:
    QString m_name;
    QString m_pageNumbers;
    std::vector<Block> m_blocks;
};
