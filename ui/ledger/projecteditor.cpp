// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ledger/projecteditor.h"
#include "ui/widgets/dateedit.h"
#include "ui/widgets/fieldinputs.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/scrollsafecombobox.h"

#include "core/commands/commands.h"
#include "core/domain/domain.h"
#include "core/domain/fields.h"
#include "core/domain/valueparsers.h"
#include "core/project/lookups.h"
#include "core/project/projectdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

ProjectEditor::ProjectEditor(ProjectDocument &document, qint64 fid, QWidget *parent)
    : QDialog(parent)
    , m_project(document.store())
    , m_document(document)
    , m_fid(fid)
    , m_events(new QTableWidget(0, 5, this))
    , m_funds(new QTableWidget(0, 3, this))
    , m_parcels(new QListWidget(this))
    , m_landNeed(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(fid ? tr("Edit project") : tr("New project"));
    m_error->setStyleSheet(QStringLiteral("color:#B00020"));
    m_error->setWordWrap(true);

    // One row per catalogue field the editor edits: the project's own fields on the first tab,
    // its stage, milestone dates and drop reason on the second.
    auto *general = new QFormLayout;
    auto *lifecycle = new QFormLayout;
    QString problem;
    for (const Field &field : Fields::projects()) {
        if (field.input == Field::Input::None)
            continue;
        QWidget *widget = m_inputs.add(field, m_project, this,
                                       field.has(Field::Lifecycle) ? lifecycle : general, &problem);
        if (Fields::column(field) == QLatin1String("park_id"))
            m_park = qobject_cast<QComboBox *>(widget);
    }
    m_error->setText(problem);
    auto *generalPage = new QWidget(this);
    generalPage->setLayout(general);
    auto *stagesPage = new QWidget(this);
    stagesPage->setLayout(lifecycle);

    m_events->setHorizontalHeaderLabels(
        {tr("Date"), tr("Kind"), tr("Text"), tr("Author"), tr("Follow up on")});
    m_events->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->verticalHeader()->hide();
    auto *addEvent = new QPushButton(tr("Add activity…"), this);
    addEvent->setEnabled(fid != 0);
    connect(addEvent, &QPushButton::clicked, this, &ProjectEditor::addActivity);
    auto *log = new QWidget(this);
    auto *logLayout = new QVBoxLayout(log);
    logLayout->addWidget(m_events);
    logLayout->addWidget(addEvent, 0, Qt::AlignLeft);

    auto *parcelsPage = new QWidget(this);
    auto *parcelsLayout = new QVBoxLayout(parcelsPage);
    auto *parcelsHint
        = new QLabel(tr("Tick the land parcels this project uses (parcels of the chosen park, "
                        "and those already linked)."),
                     this);
    parcelsHint->setWordWrap(true);
    parcelsLayout->addWidget(parcelsHint);
    parcelsLayout->addWidget(m_parcels);
    m_landNeed->setObjectName(QStringLiteral("LandNeed"));
    m_landNeed->setWordWrap(true);
    parcelsLayout->addWidget(m_landNeed);
    connect(m_parcels, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const qint64 parcel = item->data(Qt::UserRole).toLongLong();
        if (item->checkState() == Qt::Checked)
            m_linked.insert(parcel);
        else
            m_linked.remove(parcel);
        showLandNeed();
    });
    if (auto *land = qobject_cast<QLineEdit *>(m_inputs.widget(QStringLiteral("land_mu"))))
        connect(land, &QLineEdit::textChanged, this, &ProjectEditor::showLandNeed);
    if (m_park)
        connect(m_park, &QComboBox::currentIndexChanged, this, &ProjectEditor::fillParcels);

    // Funds actually arrived, month by month (实际到位资金): what the 到位资金 targets count.
    m_funds->setHorizontalHeaderLabels({tr("Month"), tr("Arrived (10k CNY)"), tr("Note")});
    m_funds->horizontalHeader()->setStretchLastSection(true);
    m_funds->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_funds->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_funds->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_funds->setSelectionMode(QAbstractItemView::SingleSelection);
    m_funds->verticalHeader()->hide();
    auto *recordFundsButton = new QPushButton(tr("Record a month…"), this);
    auto *removeFundsButton = new QPushButton(tr("Remove month"), this);
    recordFundsButton->setEnabled(fid != 0);
    removeFundsButton->setEnabled(fid != 0);
    connect(recordFundsButton, &QPushButton::clicked, this, &ProjectEditor::recordFunds);
    connect(removeFundsButton, &QPushButton::clicked, this, &ProjectEditor::removeFunds);
    connect(m_funds, &QTableWidget::cellDoubleClicked, this, &ProjectEditor::recordFunds);
    auto *fundsPage = new QWidget(this);
    auto *fundsLayout = new QVBoxLayout(fundsPage);
    fundsLayout->addWidget(m_funds);
    auto *fundsButtons = new QHBoxLayout;
    fundsButtons->addWidget(recordFundsButton);
    fundsButtons->addWidget(removeFundsButton);
    fundsButtons->addStretch(1);
    fundsLayout->addLayout(fundsButtons);
    if (fid == 0)
        fundsLayout->addWidget(new QLabel(tr("Save the new project first."), this));

    auto *tabs = new QTabWidget(this);
    tabs->addTab(generalPage, tr("Project"));
    tabs->addTab(stagesPage, tr("Stage and milestones"));
    tabs->addTab(parcelsPage, tr("Linked parcels"));
    tabs->addTab(log, tr("Activity log"));
    tabs->addTab(fundsPage, tr("Funds arrived"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProjectEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 680);
    load();
}

