// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/i18n.h"
#include "core/commands/commands.h"
#include "core/demo/demobuilder.h"
#include "core/domain/domain.h"
#include "core/ledger/ledgerimport.h"
#include "core/map/mapdocument.h"
#include "core/map/projectlayers.h"
#include "core/project/projectdocument.h"
#include "core/storage/gpkggeometry.h"
#include "core/storage/projectfile.h"
#include "core/storage/sqlitedb.h"
#include "testutils.h"
#include "ui/ledger/importmappingdialog.h"
#include "ui/ledger/projecteditor.h"
#include "ui/map/layerpanel.h"
#include "ui/map/mapcanvas.h"
#include "ui/shell/detailspanel.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/reportdialog.h"
#include "ui/shell/settings.h"
#include <QUndoStack>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

// Drives the real main window offscreen, as a user would on first start.
class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstStartOpensDemo();
    void menusAreThere();
    void reportActionInFileMenu();
    void ledgerSelectionShowsDetails();
    void mapIsDrawn();
    void layerToggleHidesLayer();
    void reopensLastProject();
    void badFileIsReportedNotFatal();
    void projectEditKeepsMapStateAndSelection();
    void projectReopensAsLeft();
    void lookingLeavesFileUntouched();
    void readOnlyProjectIsShownNotRefused();
    void changesFromAnotherProgramAppear();
    void projectPickedInLedgerIsZoomedTo();
    void screenshot();

private:
    struct LayerLook
    {
        QString id;
        bool visible;
        double opacity;
        QString style;
        bool operator==(const LayerLook &) const = default;
    };
    static QList<LayerLook> looks(const MapSettings &map);
    QString demoCopy(const QString &name);
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings or data
    QCoreApplication::setOrganizationName(QStringLiteral("InvestAtlasTest"));
    QCoreApplication::setApplicationName(QStringLiteral("InvestAtlasTest"));
    QSettings().clear();
    QFile::remove(MainWindow::demoProjectPath());
    // Run in Chinese, as users do, so the screenshots show the real UI.
    I18n::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
}

void TestMainWindow::firstStartOpensDemo()
{
    MainWindow window;
    window.show();
    window.openInitial(QString());
    QVERIFY(window.document());
    QCOMPARE(window.document()->path(), MainWindow::demoProjectPath());
    QVERIFY(QFile::exists(MainWindow::demoProjectPath()));
    QVERIFY(window.ledgerView()->model()->rowCount() >= 150);
    QCOMPARE(Settings::lastProject(), QFileInfo(MainWindow::demoProjectPath()).absoluteFilePath());
    QVERIFY(window.windowTitle().contains(QStringLiteral("lishui-demo.gpkg")));
}

void TestMainWindow::menusAreThere()
{
    MainWindow window;
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    QCOMPARE(titles.size(), 5); // File, Edit, View, Land, Help
    QCOMPARE(window.menuBar()->actions().at(3)->menu()->objectName(), QStringLiteral("LandMenu"));
    QStringList docks;
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        docks << dock->objectName();
    docks.sort();
    QCOMPARE(docks, (QStringList{QStringLiteral("DashboardDock"), QStringLiteral("DetailsDock"),
                                 QStringLiteral("LayersDock"), QStringLiteral("LedgerDock"),
                                 QStringLiteral("WarningsDock")}));
    QVERIFY(window.centralWidget()->findChild<MapCanvas *>());
}

// File → Report… is there, in Chinese, and its dialog offers 全市 and every unit of the project.
void TestMainWindow::reportActionInFileMenu()
{
    const QString demo = MainWindow::demoProjectPath();
    if (!QFileInfo::exists(demo)) { // when run alone
        QVERIFY(QDir().mkpath(QFileInfo(demo).absolutePath()));
        QVERIFY(DemoBuilder::write(demo));
    }
    MainWindow window;
    QVERIFY(window.openProject(demo));
    QMenu *file = window.menuBar()->actions().first()->menu();
    QVERIFY(file);
    QAction *report = nullptr;
    for (QAction *action : file->actions()) {
        if (action->objectName() == QLatin1String("ReportAction"))
            report = action;
    }
    QVERIFY(report);
    QVERIFY2(report->text().startsWith(QStringLiteral("月度通报")), qPrintable(report->text()));
    ReportDialog dialog(*window.document());
    auto *unit = dialog.findChild<QComboBox *>();
    QVERIFY(unit);
    QCOMPARE(unit->itemText(0), QStringLiteral("全市"));
    QCOMPARE(unit->count(),
             1 + window.document()->store().rowCount(QStringLiteral("units")).value());
    QVERIFY(dialog.unit().isEmpty());
    unit->setCurrentIndex(1);
    QCOMPARE(dialog.unit(), unit->itemText(1));
}

