// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/commands.h"
#include "core/demo/demobuilder.h"
#include "core/domain/fields.h"
#include "core/gis/vectorexport.h"
#include "core/io/sheetreader.h"
#include "core/ledger/ledgerexport.h"
#include "core/ledger/projectquery.h"
#include "core/map/crs/mercator.h"
#include "core/map/hittest.h"
#include "core/map/mapdocument.h"
#include "core/map/render/maprenderer.h"
#include "core/project/featuredetails.h"
#include "core/project/lookups.h"
#include "core/project/projectdocument.h"
#include "core/project/projectinfo.h"
#include "core/project/publiccopy.h"
#include "core/report/brochure.h"
#include "core/report/monthlyreport.h"
#include "core/stats/metrics.h"
#include "core/stats/statsengine.h"
#include "core/stats/warnings.h"
#include "core/storage/fileplacement.h"
#include "publicmarkers.h"
#include "testutils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Public mode, through every place data leaves core: a project with a confidential project and
// a public one whose confidential fields hold marker words and amounts (tests/publicmarkers.h).
// In public mode no ledger row, query, search, lookup, details, statistic, warning, map feature
// or label, hit, export (spreadsheet, GIS formats), report PDF or command-line output may hold a
// marker; in the office view they are there, so each check can fail.
class TestPublicMode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void catalogue();
    void ledgerQueries();
    void searchAndFiltersCannotProbe();
    void lookups();
    void details();
    void counts();
    void extentLeavesOutConfidential();
    void statsAndWarnings();
    void mapLayersLabelsAndHits();
    void edits();
    void ledgerExports_data();
    void ledgerExports();
    void vectorExports_data();
    void vectorExports();
    void reportPdf();
    void brochure();
    void publicCopy();
    void commandLine_data();
    void commandLine();
    void landCommands();

private:
    QString text(const FeatureDetails &details) const;
    QTemporaryDir m_dir;
    QString m_path;
    PublicMarkers::Fids m_fids;
    qint64 m_confidential = 0; // projects marked confidential, the demo's and the marker's
    std::unique_ptr<ProjectFile> m_project;
};

void TestPublicMode::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("markers.gpkg"));
    QVERIFY(DemoBuilder::write(m_path));
    auto project = ProjectFile::open(m_path);
    QVERIFY2(project, qPrintable(project.errorMessage()));
    const Status added = PublicMarkers::add(**project, &m_fids);
    QVERIFY2(added, qPrintable(added.errorMessage()));
    QVERIFY((*project)->checkpoint());
    m_confidential = (*project)
                         ->db()
                         .scalar(QStringLiteral("SELECT count(*) FROM projects WHERE "
                                                "confidential = 1"))
                         ->toLongLong();
    QVERIFY(m_confidential >= 1);
    m_project = project.takeValue();
}

void TestPublicMode::init()
{
    m_project->setAudience(Fields::Audience::Public);
}

QString TestPublicMode::text(const FeatureDetails &details) const
{
    QStringList lines{details.title, details.kind};
    for (const FeatureDetails::Section &section : details.sections) {
        lines << section.heading;
        for (const auto &[label, value] : section.fields)
            lines << label + QLatin1Char('=') + value;
    }
    for (const auto &[heading, value] : details.related)
        lines << heading + QLatin1Char('=') + value;
    return lines.join(QLatin1Char('\n'));
}

// The catalogue says what is confidential; the row rule covers projects and what hangs on them.
void TestPublicMode::catalogue()
{
    QStringList confidential;
    for (const Field *f : Fields::withFlag(Fields::projects(), Field::Confidential))
        confidential << Fields::key(*f);
    for (const char *key : {"investor", "investment", "foreign", "output", "drop_reason",
                            "lead_official", "task_force", "notes"})
        QVERIFY2(confidential.contains(QLatin1String(key)), key);
    QVERIFY(!confidential.contains(QStringLiteral("name")));
    QCOMPARE(Fields::shownTo(Fields::projects(), Fields::Audience::Office).size(),
             qsizetype(Fields::projects().size()));
    QCOMPARE(Fields::visibleRows(QStringLiteral("projects"), Fields::Audience::Office),
             QStringLiteral("1"));
    QVERIFY(Fields::visibleRows(QStringLiteral("projects"), Fields::Audience::Public)
                .contains(QStringLiteral("confidential")));
    QVERIFY(Fields::visibleRows(QStringLiteral("project_events"), Fields::Audience::Public)
                .contains(QStringLiteral("project_id")));
    QCOMPARE(Fields::visibleRows(QStringLiteral("parcels"), Fields::Audience::Public),
             QStringLiteral("1"));
}