void ProjectEditor::load()
{
    if (!m_fid) {
        fillParcels();
        return;
    }
    if (auto linked = Lookups::linkedParcels(m_project, m_fid))
        m_linked = *linked;
    else
        m_error->setText(linked.errorMessage());
    auto row
        = ChangeSet::readRow(m_project, QStringLiteral("projects"), QStringLiteral("fid"), m_fid);
    if (!row || row->isEmpty()) {
        m_error->setText(row ? tr("This project no longer exists.") : row.errorMessage());
        return;
    }
    m_inputs.setValues(*row);
    loadEvents();
    loadFunds();
    fillParcels();
}

void ProjectEditor::fillParcels()
{
    QSignalBlocker block(m_parcels);
    m_parcels->clear();
    auto parcels
        = Lookups::parcels(m_project, m_park ? m_park->currentData() : QVariant(), m_linked);
    if (!parcels) {
        m_error->setText(parcels.errorMessage());
        return;
    }
    const QLocale locale;
    for (const Lookups::Parcel &parcel : *parcels) {
        auto *item
            = new QListWidgetItem(tr("%1 · %2 · %3 · %4 mu")
                                      .arg(parcel.code, parcel.park,
                                           Domain::label(Domain::parcelStatuses(), parcel.status),
                                           locale.toString(parcel.areaMu, 'f', 1)),
                                  m_parcels);
        item->setData(Qt::UserRole, parcel.fid);
        item->setData(Qt::UserRole + 1, parcel.areaMu);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_linked.contains(parcel.fid) ? Qt::Checked : Qt::Unchecked);
    }
    showLandNeed();
}