void TestMainWindow::ledgerSelectionShowsDetails()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(MainWindow::demoProjectPath()));
    QTableView *ledger = window.ledgerView();
    const QModelIndex first = ledger->model()->index(0, 0);
    const QString name = first.data().toString();
    QVERIFY(!name.isEmpty());
    QTest::mouseClick(ledger->viewport(), Qt::LeftButton, {}, ledger->visualRect(first).center());
    auto *details = window.findChild<DetailsPanel *>();
    QVERIFY(details);
    QVERIFY2(details->toPlainText().contains(name), qPrintable(details->toPlainText()));
}

// Counts distinct colours: a blank or single-colour map fails.
static int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

void TestMainWindow::mapIsDrawn()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(window.openProject(MainWindow::demoProjectPath()));
    window.mapCanvas()->renderNow();
    const QImage map = window.mapCanvas()->grab().toImage();
    QVERIFY(distinctColours(map) > 20);
}

void TestMainWindow::layerToggleHidesLayer()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(window.openProject(MainWindow::demoProjectPath()));
    auto *layers = window.findChild<QTreeWidget *>();
    QVERIFY(layers);
    window.mapCanvas()->renderNow();
    const QImage before = window.mapCanvas()->grab().toImage();
    QTreeWidgetItem *units = nullptr;
    for (int i = 0; i < layers->topLevelItemCount(); ++i) {
        if (layers->topLevelItem(i)->data(0, Qt::UserRole + 1).toString() == QLatin1String("units"))
            units = layers->topLevelItem(i);
    }
    QVERIFY(units);
    units->setCheckState(0, Qt::Unchecked);
    QVERIFY(!window.mapCanvas()->map().layer(QStringLiteral("units"))->visible);
    window.mapCanvas()->renderNow();
    const QImage after = window.mapCanvas()->grab().toImage();
    QVERIFY(before != after);
}

void TestMainWindow::reopensLastProject()
{
    const QString other = m_dir.filePath(QStringLiteral("other.gpkg"));
    QVERIFY(ProjectFile::create(other));
    {
        MainWindow window;
        QVERIFY(window.openProject(other));
    }
    MainWindow window;
    window.openInitial(QString());
    QVERIFY(window.document());
    QCOMPARE(QFileInfo(window.document()->path()), QFileInfo(other));
    QVERIFY(
        Settings::recentProjects().contains(QDir::cleanPath(QFileInfo(other).absoluteFilePath())));
    // An empty project shows an empty ledger, not an error.
    QCOMPARE(window.ledgerView()->model()->rowCount(), 0);
}

void TestMainWindow::badFileIsReportedNotFatal()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.gpkg"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("garbage");
    file.close();
    MainWindow window;
    QVERIFY(window.openProject(MainWindow::demoProjectPath()));
    QVERIFY(!window.openProject(bad));
    // The open project stays open, and the user is told why.
    QCOMPARE(window.document()->path(), MainWindow::demoProjectPath());
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("bad.gpkg")));
}

QList<TestMainWindow::LayerLook> TestMainWindow::looks(const MapSettings &map)
{
    QList<LayerLook> result;
    for (const MapLayer &layer : map.layers)
        result.append({layer.id, layer.visible, layer.opacity, layer.style.id});
    return result;
}

