// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/brochure.h"

#include "core/base/i18n.h"
#include "core/domain/domain.h"
#include "core/domain/fields.h"
#include "core/map/crs/mercator.h"
#include "core/map/projectlayers.h"
#include "core/map/tiles/tilesource.h"
#include "core/project/localnames.h"
#include "core/report/maplayout.h"
#include "core/report/pagedocument.h"
#include "core/storage/projectfile.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

const QColor kAvailable(0x2E, 0x9E, 0x5B);
const QColor kListed(0x7F, 0xC9, 0x7F);
const QColor kIdle(0xE6, 0x9F, 0x00);
const QColor kInefficient(0xD5, 0x5E, 0x00);
const QColor kInUse(0xCF, 0xCF, 0xCF);
const QColor kBoundary(0xB4, 0x1E, 0x1E);

bool isAvailable(const QString &status)
{
    return status == QLatin1String("reserve") || status == QLatin1String("listed");
}

bool isIdle(const QString &status)
{
    return status == QLatin1String("idle") || status == QLatin1String("inefficient");
}

struct Plot
{
    QString code, status, landUse;
    double areaMu = 0;
};

struct ProjectLine
{
    QString name, chain, stage;
};

// Everything the brochure says about one park, read once.
struct ParkFacts
{
    qint64 fid = 0;
    QString name, kind, unit, chains;
    QVariant plannedMu;
    QRectF lonLat; // the park's bounds
    QList<Plot> plots;
    QList<ProjectLine> projects;
    int investmentCount = 0; // projects with an amount
    double investmentWan = 0;
    int taxCount = 0; // producing plots with a tax figure
    double taxPerMu = 0;
};

class Writer
{
public:
    Writer(ProjectFile &project, const BrochureOptions &options)
        : m_project(project)
        , m_options(options)
        , m_lang(options.language)
    {}

    // The brochure's own strings (marked for lupdate in context "Brochure"), translated into the
    // brochure's language, not the program's.
    QString t(const char *source, int n = -1) const
    {
        return m_lang.translate("Brochure", source, nullptr, n);
    }
    QString domain(std::span<const DomainValue> values, const QString &code) const
    {
        for (const DomainValue &v : values) {
            if (code == QLatin1String(v.code))
                return m_lang.translate("Domain", v.label);
        }
        return code;
    }
    QString number(double value, int decimals) const
    {
        return m_lang.locale().toString(value, 'f', decimals);
    }
    QString mu(double value) const
    {
        return t(QT_TRANSLATE_NOOP("Brochure", "%1 mu")).arg(number(value, value < 100 ? 1 : 0));
    }

    Result<ParkFacts> read();
    Result<BrochureSummary> write(const QString &path);

private:
    Status addMap(PageDocument &document, const ParkFacts &park);
    void addFigures(PageDocument &document, const ParkFacts &park, const BrochureSummary &summary);

    ProjectFile &m_project;
    const BrochureOptions &m_options;
    I18n::DocumentLanguage m_lang;
    LocalNames m_names;
};

