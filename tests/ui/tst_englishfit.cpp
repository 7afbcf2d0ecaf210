// SPDX-License-Identifier: GPL-3.0-or-later
// English is the source language and must fit its widgets on a 1366×768 laptop: the ledger's
// header read "vestment (100M CN" (issue 12). This walks the main window and every dialog in
// English and fails on any label, button, check box, tab, group title, dock title, combo box or
// table header whose text is wider than the room its widget gives it.
#include "core/demo/demobuilder.h"
#include "core/project/projectdocument.h"
#include "ui/ledger/importmappingdialog.h"
#include "ui/ledger/projecteditor.h"
#include "ui/map/mapcanvas.h"
#include "ui/present/toureditor.h"
#include "ui/shell/brochuredialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/mapexportdialog.h"
#include "ui/shell/reportdialog.h"
#include "widgetfit.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

class TestEnglishFit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mainWindow_data();
    void mainWindow();
    void dialogs();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestEnglishFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InvestAtlasEnglishFitTest"));
    QCoreApplication::setApplicationName(QStringLiteral("InvestAtlasEnglishFitTest"));
    QSettings().clear();
    // English: no translator, English number formats.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_demo = m_dir.filePath(QStringLiteral("demo.gpkg"));
    QVERIFY(DemoBuilder::write(m_demo));
}

void TestEnglishFit::mainWindow_data()
{
    QTest::addColumn<bool>("publicMode");
    QTest::newRow("office") << false;
    QTest::newRow("public mode") << true;
}

void TestEnglishFit::mainWindow()
{
    QFETCH(bool, publicMode);
    QSettings().clear();
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(m_demo));
    if (publicMode)
        QVERIFY(window.document()->setPublicMode(true));
    QTest::qWait(100);
    const QStringList problems = WidgetFit::overflows(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    window.grab().save(QDir::current().filePath(
        QStringLiteral("english-%1.png")
            .arg(publicMode ? QStringLiteral("public") : QStringLiteral("office"))));
}

void TestEnglishFit::dialogs()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openProject(m_demo));
    ProjectDocument &document = *window.document();
    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.push_back(std::make_unique<ProjectEditor>(document, 0, &window));
    dialogs.push_back(std::make_unique<ProjectEditor>(document, 1, &window));
    dialogs.push_back(std::make_unique<ReportDialog>(document, &window));
    dialogs.push_back(std::make_unique<BrochureDialog>(document, QString(), &window));
    dialogs.push_back(
        std::make_unique<MapExportDialog>(*window.mapCanvas(), QStringLiteral("Map"), &window));
    dialogs.push_back(
        std::make_unique<TourEditor>(document, *window.mapCanvas(), nullptr, &window));
    dialogs.push_back(std::make_unique<ImportMappingDialog>(
        document.store(),
        QStringList{QStringLiteral("项目名称"), QStringLiteral("总投资"),
                    QStringLiteral("签约日期")},
        ImportMappingDialog::Mapping{{QStringLiteral("name"), QStringLiteral("项目名称")}},
        [](const ImportMappingDialog::Mapping &) {
            return QStringLiteral("3 rows would be imported, 0 rejected.");
        },
        &window));
    QStringList problems;
    for (const auto &dialog : dialogs) {
        // As the dialog opens on a 1366×768 screen: its own size, never larger than the screen.
        dialog->resize(dialog->sizeHint().boundedTo(QSize(1366, 768)));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        problems << WidgetFit::overflows(dialog.get());
        // Every page of every tab widget (the project editor's stage tab …).
        for (QTabWidget *tabs : dialog->findChildren<QTabWidget *>()) {
            for (int i = 1; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QTest::qWait(20);
                problems << WidgetFit::overflows(tabs->widget(i));
            }
        }
        dialog->hide();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestEnglishFit)
#include "tst_englishfit.moc"
