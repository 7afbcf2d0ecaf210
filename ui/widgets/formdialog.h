// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QFormLayout;
class QLabel;

// A small dialog of labelled fields with Save and Cancel: `form()` takes the rows; Save runs the
// check given to exec(), which returns an empty string when the dialog may close, or the problem
// to show in red under the fields (the dialog stays open, nothing lost).
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FormDialog(const QString &title, QWidget *parent = nullptr);
    QFormLayout *form() const { return m_form; }
    // Shows the dialog until `save` succeeds (true) or the user cancels (false).
    bool run(const std::function<QString()> &save);

private:
    QFormLayout *m_form;
    QLabel *m_problem;
};
