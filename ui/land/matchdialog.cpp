// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/land/matchdialog.h"

#include "core/commands/parcelcommands.h"
#include "core/domain/domain.h"
#include "core/land/parcelmatch.h"
#include "core/project/lookups.h"
#include "core/project/projectdocument.h"
#include "ui/widgets/scrollsafecombobox.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int kFidsRole = Qt::UserRole + 1;

QString mu(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

std::optional<double> number(const QLineEdit *edit)
{
    bool ok = false;
    const double v = edit->text().trimmed().toDouble(&ok);
    return ok && v >= 0 ? std::optional<double>(v) : std::nullopt;
}

} // namespace

MatchDialog::MatchDialog(ProjectDocument &document, qint64 projectFid, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_project(projectFid)
    , m_min(new QDoubleSpinBox(this))
    , m_max(new QDoubleSpinBox(this))
    , m_use(new ScrollSafeComboBox(this))
    , m_unit(new ScrollSafeComboBox(this))
    , m_park(new ScrollSafeComboBox(this))
    , m_chain(new QLineEdit(this))
    , m_maxPrice(new QLineEdit(this))
    , m_investment(new QLineEdit(this))
    , m_far(new QLineEdit(this))
    , m_tax(new QLineEdit(this))
    , m_adjacent(new QDoubleSpinBox(this))
    , m_results(new QTableWidget(0, 5, this))
    , m_reasons(new QLabel(this))
    , m_need(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("MatchDialog"));
    for (QDoubleSpinBox *box : {m_min, m_max}) {
        box->setRange(0.1, 100000);
        box->setDecimals(1);
        box->setSuffix(tr(" mu"));
    }
    m_adjacent->setRange(0, 500);
    m_adjacent->setDecimals(0);
    m_adjacent->setValue(30);
    m_adjacent->setSuffix(tr(" m"));
    m_use->addItem(tr("(any)"), QString());
    for (const QString &use : Domain::codes(Domain::landUses()))
        m_use->addItem(Domain::label(Domain::landUses(), use), use);
    m_use->setCurrentIndex(m_use->findData(QStringLiteral("industrial")));
    m_unit->addItem(tr("(any)"), QVariant());
    m_park->addItem(tr("(any)"), QVariant());
    if (auto units = Lookups::units(document.store(), Lookups::Order::Name)) {
        for (const Lookups::Choice &c : *units)
            m_unit->addItem(c.name, c.id);
    }
    if (auto parks = Lookups::parks(document.store(), Lookups::Order::Name)) {
        for (const Lookups::Choice &c : *parks)
            m_park->addItem(c.name, c.id);
    }
    m_maxPrice->setPlaceholderText(tr("no limit"));
    for (QLineEdit *edit : {m_investment, m_far, m_tax})
        edit->setPlaceholderText(tr("not given"));

    // The project's own needs first.
    auto needs = ParcelMatch::needsOf(document.store(), projectFid);
    auto need = Lookups::landNeed(document.store(), projectFid);
    setWindowTitle(tr("Parcels for %1").arg(need ? need->project : QString()));
    if (needs) {
        m_min->setValue(needs->minMu);
        m_max->setValue(needs->maxMu);
        m_chain->setText(needs->chain);
        if (!needs->units.isEmpty())
            m_unit->setCurrentIndex(std::max(0, m_unit->findData(needs->units.first())));
        if (!needs->parks.isEmpty())
            m_park->setCurrentIndex(std::max(0, m_park->findData(needs->parks.first())));
    } else {
        m_min->setValue(50);
        m_max->setValue(120);
        m_message->setText(needs.errorMessage());
    }

    auto *form = new QGridLayout;
    auto row = [&](int r, int c, const QString &label, QWidget *w) {
        form->addWidget(new QLabel(label, this), r, c * 2);
        form->addWidget(w, r, c * 2 + 1);
    };
    auto *range = new QHBoxLayout;
    range->addWidget(m_min);
    range->addWidget(new QLabel(QStringLiteral("–"), this));
    range->addWidget(m_max);
    form->addWidget(new QLabel(tr("Area"), this), 0, 0);
    form->addLayout(range, 0, 1);
    row(0, 1, tr("Land use"), m_use);
    row(0, 2, tr("Industry chain"), m_chain);
    row(1, 0, tr("Unit"), m_unit);
    row(1, 1, tr("Park"), m_park);
    row(1, 2, tr("Highest price (10k CNY per mu)"), m_maxPrice);
    row(2, 0, tr("Can commit: investment per mu"), m_investment);
    row(2, 1, tr("plot ratio"), m_far);
    row(2, 2, tr("tax per mu"), m_tax);
    row(3, 0, tr("Adjacent within"), m_adjacent);
    auto *findButton = new QPushButton(tr("Find parcels"), this);
    findButton->setObjectName(QStringLiteral("FindParcels"));
    findButton->setDefault(true);
    form->addWidget(findButton, 3, 5, Qt::AlignRight);
    connect(findButton, &QPushButton::clicked, this, &MatchDialog::find);

    m_results->setHorizontalHeaderLabels(
        {tr("Parcels"), tr("Area (mu)"), tr("Status"), tr("Score"), tr("Why")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->verticalHeader()->hide();
    m_results->setWordWrap(false);
    connect(m_results, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_results->currentRow();
        m_reasons->setText(row >= 0 && m_results->item(row, 4)
                               ? m_results->item(row, 0)->text() + QStringLiteral("：")
                                     + m_results->item(row, 4)->text()
                               : QString());
        if (const QList<qint64> fids = selectedFids(); !fids.isEmpty())
            Q_EMIT candidateChosen(fids);
    });
    m_reasons->setWordWrap(true);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_need->setWordWrap(true);
    m_message->setWordWrap(true);
    auto *assign = new QPushButton(tr("Assign to project"), this);
    assign->setObjectName(QStringLiteral("AssignParcels"));
    connect(assign, &QPushButton::clicked, this, &MatchDialog::assignSelected);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(assign, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_reasons);
    layout->addWidget(m_need);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1000, 560);
    showNeed();
}

