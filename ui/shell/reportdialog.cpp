// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/reportdialog.h"

#include "core/project/lookups.h"
#include "core/project/projectdocument.h"
#include "core/report/monthlyreport.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QSpinBox>

ReportDialog::ReportDialog(ProjectDocument &document, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Monthly report"));
    // The last month that has ended.
    const QDate last = QDate::currentDate().addMonths(-1);
    m_year = new QSpinBox(this);
    m_year->setRange(1950, 2100);
    m_year->setValue(last.year());
    m_month = new QSpinBox(this);
    m_month->setRange(1, 12);
    m_month->setValue(last.month());
    m_unit = new QComboBox(this);
    m_unit->addItem(tr("All units"), QString());
    if (auto units = Lookups::units(document.store(), Lookups::Order::Key)) {
        for (const Lookups::Choice &choice : *units)
            m_unit->addItem(choice.name, choice.name);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Year:"), m_year);
    form->addRow(tr("Month:"), m_month);
    form->addRow(tr("Unit:"), m_unit);
    form->addRow(buttons);
}

int ReportDialog::year() const
{
    return m_year->value();
}

int ReportDialog::month() const
{
    return m_month->value();
}

QString ReportDialog::unit() const
{
    return m_unit->currentData().toString();
}

QString ReportDialog::run(ProjectDocument &document, QWidget *parent,
                          const std::function<void(const QString &)> &failed)
{
    ReportDialog dialog(document, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const QString suggested = QFileInfo(document.path())
                                  .dir()
                                  .filePath(QStringLiteral("%1-%2.pdf")
                                                .arg(dialog.year())
                                                .arg(dialog.month(), 2, 10, QLatin1Char('0')));
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save the monthly report"),
                                                      suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return {};
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto summary = MonthlyReport::write(document.store(), dialog.year(), dialog.month(),
                                        dialog.unit(), path);
    QGuiApplication::restoreOverrideCursor();
    if (!summary) {
        failed(tr("The report could not be written: %1").arg(summary.errorMessage()));
        return {};
    }
    return tr("Report written: %1 (%2 pages).")
        .arg(QDir::toNativeSeparators(path))
        .arg(summary->pages);
}