void TestPublicMode::ledgerQueries()
{
    const QList<const Field *> all = Fields::shownTo(Fields::projects(), Fields::Audience::Office);
    auto dump = [&]() {
        QByteArray bytes;
        auto rows = ProjectQuery::list(*m_project, {});
        auto ordered = ProjectQuery::fids(*m_project, {});
        auto records = ProjectQuery::records(*m_project, {}, all);
        auto events = ProjectQuery::events(*m_project, {});
        if (!rows || !ordered || !records || !events)
            return QByteArray("query failed");
        for (const ProjectRow &row : *rows)
            bytes += QJsonDocument(row.toJson()).toJson() + '\n';
        auto values = ProjectQuery::values(*m_project, ordered->fids, all);
        auto byFid = ProjectQuery::rows(*m_project, {m_fids.secret, m_fids.open});
        if (!values || !byFid)
            return QByteArray("query failed");
        for (const ProjectQuery::Values &v : *values) {
            for (int i = 0; i < all.size(); ++i)
                bytes += Fields::display(*all[i], v.value(i)).toUtf8() + '\t'
                         + v.value(i).toString().toUtf8() + '\t';
        }
        for (const ProjectRow &row : *byFid)
            bytes += QJsonDocument(row.toJson()).toJson();
        for (const ProjectQuery::Record &r : *records) {
            for (const QVariant &v : r.values)
                bytes += v.toString().toUtf8() + '\t';
        }
        for (const ProjectQuery::Values &e : *events) {
            for (const QVariant &v : e)
                bytes += v.toString().toUtf8() + '\t';
        }
        if (!ordered->fids.contains(m_fids.open))
            bytes += "open project missing";
        return bytes;
    };
    const QByteArray shown = dump();
    QVERIFY2(PublicMarkers::found(shown).isEmpty(),
             qPrintable(PublicMarkers::found(shown).join(u' ')));
    QVERIFY(shown.contains(PublicMarkers::openName().toUtf8()));
    QVERIFY(!shown.contains("query failed") && !shown.contains("open project missing"));
    auto totals = ProjectQuery::totals(*m_project, {});
    QVERIFY(totals && !totals->investmentShown && totals->investmentWan == 0);
    QVERIFY(totals->landMu > 0);

    m_project->setAudience(Fields::Audience::Office);
    const QByteArray office = dump();
    QCOMPARE(PublicMarkers::found(office).size(),
             PublicMarkers::textMarkers().size() + PublicMarkers::numberMarkers().size() - 1);
    auto officeTotals = ProjectQuery::totals(*m_project, {});
    QVERIFY(officeTotals && officeTotals->investmentShown);
    QCOMPARE(officeTotals->count, totals->count + m_confidential);
}

// Neither the search nor a filter on a confidential field may tell what it holds, and neither
// may the order of a sort by one.
void TestPublicMode::searchAndFiltersCannotProbe()
{
    for (const QString &probe : {QStringLiteral("ZQXK"), QStringLiteral("MARKINVA"),
                                 QStringLiteral("MARKNOTEB"), QStringLiteral("保密")}) {
        ProjectFilter filter;
        filter.search = probe;
        auto count = ProjectQuery::count(*m_project, filter);
        QVERIFY(count);
        QVERIFY2(*count == 0, qPrintable(probe));
    }
    ProjectFilter byName;
    byName.search = QStringLiteral("PUBOK");
    QCOMPARE(*ProjectQuery::count(*m_project, byName), 1);
    ProjectFilter chain;
    chain.chain = QStringLiteral("保密产业链ZQXK");
    QCOMPARE(*ProjectQuery::count(*m_project, chain), 0);
    // The investment tier does not filter in public: every visible project stays.
    ProjectFilter tier;
    tier.minInvestmentWan = 50000;
    QCOMPARE(*ProjectQuery::count(*m_project, tier), *ProjectQuery::count(*m_project, {}));
    auto plain = ProjectQuery::fids(*m_project, {});
    auto sorted
        = ProjectQuery::fids(*m_project, {}, {QStringLiteral("investment"), Qt::DescendingOrder});
    QVERIFY(plain && sorted);
    QCOMPARE(sorted->fids, plain->fids); // by fid: the amounts give no order away

    m_project->setAudience(Fields::Audience::Office);
    ProjectFilter office;
    office.search = QStringLiteral("MARKNOTEB");
    QCOMPARE(*ProjectQuery::count(*m_project, office), 1);
    QVERIFY(*ProjectQuery::count(*m_project, tier) < *ProjectQuery::count(*m_project, {}));
}