Result<ParkFacts> Writer::read()
{
    SqliteDb &db = m_project.db();
    auto names = LocalNames::read(m_project, m_lang.isEnglish());
    if (!names)
        return names.error();
    m_names = *names;
    const bool english = db.columnExists(QStringLiteral("parks"), QStringLiteral("name_en"));
    auto park = db.prepare(
        QStringLiteral("SELECT p.fid, p.name, p.kind, u.name, p.planned_area_mu, p.chains, "
                       "r.minx, r.miny, r.maxx, r.maxy FROM parks p LEFT JOIN units u ON u.fid "
                       "= p.unit_id LEFT JOIN rtree_parks_geom r ON r.id = p.fid WHERE p.name = "
                       "?1 %1 ORDER BY p.fid LIMIT 1")
            .arg(english ? QStringLiteral("OR p.name_en = ?1") : QString()));
    if (!park)
        return park.error();
    park->bind(1, m_options.park.trimmed());
    const SqliteStep row = park->step();
    if (row.failed())
        return row.error();
    if (!row.hasRow())
        return Error{Brochure::tr("The project has no park called %1.").arg(m_options.park)};
    ParkFacts facts;
    facts.fid = park->int64(0);
    facts.name = park->text(1);
    facts.kind = park->text(2);
    facts.unit = park->text(3);
    facts.plannedMu = park->value(4);
    facts.chains = park->text(5);
    if (!park->isNull(6))
        facts.lonLat
            = QRectF(QPointF(park->real(6), park->real(7)), QPointF(park->real(8), park->real(9)));

    auto plots = db.prepare(QStringLiteral(
        "SELECT code, status, land_use, area_mu FROM parcels WHERE park_id = ?1 ORDER BY code"));
    if (!plots)
        return plots.error();
    plots->bind(1, facts.fid);
    if (Status done = plots->forEachRow([&] {
            facts.plots.append({plots->text(0), plots->text(1), plots->text(2), plots->real(3)});
        });
        !done)
        return done.error();

    // Public projects of the park from signing on, and the sum of their investment (counted
    // apart: an amount is confidential, a sum over enough of them is not).
    const QString visible
        = Fields::visibleRows(QStringLiteral("projects"), Fields::Audience::Public);
    const QString landed
        = QStringLiteral(
              "park_id = ?1 AND %1 AND stage IN ('signed', 'land', 'construction', 'production', "
              "'statistics', 'capacity')")
              .arg(visible);
    auto projects = db.prepare(
        QStringLiteral("SELECT name, chain, stage FROM projects WHERE %1").arg(landed));
    if (!projects)
        return projects.error();
    projects->bind(1, facts.fid);
    if (Status done = projects->forEachRow([&] {
            facts.projects.append({projects->text(0), projects->text(1), projects->text(2)});
        });
        !done)
        return done.error();
    const QStringList stages = Domain::codes(Domain::stages());
    std::stable_sort(facts.projects.begin(), facts.projects.end(),
                     [&](const ProjectLine &a, const ProjectLine &b) {
                         return stages.indexOf(a.stage) > stages.indexOf(b.stage);
                     });
    auto money = db.prepare(
        QStringLiteral("SELECT count(investment_wan), coalesce(sum(investment_wan), 0) FROM "
                       "projects WHERE %1")
            .arg(landed));
    if (!money)
        return money.error();
    money->bind(1, facts.fid);
    if (const SqliteStep sum = money->step(); sum.failed())
        return sum.error();
    facts.investmentCount = int(money->int64(0));
    facts.investmentWan = money->real(1);
    auto tax = db.prepare(QStringLiteral(
        "SELECT count(tax_per_mu), coalesce(avg(tax_per_mu), 0) FROM parcels WHERE park_id = ?1 "
        "AND status = 'producing' AND tax_per_mu IS NOT NULL"));
    if (!tax)
        return tax.error();
    tax->bind(1, facts.fid);
    if (const SqliteStep mean = tax->step(); mean.failed())
        return mean.error();
    facts.taxCount = int(tax->int64(0));
    facts.taxPerMu = tax->real(1);
    return facts;
}

