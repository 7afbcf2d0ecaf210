// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class ProjectDocument;
class QComboBox;
class QSpinBox;

// File → Report…: asks for the month and the unit (or 全市) of the monthly bulletin, then for
// where to save the PDF, and has core write it (MonthlyReport). Owned by its caller; GUI thread.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportDialog(ProjectDocument &document, QWidget *parent = nullptr);

    int year() const;
    int month() const;
    QString unit() const; // empty: every unit

    // Runs the whole exchange; returns the message for the status bar (empty when cancelled)
    // and reports a failure through `failed`.
    static QString run(ProjectDocument &document, QWidget *parent,
                       const std::function<void(const QString &)> &failed);

private:
    QSpinBox *m_year = nullptr;
    QSpinBox *m_month = nullptr;
    QComboBox *m_unit = nullptr;
};
