// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stats/targetimport.h"

#include <QDialog>

class ProjectDocument;
class QSpinBox;
class QTableWidget;
class QLabel;

// The units' yearly targets of one year in a table: add, change or remove one (each an undoable
// step), or import a file of them in the published targets format. What the dashboard measures.
class TargetsDialog : public QDialog
{
    Q_OBJECT
public:
    TargetsDialog(ProjectDocument &document, int year, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    void reload();

    // Imports a sheet with `run` (TargetImport::run, FundsImport::run): a dry run first; rejected
    // rows are listed and nothing is written; otherwise the user confirms and it is applied as one
    // undoable step. Returns whether anything was written.
    using ImportRun = Result<TargetImport::Report> (*)(ProjectDocument &, const QString &, bool);
    static bool importSheet(QWidget *parent, ProjectDocument &document, const QString &title,
                            ImportRun run);

private:
    void editTarget(int row); // -1: a new one
    void removeTarget();

    ProjectDocument &m_document;
    QSpinBox *m_year;
    QTableWidget *m_table;
    QLabel *m_error;
};
