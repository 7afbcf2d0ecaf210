// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class ProjectDocument;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

// 精准匹配 for one project: its needs (from its ledger row, all changeable: area range, land use,
// chain, preferred unit and park, maximum price, the 标准地 commitments it can meet), the parcels
// ranked with their score and reasons (ParcelMatch), adjacent plots that fit together, and
// "Assign to project", which links the chosen parcels in one undoable step and says when the
// land linked differs from the land the project needs (302 亩 needed, 144 亩 linked).
// Candidates are shown on the map through the signals.
class MatchDialog : public QDialog
{
    Q_OBJECT
public:
    MatchDialog(ProjectDocument &document, qint64 projectFid, QWidget *parent = nullptr);

    void find();
    // Links the parcels of the selected row to the project; false (message shown) on failure.
    bool assignSelected();
    QTableWidget *results() const { return m_results; }
    QString message() const;

Q_SIGNALS:
    void candidatesFound(const QList<qint64> &fids); // every candidate, to highlight
    void candidateChosen(const QList<qint64> &fids); // the selected row, to show

private:
    void showNeed();
    QList<qint64> selectedFids() const;

    ProjectDocument &m_document;
    qint64 m_project;
    QDoubleSpinBox *m_min, *m_max;
    QComboBox *m_use, *m_unit, *m_park;
    QLineEdit *m_chain, *m_maxPrice, *m_investment, *m_far, *m_tax;
    QDoubleSpinBox *m_adjacent;
    QTableWidget *m_results;
    QLabel *m_reasons; // the selected row's reasons, one a line
    QLabel *m_need;
    QLabel *m_message;
};
