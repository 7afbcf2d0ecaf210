// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QMap>

class ProjectFile;
class QComboBox;
class QLineEdit;
class QTableWidget;

// Lets the user check and change which spreadsheet column feeds which ledger field before an
// import, load a saved mapping preset, and save the mapping as a preset in the project.
class ImportMappingDialog : public QDialog
{
    Q_OBJECT
public:
    using Mapping = QMap<QString, QString>; // field → header text

    ImportMappingDialog(ProjectFile &project, const QStringList &headers, const Mapping &guessed,
                        QWidget *parent = nullptr);
    Mapping mapping() const;
    void accept() override;

private:
    void show(const Mapping &mapping);

    ProjectFile &m_project;
    QStringList m_headers;
    QTableWidget *m_table;
    QComboBox *m_presets;
    QLineEdit *m_presetName;
};
