// SPDX-License-Identifier: GPL-3.0-or-later
// View → Language switches between Chinese and English without a restart and without losing
// anything (issue 12): the window is rebuilt around the same open document, which keeps its undo
// history, and the new window shows the map, the ledger and the details as the old one did.
#include "core/base/i18n.h"
#include "core/commands/commands.h"
#include "core/demo/demobuilder.h"
#include "core/map/mapdocument.h"
#include "core/project/projectdocument.h"
#include "testutils.h"
#include "ui/ledger/ledgerpanel.h"
#include "ui/ledger/projecttablemodel.h"
#include "ui/map/mapcanvas.h"
#include "ui/shell/detailspanel.h"
#include "ui/shell/languageswitch.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/settings.h"
#include "widgetfit.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestLanguageSwitch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sameLanguageKeepsTheWindow();
    void switchKeepsState();

private:
    // Triggers the View → Language entry called `title` and returns the window that replaced
    // `window` (which is then deleted).
    static MainWindow *chooseLanguage(MainWindow *window, const QString &title);
    static QString fileMenuTitle(MainWindow *window);
    static QString dockTitle(MainWindow *window, const char *name);
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestLanguageSwitch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InvestAtlasLanguageSwitchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("InvestAtlasLanguageSwitchTest"));
    QSettings().clear();
    Settings::setLanguage(QStringLiteral("zh_CN"));
    I18n::install(*qApp, Settings::language());
    QVERIFY(!I18n::englishUi());
    m_demo = m_dir.filePath(QStringLiteral("demo.gpkg"));
    QVERIFY(DemoBuilder::write(m_demo));
}

void TestLanguageSwitch::cleanupTestCase()
{
    I18n::install(*qApp, QStringLiteral("zh_CN"));
}

MainWindow *TestLanguageSwitch::chooseLanguage(MainWindow *window, const QString &title)
{
    QAction *choice = nullptr;
    for (QAction *action : window->menuBar()->findChildren<QAction *>()) {
        if (action->text() == title)
            choice = action;
    }
    if (!choice)
        return nullptr;
    QPointer<MainWindow> old(window);
    choice->trigger();
    // The old window goes at the next turn of the event loop.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    if (old)
        return nullptr;
    MainWindow *next = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *mainWindow = qobject_cast<MainWindow *>(widget))
            next = mainWindow;
    }
    return next;
}

QString TestLanguageSwitch::fileMenuTitle(MainWindow *window)
{
    return window->menuBar()->actions().value(0)->text();
}

QString TestLanguageSwitch::dockTitle(MainWindow *window, const char *name)
{
    auto *dock = window->findChild<QDockWidget *>(QLatin1String(name));
    return dock ? dock->windowTitle() : QString();
}

// Choosing the language already spoken remembers the choice and rebuilds nothing.
void TestLanguageSwitch::sameLanguageKeepsTheWindow()
{
    MainWindow window;
    QCOMPARE(LanguageSwitch::apply(&window, QStringLiteral("zh_CN")), &window);
    QCOMPARE(Settings::language(), QStringLiteral("zh_CN"));
    QCOMPARE(fileMenuTitle(&window), QStringLiteral("文件(&F)"));
}

