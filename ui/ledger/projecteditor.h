// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "ui/widgets/fieldinputs.h"

#include <QDialog>
#include <QList>
#include <QSet>
#include <QVariant>

class ProjectFile;
class ProjectDocument;
class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;

// Edits every field of one project (or a new one), as the field catalogue describes them: amounts
// typed as "5亿", "8000万" or a number in the chosen unit, dates typed (2023-01-01, 20230101) or
// picked from a calendar (or left empty), choices from the code lists and the project's units and
// parks; the lifecycle rules are checked before anything is saved. Shows and extends the project's
// activity log (with follow-up dates), its linked parcels and the funds arrived month by month.
// Saving is one undoable command; an activity or a month of funds is its own undoable step.
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
    void loadFunds();
    void recordFunds();
    void removeFunds();
    void fillParcels();
    QList<qint64> checkedParcels() const;
    void showLandNeed();

    ProjectFile &m_project;
    ProjectDocument &m_document;
    qint64 m_fid;
    FieldInputs m_inputs;
    QComboBox *m_park = nullptr; // its parcels are offered for linking
    QTableWidget *m_events;
    QTableWidget *m_funds;
    QListWidget *m_parcels;
    QSet<qint64> m_linked; // parcels ticked, kept while the park filter changes
    QLabel *m_landNeed;
    QLabel *m_error;
};
