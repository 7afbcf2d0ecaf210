// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QMap>
#include <QSet>

class ProjectFile;
class ProjectDocument;
class QComboBox;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QListWidget;
class QTableWidget;

// Edits every field of one project (or a new one) with units and validation: amounts typed as
// "5亿", "8000万" or a number in the chosen unit, dates from a calendar (or empty), the lifecycle
// rules checked before anything is saved; shows and extends the project's activity log. Saving is
// one undoable command.
class ProjectEditor : public QDialog
{
    Q_OBJECT
public:
    ProjectEditor(ProjectDocument &document, qint64 fid, QWidget *parent = nullptr);
    qint64 fid() const { return m_fid; }

    void accept() override;

private:
    void load();
    void loadEvents();
    void addActivity();
    QVariantMap values(QString *problem) const;
    void fillParcels();
    QList<qint64> checkedParcels() const;

    ProjectFile &m_project;
    ProjectDocument &m_document;
    qint64 m_fid;
    QLineEdit *m_name, *m_investor, *m_chain, *m_investment, *m_foreign, *m_land, *m_output,
        *m_leadOfficial, *m_taskForce, *m_dropReason;
    QComboBox *m_investmentUnit, *m_investorType, *m_unit, *m_park, *m_stage;
    QMap<QString, QDateEdit *> m_dates; // milestone column → editor
    QCheckBox *m_confidential;
    QPlainTextEdit *m_notes;
    QTableWidget *m_events;
    QListWidget *m_parcels;
    QSet<qint64> m_linked; // parcels ticked, kept while the park filter changes
    QLabel *m_error;
};
