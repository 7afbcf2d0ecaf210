// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/gis/unitboundaries.h"

#include <QDialog>

class ProjectDocument;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableWidget;

// Edit → Fill in unit boundaries…: lists the units that have no boundary with the boundary
// proposed for each (the bundled Zhejiang counties, or a file the user chooses), lets the user
// change or drop a proposal, and fills them in as one undoable step (UnitBoundaries).
class BoundaryDialog : public QDialog
{
    Q_OBJECT
public:
    BoundaryDialog(ProjectDocument &document, QWidget *parent = nullptr);
    void accept() override;
    int filled() const { return m_filled; }
    // For tests and the file button: proposals from another source.
    void useFile(const QString &path);
    void useBundled();

private:
    void showProposals();

    ProjectDocument &m_document;
    QList<UnitBoundaries::Unit> m_units;
    QList<UnitBoundaries::Boundary> m_boundaries;
    QRadioButton *m_bundled;
    QRadioButton *m_file;
    QLineEdit *m_path;
    QTableWidget *m_table;
    QLabel *m_status;
    int m_filled = 0;
};
