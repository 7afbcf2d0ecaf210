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

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>

#include <functional>

class TestEnglishFit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mainWindow_data();
    void mainWindow();
    void dialogs();

private:
    // What does not fit in `root` and its children, one line each ("QLabel 'Total …' 212 > 180").
    static QStringList overflows(QWidget *root);
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

QStringList TestEnglishFit::overflows(QWidget *root)
{
    QStringList problems;
    auto report = [&](const QWidget *w, const QString &text, double needed, double room) {
        // Half a pixel of rounding is not a cut.
        if (needed > room + 0.5)
            problems << QStringLiteral("%1 %2 '%3': needs %4 px, has %5")
                            .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                 text)
                            .arg(needed, 0, 'f', 0)
                            .arg(room, 0, 'f', 0);
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        const QFontMetricsF metrics(w->font());
        if (auto *label = qobject_cast<QLabel *>(w)) {
            const QString text = label->text();
            if (text.isEmpty() || label->wordWrap() || Qt::mightBeRichText(text)
                || label->pixmap().cacheKey() != 0)
                continue;
            const QRect room = label->contentsRect().adjusted(label->indent(), 0, 0, 0);
            double needed = 0;
            for (const QString &line : text.split(QLatin1Char('\n')))
                needed = std::max(needed, metrics.horizontalAdvance(QString(line).remove(u'&')));
            report(w, text, needed, room.width() - 2 * std::max(0, label->margin()));
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->text().isEmpty())
                continue;
            if (auto *tool = qobject_cast<QToolButton *>(w);
                tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
                continue;
            // The button's own measure of text, icon, indicator and padding.
            report(w, button->text(), button->sizeHint().width(), button->width());
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            report(w, box->title(), metrics.horizontalAdvance(box->title()) + 16, box->width());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            if (combo->currentText().isEmpty() || combo->isEditable())
                continue;
            QStyleOptionComboBox option;
            option.initFrom(combo);
            const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                               QStyle::SC_ComboBoxEditField, combo);
            report(w, combo->currentText(), metrics.horizontalAdvance(combo->currentText()),
                   field.width());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                const int padding
                    = tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs);
                report(w, tabs->tabText(i),
                       metrics.horizontalAdvance(QString(tabs->tabText(i)).remove(u'&')) + padding,
                       tabs->tabRect(i).width());
            }
        } else if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            if (!dock->isFloating())
                report(w, dock->windowTitle(), metrics.horizontalAdvance(dock->windowTitle()) + 48,
                       dock->width());
        } else if (auto *tree = qobject_cast<QTreeView *>(w)) {
            // Every item the tree shows (the layer panel: layers and their legends).
            const QAbstractItemModel *model = tree->model();
            std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                for (int row = 0; model && row < model->rowCount(parent); ++row) {
                    for (int column = 0; column < model->columnCount(parent); ++column) {
                        const QModelIndex index = model->index(row, column, parent);
                        const QString text = index.data().toString();
                        const QRect cell = tree->visualRect(index);
                        if (text.isEmpty() || cell.isEmpty())
                            continue;
                        // The cell less the check box and the icon drawn before the text.
                        QStyle *style = tree->style();
                        const int margin
                            = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1;
                        double room
                            = std::min(cell.left() + cell.width(), tree->viewport()->width())
                              - cell.left() - 2 * margin;
                        if (index.data(Qt::CheckStateRole).isValid())
                            room -= style->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, tree)
                                    + 2 * margin;
                        if (!index.data(Qt::DecorationRole).isNull())
                            room -= tree->iconSize().width() + 2 * margin;
                        // Items lay text out in whole pixels.
                        report(w, text, QFontMetrics(w->font()).horizontalAdvance(text), room);
                    }
                    walk(model->index(row, 0, parent));
                }
            };
            walk({});
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            if (header->orientation() != Qt::Horizontal || !header->model())
                continue;
            QFont bold = header->font();
            const QFontMetricsF headerMetrics(bold);
            const int margin
                = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            for (int s = 0; s < header->count(); ++s) {
                if (header->isSectionHidden(s))
                    continue;
                const QString text = header->model()->headerData(s, Qt::Horizontal).toString();
                double needed = headerMetrics.horizontalAdvance(text) + 2 * margin;
                if (header->isSortIndicatorShown() && header->sortIndicatorSection() == s)
                    needed
                        += header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header)
                           + margin;
                report(w, text, needed, header->sectionSize(s));
            }
        }
    }
    return problems;
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
    const QStringList problems = overflows(&window);
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
        problems << overflows(dialog.get());
        // Every page of every tab widget (the project editor's stage tab …).
        for (QTabWidget *tabs : dialog->findChildren<QTabWidget *>()) {
            for (int i = 1; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QTest::qWait(20);
                problems << overflows(tabs->widget(i));
            }
        }
        dialog->hide();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestEnglishFit)
#include "tst_englishfit.moc"
