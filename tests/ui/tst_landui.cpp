// SPDX-License-Identifier: GPL-3.0-or-later
// Land in the main window: the parcel editor, the land dialog, matching, and every map tool,
// each edit undone; the map's layer settings, the selection and the ledger's filter stay as the
// user left them after a land edit. Screenshots at 1366×768 in Chinese for a person to look at.
#include "core/base/i18n.h"
#include "core/commands/parcelcommands.h"
#include "core/demo/demobuilder.h"
#include "core/map/crs/mercator.h"
#include "core/map/mapdocument.h"
#include "core/project/lookups.h"
#include "core/project/projectdocument.h"
#include "core/storage/projectfile.h"
#include "ui/land/landcontroller.h"
#include "ui/land/landdialog.h"
#include "ui/land/matchdialog.h"
#include "ui/land/parceldialog.h"
#include "ui/ledger/ledgerpanel.h"
#include "ui/ledger/projecteditor.h"
#include "ui/map/layerpanel.h"
#include "ui/map/mapcanvas.h"
#include "ui/map/tools/drawparceltool.h"
#include "ui/map/tools/projectlandtool.h"
#include "ui/map/tools/splittool.h"
#include "ui/map/tools/vertextool.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/publicmodeswitch.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestLandUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void parcelDialogChangesStatusUndoably();
    void landDialogListsUnitsAndOpensParcels();
    void matchingAssignsInOneStep();
    void drawReshapeSplitMergeDelete();
    void placeAndLinkTheProject();
    void landEditKeepsMapSelectionAndFilter();
    void gradeMapHasALegend();
    void publicModeClosesOfficeLand();
    void projectEditorWarnsAboutLinkedLand();

private:
    QVariant value(const QString &sql, const QVariantList &args = {});
    QPoint pixelOf(const QPointF &lonLat) const;
    // Shows a 1.2 km square of empty land (outside every park) at about 2 m a pixel; returns its
    // centre in longitude/latitude.
    QPointF showEmptyLand();
    void shoot(QWidget *widget, const QString &name);
    qint64 parcelCount();

    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;
    ProjectDocument *m_doc = nullptr;
    MapCanvas *m_canvas = nullptr;
    LandController *m_land = nullptr;
};

void TestLandUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InvestAtlasLandTest"));
    QCoreApplication::setApplicationName(QStringLiteral("InvestAtlasLandTest"));
    QSettings().clear();
    I18n::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    m_demo = m_dir.filePath(QStringLiteral("demo.gpkg"));
    QVERIFY(DemoBuilder::write(m_demo));
}

