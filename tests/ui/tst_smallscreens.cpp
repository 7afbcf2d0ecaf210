// SPDX-License-Identifier: GPL-3.0-or-later
// Laptops (1366×768, 1280×720) and projectors (800×500) are first-class (issue 8 #22: the ledger
// showed two rows at 1280×720, lost its search box at 800×500, and docks did not come back).
#include "core/base/i18n.h"
#include "core/demo/demobuilder.h"
#include "ui/map/mapcanvas.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestSmallScreens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void ledgerAndSearchFit_data();
    void ledgerAndSearchFit();
    void ledgerComesBackAfterASmallWindow();
    void everyDockComesBack();

private:
    void open(MainWindow &window);
    static void settle() { QTest::qWait(50); } // the dock layout applies on the next turn
    static int ledgerRows(MainWindow &window);
    static QLineEdit *search(MainWindow &window);
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestSmallScreens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InvestAtlasSmallScreensTest"));
    QCoreApplication::setApplicationName(QStringLiteral("InvestAtlasSmallScreensTest"));
    QSettings().clear(); // first start: no layout of an earlier session
    I18n::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")); // the longer words
    m_demo = m_dir.filePath(QStringLiteral("demo.gpkg"));
    QVERIFY(DemoBuilder::write(m_demo));
}

void TestSmallScreens::open(MainWindow &window)
{
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(m_demo));
    settle();
}

int TestSmallScreens::ledgerRows(MainWindow &window)
{
    QTableView *view = window.ledgerView();
    if (!view->isVisible())
        return 0;
    return view->viewport()->height() / view->verticalHeader()->defaultSectionSize();
}

QLineEdit *TestSmallScreens::search(MainWindow &window)
{
    return window.findChild<QLineEdit *>(QStringLiteral("LedgerSearch"));
}

void TestSmallScreens::ledgerAndSearchFit_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("minRows");
    QTest::newRow("1366x768 laptop") << QSize(1366, 768) << 9;
    QTest::newRow("1280x720 laptop") << QSize(1280, 720) << 8;
    QTest::newRow("800x500 projector") << QSize(800, 500) << 3;
}

void TestSmallScreens::ledgerAndSearchFit()
{
    QFETCH(QSize, size);
    QFETCH(int, minRows);
    MainWindow window;
    open(window);
    window.resize(size);
    settle();
    QCOMPARE(window.size(), size); // no minimum size larger than the screen

    QLineEdit *box = search(window);
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY2(box->width() >= 150, qPrintable(QString::number(box->width())));
    const QRect inWindow(box->mapTo(&window, QPoint(0, 0)), box->size());
    QVERIFY2(window.rect().contains(inWindow), "the search box lies outside the window");

    window.mapCanvas()->renderNow();
    const QString shot = QStringLiteral("window-%1x%2.png").arg(size.width()).arg(size.height());
    QVERIFY(window.grab().save(QDir::current().filePath(shot)));
    qInfo() << "screenshot for a person to look at:" << QDir::current().filePath(shot);

    const int rows = ledgerRows(window);
    QVERIFY2(rows >= minRows, qPrintable(QStringLiteral("%1 rows").arg(rows)));
    QVERIFY(window.mapCanvas()->isVisible());
    QVERIFY(window.mapCanvas()->width() >= 240 && window.mapCanvas()->height() >= 150);
}

// Back from a projector to the laptop: the ledger gets its share of the height again.
void TestSmallScreens::ledgerComesBackAfterASmallWindow()
{
    MainWindow window;
    open(window);
    window.resize(800, 500);
    settle();
    window.resize(1280, 720);
    settle();
    QVERIFY2(ledgerRows(window) >= 8, qPrintable(QString::number(ledgerRows(window))));
    QVERIFY(search(window)->isVisible());
}

// Each dock can be shown again from the View menu, and Reset layout brings back a dock that was
// floated away.
void TestSmallScreens::everyDockComesBack()
{
    MainWindow window;
    open(window);
    window.resize(1280, 720);
    settle();
    QList<QAction *> viewActions;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu())
            viewActions += menu->menu()->actions();
    }
    const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
    QCOMPARE(docks.size(), 5); // layers, details, warnings, ledger, dashboard
    for (QDockWidget *dock : docks) {
        QVERIFY2(viewActions.contains(dock->toggleViewAction()), qPrintable(dock->objectName()));
        dock->close();
        QVERIFY(!dock->isVisible());
        dock->toggleViewAction()->trigger();
        QVERIFY2(dock->isVisible(), qPrintable(dock->objectName()));
    }

    QDockWidget *ledger = window.findChild<QDockWidget *>(QStringLiteral("LedgerDock"));
    ledger->setFloating(true);
    ledger->move(-5000, -5000);
    window.findChild<QDockWidget *>(QStringLiteral("LayersDock"))->close();
    auto *reset = window.findChild<QAction *>(QStringLiteral("ResetLayoutAction"));
    QVERIFY(reset);
    QVERIFY(viewActions.contains(reset));
    reset->trigger();
    settle();
    // As at the first start: every dock in place, the dashboard closed (the toolbar opens it).
    for (QDockWidget *dock : docks) {
        const bool dashboard = dock->objectName() == QLatin1String("DashboardDock");
        QVERIFY2(dock->isVisible() != dashboard && !dock->isFloating(),
                 qPrintable(dock->objectName()));
    }
    QCOMPARE(window.dockWidgetArea(ledger), Qt::BottomDockWidgetArea);
    QVERIFY2(ledgerRows(window) >= 8, qPrintable(QString::number(ledgerRows(window))));
}

QTEST_MAIN(TestSmallScreens)
#include "tst_smallscreens.moc"
