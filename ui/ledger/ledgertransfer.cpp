// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ledger/ledgertransfer.h"

#include "core/project/projectdocument.h"

#include "core/ledger/ledgerexport.h"
#include "core/ledger/ledgerimport.h"
#include "core/storage/projectfile.h"
#include "ui/ledger/importmappingdialog.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QWidget>

LedgerTransfer::LedgerTransfer(ProjectDocument &document, QWidget *parent)
    : QObject(parent)
    , m_project(document.store())
    , m_document(document)
    , m_parent(parent)
{}

void LedgerTransfer::importLedger()
{
    const QString path = QFileDialog::getOpenFileName(m_parent, tr("Import ledger"), QString(),
                                                      tr("Spreadsheets (*.xlsx *.csv)"));
    if (path.isEmpty())
        return;
    LedgerImport::Options options;
    options.dryRun = true;
    options.author = tr("import");
    auto preview = LedgerImport::run(m_document, path, options);
    if (!preview) {
        fail(tr("Import ledger"), preview.errorMessage());
        return;
    }
    // Check the columns, perhaps from a saved preset, then preview again with that mapping.
    ImportMappingDialog mappingDialog(m_project, preview->headers, preview->mapping, m_parent);
    if (!qEnvironmentVariableIsSet("INVESTATLAS_NO_DIALOGS")) {
        if (mappingDialog.exec() != QDialog::Accepted)
            return;
        options.mapping = mappingDialog.mapping();
        preview = LedgerImport::run(m_document, path, options);
        if (!preview)
            return fail(tr("Import ledger"), preview.errorMessage());
    }
    if (!preview->unknownUnits.isEmpty()) {
        options.createUnits = QMessageBox::question(
                                  m_parent, tr("Import ledger"),
                                  tr("The sheet names units this project does not have yet:\n%1\n\n"
                                     "Add them? (No: their rows are rejected.)")
                                      .arg(preview->unknownUnits.join(QStringLiteral("、"))))
                              == QMessageBox::Yes;
        preview = LedgerImport::run(m_document, path, options);
        if (!preview)
            return fail(tr("Import ledger"), preview.errorMessage());
    }
    QStringList details;
    for (const auto &issue : preview->rejected)
        details << tr("Row %1 rejected: %2").arg(issue.row).arg(issue.reason);
    for (const auto &issue : preview->skipped)
        details << tr("Row %1 skipped: %2").arg(issue.row).arg(issue.reason);
    QMessageBox box(QMessageBox::Question, tr("Import ledger"),
                    tr("Header in row %1. %2 row(s) can be imported, %3 rejected, %4 skipped.%5\n\n"
                       "Import now? Duplicates of existing projects:")
                        .arg(preview->headerRow)
                        .arg(preview->accepted)
                        .arg(preview->rejected.size())
                        .arg(preview->skipped.size())
                        .arg(preview->bareAmountUnit.isEmpty()
                                 ? QString()
                                 : tr(" Plain numbers in the investment column are read as %1.")
                                       .arg(preview->bareAmountUnit)),
                    QMessageBox::Cancel, m_parent);
    box.setDetailedText(details.join(QLatin1Char('\n')));
    QPushButton *skip = box.addButton(tr("Import, skip duplicates"), QMessageBox::AcceptRole);
    QPushButton *update = box.addButton(tr("Import, update duplicates"), QMessageBox::AcceptRole);
    box.exec();
    if (box.clickedButton() != skip && box.clickedButton() != update)
        return;
    options.dryRun = false;
    options.onDuplicate = box.clickedButton() == update ? LedgerImport::OnDuplicate::Update
                                                        : LedgerImport::OnDuplicate::Skip;
    auto report = LedgerImport::run(m_document, path, options);
    if (!report)
        return fail(tr("Import ledger"), report.errorMessage());
    Q_EMIT message(
        tr("%1 project(s) imported (%2 new, %3 updated). Edit → Undo takes the whole import back.")
            .arg(report->accepted)
            .arg(report->created)
            .arg(report->updated),
        10000);
}

void LedgerTransfer::exportLedger(const ProjectFilter &filter)
{
    QString path = QFileDialog::getSaveFileName(m_parent, tr("Export ledger"), QString(),
                                                tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return fail(tr("Export ledger"),
                    tr("Cannot replace %1.").arg(QDir::toNativeSeparators(path)));
    auto written = LedgerExport::write(m_project, filter, path);
    if (!written)
        return fail(tr("Export ledger"), written.errorMessage());
    Q_EMIT message(
        tr("%1 project(s) exported to %2.").arg(*written).arg(QDir::toNativeSeparators(path)),
        8000);
}
