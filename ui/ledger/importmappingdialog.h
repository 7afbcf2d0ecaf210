// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QMap>

#include <functional>

class ProjectFile;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

// Lets the user check and change which spreadsheet column feeds which ledger field before an
// import, load a saved mapping preset, and save the mapping as a preset in the project. Below the
// columns it shows what the import would do with the mapping as it stands (the caller plans it).
class ImportMappingDialog : public QDialog
{
    Q_OBJECT
public:
    using Mapping = QMap<QString, QString>; // field → header text
    using Preview = std::function<QString(const Mapping &)>;

    ImportMappingDialog(ProjectFile &project, const QStringList &headers, const Mapping &guessed,
                        Preview preview, QWidget *parent = nullptr);
    Mapping mapping() const;
    void accept() override;

private:
    void showMapping(const Mapping &mapping);
    void updatePreview();

    ProjectFile &m_project;
    QStringList m_headers;
    QTableWidget *m_table;
    QComboBox *m_presets;
    QLineEdit *m_presetName;
    Preview m_preview;
    QLabel *m_previewText;
};