void TestPublicMode::lookups()
{
    auto chains = Lookups::chains(*m_project);
    QVERIFY(chains && !chains->isEmpty());
    QVERIFY(!chains->contains(QStringLiteral("保密产业链ZQXK")));
    auto openLog = Lookups::events(*m_project, m_fids.open);
    QVERIFY(openLog && openLog->size() == 1);
    QVERIFY(openLog->first().text.isEmpty() && openLog->first().author.isEmpty());
    auto secretLog = Lookups::events(*m_project, m_fids.secret);
    QVERIFY(secretLog && secretLog->isEmpty());
    auto linked = Lookups::linkedParcels(*m_project, m_fids.secret);
    QVERIFY(linked && linked->isEmpty());

    m_project->setAudience(Fields::Audience::Office);
    QVERIFY(Lookups::chains(*m_project)->contains(QStringLiteral("保密产业链ZQXK")));
    QCOMPARE(Lookups::events(*m_project, m_fids.open)->first().text,
             QStringLiteral("洽谈MARKEVTF"));
}

// Every feature of every layer, as the details panel shows it.
void TestPublicMode::details()
{
    for (const QString &table :
         {QStringLiteral("units"), QStringLiteral("parks"), QStringLiteral("parcels"),
          QStringLiteral("enclaves"), QStringLiteral("projects")}) {
        // Every feature the public can see (a confidential project is refused: below).
        auto stmt = m_project->db().prepare(
            QStringLiteral("SELECT fid FROM %1 t WHERE %2")
                .arg(table,
                     Fields::visibleRows(table, Fields::Audience::Public, QStringLiteral("t"))));
        QVERIFY(stmt);
        QList<qint64> fids;
        QVERIFY(stmt->forEachRow([&] { fids << stmt->int64(0); }));
        QByteArray all;
        if (table == QLatin1String("projects"))
            fids << m_fids.secret;
        for (qint64 fid : std::as_const(fids)) {
            // Even a caller asking for the office's view gets the public one in public mode.
            auto details = FeatureDetails::read(*m_project, table, fid, Fields::Audience::Office);
            if (table == QLatin1String("projects") && fid == m_fids.secret) {
                QVERIFY(!details);
                QCOMPARE(details.errorMessage(),
                         FeatureDetails::read(*m_project, table, 99999999).errorMessage());
                continue;
            }
            QVERIFY2(details, qPrintable(details.errorMessage()));
            all += text(*details).toUtf8() + '\n';
        }
        QVERIFY2(PublicMarkers::found(all).isEmpty(),
                 qPrintable(table + QLatin1Char(' ') + PublicMarkers::found(all).join(u' ')));
    }
    m_project->setAudience(Fields::Audience::Office);
    auto parcel = FeatureDetails::read(*m_project, QStringLiteral("parcels"), m_fids.secretParcel);
    QVERIFY(parcel && text(*parcel).contains(QStringLiteral("ZQXK")));
    auto open = FeatureDetails::read(*m_project, QStringLiteral("projects"), m_fids.open);
    QVERIFY(open && text(*open).contains(QStringLiteral("MARKLEADC")));
}

void TestPublicMode::counts()
{
    auto shown = ProjectInfo::read(*m_project);
    m_project->setAudience(Fields::Audience::Office);
    auto office = ProjectInfo::read(*m_project);
    QVERIFY(shown && office);
    auto count = [](const ProjectInfo &info, const char *name) {
        for (const auto &[table, n] : info.layers + info.tables) {
            if (table == QLatin1String(name))
                return n;
        }
        return qint64(-1);
    };
    QCOMPARE(count(*shown, "projects"), count(*office, "projects") - m_confidential);
    auto hidden = [&](const char *table) {
        return m_project->db()
            .scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE project_id IN (SELECT fid FROM "
                                   "projects WHERE confidential = 1)")
                        .arg(QLatin1String(table)))
            ->toLongLong();
    };
    QVERIFY(hidden("project_events") >= 1 && hidden("project_parcels") >= 1);
    QCOMPARE(count(*shown, "project_events"),
             count(*office, "project_events") - hidden("project_events"));
    QCOMPARE(count(*shown, "project_parcels"),
             count(*office, "project_parcels") - hidden("project_parcels"));
    QCOMPARE(count(*shown, "parcels"), count(*office, "parcels"));
}