Status Writer::addMap(PageDocument &document, const ParkFacts &park)
{
    // The park, its plots by what an investor can have, and the counties around it.
    const QString path = m_project.path();
    MapSettings map;
    map.background = m_options.basemap ? QColor(0xF4, 0xF1, 0xEA) : QColor(0xFA, 0xF8, 0xF3);
    map.basemap = m_options.basemap;
    map.basemapOverlay = m_options.basemapOverlay;
    const Fields::Audience audience = Fields::Audience::Public;
    Status opened;
    auto layer = [&](const QString &table, const LayerStyle &style) {
        MapLayer l;
        l.id = table;
        l.style = style;
        if (auto source = ProjectLayers::openSource(path, table, style, audience))
            l.source = *source;
        else if (opened)
            opened = source.error();
        return l;
    };
    LayerStyle units;
    units.defaultFill = Qt::transparent;
    units.stroke = QColor(0x80, 0x80, 0x80);
    units.strokeWidth = 1.2;
    units.dashed = true;
    units.strokeMinPixels = 0;
    units.labelColumn = m_lang.isEnglish() ? QStringLiteral("name_en") : QStringLiteral("name");
    units.labelFallback = QStringLiteral("name");
    units.labelPixelSize = 12;
    units.labelMinPixels = 200;
    LayerStyle plots;
    plots.categoryColumn = QStringLiteral("status");
    const std::pair<const char *, QColor> statusColours[]
        = {{"reserve", kAvailable},       {"listed", kListed},     {"idle", kIdle},
           {"inefficient", kInefficient}, {"transferred", kInUse}, {"construction", kInUse},
           {"producing", kInUse}};
    for (const auto &[code, colour] : statusColours)
        plots.categories.append({QLatin1String(code), QString(), colour});
    plots.defaultFill = kInUse;
    plots.stroke = Qt::white;
    plots.strokeWidth = 0.7;
    plots.strokeMinPixels = 4;
    plots.labelColumn = QStringLiteral("code");
    plots.labelPixelSize = 9;
    plots.labelMinPixels = 45;
    LayerStyle boundary;
    boundary.defaultFill = Qt::transparent;
    boundary.stroke = kBoundary;
    boundary.strokeWidth = 2.2;
    boundary.strokeMinPixels = 0;
    boundary.minimumPixels = 0;
    map.layers.push_back(layer(QStringLiteral("units"), units));
    MapLayer parcels = layer(QStringLiteral("parcels"), plots);
    // Only this park's plots, and only its boundary.
    auto parkPlots = std::make_shared<QSet<qint64>>();
    if (auto stmt
        = m_project.db().prepare(QStringLiteral("SELECT fid FROM parcels WHERE park_id = ?1"))) {
        stmt->bind(1, park.fid);
        (void)stmt->forEachRow([&] { parkPlots->insert(stmt->int64(0)); });
    }
    parcels.shownFids = parkPlots;
    map.layers.push_back(parcels);
    MapLayer parks = layer(QStringLiteral("parks"), boundary);
    parks.shownFids = std::make_shared<const QSet<qint64>>(QSet<qint64>{park.fid});
    map.layers.push_back(parks);
    if (!opened)
        return opened;
    if (!park.lonLat.isNull()) {
        const QRectF mercator(WebMercator::fromLonLat(park.lonLat.left(), park.lonLat.top()),
                              WebMercator::fromLonLat(park.lonLat.right(), park.lonLat.bottom()));
        const QRectF e = mercator.normalized();
        const double grow = std::max(e.width(), e.height()) * 0.12 + 200;
        map.extent = e.adjusted(-grow, -grow, grow, grow);
    }

    MapLayoutOptions options;
    options.legend = {
        {LegendEntry::Kind::Area, t(QT_TRANSLATE_NOOP("Brochure", "Available: reserve land")),
         kAvailable, Qt::white, false},
        {LegendEntry::Kind::Area, t(QT_TRANSLATE_NOOP("Brochure", "Available: listed for sale")),
         kListed, Qt::white, false},
        {LegendEntry::Kind::Area, t(QT_TRANSLATE_NOOP("Brochure", "Idle land")), kIdle, Qt::white,
         false},
        {LegendEntry::Kind::Area, t(QT_TRANSLATE_NOOP("Brochure", "Low-efficiency land")),
         kInefficient, Qt::white, false},
        {LegendEntry::Kind::Area, t(QT_TRANSLATE_NOOP("Brochure", "Land in use")), kInUse,
         Qt::white, false},
        {LegendEntry::Kind::Outline,
         t(QT_TRANSLATE_NOOP("Brochure", "Park boundary")),
         {},
         kBoundary,
         false},
        {LegendEntry::Kind::Outline,
         t(QT_TRANSLATE_NOOP("Brochure", "County boundary")),
         {},
         QColor(0x80, 0x80, 0x80),
         true},
    };
    QStringList sources;
    if (const QString basemap = MapLayout::attributionFor(map); !basemap.isEmpty())
        sources << t(QT_TRANSLATE_NOOP("Brochure", "Basemap: %1")).arg(basemap);
    sources << t(QT_TRANSLATE_NOOP(
                     "Brochure",
                     "Plots and boundaries: %1 project data; schematic, not for surveying."))
                   .arg(m_names.name(QStringLiteral("units"), park.unit));
    options.attribution = sources.join(QStringLiteral("  "));
    options.textScale = 0.9;
    options.language = m_lang.code();
    document.addBlock([map, options](PageDocument::Layout &layout) {
        const PageGeometry &g = layout.geometry();
        const double height = std::min(layout.remaining(), g.body.width() * 0.72);
        layout.place(height + g.pt(10), [=](QPainter &painter, const QRectF &r) {
            MapLayout::paint(painter, QRectF(r.topLeft(), QSizeF(r.width(), height)), g.dpi, map,
                             options, /*vector=*/true);
        });
    });
    return {};
}