QString TestMainWindow::demoCopy(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(MainWindow::demoProjectPath(), path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

// The bug that every user hit: an edit rebuilt the map, so layer settings, basemap and selection
// snapped back to their defaults — after the edit, after undo and after redo.
void TestMainWindow::projectEditKeepsMapStateAndSelection()
{
    const QString path = demoCopy(QStringLiteral("edit-keeps-map.gpkg"));
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openProject(path));
    MapDocument &map = window.document()->map();
    MapCanvas *canvas = window.mapCanvas();
    map.setLayerVisible(QStringLiteral("parcels"), false);
    map.setLayerOpacity(QStringLiteral("parks"), 0.25);
    map.moveLayer(QStringLiteral("parks"), +1);
    map.setLayerStyle(QStringLiteral("projects"), QStringLiteral("investor_type"));
    map.setBasemap({BasemapChoice::Kind::OpenStreetMap, {}});
    canvas->zoomBy(0.5, canvas->rect().center());
    canvas->setSelection({{QStringLiteral("parcels"), 40}});
    const QList<LayerLook> before = looks(canvas->map());
    QCOMPARE(before.size(), 5);
    QVERIFY(!canvas->map().layer(QStringLiteral("parcels"))->visible);
    const QRectF extent = canvas->extent();
    const auto selection = canvas->selection();

    auto unchanged = [&](const char *when) {
        QVERIFY2(looks(canvas->map()) == before, when);
        QVERIFY2(canvas->map().basemap != nullptr, when);
        QVERIFY2(canvas->selection() == selection, when);
        QVERIFY2(canvas->extent() == extent, when);
        QVERIFY2(map.basemap().kind == BasemapChoice::Kind::OpenStreetMap, when);
    };
    auto fid = window.document()->store().db().scalar(
        QStringLiteral("SELECT fid FROM projects WHERE geom IS NOT NULL ORDER BY fid LIMIT 1"));
    QVERIFY(fid && fid->isValid());
    QVERIFY(Commands::editProject(*window.document(), fid->toLongLong(),
                                  {{QStringLiteral("name"), QStringLiteral("改名后的项目")}},
                                  QString()));
    unchanged("after the edit");
    // The edited project is drawn from fresh data, without reopening the layer.
    const MapFeature *edited
        = canvas->map().layer(QStringLiteral("projects"))->source->feature(fid->toLongLong());
    QVERIFY(edited);
    QCOMPARE(edited->label, QStringLiteral("改名后的项目"));
    window.document()->undoStack().undo();
    unchanged("after undo");
    window.document()->undoStack().redo();
    unchanged("after redo");
}

// Layer settings, basemap and extent are saved in the project file and come back with it.
void TestMainWindow::projectReopensAsLeft()
{
    const QString path = demoCopy(QStringLiteral("reopens-as-left.gpkg"));
    QRectF extent;
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(window.openProject(path));
        MapDocument &map = window.document()->map();
        map.setLayerVisible(QStringLiteral("parcels"), false);
        map.setLayerOpacity(QStringLiteral("parks"), 0.25);
        map.moveLayer(QStringLiteral("parks"), +1);
        map.setLayerStyle(QStringLiteral("parcels"), QStringLiteral("land_use"));
        map.setLayerStyle(QStringLiteral("units"), QStringLiteral("outline"));
        map.setBasemap({BasemapChoice::Kind::TiandituImagery, {}});
        window.mapCanvas()->zoomBy(0.25, window.mapCanvas()->rect().center());
        extent = window.mapCanvas()->extent();
        window.close();
    }
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openProject(path));
    const MapDocument &map = window.document()->map();
    QStringList order;
    for (const MapLayer &layer : map.layers())
        order << layer.id;
    QCOMPARE(order.join(u','), QStringLiteral("units,parcels,parks,projects,enclaves"));
    QVERIFY(!map.layer(QStringLiteral("parcels"))->visible);
    QCOMPARE(map.layer(QStringLiteral("parks"))->opacity, 0.25);
    QCOMPARE(map.layer(QStringLiteral("units"))->style.id, QStringLiteral("outline"));
    // The chosen style is drawn from its own column: every demo parcel has a land use.
    const MapLayer *parcels = window.mapCanvas()->map().layer(QStringLiteral("parcels"));
    QCOMPARE(parcels->style.id, QStringLiteral("land_use"));
    auto features = parcels->source->features(parcels->source->extent(), 1);
    QVERIFY(features && !features->empty());
    for (const MapFeature *f : *features) {
        QVERIFY(f->category >= 0);
        QCOMPARE(parcels->style.categories.at(f->category).value.isEmpty(), false);
    }
    // The legend follows the style: parcels list their land uses, not their statuses.
    auto *panel = window.findChild<LayerPanel *>();
    QVERIFY(panel);
    // (The panel rebuilds its items when the map changes: look the item up each time.)
    auto parcelLegend = [&] {
        QStringList entries;
        for (int i = 0; i < panel->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = panel->topLevelItem(i);
            if (!item->text(0).startsWith(ProjectLayers::title(QStringLiteral("parcels"))))
                continue;
            for (int k = 0; k < item->childCount(); ++k)
                entries << item->child(k)->text(0);
        }
        return entries;
    };
    QTRY_COMPARE(parcelLegend().size(), int(Domain::landUses().size()));
    QCOMPARE(parcelLegend().front(),
             Domain::label(Domain::landUses(), QStringLiteral("industrial")));
    QCOMPARE(map.basemap().kind, BasemapChoice::Kind::TiandituImagery);
    QVERIFY(!window.mapCanvas()->map().layer(QStringLiteral("parcels"))->visible);
    const QRectF shown = window.mapCanvas()->extent();
    QVERIFY(std::abs(shown.center().x() - extent.center().x()) < extent.width() * 0.01);
    QVERIFY(std::abs(shown.center().y() - extent.center().y()) < extent.height() * 0.01);
    QVERIFY(std::abs(shown.width() / extent.width() - 1) < 0.01);
}