// A confidential project far from the rest does not stretch the public's extent (info --json,
// the map's full extent) towards itself; the file's own record of extents keeps everything.
void TestPublicMode::extentLeavesOutConfidential()
{
    const QString path = m_dir.filePath(QStringLiteral("far.gpkg"));
    QVERIFY(DemoBuilder::write(path));
    auto project = ProjectFile::open(path);
    QVERIFY2(project, qPrintable(project.errorMessage()));
    const QPointF far(123.5, 32.5); // out at sea, east of everything in the demo
    OGRPoint point(far.x(), far.y());
    QVERIFY((*project)->insertFeature(QStringLiteral("projects"), &point,
                                      {{QStringLiteral("name"), QStringLiteral("远方项目ZQXK")},
                                       {QStringLiteral("stage"), QStringLiteral("lead")},
                                       {QStringLiteral("confidential"), 1}}));
    auto office = (*project)->extent();
    QVERIFY(office && office->contains(far));
    (*project)->setAudience(Fields::Audience::Public);
    auto shown = (*project)->extent();
    QVERIFY(shown && !shown->isNull() && !shown->contains(far));
    auto info = ProjectInfo::read(**project);
    QVERIFY(info && !info->extent.contains(far));
    auto projects = (*project)->layerExtent(QStringLiteral("projects"));
    QVERIFY(projects && !projects->isNull() && !projects->contains(far));
    QVERIFY((*project)
                ->layerExtent(QStringLiteral("projects"), Fields::Audience::Office)
                ->contains(far));
}

void TestPublicMode::statsAndWarnings()
{
    const Metrics::Metric *signed_ = Metrics::find(QStringLiteral("projects_total"));
    QVERIFY(signed_);
    auto shown = StatsEngine::compute(*m_project, StatsPeriod::wholeYear(2020));
    auto warnings = Warnings::list(*m_project, QDate(2020, 12, 31));
    QVERIFY(shown && warnings);
    QByteArray text;
    for (const Warning &w : *warnings)
        text += (w.name + w.message + w.unit).toUtf8() + '\n';
    QVERIFY2(PublicMarkers::found(text).isEmpty(), text.constData());

    m_project->setAudience(Fields::Audience::Office);
    auto office = StatsEngine::compute(*m_project, StatsPeriod::wholeYear(2020));
    auto officeWarnings = Warnings::list(*m_project, QDate(2020, 12, 31));
    QVERIFY(office && officeWarnings);
    QVERIFY(office->value(*signed_).value_or(0) >= shown->value(*signed_).value_or(0) + 1);
    auto names = [this](const QList<Warning> &list) {
        return std::count_if(list.begin(), list.end(), [this](const Warning &w) {
            return w.table == QLatin1String("projects") && w.id == m_fids.secret;
        });
    };
    QCOMPARE(names(*warnings), 0);
    QCOMPARE(names(*officeWarnings), 1);
}

