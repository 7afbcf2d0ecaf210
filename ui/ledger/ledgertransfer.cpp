// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ledger/ledgertransfer.h"

#include "core/project/projectdocument.h"

#include "core/ledger/ledgerexport.h"
#include "core/ledger/ledgerimport.h"
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

namespace {

// What a plan would do, in a sentence or two, with the first reasons rows are rejected.
QString summary(const LedgerImport::Report &report)
{
    QString text = LedgerTransfer::tr("Header in row %1. %2 row(s) can be imported, %3 rejected, "
                                      "%4 skipped.")
                       .arg(report.headerRow)
                       .arg(report.accepted)
                       .arg(report.rejected.size())
                       .arg(report.skipped.size());
    if (!report.events.source.isEmpty())
        text += QLatin1Char(' ')
                + LedgerTransfer::tr("Activity log (%1): %2 entries, %3 rejected.")
                      .arg(report.events.source)
                      .arg(report.events.accepted)
                      .arg(report.events.rejected.size());
    if (!report.bareAmountUnit.isEmpty())
        text += QLatin1Char(' ')
                + LedgerTransfer::tr("Plain numbers in the investment column are read as %1.")
                      .arg(report.bareAmountUnit);
    for (const auto &issue : report.rejected.mid(0, 3))
        text += QLatin1Char('\n')
                + LedgerTransfer::tr("Row %1 rejected: %2").arg(issue.row).arg(issue.reason);
    return text;
}

} // namespace

void LedgerTransfer::importLedger()
{
    const QString path = QFileDialog::getOpenFileName(m_parent, tr("Import ledger"), QString(),
                                                      tr("Spreadsheets (*.xlsx *.csv)"));
    if (path.isEmpty())
        return;
    // The file is read once; every question below only plans again, in memory.
    auto source = LedgerImport::read(path);
    if (!source)
        return fail(tr("Import ledger"), source.errorMessage());
    LedgerImport::Options options;
    options.author = tr("import");
    auto plan = LedgerImport::plan(m_project, *source, options);
    if (!plan)
        return fail(tr("Import ledger"), plan.errorMessage());
    auto replan = [&] {
        plan = LedgerImport::plan(m_project, *source, options);
        if (!plan)
            fail(tr("Import ledger"), plan.errorMessage());
        return plan.ok();
    };
    // Check the columns, perhaps from a saved preset, seeing what each mapping would import.
    if (!qEnvironmentVariableIsSet("INVESTATLAS_NO_DIALOGS")) {
        ImportMappingDialog mappingDialog(
            m_project, plan->report.headers, plan->report.mapping,
            [&](const ImportMappingDialog::Mapping &mapping) {
                LedgerImport::Options tried = options;
                tried.mapping = mapping;
                auto preview = LedgerImport::plan(m_project, *source, tried);
                return preview ? summary(preview->report) : preview.errorMessage();
            },
            m_parent);
        if (mappingDialog.exec() != QDialog::Accepted)
            return;
        options.mapping = mappingDialog.mapping();
        if (!replan())
            return;
    }
    if (!plan->report.unknownUnits.isEmpty()) {
        options.createUnits = QMessageBox::question(
                                  m_parent, tr("Import ledger"),
                                  tr("The sheet names units this project does not have yet:\n%1\n\n"
                                     "Add them? (No: their rows are rejected.)")
                                      .arg(plan->report.unknownUnits.join(QStringLiteral("、"))))
                              == QMessageBox::Yes;
        if (!replan())
            return;
    }
    QStringList details;
    for (const auto &issue : plan->report.rejected)
        details << tr("Row %1 rejected: %2").arg(issue.row).arg(issue.reason);
    for (const auto &issue : plan->report.skipped)
        details << tr("Row %1 skipped: %2").arg(issue.row).arg(issue.reason);
    for (const auto &issue : plan->report.events.rejected)
        details << tr("Activity log row %1 rejected: %2").arg(issue.row).arg(issue.reason);
    QMessageBox box(QMessageBox::Question, tr("Import ledger"),
                    summary(plan->report) + QStringLiteral("\n\n")
                        + tr("Import now? Duplicates of existing projects:"),
                    QMessageBox::Cancel, m_parent);
    box.setDetailedText(details.join(QLatin1Char('\n')));
    QPushButton *skip = box.addButton(tr("Import, skip duplicates"), QMessageBox::AcceptRole);
    QPushButton *update = box.addButton(tr("Import, update duplicates"), QMessageBox::AcceptRole);
    box.exec();
    if (box.clickedButton() != skip && box.clickedButton() != update)
        return;
    if (box.clickedButton() == update) {
        options.onDuplicate = LedgerImport::OnDuplicate::Update;
        if (!replan())
            return;
    }
    Status done = LedgerImport::apply(m_document, *plan);
    // Another program holds the project's write lock: say who, and try again when asked (with a
    // new plan: the other program may have changed the project meanwhile).
    while (!done && done.error().isBusy()
           && QMessageBox::warning(m_parent, tr("Import ledger"), done.errorMessage(),
                                   QMessageBox::Retry | QMessageBox::Cancel, QMessageBox::Retry)
                  == QMessageBox::Retry) {
        if (!replan())
            return;
        done = LedgerImport::apply(m_document, *plan);
    }
    if (!done)
        return fail(tr("Import ledger"), done.errorMessage());
    Q_EMIT message(
        tr("%1 project(s) imported (%2 new, %3 updated). Edit → Undo takes the whole import back.")
            .arg(plan->report.accepted)
            .arg(plan->report.created)
            .arg(plan->report.updated),
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
    // The save dialog asked about replacing the file; a CSV ledger's activity log goes with it.
    for (const QString &file : LedgerExport::files(path)) {
        if (QFileInfo::exists(file) && !QFile::remove(file))
            return fail(tr("Export ledger"),
                        tr("Cannot replace %1.").arg(QDir::toNativeSeparators(file)));
    }
    auto written = LedgerExport::write(m_project, filter, path);
    if (!written)
        return fail(tr("Export ledger"), written.errorMessage());
    Q_EMIT message(tr("Exported to %1: %2").arg(QDir::toNativeSeparators(path), written->summary()),
                   8000);
}
