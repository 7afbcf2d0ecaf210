// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/dateedit.h"

#include "core/domain/valueparsers.h"

#include <QAction>
#include <QCalendarWidget>
#include <QPainter>
#include <QVBoxLayout>

namespace {

// A small calendar sheet in the text colour: Qt's styles have no standard calendar icon.
QIcon calendarIcon(const QColor &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setPen(QPen(colour, 1));
    p.drawRect(1, 2, 13, 12);
    p.fillRect(1, 2, 14, 3, colour);
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 4; ++column)
            p.fillRect(3 + column * 3, 7 + row * 2, 2, 1, colour);
    }
    return QIcon(pixmap);
}

} // namespace

DateEdit::DateEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_popup(new QWidget(this, Qt::Popup))
    , m_calendar(new QCalendarWidget(m_popup))
{
    setPlaceholderText(tr("(no date) e.g. 2023-01-01"));
    setClearButtonEnabled(true);
    setToolTip(tr("Type a date such as 2023-01-01 or 20230101, or pick one from the calendar. "
                  "Leave empty for no date."));
    QAction *pick
        = addAction(calendarIcon(palette().color(QPalette::Text)), QLineEdit::TrailingPosition);
    pick->setToolTip(tr("Pick from the calendar"));
    connect(pick, &QAction::triggered, this, &DateEdit::showCalendar);

    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_calendar);
    m_calendar->setGridVisible(true);
    auto pickDate = [this](QDate picked) {
        m_popup->hide();
        setDate(picked);
        setFocus();
    };
    connect(m_calendar, &QCalendarWidget::clicked, this, pickDate);
    connect(m_calendar, &QCalendarWidget::activated, this, pickDate); // Enter in the calendar

    connect(this, &QLineEdit::textChanged, this, [this] {
        const QDate now = date();
        if (now != m_lastDate) {
            m_lastDate = now;
            Q_EMIT dateChanged(now);
        }
    });
    connect(this, &QLineEdit::editingFinished, this, &DateEdit::tidyText);
}

QDate DateEdit::date() const
{
    auto parsed = ValueParsers::parseDate(text());
    return parsed && parsed->has_value() ? (*parsed)->date : QDate();
}

void DateEdit::setDate(const QDate &date)
{
    setText(date.isValid() ? date.toString(Qt::ISODate) : QString());
}

bool DateEdit::isEmpty() const
{
    return text().trimmed().isEmpty();
}

QString DateEdit::problem() const
{
    auto parsed = ValueParsers::parseDate(text());
    return parsed ? QString() : parsed.errorMessage();
}

// "20230101" becomes "2023-01-01" when the user leaves the field, so what is saved is what is
// shown; text that is no date stays as typed for the user to correct.
void DateEdit::tidyText()
{
    if (const QDate d = date(); d.isValid())
        setDate(d);
}

void DateEdit::showCalendar()
{
    const QDate current = date();
    const QDate shown = current.isValid() ? current : QDate::currentDate();
    m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
    m_popup->adjustSize();
    m_popup->move(mapToGlobal(QPoint(0, height())));
    m_popup->show();
    m_calendar->setFocus();
}
