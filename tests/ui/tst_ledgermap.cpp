// SPDX-License-Identifier: GPL-3.0-or-later
// The ledger and the map show the same selection, and the map can show only what the ledger's
// filter lists (issue 8 #23).
#include "core/base/i18n.h"
#include "core/demo/demobuilder.h"
#include "core/map/hittest.h"
#include "core/map/render/maprenderer.h"
#include "ui/ledger/ledgerpanel.h"
#include "ui/ledger/projecttablemodel.h"
#include "ui/map/mapcanvas.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestLedgerMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ledgerSelectionIsSelectedOnTheMap();
    void mapSelectionSelectsTheLedgerRow();
    void mapShowsOnlyTheFilteredProjects();

private:
    const MapFeature *located(int *row); // the first ledger row with a location
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;
};

void TestLedgerMap::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InvestAtlasLedgerMapTest"));
    QCoreApplication::setApplicationName(QStringLiteral("InvestAtlasLedgerMapTest"));
    QSettings().clear();
    I18n::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    m_demo = m_dir.filePath(QStringLiteral("demo.gpkg"));
    QVERIFY(DemoBuilder::write(m_demo));
}

void TestLedgerMap::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_demo));
    m_window->mapCanvas()->renderNow();
}

void TestLedgerMap::cleanup()
{
    m_window.reset();
}

const MapFeature *TestLedgerMap::located(int *row)
{
    const auto *model = qobject_cast<ProjectTableModel *>(m_window->ledgerView()->model());
    const MapLayer *projects = m_window->mapCanvas()->map().layer(QStringLiteral("projects"));
    for (int r = 0; r < model->rowCount(); ++r) {
        const MapFeature *f = projects->source->feature(model->fidAt(r));
        if (f && f->hasGeometry) {
            *row = r;
            return f;
        }
    }
    return nullptr;
}

void TestLedgerMap::ledgerSelectionIsSelectedOnTheMap()
{
    int row = -1;
    const MapFeature *feature = located(&row);
    QVERIFY(feature);
    QTableView *ledger = m_window->ledgerView();
    const QModelIndex index = ledger->model()->index(row, 0);
    ledger->scrollTo(index);
    QTest::mouseClick(ledger->viewport(), Qt::LeftButton, {}, ledger->visualRect(index).center());
    MapCanvas *canvas = m_window->mapCanvas();
    QCOMPARE(canvas->selection(), (QSet<MapCanvas::FeatureKey>{{"projects", feature->fid}}));

    // 缩放到选中要素 zooms to it.
    const QRectF before = canvas->extent();
    auto *zoom = m_window->findChild<QAction *>(QStringLiteral("ZoomToSelectionAction"));
    QVERIFY(zoom);
    zoom->trigger();
    QVERIFY(canvas->extent().contains(feature->bounds.center()));
    QVERIFY(canvas->extent().width() < before.width() / 4);
}

void TestLedgerMap::mapSelectionSelectsTheLedgerRow()
{
    int row = -1;
    const MapFeature *feature = located(&row);
    QVERIFY(feature);
    // Close up, so that only this project is under the pointer.
    MapCanvas *canvas = m_window->mapCanvas();
    const QPointF at = feature->bounds.center();
    canvas->setExtent(QRectF(at - QPointF(300, 300), at + QPointF(300, 300)));
    canvas->renderNow();
    QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->mapToPixel().toPixel(at).toPoint());
    QVERIFY(canvas->selection().contains({QStringLiteral("projects"), feature->fid}));
    const QModelIndex current = m_window->ledgerView()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(ProjectTableModel::FidRole).toLongLong(), feature->fid);
    QCOMPARE(current.row(), row);
    QVERIFY(m_window->ledgerView()->selectionModel()->isRowSelected(row));
}

void TestLedgerMap::mapShowsOnlyTheFilteredProjects()
{
    auto *panel = m_window->findChild<LedgerPanel *>();
    auto *unit = panel->findChild<QComboBox *>(QStringLiteral("UnitFilter"));
    QVERIFY(unit && unit->count() > 2);
    unit->setCurrentIndex(1); // one county
    const ProjectTableModel *model = panel->model();
    const QList<qint64> listed = model->fids();
    QVERIFY(!listed.isEmpty());
    MapCanvas *canvas = m_window->mapCanvas();
    canvas->zoomToLayer(QStringLiteral("projects")); // every located project in view

    // Off: every project is drawn.
    auto projectsDrawn = [&] {
        MapSettings settings = canvas->frameSettings();
        for (MapLayer &layer : settings.layers)
            layer.visible = layer.id == QLatin1String("projects");
        MapRenderer::Stats stats;
        MapRenderer::render(settings, nullptr, &stats);
        QSet<qint64> hit;
        for (const MapHit &h : MapHitTest::inside(settings, QRectF(QPointF(), settings.size)))
            hit.insert(h.fid);
        return std::pair{stats.features, hit};
    };
    const auto [allDrawn, allHit] = projectsDrawn();
    QVERIFY(!canvas->frameSettings().layer(QStringLiteral("projects"))->shownFids);

    // On: only what the ledger lists; the projects without a location are counted in a hint.
    panel->mapFilterToggle()->click();
    const auto shown = canvas->frameSettings().layer(QStringLiteral("projects"))->shownFids;
    QVERIFY(shown);
    QCOMPARE(*shown, QSet<qint64>(listed.cbegin(), listed.cend()));
    const auto [drawn, hit] = projectsDrawn();
    const qint64 locatedCount = model->totals().count - model->totals().withoutLocation;
    QCOMPARE(drawn, locatedCount);
    QVERIFY(drawn < allDrawn);
    QVERIFY(!hit.isEmpty());
    QVERIFY(hit.size() < allHit.size());
    for (qint64 fid : hit)
        QVERIFY(shown->contains(fid));
    if (model->totals().withoutLocation > 0) {
        bool hinted = false;
        for (QLabel *label : panel->findChildren<QLabel *>())
            hinted = hinted
                     || label->text().contains(
                         LedgerPanel::tr("%n without a location (not on the map)", nullptr,
                                         int(model->totals().withoutLocation)));
        QVERIFY(hinted);
    }

    canvas->renderNow();
    QTest::qWait(20); // pending layouts (the status bar's counts), as the event loop would
    const QString shot = QDir::current().filePath(QStringLiteral("ledger-map-filtered.png"));
    QVERIFY(m_window->grab().save(shot));
    qInfo() << "screenshot for a person to look at:" << shot;

    // Another filter follows; unticked, the map shows everything again.
    unit->setCurrentIndex(2);
    QCOMPARE(*canvas->frameSettings().layer(QStringLiteral("projects"))->shownFids,
             QSet<qint64>(model->fids().cbegin(), model->fids().cend()));
    panel->mapFilterToggle()->click();
    QVERIFY(!canvas->frameSettings().layer(QStringLiteral("projects"))->shownFids);
    QCOMPARE(projectsDrawn().first, allDrawn);
}

QTEST_MAIN(TestLedgerMap)
#include "tst_ledgermap.moc"