QString MatchDialog::message() const
{
    return m_message->text();
}

void MatchDialog::find()
{
    ParcelMatch::Needs needs;
    needs.minMu = m_min->value();
    needs.maxMu = m_max->value();
    needs.landUse = m_use->currentData().toString();
    needs.chain = m_chain->text().trimmed();
    if (m_unit->currentData().isValid())
        needs.units << m_unit->currentData().toLongLong();
    if (m_park->currentData().isValid())
        needs.parks << m_park->currentData().toLongLong();
    needs.maxPricePerMu = number(m_maxPrice);
    needs.investmentPerMu = number(m_investment);
    needs.far = number(m_far);
    needs.taxPerMu = number(m_tax);
    needs.adjacencyMetres = m_adjacent->value();
    needs.project = m_project;
    auto matches = ParcelMatch::run(m_document.store(), needs);
    m_results->setRowCount(0);
    if (!matches) {
        m_message->setText(matches.errorMessage());
        return;
    }
    QList<qint64> all;
    auto add = [&](const ParcelMatch::Candidate &c) {
        const int r = m_results->rowCount();
        m_results->insertRow(r);
        QVariantList fids;
        for (qint64 fid : c.fids) {
            fids << fid;
            if (!all.contains(fid))
                all << fid;
        }
        auto *first = new QTableWidgetItem(c.codes.join(QStringLiteral(" + ")));
        first->setData(kFidsRole, fids);
        m_results->setItem(r, 0, first);
        auto *area = new QTableWidgetItem(mu(c.areaMu));
        area->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_results->setItem(r, 1, area);
        QString status = Domain::label(Domain::parcelStatuses(), c.status);
        if (!c.category.isEmpty())
            status += QStringLiteral(" · ") + Domain::label(Domain::idleCategories(), c.category);
        m_results->setItem(r, 2, new QTableWidgetItem(status));
        auto *score = new QTableWidgetItem(QLocale().toString(c.score, 'f', 0));
        score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_results->setItem(r, 3, score);
        auto *why = new QTableWidgetItem(c.reasons.join(QStringLiteral("；")));
        why->setToolTip(c.reasons.join(QLatin1Char('\n')));
        m_results->setItem(r, 4, why);
    };
    for (const ParcelMatch::Candidate &c : matches->parcels)
        add(c);
    for (const ParcelMatch::Candidate &c : matches->combinations)
        add(c);
    m_results->resizeColumnsToContents();
    m_message->setText(tr("%1 parcel(s) on offer or idle considered; %2 shown, %3 adjacent "
                          "combination(s). Pick one to see it on the map.")
                           .arg(matches->considered)
                           .arg(matches->parcels.size())
                           .arg(matches->combinations.size()));
    Q_EMIT candidatesFound(all);
}

QList<qint64> MatchDialog::selectedFids() const
{
    QList<qint64> fids;
    const int row = m_results->currentRow();
    if (row < 0 || !m_results->item(row, 0))
        return fids;
    for (const QVariant &v : m_results->item(row, 0)->data(kFidsRole).toList())
        fids << v.toLongLong();
    return fids;
}

bool MatchDialog::assignSelected()
{
    const QList<qint64> fids = selectedFids();
    if (fids.isEmpty()) {
        m_message->setText(tr("Pick a parcel or a combination in the list first."));
        return false;
    }
    if (Status done = ParcelCommands::linkParcels(m_document, m_project, fids); !done) {
        m_message->setText(done.errorMessage());
        return false;
    }
    m_message->setText(tr("Linked %1 to the project. Edit → Undo takes it back.")
                           .arg(m_results->item(m_results->currentRow(), 0)->text()));
    showNeed();
    return true;
}

void MatchDialog::showNeed()
{
    auto need = Lookups::landNeed(m_document.store(), m_project);
    if (!need) {
        m_need->setText(need.errorMessage());
        return;
    }
    const QString text
        = need->needMu
              ? tr("%1 mu needed, %2 mu linked (%n parcel(s)).", nullptr, need->parcels)
                    .arg(mu(*need->needMu), mu(need->linkedMu))
              : tr("No land need recorded; %1 mu linked (%n parcel(s)).", nullptr, need->parcels)
                    .arg(mu(need->linkedMu));
    m_need->setText(need->differs() ? QStringLiteral("⚠ ") + text : text);
    m_need->setStyleSheet(need->differs() ? QStringLiteral("color:#B00020") : QString());
}