// The map: no feature, label or hit of the confidential project; no size by amount.
void TestPublicMode::mapLayersLabelsAndHits()
{
    auto document = std::make_unique<ProjectDocument>(ProjectFile::open(m_path).takeValue());
    QVERIFY(document->openMap());
    QVERIFY(document->setPublicMode(true));
    QVERIFY(document->isPublic() && document->map().audience() == Fields::Audience::Public);
    const QPointF centre = WebMercator::fromLonLat(m_fids.lon, m_fids.lat);

    auto look
        = [&](QByteArray *labels, bool *secretFeature, QColor *pixel, std::optional<MapHit> *hit) {
              MapSettings settings;
              settings.size = QSize(200, 200);
              settings.layers = document->map().layers();
              for (MapLayer &layer : settings.layers)
                  layer.visible = layer.id == QLatin1String("projects");
              settings.extent = QRectF(centre - QPointF(1000, 1000), QSizeF(2000, 2000));
              settings.background = Qt::white;
              *secretFeature = false;
              for (const MapLayer &layer : document->map().layers()) {
                  auto features = layer.source->features(layer.source->extent(), 1);
                  QVERIFY(features);
                  for (const MapFeature *f : *features) {
                      *labels += f->label.toUtf8() + '\n';
                      if (layer.id == QLatin1String("projects") && f->fid == m_fids.secret)
                          *secretFeature = true;
                      if (layer.id == QLatin1String("projects"))
                          QVERIFY(std::isnan(f->size) || !document->isPublic());
                  }
              }
              const RenderedMap map = MapRenderer::render(settings);
              QVERIFY(map.errors.isEmpty());
              *pixel = map.image.pixelColor(100, 100);
              *hit = MapHitTest::at(settings, QPointF(100, 100));
          };
    QByteArray labels;
    bool secretFeature = true;
    QColor pixel;
    std::optional<MapHit> hit;
    look(&labels, &secretFeature, &pixel, &hit);
    QVERIFY(!secretFeature);
    QVERIFY2(PublicMarkers::found(labels).isEmpty(), labels.constData());
    QCOMPARE(pixel, QColor(Qt::white));
    QVERIFY(!hit);
    // Not even as a count: the layer counts the features it shows.
    auto located = [&](const char *where) {
        return document->store()
            .db()
            .scalar(QStringLiteral("SELECT count(*) FROM projects p JOIN rtree_projects_geom r ON "
                                   "r.id = p.fid WHERE %1")
                        .arg(QLatin1String(where)))
            ->toLongLong();
    };
    QCOMPARE(document->map().layer(QStringLiteral("projects"))->source->featureCount(),
             located("p.confidential = 0"));
    QVERIFY(located("p.confidential = 1") >= 1);
    // Details of whatever the map still shows come out public as well.
    QVERIFY(!FeatureDetails::read(document->store(), QStringLiteral("projects"), m_fids.secret));

    QVERIFY(document->setPublicMode(false));
    look(&labels, &secretFeature, &pixel, &hit);
    QVERIFY(secretFeature);
    QVERIFY(labels.contains("ZQXK"));
    QVERIFY(pixel != QColor(Qt::white));
    QVERIFY(hit && hit->fid == m_fids.secret);
}

void TestPublicMode::edits()
{
    ProjectDocument document(ProjectFile::open(m_path).takeValue());
    QVERIFY(document.setPublicMode(true));
    const Status refused = Commands::editProject(
        document, m_fids.open, {{QStringLiteral("name"), QStringLiteral("改名")}}, QString());
    QVERIFY(!refused);
    QVERIFY(!refused.errorMessage().isEmpty());
    QCOMPARE(document.undoStack().count(), 0);
    QVERIFY(document.setPublicMode(false));
    QVERIFY(Commands::addEvent(document, m_fids.open,
                               {{QStringLiteral("event_date"), QStringLiteral("2020-03-01")},
                                {QStringLiteral("kind"), QStringLiteral("note")}}));
    document.undoStack().undo(); // the file stays as the other tests expect it
}

void TestPublicMode::ledgerExports_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
}

void TestPublicMode::ledgerExports()
{
    QFETCH(QString, suffix);
    auto contents = [&](const QString &name) {
        const QString path = m_dir.filePath(name + QLatin1Char('.') + suffix);
        auto written = LedgerExport::write(*m_project, {}, path);
        if (!written)
            return QByteArray("export failed: ") + written.errorMessage().toUtf8();
        QByteArray bytes;
        auto sheets = SheetReader::readAll(path);
        if (!sheets)
            return QByteArray("read failed");
        for (const Sheet &sheet : *sheets) {
            for (const QStringList &row : sheet.rows)
                bytes += row.join(QLatin1Char('\t')).toUtf8() + '\n';
        }
        if (suffix == QLatin1String("csv")) {
            for (const QString &file : LedgerExport::files(path)) {
                QFile f(file);
                if (f.open(QIODevice::ReadOnly))
                    bytes += f.readAll();
            }
        }
        return bytes;
    };
    const QByteArray shown = contents(QStringLiteral("public-ledger"));
    QVERIFY2(!shown.startsWith("export failed") && !shown.startsWith("read failed"),
             shown.constData());
    QVERIFY2(PublicMarkers::found(shown).isEmpty(),
             qPrintable(PublicMarkers::found(shown).join(u' ')));
    QVERIFY(shown.contains(PublicMarkers::openName().toUtf8()));
    QVERIFY(!shown.contains("总投资") && !shown.contains("投资方("));
    m_project->setAudience(Fields::Audience::Office);
    const QByteArray office = contents(QStringLiteral("office-ledger"));
    QVERIFY(office.contains("ZQXK") && office.contains("MARKEVTF")
            && office.contains("98765.4321"));
}

