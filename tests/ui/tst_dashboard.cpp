// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard and the warnings list in the main window (issue 11): they show the demo's targets,
// ranking, pipeline and warnings; a click leads to the ledger and the map; an edit elsewhere
// updates them and leaves the ledger's filter and the map as the user left them.
#include "core/base/i18n.h"
#include "core/commands/commands.h"
#include "core/demo/demobuilder.h"
#include "core/domain/domain.h"
#include "core/project/lookups.h"
#include "core/project/projectdocument.h"
#include "core/storage/projectfile.h"
#include "ui/dashboard/dashboardpanel.h"
#include "ui/dashboard/warningspanel.h"
#include "ui/ledger/ledgerpanel.h"
#include "ui/ledger/projecteditor.h"
#include "ui/ledger/projecttablemodel.h"
#include "ui/map/mapcanvas.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

class TestDashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheDemo();
    void rankingRowFiltersLedgerAndMap();
    void completionColoursTheUnits();
    void editUpdatesDashboardAndKeepsFilter();
    void warningLeadsToItsProject();
    void fitsASmallScreen();
    void editorShowsFunds();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;
    DashboardPanel *m_dashboard = nullptr;
    WarningsPanel *m_warnings = nullptr;
};

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InvestAtlasDashboardTest"));
    QCoreApplication::setApplicationName(QStringLiteral("InvestAtlasDashboardTest"));
    QSettings().clear();
    I18n::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    m_demo = m_dir.filePath(QStringLiteral("demo.gpkg"));
    QVERIFY(DemoBuilder::write(m_demo));
}

void TestDashboard::init()
{
    const QString copy = m_dir.filePath(QStringLiteral("work.gpkg"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_demo, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(copy));
    m_dashboard = m_window->findChild<DashboardPanel *>();
    m_warnings = m_window->findChild<WarningsPanel *>();
    QVERIFY(m_dashboard && m_warnings);
    // Closed at first; the toolbar's 看板 opens it.
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("DashboardDock"));
    QVERIFY(!dock->isVisible());
    m_window->findChild<QAction *>(QStringLiteral("DashboardAction"))->trigger();
    QVERIFY(dock->isVisible());
    // The demo's targets are those of 2022, the year the dashboard opens on.
    m_dashboard->refresh();
    QCOMPARE(m_dashboard->data().period.year, 2022);
}

void TestDashboard::cleanup()
{
    m_window.reset();
}

void TestDashboard::showsTheDemo()
{
    const DashboardData &data = m_dashboard->data();
    QVERIFY(data.scorecard.size() >= 30); // the Lishui targets of 2022
    QCOMPARE(m_dashboard->targetTable()->rowCount(), int(data.scorecard.size()));
    QVERIFY(data.ranking.size() >= 5);
    QCOMPARE(data.ranking.first().rank, 1);
    QVERIFY(data.ranking.first().golden);
    // The funnel never grows from one stage to the next.
    QVERIFY(data.funnel.size() >= 6);
    QVERIFY(data.funnel.first().reached > 0);
    for (qsizetype i = 1; i < data.funnel.size(); ++i)
        QVERIFY(data.funnel[i].reached <= data.funnel[i - 1].reached);
    int signedCount = 0;
    for (const SignedGroup &g : data.byMonth)
        signedCount += g.count;
    QVERIFY(signedCount > 0);
    QCOMPARE(data.byMonth.size(), 12);
    // The funds arrived in the demo count for the 到位资金 target of 龙泉市.
    bool funds = false;
    for (const ScoreRow &row : data.scorecard)
        funds = funds || (row.metricId == QLatin1String("funds_arrived_yi") && row.actual > 0.0);
    QVERIFY(funds);

    // A quarter: flows of three months, targets to the quarter's end.
    m_dashboard->choose({DashboardPeriod::Kind::Quarter, 2022, 2}, std::nullopt);
    QCOMPARE(m_dashboard->data().byMonth.size(), 3);
    QCOMPARE(m_dashboard->data().share, 0.5);
}

void TestDashboard::rankingRowFiltersLedgerAndMap()
{
    QTableWidget *ranking = m_dashboard->rankingTable();
    QVERIFY(ranking->rowCount() > 0);
    const QString unit = m_dashboard->data().ranking.first().unit;
    ranking->cellClicked(0, 1);
    auto *ledger = m_window->findChild<LedgerPanel *>();
    QCOMPARE(ledger->model()->filter().unit, unit);
    QVERIFY(ledger->mapFilterToggle()->isChecked());
    QVERIFY(ledger->model()->rowCount() > 0);
    const auto shown = ledger->mapFids();
    QVERIFY(shown);
    QCOMPARE(shown->size(), qsizetype(ledger->model()->rowCount()));
}

void TestDashboard::completionColoursTheUnits()
{
    QSignalSpy fills(m_dashboard, &DashboardPanel::unitFillsChanged);
    auto *toggle = m_dashboard->findChild<QCheckBox *>();
    QVERIFY(toggle);
    toggle->setChecked(true);
    QCOMPARE(fills.count(), 1);
    using Fills = std::shared_ptr<const QHash<qint64, QColor>>;
    auto colours = fills.last().at(0).value<Fills>();
    QVERIFY(colours);
    auto *units = m_dashboard->findChild<QComboBox *>(QStringLiteral("DashboardUnit"));
    QCOMPARE(colours->size(), units->count() - 1); // every unit of the demo, "all units" aside
    const UnitScore &first = m_dashboard->data().ranking.first();
    QCOMPARE(colours->value(first.unitFid),
             DashboardPanel::completionColour(first, m_dashboard->data().share));
    toggle->setChecked(false);
    QVERIFY(!fills.last().at(0).value<Fills>());
}

