// SPDX-License-Identifier: GPL-3.0-or-later
// Milestone dates can be typed and cleared, and the calendar opens where the user is
// (issue 8 #20: "（无日期）20230101" could not be typed; the calendar opened at January 1900).
#include "core/base/i18n.h"
#include "core/commands/changeset.h"
#include "core/demo/demobuilder.h"
#include "core/domain/fields.h"
#include "core/project/projectdocument.h"
#include "core/storage/projectfile.h"
#include "ui/ledger/projecteditor.h"
#include "ui/widgets/dateedit.h"

#include <QAction>
#include <QCalendarWidget>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class TestDateEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void typedDateIsTheDate_data();
    void typedDateIsTheDate();
    void clearedFieldIsNoDate();
    void textThatIsNoDateIsAProblem();
    void calendarOpensAtTodayOrTheValue();
    void projectEditorSavesATypedMilestone();
};

void TestDateEdit::initTestCase()
{
    I18n::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
}

void TestDateEdit::typedDateIsTheDate_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("20230101") << QStringLiteral("20230101");
    QTest::newRow("2023-01-01") << QStringLiteral("2023-01-01");
    QTest::newRow("2023/1/1") << QStringLiteral("2023/1/1");
}

void TestDateEdit::typedDateIsTheDate()
{
    QFETCH(QString, typed);
    DateEdit edit;
    edit.show();
    QVERIFY(edit.date().isNull());
    QSignalSpy changed(&edit, &DateEdit::dateChanged);
    QTest::keyClicks(&edit, typed);
    QCOMPARE(edit.date(), QDate(2023, 1, 1));
    QVERIFY(edit.problem().isEmpty());
    QCOMPARE(changed.last().first().toDate(), QDate(2023, 1, 1));
    QTest::keyClick(&edit, Qt::Key_Return); // leaving the field shows the date as it is stored
    QCOMPARE(edit.text(), QStringLiteral("2023-01-01"));
}

void TestDateEdit::clearedFieldIsNoDate()
{
    DateEdit edit;
    edit.show();
    edit.setDate(QDate(2023, 1, 1));
    QSignalSpy changed(&edit, &DateEdit::dateChanged);
    // The line edit's own clear button (shown while there is text), clicked.
    QToolButton *clear = nullptr;
    for (QToolButton *button : edit.findChildren<QToolButton *>()) {
        if (button->defaultAction()
            && button->defaultAction()->objectName() == QLatin1String("_q_qlineeditclearaction"))
            clear = button;
    }
    QVERIFY(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(edit.isEmpty());
    QVERIFY(edit.date().isNull());
    QVERIFY(edit.problem().isEmpty()); // empty is "no date", not an error
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.last().first().toDate().isNull());
    // Deleting by keyboard does the same.
    QTest::keyClicks(&edit, QStringLiteral("20230101"));
    QTest::keyClick(&edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(&edit, Qt::Key_Backspace);
    QVERIFY(edit.date().isNull());
    QVERIFY(edit.problem().isEmpty());
}

void TestDateEdit::textThatIsNoDateIsAProblem()
{
    DateEdit edit;
    QTest::keyClicks(&edit, QStringLiteral("20231301"));
    QVERIFY(edit.date().isNull());
    QVERIFY(!edit.problem().isEmpty());
    QTest::keyClick(&edit, Qt::Key_Return);
    QCOMPARE(edit.text(), QStringLiteral("20231301")); // kept for the user to correct
}

void TestDateEdit::calendarOpensAtTodayOrTheValue()
{
    DateEdit edit;
    edit.show();
    edit.showCalendar();
    const QDate today = QDate::currentDate();
    QVERIFY(edit.calendar()->isVisible());
    QCOMPARE(edit.calendar()->yearShown(), today.year());
    QCOMPARE(edit.calendar()->monthShown(), today.month());
    // Picking a day sets it and closes the calendar.
    edit.calendar()->setSelectedDate(QDate(today.year(), today.month(), 1));
    Q_EMIT edit.calendar()->clicked(QDate(today.year(), today.month(), 1));
    QVERIFY(!edit.calendar()->isVisible());
    QCOMPARE(edit.date(), QDate(today.year(), today.month(), 1));

    edit.setDate(QDate(2021, 6, 15));
    edit.showCalendar();
    QCOMPARE(edit.calendar()->yearShown(), 2021);
    QCOMPARE(edit.calendar()->monthShown(), 6);
    QCOMPARE(edit.calendar()->selectedDate(), QDate(2021, 6, 15));
}

void TestDateEdit::projectEditorSavesATypedMilestone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
    QVERIFY(DemoBuilder::write(path));
    auto document = ProjectDocument::open(path);
    QVERIFY2(document, qPrintable(document.errorMessage()));
    ProjectEditor editor(**document, 0);
    editor.show();
    const QList<DateEdit *> dates = editor.findChildren<DateEdit *>();
    QVERIFY(dates.size() >= 2); // one per milestone
    for (DateEdit *date : dates) {
        QVERIFY(date->isEmpty()); // a new project has no dates, not 1900-01-01
        QVERIFY(date->problem().isEmpty());
    }
    // The name is the one plain line edit labelled with the name field's title.
    QLineEdit *name = nullptr;
    for (QLabel *label : editor.findChildren<QLabel *>()) {
        if (label->text() == Fields::title(*Fields::find(Fields::projects(), "name")))
            name = qobject_cast<QLineEdit *>(label->buddy());
    }
    QVERIFY(name);
    name->setText(QStringLiteral("测试项目"));
    QTest::keyClicks(dates.first(), QStringLiteral("20230101")); // the lead date
    editor.accept();
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    auto row = ChangeSet::readRow((*document)->store(), QStringLiteral("projects"),
                                  QStringLiteral("fid"), editor.fid());
    QVERIFY2(row, qPrintable(row.errorMessage()));
    QCOMPARE(row->value(QStringLiteral("lead_date")).toString(), QStringLiteral("2023-01-01"));
    QVERIFY(row->value(QStringLiteral("signed_date")).isNull()); // untouched: no date
}

QTEST_MAIN(TestDateEdit)
#include "tst_dateedit.moc"