void TestPublicMode::vectorExports_data()
{
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QString>("suffix");
    for (const char *layer : {"projects", "parcels", "parks", "units", "enclaves"}) {
        for (const char *suffix : {"geojson", "csv", "kml", "gpkg"})
            QTest::addRow("%s.%s", layer, suffix)
                << QString::fromLatin1(layer) << QString::fromLatin1(suffix);
    }
}

void TestPublicMode::vectorExports()
{
    QFETCH(QString, layer);
    QFETCH(QString, suffix);
    auto contents = [&](const QString &name) {
        const QString path = m_dir.filePath(name + QLatin1Char('.') + suffix);
        QFile::remove(path);
        auto written = VectorExport::run(*m_project, path, {layer, {}});
        if (!written)
            return QByteArray("export failed: ") + written.errorMessage().toUtf8();
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("read failed");
    };
    const bool binary = suffix == QLatin1String("gpkg");
    const QByteArray shown = contents(QStringLiteral("public-") + layer);
    QVERIFY2(!shown.startsWith("export failed"), shown.constData());
    QVERIFY2(PublicMarkers::found(shown, !binary).isEmpty(),
             qPrintable(PublicMarkers::found(shown, !binary).join(u' ')));
    if (layer == QLatin1String("projects")) {
        QVERIFY(shown.contains(PublicMarkers::openName().toUtf8()));
        m_project->setAudience(Fields::Audience::Office);
        QVERIFY(contents(QStringLiteral("office-") + layer).contains("ZQXK"));
    }
    if (layer == QLatin1String("parcels") && !binary) {
        m_project->setAudience(Fields::Audience::Office);
        QVERIFY(contents(QStringLiteral("office-") + layer).contains("777.777"));
    }
}

void TestPublicMode::reportPdf()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    auto pdfText = [&](const QString &name) {
        const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
        auto written = MonthlyReport::write(*m_project, 2020, 12, QString(), pdf);
        if (!written)
            return QByteArray("report failed");
        return TestUtils::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out;
    };
    const QByteArray shown = pdfText(QStringLiteral("public-report"));
    QVERIFY(!shown.isEmpty() && shown != "report failed");
    QVERIFY2(PublicMarkers::found(shown).isEmpty(), shown.constData());
    m_project->setAudience(Fields::Audience::Office);
    QVERIFY(pdfText(QStringLiteral("office-report")).contains("ZQXK"));
}

// The brochure is public whatever the view it is asked from: the secret project is in the park.
void TestPublicMode::brochure()
{
    m_project->setAudience(Fields::Audience::Office);
    auto park = m_project->db().scalar(QStringLiteral("SELECT name FROM parks WHERE fid = "
                                                      "(SELECT park_id FROM projects WHERE fid = "
                                                      "?1)"),
                                       {m_fids.secret});
    QVERIFY(park && park->isValid());
    for (const QString &language : {QStringLiteral("zh"), QStringLiteral("en")}) {
        const QString pdf = m_dir.filePath(QStringLiteral("brochure-%1.pdf").arg(language));
        BrochureOptions options;
        options.park = park->toString();
        options.language = language;
        auto written = Brochure::write(*m_project, options, pdf);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(m_project->audience(), Fields::Audience::Office);
        const QByteArray text
            = TestUtils::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out;
        QVERIFY(text.size() > 200);
        QVERIFY2(PublicMarkers::found(text).isEmpty(),
                 qPrintable(PublicMarkers::found(text).join(u' ')));
    }
}

