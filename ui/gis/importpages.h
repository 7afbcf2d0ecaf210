// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class CrsChooser;
class ImportWizard;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class QVBoxLayout;

// The pages of ImportWizard, in order. Each shows what core read or planned with the wizard's
// options and changes those options; none reads files or the project itself.

class ImportSourcePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportSourcePage(ImportWizard &wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void setPath(const QString &path); // also for tests: as if chosen in the file dialog

private:
    void browse(bool folder);
    void readSource();
    ImportWizard &m_wizard;
    QLineEdit *m_path;
    QComboBox *m_sourceLayer;
    QLabel *m_sourceLayerLabel;
    QComboBox *m_target;
    QComboBox *m_preset;
    QLabel *m_status;
};

class ImportAttributesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportAttributesPage(ImportWizard &wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void reread();
    void showPreview();
    ImportWizard &m_wizard;
    QComboBox *m_encoding;
    QLabel *m_encodingNote;
    QWidget *m_columns;
    QComboBox *m_x;
    QComboBox *m_y;
    QTableWidget *m_table;
    QLabel *m_status;
};

class ImportCrsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportCrsPage(ImportWizard &wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void reread();
    void showState();
    ImportWizard &m_wizard;
    QLabel *m_fileCrs;
    QCheckBox *m_choose;
    CrsChooser *m_chooser;
    QCheckBox *m_swap;
    QComboBox *m_offset;
    QVBoxLayout *m_checks;
    QWidget *m_checksBox;
    bool m_filling = false;
};

class ImportFieldsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFieldsPage(ImportWizard &wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void mappingChanged();
    void showValues();
    void savePreset();
    ImportWizard &m_wizard;
    QTableWidget *m_fields;
    QTableWidget *m_values;
    QLabel *m_valuesNote;
    QLineEdit *m_presetName;
    QPushButton *m_savePreset;
    QLabel *m_status;
    QStringList m_keys; // field key of each row of m_fields
    bool m_filling = false;
};

class ImportCheckPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportCheckPage(ImportWizard &wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    ImportWizard &m_wizard;
    QTextBrowser *m_report;
    bool m_planned = false;
};
