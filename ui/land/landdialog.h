// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class ProjectChange;
class ProjectDocument;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTabWidget;

// The land of every unit for a year (LandReport): idle and low-efficiency land by category,
// revitalised against the 盘活 target, the parcels' 亩均 grades and the 标准地 plots below their
// commitments; the 腾笼换鸟 candidates (LandGrading); and each unit's grade lines, which can be
// changed (one undoable step, its parcels regraded). A double-click on a parcel asks for it on
// the map (parcelActivated). Follows the project's changes. Not modal: it stays open beside the
// map.
class LandDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LandDialog(ProjectDocument &document, QWidget *parent = nullptr);

    int year() const;
    void setYear(int year);
    QTableWidget *unitTable() const { return m_units; }
    QTableWidget *candidateTable() const { return m_candidates; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void parcelActivated(qint64 fid);

private:
    void reload();
    void loadLines();
    void saveLines();
    void applyChange(const ProjectChange &change);

    ProjectDocument &m_document;
    QSpinBox *m_year;
    QTabWidget *m_tabs;
    QTableWidget *m_units;
    QTableWidget *m_candidates;
    QTableWidget *m_misses;
    QComboBox *m_lineUnit;
    QDoubleSpinBox *m_taxA, *m_taxB, *m_taxC;
    QLineEdit *m_outputA, *m_outputB, *m_outputC;
    QLabel *m_message;
    bool m_reloadQueued = false;
};