// export-public: a GeoPackage without the confidential project (nor its log and links) and with
// confidential fields empty, byte for byte: no deleted value survives in a free page. GDAL's
// validator accepts it, ogrinfo lists it, InvestAtlas opens it; the project is only read.
void TestPublicMode::publicCopy()
{
    m_project->setAudience(Fields::Audience::Office); // the copy is public whatever the view
    const QByteArray before = TestUtils::sha256(m_path);
    const QString out = m_dir.filePath(QStringLiteral("public-copy.gpkg"));
    auto written = PublicCopy::write(*m_project, out);
    QVERIFY2(written, qPrintable(written.errorMessage()));
    QCOMPARE(written->removed, m_confidential);
    QVERIFY(written->fieldsEmptied >= 10);
    QCOMPARE(TestUtils::sha256(m_path), before);
    QVERIFY(!QFile::exists(out + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(FilePlacement::partialPath(out)));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(PublicMarkers::found(bytes, false).isEmpty(),
             qPrintable(PublicMarkers::found(bytes, false).join(u' ')));
    QVERIFY(bytes.contains(PublicMarkers::openName().toUtf8()));

    {
        auto copy = ProjectFile::open(out, ProjectFile::Access::Read);
        QVERIFY2(copy, qPrintable(copy.errorMessage()));
        auto office = ProjectInfo::read(*m_project);
        auto shown = ProjectInfo::read(**copy);
        QVERIFY(office && shown);
        QCOMPARE(shown->layers, [&] {
            auto layers = office->layers;
            for (auto &[table, n] : layers)
                n -= table == QLatin1String("projects") ? m_confidential : 0;
            return layers;
        }());
        auto row = (*copy)->db().scalar(
            QStringLiteral("SELECT coalesce(investor, '') || coalesce(investment_wan, '') || "
                           "coalesce(notes, '') || name FROM projects WHERE fid = ?1"),
            {m_fids.open});
        QVERIFY(row);
        QCOMPARE(row->toString(), PublicMarkers::openName());
        auto tax = (*copy)->db().scalar(QStringLiteral("SELECT count(tax_per_mu) FROM parcels"));
        QVERIFY(tax && tax->toLongLong() == 0);
        auto mark = (*copy)->db().scalar(
            QStringLiteral("SELECT value FROM investatlas_meta WHERE key = 'public_copy'"));
        QVERIFY(mark && mark->toString() == QLatin1String("1"));
    }
    const auto listed = TestUtils::run(QStringLiteral("ogrinfo"),
                                       {QStringLiteral("-ro"), QStringLiteral("-q"), out});
    if (listed.exitCode != -1) {
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains("projects (Point)"));
    }
    if (QFile::exists(QStringLiteral("/usr/bin/python3"))) {
        const auto valid = TestUtils::run(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-m"), QStringLiteral("osgeo_utils.samples.validate_gpkg"), out});
        QVERIFY2(valid.exitCode == 0, (valid.out + valid.err).constData());
    }
    // Refused: the open project itself, and anything but a .gpkg.
    QVERIFY(!PublicCopy::write(*m_project, m_path));
    QVERIFY(!PublicCopy::write(*m_project, m_dir.filePath(QStringLiteral("copy.sqlite"))));
}

// What investatlas-cli prints or writes with --public; without it the office's data is there.
void TestPublicMode::commandLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("written"); // a file the command writes, "" for stdout only
    QTest::addColumn<QString>("officeShows");
    const QString out = m_dir.filePath(QStringLiteral("cli"));
    QDir().mkpath(out);
    QTest::newRow("ledger list") << QStringList{QStringLiteral("ledger"), QStringLiteral("list"),
                                                QStringLiteral("--json")}
                                 << QString() << QStringLiteral("ZQXK");
    QTest::newRow("ledger export")
        << QStringList{QStringLiteral("ledger"), QStringLiteral("export"), QStringLiteral("@OUT")}
        << QStringLiteral("ledger.csv") << QStringLiteral("MARKNOTEB");
    for (const char *layer : {"projects", "parcels"})
        QTest::addRow("export %s", layer)
            << QStringList{QStringLiteral("export"), QStringLiteral("@OUT"),
                           QStringLiteral("--layer"), QString::fromLatin1(layer)}
            << QStringLiteral("%1.geojson").arg(QLatin1String(layer))
            << (qstrcmp(layer, "projects") == 0 ? QStringLiteral("ZQXK")
                                                : QStringLiteral("777.777"));
    // Always public: no --public, and nothing of the office's to find without it.
    QTest::newRow("export-public")
        << QStringList{QStringLiteral("export-public"), QStringLiteral("@OUT")}
        << QStringLiteral("copy.gpkg") << QString();
    QTest::newRow("warnings") << QStringList{QStringLiteral("warnings"), QStringLiteral("--today"),
                                             QStringLiteral("2020-12-31"), QStringLiteral("--json")}
                              << QString() << QStringLiteral("ZQXK");
    QTest::newRow("report") << QStringList{QStringLiteral("report"), QStringLiteral("--year"),
                                           QStringLiteral("2020"),   QStringLiteral("--month"),
                                           QStringLiteral("12"),     QStringLiteral("--out"),
                                           QStringLiteral("@OUT")}
                            << QStringLiteral("report.pdf") << QStringLiteral("ZQXK");
}

