// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/i18n.h"
#include "core/demo/demobuilder.h"
#include "core/storage/projectfile.h"
#include "testutils.h"
#include "ui/ledger/projecteditor.h"
#include "ui/map/mapcanvas.h"
#include "ui/shell/detailspanel.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/settings.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
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
    void ledgerSelectionShowsDetails();
    void mapIsDrawn();
    void layerToggleHidesLayer();
    void reopensLastProject();
    void badFileIsReportedNotFatal();
    void screenshot();

private:
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
    QVERIFY(window.project());
    QCOMPARE(window.project()->path(), MainWindow::demoProjectPath());
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
    QCOMPARE(titles.size(), 4); // File, Edit, View, Help
    QStringList docks;
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        docks << dock->objectName();
    docks.sort();
    QCOMPARE(docks, (QStringList{QStringLiteral("DetailsDock"), QStringLiteral("LayersDock"),
                                 QStringLiteral("LedgerDock")}));
    QVERIFY(qobject_cast<MapCanvas *>(window.centralWidget()));
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
    QVERIFY(window.project());
    QCOMPARE(QFileInfo(window.project()->path()), QFileInfo(other));
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
    QCOMPARE(window.project()->path(), MainWindow::demoProjectPath());
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("bad.gpkg")));
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
    ProjectEditor editor(*window.project(), nullptr, *window.undoStack(), fid);
    editor.show();
    QVERIFY(editor.grab().save(QDir::current().filePath(QStringLiteral("project-editor.png"))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
