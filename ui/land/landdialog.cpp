// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/land/landdialog.h"

#include "core/commands/parcelcommands.h"
#include "core/domain/domain.h"
#include "core/land/landgrading.h"
#include "core/land/landreport.h"
#include "core/project/lookups.h"
#include "core/project/projectdocument.h"
#include "core/project/projectnotifier.h"
#include "ui/widgets/scrollsafecombobox.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int kFidRole = Qt::UserRole + 1;

QString mu(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->setWordWrap(false);
    return t;
}

QTableWidgetItem *cell(const QString &text, qint64 fid = 0, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (fid)
        item->setData(kFidRole, fid);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

std::optional<double> optionalNumber(const QLineEdit *edit, bool *ok)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    return text.toDouble(ok);
}

} // namespace

LandDialog::LandDialog(ProjectDocument &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_year(new QSpinBox(this))
    , m_tabs(new QTabWidget(this))
    , m_units(nullptr)
    , m_candidates(table({tr("Parcel"), tr("Unit"), tr("Owner"), tr("Area (mu)"), tr("Tax per mu"),
                          tr("Grade"), tr("Why")},
                         this))
    , m_misses(table({tr("Parcel"), tr("Unit"), tr("Owner"), tr("Deadline"), tr("Figures of"),
                      tr("Investment intensity"), tr("Plot ratio"), tr("Tax per mu")},
                     this))
    , m_lineUnit(new ScrollSafeComboBox(this))
    , m_taxA(new QDoubleSpinBox(this))
    , m_taxB(new QDoubleSpinBox(this))
    , m_taxC(new QDoubleSpinBox(this))
    , m_outputA(new QLineEdit(this))
    , m_outputB(new QLineEdit(this))
    , m_outputC(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("LandDialog"));
    setWindowTitle(tr("Land: idle land and mu-average evaluation"));
    QStringList headers{tr("Unit")};
    for (const QString &category : Domain::codes(Domain::idleCategories()))
        headers << Domain::label(Domain::idleCategories(), category);
    headers << tr("Idle in all") << tr("Revitalised") << tr("Target") << tr("Reached")
            << QStringLiteral("A") << QStringLiteral("B") << QStringLiteral("C")
            << QStringLiteral("D") << tr("标准地 due") << tr("Below commitments");
    m_units = table(headers, this);
    m_units->setToolTip(tr("Idle and low-efficiency land in 亩 at the year's end (or today); "
                           "revitalised in the year against the unit's 盘活 target; parcels by "
                           "亩均 grade; 标准地 plots past their deadline and those below their "
                           "commitments."));

    m_year->setRange(2000, 2100);
    auto latest = Lookups::latestFigureYear(document.store());
    m_year->setValue(latest && *latest ? **latest : QDate::currentDate().year());
    connect(m_year, &QSpinBox::valueChanged, this, &LandDialog::reload);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year"), this));
    top->addWidget(m_year);
    top->addStretch();

    m_candidates->setToolTip(tr("Plots whose users pay little tax per mu or leave their land "
                                "idle: double-click one to see it on the map."));
    m_misses->setToolTip(tr("Committed against reached, per mu; double-click one to see it on "
                            "the map."));
    for (QTableWidget *list : {m_candidates, m_misses}) {
        connect(list, &QTableWidget::cellDoubleClicked, this, [this, list](int row) {
            if (QTableWidgetItem *item = list->item(row, 0))
                Q_EMIT parcelActivated(item->data(kFidRole).toLongLong());
        });
    }

    auto *linesPage = new QWidget(this);
    auto *lines = new QFormLayout(linesPage);
    for (QDoubleSpinBox *box : {m_taxA, m_taxB, m_taxC}) {
        box->setRange(0, 10000);
        box->setDecimals(1);
        box->setSuffix(tr(" (10k CNY per mu)"));
    }
    for (QLineEdit *edit : {m_outputA, m_outputB, m_outputC})
        edit->setPlaceholderText(tr("not used"));
    if (auto units = Lookups::units(document.store(), Lookups::Order::Name)) {
        for (const Lookups::Choice &u : *units)
            m_lineUnit->addItem(u.name, u.id);
    }
    connect(m_lineUnit, &QComboBox::currentIndexChanged, this, &LandDialog::loadLines);
    auto *explain
        = new QLabel(tr("A parcel or enterprise is A, B or C when its tax per mu reaches "
                        "that line (exactly on it counts), D below the C line. Defaults: "
                        "A 30, B 10, C 5 万元/亩 (亩税 5 万元以下整治, 亩均税收 10 万元以下处置). "
                        "With output lines, the lower of the two grades counts."),
                     this);
    explain->setWordWrap(true);
    lines->addRow(explain);
    lines->addRow(tr("Unit"), m_lineUnit);
    lines->addRow(tr("Tax line A"), m_taxA);
    lines->addRow(tr("Tax line B"), m_taxB);
    lines->addRow(tr("Tax line C"), m_taxC);
    lines->addRow(tr("Output line A"), m_outputA);
    lines->addRow(tr("Output line B"), m_outputB);
    lines->addRow(tr("Output line C"), m_outputC);
    auto *save = new QPushButton(tr("Save the unit's lines"), this);
    save->setObjectName(QStringLiteral("SaveLines"));
    connect(save, &QPushButton::clicked, this, &LandDialog::saveLines);
    lines->addRow(QString(), save);

    m_tabs->addTab(m_units, tr("Idle land by unit"));
    m_tabs->addTab(m_candidates, tr("腾笼换鸟 candidates"));
    m_tabs->addTab(m_misses, tr("标准地 below commitments"));
    m_tabs->addTab(linesPage, tr("Grade lines"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_message->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1000, 560);
    connect(&document.notifier(), &ProjectNotifier::changed, this, &LandDialog::applyChange);
    reload();
    loadLines();
}

int LandDialog::year() const
{
    return m_year->value();
}

void LandDialog::setYear(int year)
{
    m_year->setValue(year);
}

void LandDialog::applyChange(const ProjectChange &change)
{
    if (!change.touchesAny({QStringLiteral("parcels"), QStringLiteral("parcel_events"),
                            QStringLiteral("parcel_yearly"), QStringLiteral("land_grading"),
                            QStringLiteral("targets"), QStringLiteral("units"),
                            QStringLiteral("parks")})
        || m_reloadQueued)
        return;
    // An import touches thousands of rows in one change: read once, after it.
    m_reloadQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadQueued = false;
        reload();
        loadLines();
    });
}

