// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gis/boundarydialog.h"

#include "core/project/projectdocument.h"
#include "ui/widgets/scrollsafecombobox.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

BoundaryDialog::BoundaryDialog(ProjectDocument &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_bundled(new QRadioButton(tr("Zhejiang county boundaries (built in)"), this))
    , m_file(new QRadioButton(tr("From a file:"), this))
    , m_path(new QLineEdit(this))
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("BoundaryDialog"));
    setWindowTitle(tr("Fill in unit boundaries"));
    m_table->setObjectName(QStringLiteral("BoundaryTable"));
    m_status->setObjectName(QStringLiteral("BoundaryStatus"));
    m_status->setWordWrap(true);
    m_path->setReadOnly(true);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Unit"), tr("Boundary"), tr("Matched by")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *choose = new QPushButton(tr("Choose…"), this);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, windowTitle(), QString(),
            tr("GIS files (*.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz *.gml);;All files (*)"));
        if (!path.isEmpty())
            useFile(path);
    });
    connect(m_bundled, &QRadioButton::clicked, this, &BoundaryDialog::useBundled);
    connect(m_file, &QRadioButton::clicked, this, [this, choose] {
        if (m_path->text().isEmpty())
            choose->click();
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Fill in"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("FillButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BoundaryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *intro = new QLabel(tr("Units without a boundary (made by a ledger import, or new) are "
                                "not on the map. Each can take the boundary of its county, "
                                "matched by administrative code, else by name."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_bundled);
    layout->addLayout(fileRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(620, 520);

    auto units = UnitBoundaries::withoutBoundary(document.store());
    if (units)
        m_units = *units;
    else
        m_status->setText(units.errorMessage());
    m_bundled->setChecked(true);
    useBundled();
}

void BoundaryDialog::useBundled()
{
    m_bundled->setChecked(true);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto boundaries = UnitBoundaries::bundled();
    QApplication::restoreOverrideCursor();
    m_boundaries = boundaries ? *boundaries : QList<UnitBoundaries::Boundary>();
    showProposals();
    if (!boundaries)
        m_status->setText(boundaries.errorMessage());
}

void BoundaryDialog::useFile(const QString &path)
{
    m_file->setChecked(true);
    m_path->setText(QDir::toNativeSeparators(path));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto boundaries = UnitBoundaries::fromFile(path);
    QApplication::restoreOverrideCursor();
    m_boundaries = boundaries ? *boundaries : QList<UnitBoundaries::Boundary>();
    showProposals();
    if (!boundaries)
        m_status->setText(boundaries.errorMessage());
}

void BoundaryDialog::showProposals()
{
    const QList<UnitBoundaries::Match> matches = UnitBoundaries::match(m_units, m_boundaries);
    // The boundaries to choose from, by city and name.
    QList<int> order;
    for (int i = 0; i < m_boundaries.size(); ++i)
        order << i;
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        return std::pair(m_boundaries[a].city, m_boundaries[a].name)
               < std::pair(m_boundaries[b].city, m_boundaries[b].name);
    });
    m_table->setRowCount(int(m_units.size()));
    int proposed = 0;
    for (int row = 0; row < m_units.size(); ++row) {
        const UnitBoundaries::Unit &unit = m_units[row];
        m_table->setItem(row, 0,
                         new QTableWidgetItem(unit.adcode.isEmpty() ? unit.name
                                                                    : QStringLiteral("%1 (%2)").arg(
                                                                        unit.name, unit.adcode)));
        auto *box = new ScrollSafeComboBox(m_table);
        box->addItem(tr("(none)"), -1);
        for (int i : std::as_const(order)) {
            const UnitBoundaries::Boundary &b = m_boundaries[i];
            box->addItem(b.city.isEmpty() ? b.name : QStringLiteral("%1 · %2").arg(b.city, b.name),
                         i);
        }
        box->setCurrentIndex(std::max(0, box->findData(matches[row].boundary)));
        m_table->setCellWidget(row, 1, box);
        const QString by = matches[row].by == QLatin1String("adcode") ? tr("administrative code")
                           : matches[row].by == QLatin1String("name") ? tr("name")
                                                                      : tr("not found");
        m_table->setItem(row, 2, new QTableWidgetItem(by));
        proposed += matches[row].boundary >= 0;
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
    m_status->setText(m_units.isEmpty() ? tr("Every unit of the project has a boundary.")
                                        : tr("%1 of %2 unit(s) without a boundary have a proposal.")
                                              .arg(proposed)
                                              .arg(m_units.size()));
}

void BoundaryDialog::accept()
{
    QList<UnitBoundaries::Match> chosen;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const int boundary
            = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1))->currentData().toInt();
        if (boundary >= 0)
            chosen << UnitBoundaries::Match{m_units[row].fid, boundary, QStringLiteral("user")};
    }
    auto done = UnitBoundaries::apply(m_document, chosen, m_boundaries);
    if (!done) {
        m_status->setText(done.errorMessage());
        return;
    }
    m_filled = *done;
    QDialog::accept();
}
