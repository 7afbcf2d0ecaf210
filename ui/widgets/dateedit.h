// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLineEdit>

class QCalendarWidget;

// A date the user may type or pick, or leave empty. Empty text is "no date"; the text is read as
// spreadsheets write dates (2023-01-01, 20230101, 2023/1/1, 2023年1月1日) and shown back as
// 2023-01-01 once the user leaves the field. The calendar button opens a calendar at the current
// value, or at today when there is none (QDateEdit has no empty state: it used 1900-01-01 for
// "no date", which made typing impossible and opened the calendar in 1900). The clear button
// removes the date.
class DateEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateEdit(QWidget *parent = nullptr);

    // The date typed or picked; a null QDate when the field is empty or its text is no date
    // (problem() says which).
    QDate date() const;
    void setDate(const QDate &date); // a null date empties the field
    bool isEmpty() const;
    // Why the text is not a date (translated); empty when it is one or when the field is empty.
    QString problem() const;

    void showCalendar();
    QCalendarWidget *calendar() const { return m_calendar; } // the popup's, for tests

Q_SIGNALS:
    void dateChanged(const QDate &date);

private:
    void tidyText();

    QWidget *m_popup;
    QCalendarWidget *m_calendar;
    QDate m_lastDate; // dateChanged is emitted when this changes
};
