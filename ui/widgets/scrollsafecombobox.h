// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>
#include <QWheelEvent>

// A combo box that changes with the mouse wheel only once the user has clicked or tabbed into it.
// In a scrolling table or form the wheel scrolls the page instead of silently changing a value
// the pointer happens to pass over (an import mapping flipped from 用地(亩) to 供地日期 that way).
class ScrollSafeComboBox : public QComboBox
{
public:
    explicit ScrollSafeComboBox(QWidget *parent = nullptr)
        : QComboBox(parent)
    {
        setFocusPolicy(Qt::StrongFocus); // the wheel alone never gives it focus
    }

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        if (hasFocus())
            QComboBox::wheelEvent(event);
        else
            event->ignore(); // passes on to the scroll area around it
    }
};
