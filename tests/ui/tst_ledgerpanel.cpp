// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/commands.h"
#include "core/demo/demobuilder.h"
#include "core/domain/fields.h"
#include "core/ledger/ledgerimport.h"
#include "core/project/projectdocument.h"
#include "core/storage/projectfile.h"
#include "ui/ledger/importmappingdialog.h"
#include "ui/ledger/ledgerpanel.h"
#include "ui/ledger/projecttablemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

class TestLedgerPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelPassesTester();
    void searchFindsChineseSubstring();
    void emptyStateAndTotals();
    void sortsBySql();
    void columnsComeFromTheCatalogue();
    void mappingDialogPreviewsThePlan();
    void followsUndoableEdits();
    void anotherProjectStartsUnfiltered();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_doc;
    ProjectFile *m_project = nullptr;
};

void TestLedgerPanel::initTestCase()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.gpkg"));
    QVERIFY(DemoBuilder::write(path));
    m_doc = std::make_unique<ProjectDocument>(ProjectFile::open(path).takeValue());
    m_project = &m_doc->store();
}

void TestLedgerPanel::modelPassesTester()
{
    ProjectTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project);
    QVERIFY(model.rowCount() >= 150);
    ProjectFilter f;
    f.stage = QStringLiteral("signed");
    model.setFilter(f);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.index(r, model.columnOf(QStringLiteral("stage"))).data().toString(),
                 QStringLiteral("Signed"));
    for (int c = 0; c < model.columnCount(); ++c)
        model.sort(c, Qt::DescendingOrder);
}

void TestLedgerPanel::searchFindsChineseSubstring()
{
    LedgerPanel panel;
    panel.setDocument(m_doc.get());
    auto *search = panel.findChild<QLineEdit *>();
    QVERIFY(search);
    search->setText(QStringLiteral("新能源")); // QTest::keyClicks types ASCII only
    QTRY_VERIFY(panel.model()->rowCount() < 150);
    bool aima = false;
    for (int r = 0; r < panel.model()->rowCount(); ++r) {
        const QString name = panel.model()->index(r, 0).data().toString();
        aima = aima || name == QStringLiteral("爱玛新能源智慧出行");
    }
    QVERIFY(aima);
}

void TestLedgerPanel::emptyStateAndTotals()
{
    LedgerPanel panel;
    panel.resize(1200, 400);
    panel.show();
    panel.setDocument(m_doc.get());
    QLabel *totals = nullptr;
    QLabel *empty = nullptr;
    for (QLabel *label : panel.findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("mu"))
            || label->text().contains(QStringLiteral("亩")))
            totals = label;
        else
            empty = label;
    }
    QVERIFY(totals);
    QVERIFY(totals->text().contains(QString::number(panel.model()->rowCount())));
    auto *search = panel.findChild<QLineEdit *>();
    search->setText(QStringLiteral("绝对不存在的项目名称"));
    QTRY_COMPARE(panel.model()->rowCount(), 0);
    QVERIFY(empty && empty->isVisible());
    QVERIFY(!panel.view()->isVisible());
    QVERIFY(totals->text().startsWith(QStringLiteral("0")));
}

void TestLedgerPanel::sortsBySql()
{
    ProjectTableModel model;
    model.setProject(m_project);
    const int investment = model.columnOf(QStringLiteral("investment"));
    model.sort(investment, Qt::DescendingOrder);
    double previous = 1e18;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString text = model.index(r, investment).data().toString();
        if (text.isEmpty())
            continue; // projects without an amount come last
        const double value = QLocale().toDouble(text);
        QVERIFY(value <= previous);
        previous = value;
    }
}

// Every field of the catalogue but the key is a column; the usual ones are shown, the rest wait
// in the header's menu.
void TestLedgerPanel::columnsComeFromTheCatalogue()
{
    LedgerPanel panel;
    panel.setDocument(m_doc.get());
    ProjectTableModel *model = panel.model();
    QCOMPARE(model->columnCount(), int(Fields::projects().size()) - 1);
    QStringList shown;
    for (int c = 0; c < model->columnCount(); ++c) {
        QCOMPARE(model->headerData(c, Qt::Horizontal).toString(), Fields::title(model->field(c)));
        if (!panel.view()->isColumnHidden(c))
            shown << Fields::key(model->field(c));
    }
    QCOMPARE(shown, (QStringList{QStringLiteral("name"), QStringLiteral("unit"),
                                 QStringLiteral("park"), QStringLiteral("chain"),
                                 QStringLiteral("investor_type"), QStringLiteral("investment"),
                                 QStringLiteral("land"), QStringLiteral("stage"),
                                 QStringLiteral("signed_date"), QStringLiteral("lead_official")}));
    // Hidden columns hold data too: milestone dates, the location.
    const int signedColumn = model->columnOf(QStringLiteral("signed_date"));
    const int longitude = model->columnOf(QStringLiteral("longitude"));
    bool anyDate = false, anyLocation = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        anyDate = anyDate || !model->index(r, signedColumn).data().toString().isEmpty();
        anyLocation = anyLocation || !model->index(r, longitude).data().toString().isEmpty();
    }
    QVERIFY(anyDate && anyLocation);
}

