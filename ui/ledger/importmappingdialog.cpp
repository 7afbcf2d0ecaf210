// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ledger/importmappingdialog.h"
#include "ui/widgets/scrollsafecombobox.h"

#include "core/ledger/importpresets.h"
#include "core/ledger/ledgerimport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableWidget>
#include <QVBoxLayout>

ImportMappingDialog::ImportMappingDialog(ProjectFile &project, const QStringList &headers,
                                         const Mapping &guessed, Preview preview, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_headers(headers)
    , m_table(new QTableWidget(int(headers.size()), 2, this))
    , m_presets(new QComboBox(this))
    , m_presetName(new QLineEdit(this))
    , m_preview(std::move(preview))
    , m_previewText(new QLabel(this))
{
    setWindowTitle(tr("Spreadsheet columns"));
    m_table->setHorizontalHeaderLabels({tr("Column in the sheet"), tr("Ledger field")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    for (int r = 0; r < headers.size(); ++r) {
        auto *item = new QTableWidgetItem(headers[r].isEmpty() ? tr("(empty)") : headers[r]);
        item->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(r, 0, item);
        auto *field = new ScrollSafeComboBox(m_table);
        field->addItem(tr("(not imported)"), QString());
        for (const QString &f : LedgerImport::fields())
            field->addItem(LedgerImport::fieldLabel(f), f);
        m_table->setCellWidget(r, 1, field);
        connect(field, &QComboBox::currentIndexChanged, this, &ImportMappingDialog::updatePreview);
    }
    m_table->resizeColumnToContents(0);
    m_presets->addItem(tr("(guessed from the headers)"));
    if (auto names = ImportPresets::names(project))
        m_presets->addItems(*names);
    connect(m_presets, &QComboBox::currentIndexChanged, this, [this, guessed](int index) {
        if (index == 0) {
            showMapping(guessed);
        } else if (auto preset = ImportPresets::load(m_project, m_presets->currentText())) {
            showMapping(*preset);
        }
    });
    m_presetName->setPlaceholderText(tr("e.g. 青田县月报"));
    auto *form = new QFormLayout;
    form->addRow(tr("Mapping"), m_presets);
    form->addRow(tr("Save as preset"), m_presetName);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportMappingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Check which column holds what. Columns not imported are ignored."), this));
    layout->addWidget(m_table);
    m_previewText->setWordWrap(true);
    layout->addWidget(m_previewText);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 560);
    showMapping(guessed);
}

void ImportMappingDialog::showMapping(const Mapping &mapping)
{
    for (int r = 0; r < m_headers.size(); ++r) {
        auto *field = qobject_cast<QComboBox *>(m_table->cellWidget(r, 1));
        QSignalBlocker block(field); // one preview for the whole mapping
        field->setCurrentIndex(0);
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
            if (it.value() == m_headers[r])
                field->setCurrentIndex(std::max(0, field->findData(it.key())));
        }
    }
    updatePreview();
}

void ImportMappingDialog::updatePreview()
{
    const Mapping current = mapping();
    m_previewText->setText(!current.contains(QStringLiteral("name"))
                               ? tr("Choose the column that holds the project name.")
                           : m_preview ? m_preview(current)
                                       : QString());
}

ImportMappingDialog::Mapping ImportMappingDialog::mapping() const
{
    Mapping result;
    for (int r = 0; r < m_headers.size(); ++r) {
        const QString field
            = qobject_cast<QComboBox *>(m_table->cellWidget(r, 1))->currentData().toString();
        if (!field.isEmpty() && !m_headers[r].isEmpty())
            result.insert(field, m_headers[r]);
    }
    return result;
}

void ImportMappingDialog::accept()
{
    if (!mapping().contains(QStringLiteral("name"))) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Choose the column that holds the project name."));
        return;
    }
    if (!m_presetName->text().trimmed().isEmpty()) {
        if (Status saved = ImportPresets::save(m_project, m_presetName->text(), mapping());
            !saved) {
            QMessageBox::warning(this, windowTitle(), saved.errorMessage());
            return;
        }
    }
    QDialog::accept();
}