void LandDialog::reload()
{
    m_message->clear();
    auto units = LandReport::units(m_document.store(), year());
    if (!units) {
        m_message->setText(units.errorMessage());
        return;
    }
    m_units->setRowCount(0);
    const QStringList categories = Domain::codes(Domain::idleCategories());
    for (const LandReport::Unit &u : *units) {
        const int r = m_units->rowCount();
        m_units->insertRow(r);
        int c = 0;
        m_units->setItem(r, c++, cell(u.name));
        for (const QString &category : categories)
            m_units->setItem(
                r, c++,
                cell(u.idleMu.contains(category) ? mu(u.idleMu.value(category)) : QString(), 0,
                     true));
        m_units->setItem(r, c++, cell(mu(u.idleTotalMu()), 0, true));
        m_units->setItem(r, c++, cell(mu(u.revitalisedMu), 0, true));
        m_units->setItem(r, c++, cell(u.targetMu ? mu(*u.targetMu) : QString(), 0, true));
        QTableWidgetItem *reached
            = cell(u.targetMu && *u.targetMu > 0
                       ? QStringLiteral("%1%").arg(std::round(u.revitalisedMu / *u.targetMu * 100))
                       : QString(),
                   0, true);
        if (u.targetMu && u.revitalisedMu < *u.targetMu)
            reached->setForeground(QColor(0xB0, 0x00, 0x20));
        m_units->setItem(r, c++, reached);
        for (const QString &grade : Domain::codes(Domain::grades()))
            m_units->setItem(r, c++, cell(QString::number(u.grades.value(grade)), 0, true));
        m_units->setItem(r, c++, cell(QString::number(u.standardDue), 0, true));
        m_units->setItem(r, c++, cell(QString::number(u.misses.size()), 0, true));
    }
    m_units->resizeColumnsToContents();

    m_candidates->setRowCount(0);
    if (auto list = LandGrading::candidates(m_document.store(), year())) {
        for (const LandGrading::Candidate &c : *list) {
            const int r = m_candidates->rowCount();
            m_candidates->insertRow(r);
            const auto &p = c.parcel;
            m_candidates->setItem(r, 0, cell(p.code, p.fid));
            m_candidates->setItem(r, 1, cell(p.unit));
            m_candidates->setItem(r, 2, cell(p.owner));
            m_candidates->setItem(r, 3, cell(mu(p.areaMu), 0, true));
            m_candidates->setItem(
                r, 4,
                cell(p.taxPerMu ? QLocale().toString(*p.taxPerMu, 'f', 1) : QString(), 0, true));
            m_candidates->setItem(r, 5, cell(p.grade));
            m_candidates->setItem(r, 6, cell(c.reasons.join(QStringLiteral("；"))));
        }
    } else {
        m_message->setText(list.errorMessage());
    }
    m_candidates->resizeColumnsToContents();

    m_misses->setRowCount(0);
    for (const LandReport::Unit &u : *units) {
        for (const LandGrading::CommitmentMiss &m : u.misses) {
            const int r = m_misses->rowCount();
            m_misses->insertRow(r);
            m_misses->setItem(r, 0, cell(m.code, m.fid));
            m_misses->setItem(r, 1, cell(m.unit));
            m_misses->setItem(r, 2, cell(m.owner));
            m_misses->setItem(r, 3, cell(m.committed.deadline.toString(Qt::ISODate)));
            m_misses->setItem(r, 4,
                              cell(m.actual.year ? QString::number(m.actual.year) : tr("none")));
            auto pair = [&](StandardLand::Item item, std::optional<double> promised,
                            std::optional<double> reached, int decimals) {
                if (!promised)
                    return cell(QString());
                const QLocale l;
                const bool missed = m.missed.contains(item);
                auto *it = cell(
                    tr("%1 / %2 %3")
                        .arg(l.toString(*promised, 'f', decimals),
                             reached ? l.toString(*reached, 'f', decimals) : QStringLiteral("—"),
                             missed ? QStringLiteral("✗") : QStringLiteral("✓")),
                    0, true);
                if (missed)
                    it->setForeground(QColor(0xB0, 0x00, 0x20));
                return it;
            };
            m_misses->setItem(r, 5,
                              pair(StandardLand::Item::Investment, m.committed.investmentPerMu,
                                   m.actual.investmentPerMu, 0));
            m_misses->setItem(
                r, 6, pair(StandardLand::Item::PlotRatio, m.committed.far, m.actual.far, 2));
            m_misses->setItem(
                r, 7, pair(StandardLand::Item::Tax, m.committed.taxPerMu, m.actual.taxPerMu, 1));
        }
    }
    m_misses->resizeColumnsToContents();
}