// The mapping dialog shows what the import would do with the columns as they are mapped, planned
// from the sheet read once, and follows every change of the mapping.
void TestLedgerPanel::mappingDialogPreviewsThePlan()
{
    LedgerImport::Source source;
    source.ledger.rows = {{QStringLiteral("序号"), QStringLiteral("项目名称"),
                           QStringLiteral("所属区县"), QStringLiteral("金额")},
                          {QStringLiteral("1"), QStringLiteral("预览项目"),
                           QStringLiteral("青田县"), QStringLiteral("2亿")},
                          {QStringLiteral("2"), QStringLiteral("预览项目二"),
                           QStringLiteral("不存在县"), QStringLiteral("好多")}};
    auto guessed = LedgerImport::plan(*m_project, source, {});
    QVERIFY2(guessed, qPrintable(guessed.errorMessage()));
    QCOMPARE(guessed->report.accepted, 1);
    int planned = 0;
    ImportMappingDialog dialog(*m_project, guessed->report.headers, guessed->report.mapping,
                               [&](const ImportMappingDialog::Mapping &mapping) {
                                   ++planned;
                                   LedgerImport::Options options;
                                   options.mapping = mapping;
                                   auto plan = LedgerImport::plan(*m_project, source, options);
                                   return plan ? QStringLiteral("%1|%2")
                                                     .arg(plan->report.accepted)
                                                     .arg(plan->report.rejected.size())
                                               : plan.errorMessage();
                               });
    dialog.show();
    QLabel *preview = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1Char('|')))
            preview = label;
    }
    QVERIFY(preview);
    QCOMPARE(preview->text(), QStringLiteral("1|1"));
    QCOMPARE(planned, 1);
    // Map 金额 to the total investment: the second row's "好多" is no amount either way.
    auto *amount = qobject_cast<QComboBox *>(dialog.findChild<QTableWidget *>()->cellWidget(3, 1));
    amount->setCurrentIndex(amount->findData(QStringLiteral("investment")));
    QCOMPARE(planned, 2);
    QCOMPARE(preview->text(), QStringLiteral("1|1"));
    QCOMPARE(dialog.mapping().value(QStringLiteral("investment")), QStringLiteral("金额"));

    // Scrolling over a mapping does not change it until the user has clicked into it.
    auto *unit = qobject_cast<QComboBox *>(dialog.findChild<QTableWidget *>()->cellWidget(2, 1));
    QVERIFY(unit);
    dialog.findChild<QTableWidget *>()->setFocus();
    QVERIFY(!unit->hasFocus());
    const int before = unit->currentIndex();
    const QPointF at = unit->rect().center();
    QWheelEvent wheel(at, unit->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(unit, &wheel);
    QCOMPARE(unit->currentIndex(), before);
    QCOMPARE(planned, 2);
}

void TestLedgerPanel::followsUndoableEdits()
{
    LedgerPanel panel;
    panel.setDocument(m_doc.get()); // subscribes itself to the document's changes
    const int before = panel.model()->rowCount();
    auto fid = Commands::addProject(*m_doc,
                                    {{QStringLiteral("name"), QStringLiteral("面板测试项目")},
                                     {QStringLiteral("stage"), QStringLiteral("lead")}},
                                    QString());
    QVERIFY(fid);
    QCOMPARE(panel.model()->rowCount(), before + 1);
    QVERIFY(panel.model()->rowOf(*fid) >= 0);
    m_doc->undoStack().undo();
    QCOMPARE(panel.model()->rowCount(), before);
}

// A unit filter and a search of the last project used to survive the switch: the unit box said
// "all units" while the list was empty.
void TestLedgerPanel::anotherProjectStartsUnfiltered()
{
    LedgerPanel panel;
    panel.resize(1200, 400);
    panel.show();
    panel.setDocument(m_doc.get());
    const int all = panel.model()->rowCount();
    QVERIFY(all > 100);
    QComboBox *unit = nullptr;
    for (QComboBox *box : panel.findChildren<QComboBox *>()) {
        if (box->findText(QStringLiteral("云和县")) > 0)
            unit = box;
    }
    QVERIFY(unit);
    unit->setCurrentIndex(unit->findText(QStringLiteral("云和县")));
    panel.findChild<QLineEdit *>()->setText(QStringLiteral("项目"));
    QTRY_VERIFY(panel.model()->rowCount() < all);

    const QString path = m_dir.filePath(QStringLiteral("other.gpkg"));
    QFile::remove(path);
    QVERIFY(DemoBuilder::write(path));
    ProjectDocument other(ProjectFile::open(path).takeValue());
    panel.setDocument(&other);
    QCOMPARE(unit->currentIndex(), 0);
    QVERIFY(panel.findChild<QLineEdit *>()->text().isEmpty());
    QCOMPARE(panel.model()->rowCount(), all);
    panel.setDocument(nullptr);
}

QTEST_MAIN(TestLedgerPanel)
#include "tst_ledgerpanel.moc"