void TestPublicMode::commandLine()
{
    QFETCH(QStringList, args);
    QFETCH(QString, written);
    QFETCH(QString, officeShows);
    auto run = [&](bool isPublic) {
        const QString prefix = isPublic ? QStringLiteral("public-") : QStringLiteral("office-");
        const QString file = written.isEmpty() ? QString() : m_dir.filePath(prefix + written);
        for (const QString &f :
             LedgerExport::files(file.isEmpty() ? QStringLiteral("x.csv") : file))
            QFile::remove(f);
        QStringList full = args;
        const int at = full.indexOf(QStringLiteral("@OUT"));
        if (at >= 0)
            full[at] = file;
        full.insert(qMin(2, int(full.size())), m_path);
        if (full.first() != QLatin1String("ledger"))
            full.move(full.indexOf(m_path), 1);
        if (isPublic && !officeShows.isEmpty())
            full << QStringLiteral("--public");
        const TestUtils::ProcessResult result = TestUtils::run(TestUtils::cliPath(), full);
        QByteArray bytes = result.out + result.err;
        if (result.exitCode != 0)
            return QByteArray("exit ") + QByteArray::number(result.exitCode) + ' ' + bytes;
        if (!file.isEmpty()) {
            if (file.endsWith(QLatin1String(".pdf")))
                bytes
                    += TestUtils::run(QStringLiteral("pdftotext"), {file, QStringLiteral("-")}).out;
            else
                for (const QString &f : LedgerExport::files(file)) {
                    QFile in(f);
                    if (in.open(QIODevice::ReadOnly))
                        bytes += in.readAll();
                }
        }
        return bytes;
    };
    const QByteArray shown = run(true);
    QVERIFY2(!shown.startsWith("exit "), shown.constData());
    const bool text = !written.endsWith(QLatin1String(".gpkg"));
    QVERIFY2(PublicMarkers::found(shown, text).isEmpty(),
             qPrintable(PublicMarkers::found(shown, text).join(u' ')));
    if (officeShows.isEmpty())
        return;
    const QByteArray office = run(false);
    QVERIFY2(office.contains(officeShows.toUtf8()), office.left(400).constData());
}

// Land: the grades, the commitments missed and the 腾笼换鸟 list are made of the parcels'
// confidential yearly figures; the idle land is public. A confidential project cannot be matched.
void TestPublicMode::landCommands()
{
    auto land = [&](bool isPublic, const QStringList &extra) {
        QStringList args{QStringLiteral("land"), m_path, QStringLiteral("--year"),
                         QStringLiteral("2023"), QStringLiteral("--json")};
        args += extra;
        if (isPublic)
            args << QStringLiteral("--public");
        return TestUtils::run(TestUtils::cliPath(), args);
    };
    const auto office = land(false, {});
    QCOMPARE(office.exitCode, 0);
    QVERIFY(office.out.contains("\"grades\""));
    QVERIFY(office.out.contains("\"standard_missing\""));
    const auto shown = land(true, {});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(shown.out.contains("\"idle_total_mu\""));
    QVERIFY2(!shown.out.contains("\"grades\"") && !shown.out.contains("\"standard_missing\""),
             shown.out.constData());
    QVERIFY(PublicMarkers::found(shown.out).isEmpty());
    QCOMPARE(land(false, {QStringLiteral("--candidates")}).exitCode, 0);
    const auto candidates = land(true, {QStringLiteral("--candidates")});
    QVERIFY(candidates.exitCode != 0);
    QVERIFY(candidates.out.isEmpty());

    auto match = [&](bool isPublic, qint64 fid) {
        QStringList args{QStringLiteral("match"), m_path, QStringLiteral("--project"),
                         QString::number(fid), QStringLiteral("--json")};
        if (isPublic)
            args << QStringLiteral("--public");
        return TestUtils::run(TestUtils::cliPath(), args);
    };
    QCOMPARE(match(false, m_fids.secret).exitCode, 0);
    const auto secret = match(true, m_fids.secret);
    QVERIFY(secret.exitCode != 0);
    QVERIFY(PublicMarkers::found(secret.out + secret.err).isEmpty());
}

QTEST_MAIN(TestPublicMode)
#include "tst_publicmode.moc"