void TestLanguageSwitch::switchKeepsState()
{
    QSignalSpy lastWindowClosed(qApp, &QGuiApplication::lastWindowClosed);
    auto *window = new MainWindow;
    window->resize(1366, 768);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(window->openProject(m_demo));
    ProjectDocument *document = window->document();
    QCOMPARE(fileMenuTitle(window), QStringLiteral("文件(&F)"));
    QCOMPARE(dockTitle(window, "LedgerDock"), QStringLiteral("项目台账"));

    // The ledger: a unit with projects, a search that keeps some, sorted by name, the map
    // showing only those.
    auto *ledger = window->findChild<LedgerPanel *>();
    QVERIFY(ledger);
    auto *unit = window->findChild<QComboBox *>(QStringLiteral("UnitFilter"));
    QVERIFY(unit);
    const int all = ledger->model()->rowCount();
    for (int i = 1; i < unit->count() && (i == 1 || ledger->model()->rowCount() < 2); ++i)
        unit->setCurrentIndex(i);
    QVERIFY(ledger->model()->rowCount() >= 2 && ledger->model()->rowCount() < all);
    QTableView *view = window->ledgerView();
    const int nameColumn = ledger->model()->columnOf(QStringLiteral("name"));
    QHeaderView *header = view->horizontalHeader();
    QTest::mouseClick(
        header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(nameColumn) + 10, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), nameColumn);
    const QString firstName = ledger->model()->index(0, nameColumn).data().toString();
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("LedgerSearch"));
    search->setText(firstName.left(2)); // typed: keyClicks takes Latin-1 only
    QTRY_COMPARE(ledger->model()->filter().search, firstName.left(2));
    ledger->mapFilterToggle()->setChecked(true);

    // A project picked in the ledger: selected on the map, shown in the details; the map zoomed
    // to it and a step closer.
    QVERIFY(ledger->model()->rowCount() >= 1);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(ledger->model()->index(0, nameColumn)).center());
    const qint64 fid = ledger->currentFid();
    QVERIFY(fid > 0);
    QCOMPARE(window->mapCanvas()->selection(),
             (QSet<MapCanvas::FeatureKey>{{QStringLiteral("projects"), fid}}));
    QVERIFY(window->mapCanvas()->zoomToSelection());
    window->mapCanvas()->zoomBy(0.5, window->mapCanvas()->rect().center());

    // One edit, undoable.
    QVERIFY(Commands::editProject(
        *document, fid, {{QStringLiteral("notes"), QStringLiteral("推介会前核实")}}, QString()));
    QUndoStack *undo = &document->undoStack();
    QCOMPARE(undo->count(), 1);
    const QString undoText = undo->undoText();
    QVERIFY(!undoText.isEmpty());

    QTest::qWait(100);
    const QRectF extent = window->mapCanvas()->extent();
    const auto selection = window->mapCanvas()->selection();
    const ProjectFilter filter = ledger->model()->filter();
    const int rows = ledger->model()->rowCount();
    const auto details = window->findChild<DetailsPanel *>()->shown();
    QCOMPARE(details, (std::pair<QString, qint64>(QStringLiteral("projects"), fid)));
    const QByteArray file = TestUtils::sha256(m_demo);
    window->grab().save(QDir::current().filePath(QStringLiteral("languageswitch-chinese.png")));

    // To English.
    MainWindow *english = chooseLanguage(window, QStringLiteral("English"));
    QVERIFY2(english, "the old window is replaced and deleted");
    QVERIFY(I18n::englishUi());
    QCOMPARE(Settings::language(), QStringLiteral("en"));
    QVERIFY(english->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(english));
    QTest::qWait(200);
    english->grab().save(QDir::current().filePath(QStringLiteral("languageswitch-english.png")));
    // The same document, not reread: the same object, its undo history, a file untouched.
    QCOMPARE(english->document(), document);
    QCOMPARE(&english->document()->undoStack(), undo);
    QCOMPARE(undo->count(), 1);
    QCOMPARE(undo->undoText(), undoText);
    QCOMPARE(TestUtils::sha256(m_demo), file);
    // In English: menus, docks, ledger titles, map layer titles and the labels' names.
    QCOMPARE(fileMenuTitle(english), QStringLiteral("&File"));
    QCOMPARE(dockTitle(english, "LedgerDock"), QStringLiteral("Project ledger"));
    QCOMPARE(dockTitle(english, "LayersDock"), QStringLiteral("Layers"));
    auto *englishLedger = english->findChild<LedgerPanel *>();
    QCOMPARE(englishLedger->model()->headerData(nameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Project name"));
    QCOMPARE(document->map().layer(QStringLiteral("units"))->title,
             QStringLiteral("Administrative units"));
    QCOMPARE(document->map().layer(QStringLiteral("units"))->style.labelColumn,
             QStringLiteral("name_en"));
    // As it was: the map's extent and selection, the ledger's filter, sort, rows and current
    // project, the details.
    const QRectF now = english->mapCanvas()->extent();
    QVERIFY2(std::abs(now.center().x() - extent.center().x()) < 1
                 && std::abs(now.center().y() - extent.center().y()) < 1
                 && std::abs(now.width() / extent.width() - 1) < 0.01,
             qPrintable(QStringLiteral("extent %1,%2 %3 wide, was %4,%5 %6 wide")
                            .arg(now.center().x())
                            .arg(now.center().y())
                            .arg(now.width())
                            .arg(extent.center().x())
                            .arg(extent.center().y())
                            .arg(extent.width())));
    QCOMPARE(english->mapCanvas()->selection(), selection);
    QCOMPARE(englishLedger->model()->filter(), filter);
    QCOMPARE(englishLedger->model()->rowCount(), rows);
    QVERIFY(englishLedger->mapFilterToggle()->isChecked());
    QCOMPARE(english->ledgerView()->horizontalHeader()->sortIndicatorSection(), nameColumn);
    QCOMPARE(englishLedger->currentFid(), fid);
    QCOMPARE(english->findChild<QLineEdit *>(QStringLiteral("LedgerSearch"))->text(),
             firstName.left(2));
    auto *englishDetails = english->findChild<DetailsPanel *>();
    QCOMPARE(englishDetails->shown(), details);
    QVERIFY2(englishDetails->toPlainText().contains(QStringLiteral("Investor")),
             qPrintable(englishDetails->toPlainText()));
    // The English window fits its text at 1366×768.
    const QStringList problems = WidgetFit::overflows(english);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // The new window's Edit → Undo undoes the edit made in the old one.
    QAction *undoAction = nullptr;
    for (QAction *action : english->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undoAction = action;
    }
    QVERIFY(undoAction && undoAction->isEnabled());
    undoAction->trigger();
    QCOMPARE(undo->index(), 0);
    undo->redo();

    // Back to Chinese.
    MainWindow *chinese = chooseLanguage(english, QStringLiteral("简体中文"));
    QVERIFY(chinese);
    QVERIFY(!I18n::englishUi());
    QCOMPARE(chinese->document(), document);
    QCOMPARE(undo->count(), 1);
    QCOMPARE(fileMenuTitle(chinese), QStringLiteral("文件(&F)"));
    QCOMPARE(dockTitle(chinese, "LedgerDock"), QStringLiteral("项目台账"));
    QCOMPARE(document->map().layer(QStringLiteral("units"))->title, QStringLiteral("行政区划"));
    QCOMPARE(document->map().layer(QStringLiteral("units"))->style.labelColumn,
             QStringLiteral("name"));
    QCOMPARE(chinese->mapCanvas()->selection(), selection);
    QCOMPARE(chinese->findChild<LedgerPanel *>()->currentFid(), fid);
    QVERIFY(QTest::qWaitForWindowExposed(chinese));
    QTest::qWait(200);
    chinese->grab().save(
        QDir::current().filePath(QStringLiteral("languageswitch-chinese-again.png")));

    // The application never lost its last window on the way.
    QCOMPARE(lastWindowClosed.count(), 0);
    delete chinese;
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