void LandDialog::loadLines()
{
    const QVariant unit = m_lineUnit->currentData();
    if (!unit.isValid())
        return;
    auto lines = Lookups::gradeThresholds(m_document.store(), unit.toLongLong());
    if (!lines) {
        m_message->setText(lines.errorMessage());
        return;
    }
    m_taxA->setValue(lines->taxA);
    m_taxB->setValue(lines->taxB);
    m_taxC->setValue(lines->taxC);
    auto text = [](std::optional<double> v) { return v ? QString::number(*v) : QString(); };
    m_outputA->setText(text(lines->outputA));
    m_outputB->setText(text(lines->outputB));
    m_outputC->setText(text(lines->outputC));
}

void LandDialog::saveLines()
{
    GradeThresholds lines;
    lines.taxA = m_taxA->value();
    lines.taxB = m_taxB->value();
    lines.taxC = m_taxC->value();
    bool ok = true;
    lines.outputA = optionalNumber(m_outputA, &ok);
    lines.outputB = optionalNumber(m_outputB, &ok);
    lines.outputC = optionalNumber(m_outputC, &ok);
    if (!ok) {
        m_message->setText(tr("An output line is not a number."));
        return;
    }
    if (Status done = ParcelCommands::setGradeThresholds(
            m_document, m_lineUnit->currentData().toLongLong(), lines);
        !done) {
        m_message->setText(done.errorMessage());
        return;
    }
    m_message->setText(tr("Grade lines of %1 saved; its parcels are regraded. Edit → Undo takes "
                          "them back.")
                           .arg(m_lineUnit->currentText()));
}