void Writer::addFigures(PageDocument &document, const ParkFacts &park,
                        const BrochureSummary &summary)
{
    double idleMu = 0;
    for (const Plot &plot : park.plots) {
        if (isIdle(plot.status))
            idleMu += plot.areaMu;
    }
    struct Figure
    {
        QString label, value, note;
    };
    const QString none = QStringLiteral("—");
    QList<Figure> figures;
    figures.append(
        {t(QT_TRANSLATE_NOOP("Brochure", "Planned area")),
         park.plannedMu.isNull() ? none : mu(park.plannedMu.toDouble()),
         park.plannedMu.isNull()
             ? QString()
             : t(QT_TRANSLATE_NOOP("Brochure", "%1 km²"))
                   .arg(number(park.plannedMu.toDouble() * Domain::kSquareMetresPerMu / 1e6, 2))});
    figures.append({t(QT_TRANSLATE_NOOP("Brochure", "Land available now")), mu(summary.availableMu),
                    t(QT_TRANSLATE_N_NOOP("Brochure", "%n plot(s), reserve or listed"),
                      summary.availablePlots)});
    figures.append(
        {t(QT_TRANSLATE_NOOP("Brochure", "Idle and low-efficiency land")), mu(idleMu),
         t(QT_TRANSLATE_N_NOOP("Brochure", "%n plot(s) to revitalise"), summary.idlePlots)});
    figures.append({t(QT_TRANSLATE_NOOP("Brochure", "Projects landed")),
                    m_lang.locale().toString(summary.projects),
                    t(QT_TRANSLATE_NOOP("Brochure", "signed, building or producing"))});
    // A sum over fewer than kMinAggregate amounts would give one project's amount away.
    const bool investment = park.investmentCount >= Brochure::kMinAggregate;
    figures.append(
        {t(QT_TRANSLATE_NOOP("Brochure", "Their investment (100M CNY)")),
         investment ? number(park.investmentWan / Domain::kWanPerYi, 1) : none,
         investment
             ? t(QT_TRANSLATE_N_NOOP("Brochure", "total of %n project(s)"), park.investmentCount)
             : t(QT_TRANSLATE_NOOP("Brochure", "not shown for fewer than 3 projects"))});
    const bool tax = park.taxCount >= Brochure::kMinAggregate;
    figures.append(
        {t(QT_TRANSLATE_NOOP("Brochure", "Tax per mu (10k CNY)")),
         tax ? number(park.taxPerMu, 1) : none,
         tax ? t(QT_TRANSLATE_N_NOOP("Brochure", "mean of %n producing plot(s)"), park.taxCount)
             : t(QT_TRANSLATE_NOOP("Brochure", "not shown for fewer than 3 plots"))});
    const QString chains = m_names.chains(park.chains);
    document.addBlock([figures, chains, this](PageDocument::Layout &layout) {
        const PageGeometry &g = layout.geometry();
        const QFont labelFont = PageDocument::font(8.5);
        const QFont valueFont = PageDocument::font(15, true);
        const QFont noteFont = PageDocument::font(7.5);
        const QFontMetricsF label(labelFont, layout.device()), value(valueFont, layout.device()),
            note(noteFont, layout.device());
        const int columns = 3;
        const double gap = g.pt(6);
        const double width = (g.body.width() - gap * (columns - 1)) / columns;
        const double cardHeight = label.height() + value.height() + note.height() + g.pt(14);
        const int rows = int((figures.size() + columns - 1) / columns);
        const QString chainsLabel = t(QT_TRANSLATE_NOOP("Brochure", "Lead industry chains"));
        const double chainsHeight
            = label.height()
              + QFontMetricsF(PageDocument::font(11, true), layout.device())
                    .boundingRect(QRectF(0, 0, g.body.width() - g.pt(16), 1e6), Qt::TextWordWrap,
                                  chains)
                    .height()
              + g.pt(14);
        const double height = rows * (cardHeight + gap) + chainsHeight + g.pt(6);
        layout.place(height, [=](QPainter &p, const QRectF &r) {
            auto card = [&](const QRectF &box) {
                p.setPen(Qt::NoPen);
                p.setBrush(QColor(0xF6, 0xF1, 0xEC));
                p.drawRoundedRect(box, g.pt(3), g.pt(3));
                p.fillRect(QRectF(box.left(), box.top(), g.pt(3), box.height()),
                           PageDocument::accent());
            };
            for (int i = 0; i < figures.size(); ++i) {
                const QRectF box(r.left() + (i % columns) * (width + gap),
                                 r.top() + (i / columns) * (cardHeight + gap), width, cardHeight);
                card(box);
                const QRectF text = box.adjusted(g.pt(10), g.pt(6), -g.pt(6), -g.pt(6));
                p.setFont(labelFont);
                p.setPen(PageDocument::muted());
                p.drawText(QRectF(text.left(), text.top(), text.width(), label.height()),
                           Qt::AlignLeft | Qt::AlignVCenter,
                           label.elidedText(figures[i].label, Qt::ElideRight, text.width()));
                p.setFont(valueFont);
                p.setPen(PageDocument::accent());
                p.drawText(QRectF(text.left(), text.top() + label.height() + g.pt(1), text.width(),
                                  value.height()),
                           Qt::AlignLeft | Qt::AlignVCenter,
                           value.elidedText(figures[i].value, Qt::ElideRight, text.width()));
                p.setFont(noteFont);
                p.setPen(PageDocument::muted());
                p.drawText(
                    QRectF(text.left(), text.bottom() - note.height(), text.width(), note.height()),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    note.elidedText(figures[i].note, Qt::ElideRight, text.width()));
            }
            const QRectF box(r.left(), r.top() + rows * (cardHeight + gap), r.width(),
                             chainsHeight);
            card(box);
            const QRectF text = box.adjusted(g.pt(10), g.pt(6), -g.pt(6), -g.pt(6));
            p.setFont(labelFont);
            p.setPen(PageDocument::muted());
            p.drawText(QRectF(text.left(), text.top(), text.width(), label.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, chainsLabel);
            p.setFont(PageDocument::font(11, true));
            p.setPen(PageDocument::ink());
            p.drawText(QRectF(text.left(), text.top() + label.height() + g.pt(2), text.width(),
                              text.height() - label.height()),
                       Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, chains);
        });
    });
}

Result<BrochureSummary> Writer::write(const QString &path)
{
    auto facts = read();
    if (!facts)
        return facts.error();
    const ParkFacts &park = *facts;
    BrochureSummary summary;
    for (const Plot &plot : park.plots) {
        if (isAvailable(plot.status)) {
            ++summary.availablePlots;
            summary.availableMu += plot.areaMu;
        } else if (isIdle(plot.status)) {
            ++summary.idlePlots;
        }
    }
    summary.projects = int(park.projects.size());

    const QString parkName = m_names.name(QStringLiteral("parks"), park.name);
    const QString unitName = m_names.name(QStringLiteral("units"), park.unit);
    const QDate date = m_options.date.isValid() ? m_options.date : QDate::currentDate();
    PageDocument document(t(QT_TRANSLATE_NOOP("Brochure", "%1 — Investment Guide")).arg(parkName));
    document.setPageNumbers(m_lang.translate("PageDocument", "Page %1 of %2"));
    document.addTitleBlock(
        m_lang.isEnglish() ? parkName
                           : t(QT_TRANSLATE_NOOP("Brochure", "%1 Investment Guide")).arg(parkName),
        m_lang.isEnglish()
            ? t(QT_TRANSLATE_NOOP("Brochure", "Investment Guide · %1 · %2"))
                  .arg(unitName, domain(Domain::parkKinds(), park.kind))
            : QStringLiteral("%1 · %2").arg(unitName, domain(Domain::parkKinds(), park.kind)),
        t(QT_TRANSLATE_NOOP("Brochure", "Edition of %1 · public information only"))
            .arg(m_lang.locale().toString(date, m_lang.isEnglish() ? QStringLiteral("MMMM yyyy")
                                                                   : QStringLiteral("yyyy年M月"))));
    if (Status mapped = addMap(document, park); !mapped)
        return mapped.error();
    document.addHeading(t(QT_TRANSLATE_NOOP("Brochure", "Key figures")));
    addFigures(document, park, summary);

    document.addHeading(t(QT_TRANSLATE_NOOP("Brochure", "Land available and to revitalise")));
    QList<Plot> offered;
    for (const Plot &plot : park.plots) {
        if (isAvailable(plot.status) || isIdle(plot.status))
            offered << plot;
    }
    std::stable_sort(offered.begin(), offered.end(), [](const Plot &a, const Plot &b) {
        if (isAvailable(a.status) != isAvailable(b.status))
            return isAvailable(a.status);
        return a.areaMu > b.areaMu;
    });
    if (offered.isEmpty()) {
        document.addParagraph(
            t(QT_TRANSLATE_NOOP("Brochure",
                                "No plot of this park is available or idle at present.")),
            PageDocument::muted());
    } else {
        ReportTable table;
        table.columns = {{t(QT_TRANSLATE_NOOP("Brochure", "Plot")), 1.4},
                         {t(QT_TRANSLATE_NOOP("Brochure", "Area (mu)")), 1, Qt::AlignRight},
                         {t(QT_TRANSLATE_NOOP("Brochure", "Area (ha)")), 1, Qt::AlignRight},
                         {t(QT_TRANSLATE_NOOP("Brochure", "Land use")), 1.6},
                         {t(QT_TRANSLATE_NOOP("Brochure", "Status")), 1.4}};
        for (const Plot &plot : std::as_const(offered)) {
            TableRow row;
            row.cells = {plot.code, number(plot.areaMu, 1),
                         number(plot.areaMu * Domain::kSquareMetresPerMu / 1e4, 2),
                         plot.landUse.isEmpty() ? QStringLiteral("—")
                                                : domain(Domain::landUses(), plot.landUse),
                         domain(Domain::parcelStatuses(), plot.status)};
            row.colours.insert(4, isAvailable(plot.status) ? kAvailable.darker(130)
                                                           : kInefficient.darker(120));
            table.rows << row;
        }
        document.addTable(table);
    }

    if (!park.projects.isEmpty()) {
        document.addHeading(t(QT_TRANSLATE_NOOP("Brochure", "Projects in the park")));
        ReportTable table;
        table.columns = {{t(QT_TRANSLATE_NOOP("Brochure", "Project")), 3},
                         {t(QT_TRANSLATE_NOOP("Brochure", "Industry chain")), 1.6},
                         {t(QT_TRANSLATE_NOOP("Brochure", "Stage")), 1.2}};
        for (qsizetype i = 0;
             i < std::min<qsizetype>(park.projects.size(), Brochure::kMaxProjectsListed); ++i) {
            const ProjectLine &line = park.projects[i];
            table.rows << TableRow{
                {line.name, m_names.chain(line.chain), domain(Domain::stages(), line.stage)},
                {},
                false,
                false};
        }
        document.addTable(table);
        if (park.projects.size() > Brochure::kMaxProjectsListed)
            document.addParagraph(t(QT_TRANSLATE_N_NOOP("Brochure", "… and %n more project(s)."),
                                    int(park.projects.size() - Brochure::kMaxProjectsListed)),
                                  PageDocument::muted());
    }

    document.addHeading(t(QT_TRANSLATE_NOOP("Brochure", "Contact")));
    document.addParagraph(
        m_options.contact.trimmed().isEmpty()
            ? t(QT_TRANSLATE_NOOP("Brochure", "Investment promotion office of %1")).arg(unitName)
            : m_options.contact.trimmed());
    document.addParagraph(t("Areas are registered areas; plot boundaries are schematic. Figures "
                            "as of the edition date; the office confirms every plot's "
                            "conditions on request."),
                          PageDocument::muted());
    auto pages = document.write(path);
    if (!pages)
        return pages.error();
    summary.pages = *pages;
    return summary;
}

} // namespace

Result<BrochureSummary> Brochure::write(ProjectFile &project, const BrochureOptions &options,
                                        const QString &path)
{
    // Always public, whatever the view it is asked from; the project's own mode is restored.
    const Fields::Audience before = project.audience();
    project.setAudience(Fields::Audience::Public);
    Writer writer(project, options);
    auto written = writer.write(path);
    project.setAudience(before);
    return written;
}

Result<QStringList> Brochure::parks(ProjectFile &project)
{
    auto stmt = project.db().prepare(QStringLiteral("SELECT name FROM parks ORDER BY fid"));
    if (!stmt)
        return stmt.error();
    QStringList names;
    if (Status done = stmt->forEachRow([&] { names << stmt->text(0); }); !done)
        return done.error();
    return names;
}