// The land ticked against the land the project needs: a warning when they are more than 10 %
// apart (302 亩 needed, 144 亩 linked).
void ProjectEditor::showLandNeed()
{
    double linked = 0;
    int count = 0;
    for (int i = 0; i < m_parcels->count(); ++i) {
        const QListWidgetItem *item = m_parcels->item(i);
        if (m_linked.contains(item->data(Qt::UserRole).toLongLong())) {
            linked += item->data(Qt::UserRole + 1).toDouble();
            ++count;
        }
    }
    const auto *land = qobject_cast<QLineEdit *>(m_inputs.widget(QStringLiteral("land_mu")));
    auto need = land ? ValueParsers::parseArea(land->text())
                     : Result<std::optional<double>>(std::optional<double>());
    const QLocale l;
    Lookups::LandNeed status;
    status.needMu = need ? *need : std::nullopt;
    status.linkedMu = linked;
    status.parcels = count;
    const QString text
        = status.needMu ? tr("%1 mu needed, %2 mu linked.")
                              .arg(l.toString(*status.needMu, 'f', 1), l.toString(linked, 'f', 1))
                        : tr("%1 mu linked.").arg(l.toString(linked, 'f', 1));
    m_landNeed->setText(status.differs() ? QStringLiteral("⚠ ") + text : text);
    m_landNeed->setStyleSheet(status.differs() ? QStringLiteral("color:#B00020") : QString());
}

QList<qint64> ProjectEditor::checkedParcels() const
{
    QList<qint64> list(m_linked.cbegin(), m_linked.cend());
    std::sort(list.begin(), list.end());
    return list;
}

void ProjectEditor::loadEvents()
{
    m_events->setRowCount(0);
    auto events = Lookups::events(m_project, m_fid);
    if (!events) {
        m_error->setText(events.errorMessage());
        return;
    }
    for (const Lookups::Event &event : *events) {
        const int r = m_events->rowCount();
        m_events->insertRow(r);
        m_events->setItem(r, 0, new QTableWidgetItem(event.date));
        m_events->setItem(r, 1,
                          new QTableWidgetItem(Domain::label(Domain::eventKinds(), event.kind)));
        m_events->setItem(r, 2, new QTableWidgetItem(event.text));
        m_events->setItem(r, 3, new QTableWidgetItem(event.author));
        m_events->setItem(r, 4, new QTableWidgetItem(event.followUp));
    }
}

void ProjectEditor::loadFunds()
{
    m_funds->setRowCount(0);
    if (!m_fid)
        return;
    auto funds = Lookups::funds(m_project, m_fid);
    if (!funds) {
        m_error->setText(funds.errorMessage());
        return;
    }
    const QLocale locale;
    double total = 0;
    for (const Lookups::FundsMonth &month : *funds) {
        const int r = m_funds->rowCount();
        m_funds->insertRow(r);
        m_funds->setItem(r, 0, new QTableWidgetItem(month.month));
        auto *amount = new QTableWidgetItem(locale.toString(month.amountWan, 'f', 2));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        amount->setData(Qt::UserRole, month.amountWan);
        m_funds->setItem(r, 1, amount);
        m_funds->setItem(r, 2, new QTableWidgetItem(month.note));
        total += month.amountWan;
    }
    m_funds->setToolTip(tr("In all: %1 (10k CNY)").arg(locale.toString(total, 'f', 2)));
}

// One month's funds: the selected month to change it, or a new one.
void ProjectEditor::recordFunds()
{
    const int row = m_funds->currentRow();
    FormDialog dialog(tr("Funds arrived"), this);
    auto *month = new QLineEdit(&dialog);
    month->setPlaceholderText(tr("e.g. 2024-03"));
    auto *amount = new QLineEdit(&dialog);
    amount->setPlaceholderText(tr("e.g. 3000, 0.3亿"));
    auto *note = new QLineEdit(&dialog);
    if (row >= 0 && m_funds->item(row, 0)) {
        month->setText(m_funds->item(row, 0)->text());
        amount->setText(FieldInputs::numberText(m_funds->item(row, 1)->data(Qt::UserRole)));
        note->setText(m_funds->item(row, 2)->text());
    } else {
        month->setText(QDate::currentDate().toString(QStringLiteral("yyyy-MM")));
    }
    dialog.form()->addRow(tr("Month"), month);
    dialog.form()->addRow(tr("Arrived (10k CNY)"), amount);
    dialog.form()->addRow(tr("Note"), note);
    const bool saved = dialog.run([&]() -> QString {
        auto date = ValueParsers::parseDate(month->text());
        if (!date || !*date)
            return date ? tr("Give the month, e.g. 2024-03.") : date.errorMessage();
        auto parsed = ValueParsers::parseAmount(amount->text(), ValueParsers::DefaultUnit::Wan);
        if (!parsed)
            return parsed.errorMessage();
        if (!*parsed)
            return tr("Give the amount, e.g. 3000 or 0.3亿.");
        if ((*parsed)->currency != ValueParsers::Currency::Cny)
            return tr("Funds arrived are recorded in CNY.");
        const Status done = Commands::setFunds(m_document, m_fid,
                                               (*date)->date.toString(QStringLiteral("yyyy-MM")),
                                               (*parsed)->wan, note->text());
        return done ? QString() : done.errorMessage();
    });
    if (saved)
        loadFunds();
}