// Opening a project, looking at it and closing the window writes nothing.
void TestMainWindow::lookingLeavesFileUntouched()
{
    const QString path = demoCopy(QStringLiteral("only-looking.gpkg"));
    const QByteArray before = TestUtils::sha256(path);
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(window.openProject(path));
        window.mapCanvas()->renderNow();
        window.ledgerView()->selectRow(3);
        window.close();
    }
    QCOMPARE(TestUtils::sha256(path), before);
}

// A project the user may not change (here: an immutable file, which stops even root) opens
// read-only with a banner that says so, editing disabled, and the file untouched.
void TestMainWindow::readOnlyProjectIsShownNotRefused()
{
    const QString path = demoCopy(QStringLiteral("read-only.gpkg"));
    if (TestUtils::run(QStringLiteral("chattr"), {QStringLiteral("+i"), path}).exitCode != 0)
        QSKIP("cannot make a file read-only here (chattr +i needs CAP_LINUX_IMMUTABLE)");
    auto release = qScopeGuard([&] {
        TestUtils::run(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
    });
    if (QFileInfo(path).isWritable())
        QSKIP("this file system ignores the immutable flag");
    const QByteArray before = TestUtils::sha256(path);
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(window.openProject(path));
        QVERIFY(window.document()->store().isReadOnly());
        auto *banner = window.findChild<QLabel *>(QStringLiteral("ReadOnlyBanner"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("只读")), qPrintable(banner->text()));
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text().startsWith(QStringLiteral("删除项目"))
                || action->text().startsWith(QStringLiteral("导入台账")))
                QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        }
        window.document()->map().setLayerVisible(QStringLiteral("parcels"), false);
        window.mapCanvas()->renderNow();
        QVERIFY(window.grab().save(QDir::current().filePath(QStringLiteral("read-only.png"))));
        window.close();
    }
    QCOMPARE(TestUtils::sha256(path), before);
}

// Two windows (or QGIS and InvestAtlas) on one file: what one saves, the other shows within a
// few seconds, and its undo history (which no longer matches the file) is cleared.
void TestMainWindow::changesFromAnotherProgramAppear()
{
    const QString path = demoCopy(QStringLiteral("shared.gpkg"));
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openProject(path));
    auto fid = window.document()->store().db().scalar(
        QStringLiteral("SELECT fid FROM projects ORDER BY fid LIMIT 1"));
    QVERIFY(fid && fid->isValid());
    QVERIFY(Commands::editProject(*window.document(), fid->toLongLong(),
                                  {{QStringLiteral("notes"), QStringLiteral("本窗口的修改")}},
                                  QString()));
    QCOMPARE(window.document()->undoStack().count(), 1);
    QSignalSpy noticed(window.document(), &ProjectDocument::changedElsewhere);
    {
        auto other = SqliteDb::open(path, SqliteDb::Mode::ReadWrite);
        QVERIFY(other);
        QVERIFY(GpkgGeometry::registerSqlFunctions(other->handle())); // GeoPackage triggers
        const Status written
            = other->exec(QStringLiteral("UPDATE projects SET name = '另一窗口改的名字' "
                                         "WHERE fid = %1")
                              .arg(fid->toLongLong()));
        QVERIFY2(written, qPrintable(written.errorMessage()));
    }
    auto *model = window.ledgerView()->model();
    auto shown = [&] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == QStringLiteral("另一窗口改的名字"))
                return true;
        }
        return false;
    };
    QTRY_COMPARE_WITH_TIMEOUT(noticed.count(), 1, 6000);
    QVERIFY(shown());
    QCOMPARE(window.document()->undoStack().count(), 0);
}