// An edit in the ledger changes the dashboard's figures; the ledger's filter stays as it was.
void TestDashboard::editUpdatesDashboardAndKeepsFilter()
{
    auto *ledger = m_window->findChild<LedgerPanel *>();
    ProjectFilter filter;
    filter.unit = m_dashboard->data().ranking.first().unit;
    filter.signedFrom = QDate(2022, 1, 1);
    filter.signedTo = QDate(2022, 12, 31);
    ledger->showFilter(filter);
    QVERIFY(ledger->model()->rowCount() > 0);
    const qint64 fid = ledger->model()->fidAt(0);
    auto total = [this] {
        double yi = 0;
        for (const SignedGroup &g : m_dashboard->data().byMonth)
            yi += g.investmentYi;
        return yi;
    };
    const double before = total();
    auto rows = ProjectQuery::rows(m_window->document()->store(), {fid});
    QVERIFY(rows && rows->size() == 1);
    const double was = rows->first().investmentWan.toDouble();
    // Ten 亿元 more for a project signed in 2022.
    QVERIFY(Commands::editProject(*m_window->document(), fid,
                                  {{QStringLiteral("investment_wan"), was + 100000.0}},
                                  QStringLiteral("test")));
    QTRY_COMPARE(std::round(total() * 100), std::round((before + 10) * 100));
    QCOMPARE(ledger->model()->filter().unit, filter.unit);
    QCOMPARE(ledger->model()->filter().signedFrom, filter.signedFrom);
    QVERIFY(ledger->mapFilterToggle()->isChecked());
}

void TestDashboard::warningLeadsToItsProject()
{
    m_warnings->setToday(QDate(2023, 12, 31));
    QVERIFY(!m_warnings->warnings().isEmpty());
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_warnings->warnings().size(); ++i) {
        if (m_warnings->warnings()[i].table == QLatin1String("projects")) {
            index = i;
            break;
        }
    }
    QVERIFY(index >= 0);
    const qint64 fid = m_warnings->warnings()[index].id;
    // A ledger filter that hides the project is cleared to show it.
    auto *ledger = m_window->findChild<LedgerPanel *>();
    ProjectFilter hiding;
    hiding.search = QStringLiteral("没有这样的项目");
    ledger->showFilter(hiding);
    QCOMPARE(ledger->model()->rowCount(), 0);
    QTableWidget *table = m_warnings->table();
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->data(Qt::UserRole).toLongLong() == index) {
            table->cellActivated(r, 0);
            break;
        }
    }
    QCOMPARE(ledger->currentFid(), fid);
    QVERIFY(m_window->mapCanvas()->selection().contains({QStringLiteral("projects"), fid}));
}

// At 1366×768 the dashboard's tabs and tables are usable: no column of the targets table is
// squeezed to nothing, and the window is not wider than the screen.
void TestDashboard::fitsASmallScreen()
{
    QVERIFY(m_window->minimumSizeHint().width() <= 1366);
    QVERIFY(m_window->minimumSizeHint().height() <= 768);
    QVERIFY(m_dashboard->width() > 0);
    QTableWidget *targets = m_dashboard->targetTable();
    for (int c = 1; c < targets->columnCount(); ++c)
        QVERIFY2(targets->columnWidth(c) >= 40, qPrintable(QString::number(c)));
    m_window->findChild<QDockWidget *>(QStringLiteral("WarningsDock"))->raise();
    m_warnings->setToday(QDate(2023, 12, 31));
    for (int i = 0; i < m_dashboard->tabs()->count(); ++i) {
        m_dashboard->tabs()->setCurrentIndex(i);
        QVERIFY(!m_dashboard->tabs()->tabText(i).isEmpty());
        QTest::qWait(20);
        // For people to look at (the build's tests folder).
        QVERIFY(m_window->grab().save(
            QDir::current().filePath(QStringLiteral("dashboard-%1.png").arg(i))));
    }
}

// The project editor shows the funds arrived month by month and the follow-up dates.
void TestDashboard::editorShowsFunds()
{
    ProjectFile &store = m_window->document()->store();
    qint64 fid = 0;
    qsizetype months = 0;
    for (qint64 candidate = 1; candidate < 400 && !fid; ++candidate) {
        auto funds = Lookups::funds(store, candidate);
        if (funds && !funds->isEmpty()) {
            fid = candidate;
            months = funds->size();
        }
    }
    QVERIFY(fid > 0);
    ProjectEditor editor(*m_window->document(), fid, m_window.get());
    auto *tabs = editor.findChild<QTabWidget *>();
    QVERIFY(tabs);
    QTableWidget *funds = nullptr;
    for (QTableWidget *t : editor.findChildren<QTableWidget *>()) {
        if (t->columnCount() == 3)
            funds = t;
    }
    QVERIFY(funds);
    QCOMPARE(funds->rowCount(), int(months));
    tabs->setCurrentIndex(tabs->count() - 1);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(
        editor.grab().save(QDir::current().filePath(QStringLiteral("project-editor-funds.png"))));
    // Recording a month is one undoable step; the editor shows it at once.
    QVERIFY(Commands::setFunds(*m_window->document(), fid, QStringLiteral("2030-01"), 123.0));
    QCOMPARE(Lookups::funds(store, fid)->size(), months + 1);
    m_window->document()->undoStack().undo();
    QCOMPARE(Lookups::funds(store, fid)->size(), months);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