void ProjectEditor::removeFunds()
{
    const int row = m_funds->currentRow();
    if (row < 0 || !m_funds->item(row, 0)) {
        m_error->setText(tr("Choose the month to remove."));
        return;
    }
    if (Status done
        = Commands::setFunds(m_document, m_fid, m_funds->item(row, 0)->text(), std::nullopt);
        !done)
        m_error->setText(done.errorMessage());
    loadFunds();
}

// One activity: its date (today unless changed), kind, what happened, and when to follow it
// up (optional; the warnings list shows it from that day until something newer is logged).
void ProjectEditor::addActivity()
{
    FormDialog dialog(tr("Add activity"), this);
    auto *date = new DateEdit(&dialog);
    date->setDate(QDate::currentDate());
    auto *kind = new ScrollSafeComboBox(&dialog);
    for (const DomainValue &v : Domain::eventKinds()) {
        if (QLatin1String(v.code) == QLatin1String("stage"))
            continue; // stage changes are logged by themselves
        kind->addItem(Domain::label(Domain::eventKinds(), QLatin1String(v.code)),
                      QLatin1String(v.code));
    }
    auto *text = new QPlainTextEdit(&dialog);
    text->setMaximumHeight(90);
    auto *followUp = new DateEdit(&dialog);
    followUp->setPlaceholderText(
        tr("optional, e.g. %1").arg(QDate::currentDate().addDays(14).toString(Qt::ISODate)));
    dialog.form()->addRow(tr("Date"), date);
    dialog.form()->addRow(tr("Kind"), kind);
    dialog.form()->addRow(tr("What happened"), text);
    dialog.form()->addRow(tr("Follow up on"), followUp);
    const bool saved = dialog.run([&]() -> QString {
        if (!date->date().isValid())
            return tr("Give the activity's date.");
        if (text->toPlainText().trimmed().isEmpty())
            return tr("Say what happened.");
        if (!followUp->text().trimmed().isEmpty() && !followUp->date().isValid())
            return tr("The follow-up date is not a date.");
        const Status done = Commands::addEvent(
            m_document, m_fid,
            {{QStringLiteral("event_date"), date->date().toString(Qt::ISODate)},
             {QStringLiteral("kind"), kind->currentData()},
             {QStringLiteral("text"), text->toPlainText().trimmed()},
             {QStringLiteral("follow_up_date"),
              followUp->date().isValid() ? QVariant(followUp->date().toString(Qt::ISODate))
                                         : QVariant()}});
        return done ? QString() : done.errorMessage();
    });
    if (saved)
        loadEvents();
}

void ProjectEditor::accept()
{
    auto typed = m_inputs.values();
    if (!typed) {
        m_error->setText(typed.errorMessage());
        return;
    }
    const QVariantMap &v = *typed;
    const QString author = tr("editor");
    if (m_fid) {
        if (Status done = Commands::editProject(m_document, m_fid, v, author, checkedParcels());
            !done) {
            m_error->setText(done.errorMessage());
            return;
        }
    } else {
        auto added = Commands::addProject(m_document, v, author, checkedParcels());
        if (!added) {
            m_error->setText(added.errorMessage());
            return;
        }
        m_fid = *added;
    }
    QDialog::accept();
}