void TestLandUi::init()
{
    const QString path = m_dir.filePath(QStringLiteral("edit.gpkg"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QVERIFY(QFile::copy(m_demo, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(path));
    m_doc = m_window->document();
    m_canvas = m_window->mapCanvas();
    m_land = m_window->land();
    QTest::qWait(50);
}

void TestLandUi::cleanup()
{
    m_window.reset();
    m_doc = nullptr;
}

QVariant TestLandUi::value(const QString &sql, const QVariantList &args)
{
    auto v = m_doc->store().db().scalar(sql, args);
    return v ? *v : QVariant();
}

qint64 TestLandUi::parcelCount()
{
    return value(QStringLiteral("SELECT count(*) FROM parcels")).toLongLong();
}

QPoint TestLandUi::pixelOf(const QPointF &lonLat) const
{
    return m_canvas->mapToPixel()
        .toPixel(WebMercator::fromLonLat(lonLat.x(), lonLat.y()))
        .toPoint();
}

QPointF TestLandUi::showEmptyLand()
{
    // East of the first park, by a kilometre: inside its county, outside every park.
    const QPointF centre(
        value(QStringLiteral("SELECT maxx FROM rtree_parks_geom WHERE id = 1")).toDouble() + 0.012,
        value(QStringLiteral("SELECT (miny + maxy) / 2 FROM rtree_parks_geom "
                             "WHERE id = 1"))
            .toDouble());
    const QPointF m = WebMercator::fromLonLat(centre.x(), centre.y());
    const double half = 600 * 1.14; // Web Mercator metres are about 1/cos(28°) ground metres
    m_canvas->setExtent(QRectF(m - QPointF(half, half), m + QPointF(half, half)));
    m_canvas->renderNow();
    QTest::qWait(50);
    return centre;
}

void TestLandUi::shoot(QWidget *widget, const QString &name)
{
    QTest::qWait(30);
    const QString shot = QDir::current().filePath(name);
    QVERIFY(widget->grab().save(shot));
    qInfo() << "screenshot for a person to look at:" << shot;
}

void TestLandUi::parcelDialogChangesStatusUndoably()
{
    const qint64 fid
        = value(QStringLiteral("SELECT fid FROM parcels WHERE status = 'transferred' AND "
                               "idle_category = 'supplied_unused' ORDER BY fid LIMIT 1"))
              .toLongLong();
    QVERIFY(fid > 0);
    const QString since
        = value(QStringLiteral("SELECT status_date FROM parcels WHERE fid = ?1"), {fid}).toString();
    ParcelDialog dialog(*m_doc, fid, m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    shoot(&dialog, QStringLiteral("land-parcel-dialog.png"));
    auto *tabs = dialog.findChild<QTabWidget *>();
    tabs->setCurrentIndex(1);
    shoot(&dialog, QStringLiteral("land-parcel-attributes.png"));
    tabs->setCurrentIndex(2);
    shoot(&dialog, QStringLiteral("land-parcel-figures.png"));
    tabs->setCurrentIndex(0);
    // Back to listed is not offered; before its sale date is refused; construction is taken.
    QVERIFY(!dialog.changeStatus(QStringLiteral("listed"), QDate(2024, 1, 1)));
    QVERIFY(!dialog.changeStatus(QStringLiteral("construction"),
                                 QDate::fromString(since, Qt::ISODate).addDays(-1)));
    QVERIFY(dialog.changeStatus(QStringLiteral("construction"), QDate(2024, 3, 1)));
    QCOMPARE(value(QStringLiteral("SELECT status || '|' || coalesce(idle_category, '') FROM "
                                  "parcels WHERE fid = ?1"),
                   {fid})
                 .toString(),
             QStringLiteral("construction|")); // the idle spell ended: revitalised
    auto history = Lookups::parcelEvents(m_doc->store(), fid);
    QCOMPARE(history->first().date, QStringLiteral("2024-03-01"));
    m_doc->undoStack().undo();
    QCOMPARE(value(QStringLiteral("SELECT status || '|' || idle_category FROM parcels WHERE "
                                  "fid = ?1"),
                   {fid})
                 .toString(),
             QStringLiteral("transferred|supplied_unused"));
    // The dialog follows the undo at once.
    QVERIFY(dialog.findChild<QTableWidget *>(QStringLiteral("ParcelHistory"))->rowCount()
            == history->size() - 2);
    // The details panel offers the editor for a parcel.
    m_land->showParcel(fid);
    QVERIFY(m_canvas->selection().contains({QStringLiteral("parcels"), fid}));
}

void TestLandUi::landDialogListsUnitsAndOpensParcels()
{
    m_land->openLandDialog();
    LandDialog *dialog = m_land->landDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->setYear(2022);
    QCOMPARE(dialog->unitTable()->rowCount(), 10);
    shoot(dialog, QStringLiteral("land-dialog-units.png"));
    QVERIFY(dialog->candidateTable()->rowCount() > 0);
    dialog->tabs()->setCurrentIndex(1);
    shoot(dialog, QStringLiteral("land-dialog-candidates.png"));
    dialog->tabs()->setCurrentIndex(2);
    shoot(dialog, QStringLiteral("land-dialog-standard.png"));
    dialog->tabs()->setCurrentIndex(3);
    shoot(dialog, QStringLiteral("land-dialog-lines.png"));
    QSignalSpy shown(m_land, &LandController::parcelShown);
    const qint64 fid = dialog->candidateTable()->item(0, 0)->data(Qt::UserRole + 1).toLongLong();
    emit dialog->candidateTable()->cellDoubleClicked(0, 0);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(m_canvas->selection(),
             (QSet<MapCanvas::FeatureKey>{{QStringLiteral("parcels"), fid}}));
}

void TestLandUi::matchingAssignsInOneStep()
{
    const qint64 project = value(QStringLiteral("SELECT fid FROM projects WHERE stage = 'signed' "
                                                "AND land_mu > 30 ORDER BY fid LIMIT 1"))
                               .toLongLong();
    QVERIFY(project > 0);
    LedgerPanel *ledger = m_window->findChild<LedgerPanel *>();
    QVERIFY(ledger->selectFid(project));
    m_land->openMatchDialog();
    MatchDialog *dialog = m_land->matchDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->results()->rowCount() > 0);
    // Every candidate is highlighted on the map.
    QVERIFY(m_canvas->selection().size() >= 1);
    dialog->results()->selectRow(0);
    shoot(dialog, QStringLiteral("land-match-dialog.png"));
    const QSet<qint64> before = *Lookups::linkedParcels(m_doc->store(), project);
    const int steps = m_doc->undoStack().count();
    QVERIFY(dialog->assignSelected());
    QCOMPARE(m_doc->undoStack().count(), steps + 1); // one step, however many parcels
    QVERIFY(Lookups::linkedParcels(m_doc->store(), project)->size() > before.size());
    m_doc->undoStack().undo();
    QCOMPARE(*Lookups::linkedParcels(m_doc->store(), project), before);
}

void TestLandUi::drawReshapeSplitMergeDelete()
{
    const QPointF centre = showEmptyLand();
    const qint64 count = parcelCount();
    QSignalSpy said(m_land->drawTool(), &EditTool::message);
    m_land->action(QStringLiteral("drawParcelAction"))->trigger();
    QCOMPARE(m_canvas->tool(), m_land->drawTool());
    const QPoint c = pixelOf(centre);
    // A bow tie is refused with the reason, and stays drawn to be mended.
    for (const QPoint &p :
         {c + QPoint(-100, -80), c + QPoint(100, 80), c + QPoint(100, -80), c + QPoint(-100, 80)})
        QTest::mouseClick(m_canvas, Qt::LeftButton, {}, p);
    QTest::keyClick(m_canvas, Qt::Key_Return);
    QCOMPARE(parcelCount(), count);
    QVERIFY(said.last().at(1).toBool());
    QCOMPARE(m_land->drawTool()->corners().size(), 4);
    shoot(m_window.get(), QStringLiteral("land-draw-refused.png"));
    QTest::keyClick(m_canvas, Qt::Key_Escape);
    // A rectangle of 200 × 160 pixels, closed on its first corner.
    const QList<QPoint> corners{c + QPoint(-100, -80), c + QPoint(100, -80), c + QPoint(100, 80),
                                c + QPoint(-100, 80)};
    for (const QPoint &p : corners)
        QTest::mouseClick(m_canvas, Qt::LeftButton, {}, p);
    QTest::mouseMove(m_canvas, c + QPoint(-99, -79));
    const double drawnMu = m_land->drawTool()->areaMu();
    QVERIFY(drawnMu > 10);
    shoot(m_window.get(), QStringLiteral("land-draw-live-area.png"));
    QTest::mouseClick(m_canvas, Qt::LeftButton, {}, c + QPoint(-99, -79)); // on the first corner
    QCOMPARE(parcelCount(), count + 1);
    QVERIFY2(!said.last().at(1).toBool(), qPrintable(said.last().at(0).toString()));
    const qint64 drawn = value(QStringLiteral("SELECT max(fid) FROM parcels")).toLongLong();
    const double stored
        = value(QStringLiteral("SELECT area_mu FROM parcels WHERE fid = ?1"), {drawn}).toDouble();
    QVERIFY2(std::abs(stored - drawnMu) < 0.05 * drawnMu, qPrintable(QString::number(stored)));
    m_canvas->renderNow();

    // Move a corner 30 pixels out: the area grows; undo.
    m_land->action(QStringLiteral("editVerticesAction"))->trigger();
    VertexTool *vertices = m_land->vertexTool();
    QTest::mouseClick(m_canvas, Qt::LeftButton, {}, c);
    QCOMPARE(vertices->parcel(), drawn);
    QCOMPARE(vertices->ring().size(), 4);
    const QPoint corner = pixelOf(vertices->ring().at(1));
    QTest::mousePress(m_canvas, Qt::LeftButton, {}, corner);
    QTest::mouseMove(m_canvas, corner + QPoint(15, -15));
    QTest::mouseMove(m_canvas, corner + QPoint(30, -30));
    QTest::mouseRelease(m_canvas, Qt::LeftButton, {}, corner + QPoint(30, -30));
    const double moved
        = value(QStringLiteral("SELECT area_mu FROM parcels WHERE fid = ?1"), {drawn}).toDouble();
    QVERIFY2(moved > stored, qPrintable(QStringLiteral("%1 %2").arg(moved).arg(stored)));
    shoot(m_window.get(), QStringLiteral("land-edit-corners.png"));
    // A corner added on an edge, then removed with a right click.
    const QPoint edgeMiddle
        = (pixelOf(vertices->ring().at(2)) + pixelOf(vertices->ring().at(3))) / 2;
    QTest::mouseDClick(m_canvas, Qt::LeftButton, {}, edgeMiddle);
    QCOMPARE(vertices->ring().size(), 5);
    QTest::mouseClick(m_canvas, Qt::RightButton, {}, pixelOf(vertices->ring().at(3)));
    QCOMPARE(vertices->ring().size(), 4);
    for (int i = 0; i < 3; ++i)
        m_doc->undoStack().undo();
    QCOMPARE(
        value(QStringLiteral("SELECT area_mu FROM parcels WHERE fid = ?1"), {drawn}).toDouble(),
        stored);

    // Split it down the middle; merge the two halves again; delete it; undo all.
    m_land->action(QStringLiteral("splitParcelAction"))->trigger();
    QTest::mouseClick(m_canvas, Qt::LeftButton, {}, c + QPoint(0, -130));
    QTest::mouseClick(m_canvas, Qt::LeftButton, {}, c + QPoint(0, 130));
    QTest::keyClick(m_canvas, Qt::Key_Return);
    QCOMPARE(parcelCount(), count + 2);
    const double halves = value(QStringLiteral("SELECT total(area_mu) FROM parcels WHERE fid >= "
                                               "?1"),
                                {drawn})
                              .toDouble();
    QVERIFY(std::abs(halves - stored) < 0.011);
    m_canvas->setSelection(
        {{QStringLiteral("parcels"), drawn}, {QStringLiteral("parcels"), drawn + 1}});
    m_land->mergeSelected();
    QCOMPARE(parcelCount(), count + 1);
    m_land->deleteSelected();
    QCOMPARE(parcelCount(), count);
    m_doc->undoStack().undo();
    m_doc->undoStack().undo();
    m_doc->undoStack().undo();
    QCOMPARE(parcelCount(), count + 1);
    m_doc->undoStack().undo();
    QCOMPARE(parcelCount(), count);
}

void TestLandUi::placeAndLinkTheProject()
{
    const QPointF centre = showEmptyLand();
    const qint64 project = value(QStringLiteral("SELECT fid FROM projects WHERE stage = 'signed' "
                                                "AND land_mu > 30 ORDER BY fid LIMIT 1"))
                               .toLongLong();
    LedgerPanel *ledger = m_window->findChild<LedgerPanel *>();
    QVERIFY(ledger->selectFid(project));
    ProjectLandTool *place = m_land->placeTool();
    QVERIFY(place->clickAt(pixelOf(centre)));
    QVERIFY(std::abs(value(QStringLiteral("SELECT ST_MinX(geom) FROM projects WHERE fid = ?1"),
                           {project})
                         .toDouble()
                     - centre.x())
            < 1e-4);
    // Link the first park's first parcel by clicking it.
    const qint64 parcel
        = value(QStringLiteral("SELECT min(fid) FROM parcels WHERE park_id = 1")).toLongLong();
    m_land->showParcel(parcel);
    m_canvas->renderNow();
    const QPointF inside(value(QStringLiteral("SELECT (minx + maxx) / 2 FROM rtree_parcels_geom "
                                              "WHERE id = ?1"),
                               {parcel})
                             .toDouble(),
                         value(QStringLiteral("SELECT (miny + maxy) / 2 FROM rtree_parcels_geom "
                                              "WHERE id = ?1"),
                               {parcel})
                             .toDouble());
    QSignalSpy said(m_land->linkTool(), &EditTool::message);
    QVERIFY(m_land->linkTool()->clickAt(pixelOf(inside)));
    QVERIFY(Lookups::linkedParcels(m_doc->store(), project)->contains(parcel));
    const QString text = said.last().at(0).toString();
    QVERIFY2(text.contains(QStringLiteral("亩")), qPrintable(text));
    // Clicked again: unlinked.
    QVERIFY(m_land->linkTool()->clickAt(pixelOf(inside)));
    QVERIFY(!Lookups::linkedParcels(m_doc->store(), project)->contains(parcel));
    m_doc->undoStack().undo();
    m_doc->undoStack().undo();
    m_doc->undoStack().undo();
    QVERIFY(!Lookups::linkedParcels(m_doc->store(), project)->contains(parcel));
}

void TestLandUi::landEditKeepsMapSelectionAndFilter()
{
    MapDocument &map = m_doc->map();
    map.setLayerStyle(QStringLiteral("parcels"), QStringLiteral("grade"));
    map.setLayerOpacity(QStringLiteral("parcels"), 0.6);
    map.setLayerVisible(QStringLiteral("enclaves"), false);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("LedgerSearch"));
    QVERIFY(search);
    search->setText(QStringLiteral("项目"));
    QTest::qWait(400); // the search applies after a pause in typing
    const int rows = m_window->ledgerView()->model()->rowCount();
    const qint64 fid = value(QStringLiteral("SELECT fid FROM parcels WHERE status = 'reserve' "
                                            "ORDER BY fid LIMIT 1"))
                           .toLongLong();
    const QSet<MapCanvas::FeatureKey> selection{{QStringLiteral("parcels"), fid},
                                                {QStringLiteral("parks"), 1}};
    m_canvas->setSelection(selection);
    const QRectF extent = m_canvas->extent();
    auto looks = [this] {
        QStringList list;
        for (const MapLayer &l : m_canvas->map().layers)
            list << QStringLiteral("%1 %2 %3 %4")
                        .arg(l.id)
                        .arg(l.visible)
                        .arg(l.opacity)
                        .arg(l.style.id);
        return list;
    };
    const QStringList before = looks();
    QVERIFY(ParcelCommands::changeStatus(*m_doc, fid, QStringLiteral("listed"), QDate(2024, 5, 1),
                                         QStringLiteral("测试")));
    QVERIFY(ParcelCommands::setYearFigures(*m_doc, fid, 2023, {{QStringLiteral("tax_wan"), 1.0}}));
    QTest::qWait(50);
    QCOMPARE(looks(), before);
    QCOMPARE(m_canvas->selection(), selection);
    QCOMPARE(m_canvas->extent(), extent);
    QCOMPARE(search->text(), QStringLiteral("项目"));
    QCOMPARE(m_window->ledgerView()->model()->rowCount(), rows);
    m_doc->undoStack().undo();
    QCOMPARE(looks(), before);
    QCOMPARE(m_canvas->selection(), selection);
}

void TestLandUi::gradeMapHasALegend()
{
    m_land->action(QStringLiteral("GradeMapAction"))->trigger();
    QTest::qWait(50);
    QCOMPARE(m_doc->map().layer(QStringLiteral("parcels"))->style.id, QStringLiteral("grade"));
    LayerPanel *panel = m_window->findChild<LayerPanel *>();
    QStringList legend;
    for (int i = 0; i < panel->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = panel->topLevelItem(i);
        for (int c = 0; c < item->childCount(); ++c)
            legend << item->child(c)->text(0);
    }
    for (const char *grade : {"A类", "B类", "C类", "D类"})
        QVERIFY2(legend.contains(QString::fromUtf8(grade)), qPrintable(legend.join(u',')));
    // A view of a county's parks at parcel scale.
    m_canvas->setSelection({{QStringLiteral("parks"), 11}});
    m_canvas->zoomToSelection();
    m_canvas->setSelection({});
    m_canvas->renderNow();
    shoot(m_window.get(), QStringLiteral("land-grade-map.png"));
}

// Public mode: the land report and the grade map are made of confidential 亩均 figures, the
// tools and matching edit; all of it is off and what was open closes. Back in the office mode
// it comes back.
void TestLandUi::publicModeClosesOfficeLand()
{
    m_land->openLandDialog();
    QVERIFY(m_land->landDialog());
    m_land->action(QStringLiteral("drawParcelAction"))->trigger();
    QCOMPARE(m_canvas->tool(), m_land->drawTool());
    QVERIFY(m_window->publicMode()->request(true));
    QVERIFY(m_doc->isPublic());
    QVERIFY(!m_land->landDialog());
    QVERIFY(m_canvas->tool() != m_land->drawTool());
    for (const char *name : {"LandDialogAction", "GradeMapAction", "MatchAction",
                             "EditParcelAction", "drawParcelAction", "splitParcelAction"})
        QVERIFY2(!m_land->action(QLatin1String(name))->isEnabled(), name);
    m_window->publicMode()->setConfirmation([](QWidget *) { return true; });
    QVERIFY(m_window->publicMode()->request(false));
    for (const char *name :
         {"LandDialogAction", "GradeMapAction", "MatchAction", "drawParcelAction"})
        QVERIFY2(m_land->action(QLatin1String(name))->isEnabled(), name);
}

// The editor's linked-parcels page says the land ticked against the land needed.
void TestLandUi::projectEditorWarnsAboutLinkedLand()
{
    const qint64 project = value(QStringLiteral("SELECT fid FROM projects WHERE land_mu > 100 AND "
                                                "park_id IS NOT NULL AND fid NOT IN (SELECT "
                                                "project_id FROM project_parcels) ORDER BY fid "
                                                "LIMIT 1"))
                               .toLongLong();
    QVERIFY(project > 0);
    ProjectEditor editor(*m_doc, project, m_window.get());
    auto *need = editor.findChild<QLabel *>(QStringLiteral("LandNeed"));
    QVERIFY(need);
    QVERIFY2(need->text().contains(QStringLiteral("0.0 亩")), qPrintable(need->text()));
    auto *list = editor.findChild<QListWidget *>();
    QVERIFY(list && list->count() > 0);
    list->item(0)->setCheckState(Qt::Checked);
    QVERIFY2(need->text().startsWith(QStringLiteral("⚠")), qPrintable(need->text()));
}

QTEST_MAIN(TestLandUi)
#include "tst_landui.moc"
