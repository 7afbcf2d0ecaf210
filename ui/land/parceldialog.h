// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/fieldinputs.h"

#include <QDialog>

class DateEdit;
class ProjectChange;
class ProjectDocument;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

// One parcel's life and attributes: its status changed on a date (only the steps the lifecycle
// allows are offered), idle or low-efficiency land found or revitalised on a date, its history,
// its attributes and 标准地 commitments as the field catalogue describes them, and its figures by
// year. Every button is one undoable command (ParcelCommands); the dialog follows the project's
// changes, so an undo in the main window shows here at once.
class ParcelDialog : public QDialog
{
    Q_OBJECT
public:
    ParcelDialog(ProjectDocument &document, qint64 fid, QWidget *parent = nullptr);
    qint64 fid() const { return m_fid; }

    // For tests and the map tools: the same as the buttons.
    bool changeStatus(const QString &status, const QDate &date, const QString &note = {});
    bool setCategory(const QString &category, const QDate &date);
    QString message() const; // the last problem or confirmation shown

private:
    void load();
    void showProblem(const QString &text);
    void saveAttributes();
    void saveYear();
    void removeYear();
    void applyChange(const ProjectChange &change);

    ProjectDocument &m_document;
    qint64 m_fid;
    QString m_status, m_category;
    QLabel *m_current;
    QComboBox *m_newStatus;
    DateEdit *m_statusDate;
    QLineEdit *m_note;
    QComboBox *m_newCategory;
    DateEdit *m_categoryDate;
    QPushButton *m_record;
    QPushButton *m_revitalise;
    QTableWidget *m_history;
    FieldInputs m_attributes;
    QTableWidget *m_years;
    QSpinBox *m_year;
    QLineEdit *m_tax, *m_output, *m_investment, *m_far;
    QLabel *m_message;
};
