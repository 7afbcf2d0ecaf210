// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/targetsdialog.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/scrollsafecombobox.h"

#include "core/domain/valueparsers.h"
#include "core/project/lookups.h"
#include "core/project/projectdocument.h"
#include "core/stats/metrics.h"
#include "core/stats/targets.h"
#include "core/storage/projectfile.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

TargetsDialog::TargetsDialog(ProjectDocument &document, int year, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_year(new QSpinBox(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Targets"));
    m_year->setRange(1950, 2100);
    m_year->setValue(year);
    m_table->setHorizontalHeaderLabels(
        {tr("Unit"), tr("Metric"), tr("Target"), tr("Measure"), tr("Source")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_error->setStyleSheet(QStringLiteral("color:#B00020"));
    m_error->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year"), this));
    top->addWidget(m_year);
    top->addStretch(1);
    auto *add = new QPushButton(tr("Add…"), this);
    auto *edit = new QPushButton(tr("Change…"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *import = new QPushButton(tr("Import file…"), this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, edit, remove, import})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(close);

    if (document.store().isReadOnly()) {
        for (QPushButton *b : {add, edit, remove, import})
            b->setEnabled(false);
        top->addWidget(
            new QLabel(tr("Read only: %1").arg(document.store().readOnlyReason()), this));
    }
    connect(m_year, &QSpinBox::valueChanged, this, &TargetsDialog::reload);
    connect(add, &QPushButton::clicked, this, [this] { editTarget(-1); });
    connect(edit, &QPushButton::clicked, this, [this] { editTarget(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { editTarget(row); });
    connect(remove, &QPushButton::clicked, this, &TargetsDialog::removeTarget);
    connect(import, &QPushButton::clicked, this, [this] {
        if (importSheet(this, m_document, tr("Import targets"), &TargetImport::run))
            reload();
    });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 520);
    reload();
}

void TargetsDialog::reload()
{
    m_table->setRowCount(0);
    auto rows = Targets::list(m_document.store(), m_year->value());
    if (!rows) {
        m_error->setText(rows.errorMessage());
        return;
    }
    const QLocale locale;
    for (const Targets::Row &t : *rows) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const Metrics::Metric *metric = Metrics::find(t.metric);
        auto *unit = new QTableWidgetItem(t.unit);
        unit->setData(Qt::UserRole, t.unitFid);
        auto *name = new QTableWidgetItem(metric ? Metrics::name(*metric) : t.metric);
        name->setData(Qt::UserRole, t.metric);
        name->setToolTip(metric ? Metrics::definition(*metric) : QString());
        auto *value
            = new QTableWidgetItem(locale.toString(t.value, 'f', QLocale::FloatingPointShortest));
        value->setData(Qt::UserRole, t.value);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 0, unit);
        m_table->setItem(r, 1, name);
        m_table->setItem(r, 2, value);
        m_table->setItem(r, 3, new QTableWidgetItem(t.measure));
        m_table->setItem(r, 4, new QTableWidgetItem(t.source));
    }
    m_table->resizeColumnsToContents();
    m_error->setText(rows->isEmpty() ? tr("No targets for %1.").arg(m_year->value()) : QString());
}

void TargetsDialog::editTarget(int row)
{
    if (row >= 0 && !m_table->item(row, 0))
        return;
    FormDialog dialog(row < 0 ? tr("Add target") : tr("Change target"), this);
    auto *unit = new ScrollSafeComboBox(&dialog);
    auto units = Lookups::units(m_document.store(), Lookups::Order::Name);
    if (units)
        for (const Lookups::Choice &u : *units)
            unit->addItem(u.name, u.id);
    auto *metric = new ScrollSafeComboBox(&dialog);
    for (const Metrics::Metric &m : Metrics::all())
        metric->addItem(QStringLiteral("%1 (%2)").arg(Metrics::name(m), Metrics::measure(m)),
                        QLatin1String(m.id));
    auto *value = new QLineEdit(&dialog);
    auto *source = new QLineEdit(&dialog);
    source->setPlaceholderText(tr("e.g. the document that sets it"));
    if (row >= 0) {
        unit->setCurrentIndex(unit->findData(m_table->item(row, 0)->data(Qt::UserRole)));
        const QString id = m_table->item(row, 1)->data(Qt::UserRole).toString();
        if (metric->findData(id) < 0)
            metric->addItem(id, id); // an alias, as the file spelled it
        metric->setCurrentIndex(metric->findData(id));
        unit->setEnabled(false);
        metric->setEnabled(false);
        value->setText(
            QString::number(m_table->item(row, 2)->data(Qt::UserRole).toDouble(), 'g', 12));
        source->setText(m_table->item(row, 4)->text());
    }
    dialog.form()->addRow(tr("Unit"), unit);
    dialog.form()->addRow(tr("Metric"), metric);
    dialog.form()->addRow(tr("Target for %1").arg(m_year->value()), value);
    dialog.form()->addRow(tr("Source"), source);
    const bool saved = dialog.run([&]() -> QString {
        bool ok = false;
        double number = QLocale().toDouble(value->text().trimmed(), &ok);
        if (!ok)
            number = QLocale::c().toDouble(value->text().trimmed(), &ok);
        if (!ok || number < 0 || !std::isfinite(number))
            return tr("The target is a number of zero or more.");
        if (unit->currentIndex() < 0)
            return tr("The project has no units.");
        const Status done
            = Targets::set(m_document, unit->currentData().toLongLong(), m_year->value(),
                           metric->currentData().toString(), number, source->text());
        return done ? QString() : done.errorMessage();
    });
    if (saved)
        reload();
}

void TargetsDialog::removeTarget()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0)) {
        m_error->setText(tr("Choose the target to remove."));
        return;
    }
    if (Status done = Targets::set(
            m_document, m_table->item(row, 0)->data(Qt::UserRole).toLongLong(), m_year->value(),
            m_table->item(row, 1)->data(Qt::UserRole).toString(), std::nullopt);
        !done)
        m_error->setText(done.errorMessage());
    reload();
}

bool TargetsDialog::importSheet(QWidget *parent, ProjectDocument &document, const QString &title,
                                ImportRun run)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, title, QString(), tr("Spreadsheets (*.csv *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return false;
    auto planned = run(document, path, true);
    if (!planned) {
        QMessageBox::warning(parent, title, planned.errorMessage());
        return false;
    }
    if (!planned->rejected.isEmpty()) {
        QStringList lines;
        for (const TargetImport::Issue &issue : planned->rejected.mid(0, 15))
            lines << tr("Row %1: %2").arg(issue.row).arg(issue.reason);
        if (planned->rejected.size() > 15)
            lines << tr("… and %n more.", nullptr, int(planned->rejected.size() - 15));
        QMessageBox::warning(parent, title,
                             tr("%1: %n row(s) cannot be imported, so nothing was imported. "
                                "Correct them and import again.\n\n%2",
                                nullptr, int(planned->rejected.size()))
                                 .arg(QFileInfo(path).fileName(), lines.join(QLatin1Char('\n'))));
        return false;
    }
    if (planned->created + planned->updated == 0) {
        QMessageBox::information(
            parent, title,
            tr("%1: everything in it is already in the project.").arg(QFileInfo(path).fileName()));
        return false;
    }
    if (QMessageBox::question(parent, title,
                              tr("%1: %2 new, %3 changed, %4 unchanged. Import? (Edit → Undo "
                                 "takes it back.)")
                                  .arg(QFileInfo(path).fileName())
                                  .arg(planned->created)
                                  .arg(planned->updated)
                                  .arg(planned->unchanged))
        != QMessageBox::Yes)
        return false;
    auto done = run(document, path, false);
    if (!done || !done->written) {
        QMessageBox::warning(parent, title,
                             done ? tr("Nothing was imported.") : done.errorMessage());
        return false;
    }
    return true;
}