// 缩放到选中要素 did nothing for a project picked in the ledger: a point's box has no size.
void TestMainWindow::projectPickedInLedgerIsZoomedTo()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openProject(MainWindow::demoProjectPath()));
    auto located = window.document()->store().db().scalar(QStringLiteral(
        "SELECT fid FROM projects WHERE geom IS NOT NULL ORDER BY fid DESC LIMIT 1"));
    QVERIFY(located && located->isValid());
    QTableView *view = window.ledgerView();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(Qt::UserRole + 1).toLongLong() == located->toLongLong())
            view->setCurrentIndex(index); // as a click on the row does
    }
    MapCanvas *canvas = window.mapCanvas();
    QVERIFY(canvas->selection().contains({QStringLiteral("projects"), located->toLongLong()}));
    const QRectF before = canvas->extent();
    QAction *zoom = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text().startsWith(QStringLiteral("缩放到选中要素")))
            zoom = action;
    }
    QVERIFY(zoom);
    zoom->trigger();
    const MapFeature *point
        = canvas->map().layer(QStringLiteral("projects"))->source->feature(located->toLongLong());
    QVERIFY(point);
    QVERIFY(canvas->extent().width() < before.width() / 4);
    QVERIFY(canvas->extent().contains(point->anchor));
}

void TestMainWindow::screenshot()
{
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(window.openProject(MainWindow::demoProjectPath()));
    window.ledgerView()->selectRow(0);
    window.mapCanvas()->renderNow();
    const QString out = QDir::current().filePath(QStringLiteral("mainwindow.png"));
    QVERIFY(window.grab().save(out));
    qInfo() << "screenshot for a person to look at:" << out;

    // Zoomed in on a park, with a parcel clicked: the identify view.
    MapCanvas *canvas = window.mapCanvas();
    const MapFeature *parcel = canvas->map().layer(QStringLiteral("parcels"))->source->feature(40);
    QVERIFY(parcel);
    const QRectF b = parcel->bounds;
    canvas->setExtent(b.adjusted(-b.width() * 8, -b.height() * 8, b.width() * 8, b.height() * 8));
    canvas->renderNow();
    const double mpp = canvas->metresPerPixel();
    const QPoint at(qRound((parcel->anchor.x() - canvas->extent().left()) / mpp),
                    qRound((canvas->extent().bottom() - parcel->anchor.y()) / mpp));
    QTest::mouseClick(canvas, Qt::LeftButton, {}, at);
    auto *details = window.findChild<DetailsPanel *>();
    QVERIFY2(details->toPlainText().contains(QStringLiteral("地块")),
             qPrintable(details->toPlainText()));
    const QString identify = QDir::current().filePath(QStringLiteral("mainwindow-identify.png"));
    QVERIFY(window.grab().save(identify));

    // The project editor, on the first project of the ledger.
    const qint64 fid
        = window.ledgerView()->model()->index(0, 0).data(Qt::UserRole + 1).toLongLong();
    ProjectEditor editor(*window.document(), fid);
    editor.show();
    QVERIFY(editor.grab().save(QDir::current().filePath(QStringLiteral("project-editor.png"))));
    auto *tabs = editor.findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentIndex(1); // stage and milestones
    QVERIFY(
        editor.grab().save(QDir::current().filePath(QStringLiteral("project-editor-stages.png"))));

    // The import mapping dialog with its preview, on an office sheet.
    LedgerImport::Source source;
    source.ledger.rows
        = {{QStringLiteral("序号"), QStringLiteral("项目名称"), QStringLiteral("所属区县"),
            QStringLiteral("计划总投资"), QStringLiteral("签约时间"), QStringLiteral("备注")},
           {QStringLiteral("1"), QStringLiteral("某新材料项目"), QStringLiteral("青田"),
            QStringLiteral("5亿"), QStringLiteral("2023年3月"), QString()},
           {QStringLiteral("2"), QStringLiteral("某装备项目"), QStringLiteral("杭州市上城区"),
            QStringLiteral("8000万元"), QStringLiteral("待定"), QString()}};
    ProjectFile &store = window.document()->store();
    auto plan = LedgerImport::plan(store, source, {});
    QVERIFY(plan);
    ImportMappingDialog mapping(store, plan->report.headers, plan->report.mapping,
                                [&](const ImportMappingDialog::Mapping &m) {
                                    LedgerImport::Options options;
                                    options.mapping = m;
                                    auto p = LedgerImport::plan(store, source, options);
                                    return p ? QStringLiteral("%1 / %2")
                                                   .arg(p->report.accepted)
                                                   .arg(p->report.rejected.first().reason)
                                             : p.errorMessage();
                                });
    mapping.show();
    QVERIFY(mapping.grab().save(QDir::current().filePath(QStringLiteral("import-mapping.png"))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
