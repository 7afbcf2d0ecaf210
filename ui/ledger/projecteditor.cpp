// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ledger/projecteditor.h"

#include "core/project/projectdocument.h"

#include "core/commands/commands.h"
#include "core/domain/domain.h"
#include "core/domain/valueparsers.h"
#include "core/storage/projectfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

const QDate kNoDate(1900, 1, 1); // the date editors' "empty" value

QDateEdit *dateEdit(QWidget *parent, const QString &emptyText)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(emptyText); // shown while the date is the minimum: no date
    edit->setDate(kNoDate);
    return edit;
}

QString numberText(const QVariant &v, double divisor = 1)
{
    return v.isNull() ? QString() : QString::number(v.toDouble() / divisor, 'g', 12);
}

} // namespace

ProjectEditor::ProjectEditor(ProjectDocument &document, qint64 fid, QWidget *parent)
    : QDialog(parent)
    , m_project(document.store())
    , m_document(document)
    , m_fid(fid)
{
    setWindowTitle(fid ? tr("Edit project") : tr("New project"));
    auto line = [this] { return new QLineEdit(this); };
    m_name = line();
    m_investor = line();
    m_chain = line();
    m_investment = line();
    m_foreign = line();
    m_land = line();
    m_output = line();
    m_leadOfficial = line();
    m_taskForce = line();
    m_dropReason = line();
    m_investment->setPlaceholderText(tr("e.g. 5亿, 8000万 or 13.3"));
    m_investmentUnit = new QComboBox(this);
    m_investmentUnit->addItem(tr("100M CNY (亿元)"), int(ValueParsers::DefaultUnit::Yi));
    m_investmentUnit->addItem(tr("10k CNY (万元)"), int(ValueParsers::DefaultUnit::Wan));
    m_investorType = new QComboBox(this);
    m_investorType->addItem(tr("(not given)"), QString());
    for (const DomainValue &v : Domain::investorTypes())
        m_investorType->addItem(Domain::label(Domain::investorTypes(), QLatin1String(v.code)),
                                QLatin1String(v.code));
    m_unit = new QComboBox(this);
    m_park = new QComboBox(this);
    m_unit->addItem(tr("(not given)"), QVariant());
    m_park->addItem(tr("(not given)"), QVariant());
    Status choices; // shown once m_error exists
    for (const auto &[box, table] :
         {std::pair{m_unit, QStringLiteral("units")}, std::pair{m_park, QStringLiteral("parks")}}) {
        auto stmt = m_project.db().prepare(
            QStringLiteral("SELECT fid, name FROM %1 ORDER BY fid").arg(table));
        if (!stmt) {
            choices = stmt.error();
            continue;
        }
        QComboBox *target = box;
        if (Status done = stmt->forEachRow([&] { target->addItem(stmt->text(1), stmt->int64(0)); });
            !done)
            choices = done;
    }
    m_stage = new QComboBox(this);
    for (const DomainValue &v : Domain::stages())
        m_stage->addItem(Domain::label(Domain::stages(), QLatin1String(v.code)),
                         QLatin1String(v.code));
    m_confidential = new QCheckBox(tr("Confidential: never shown in presentations"), this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setMaximumHeight(70);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color:#B00020"));
    m_error->setWordWrap(true);
    m_error->setText(choices.errorMessage());

    auto *amount = new QHBoxLayout;
    amount->addWidget(m_investment, 1);
    amount->addWidget(m_investmentUnit);
    auto *form = new QFormLayout;
    form->addRow(tr("Project name"), m_name);
    form->addRow(tr("Investor"), m_investor);
    form->addRow(tr("Investor type"), m_investorType);
    form->addRow(tr("Unit"), m_unit);
    form->addRow(tr("Park"), m_park);
    form->addRow(tr("Industry chain"), m_chain);
    form->addRow(tr("Total investment"), amount);
    form->addRow(tr("Foreign investment (10k USD)"), m_foreign);
    form->addRow(tr("Land need (mu)"), m_land);
    form->addRow(tr("Expected annual output"), m_output);
    form->addRow(tr("Lead official"), m_leadOfficial);
    form->addRow(tr("Task force"), m_taskForce);
    form->addRow(QString(), m_confidential);
    form->addRow(tr("Notes"), m_notes);
    auto *general = new QWidget(this);
    general->setLayout(form);

    auto *lifecycle = new QFormLayout;
    lifecycle->addRow(tr("Current stage"), m_stage);
    for (const DomainValue &v : Domain::stages()) {
        const QString code = QLatin1String(v.code);
        QDateEdit *edit = dateEdit(this, tr("(no date)"));
        m_dates.insert(Domain::milestoneColumn(code), edit);
        lifecycle->addRow(Domain::label(Domain::stages(), code), edit);
    }
    lifecycle->addRow(tr("Reason dropped"), m_dropReason);
    auto *stages = new QWidget(this);
    stages->setLayout(lifecycle);

    m_events = new QTableWidget(0, 4, this);
    m_events->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Text"), tr("Author")});
    m_events->horizontalHeader()->setStretchLastSection(true);
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->verticalHeader()->hide();
    auto *addEvent = new QPushButton(tr("Add activity…"), this);
    addEvent->setEnabled(fid != 0);
    connect(addEvent, &QPushButton::clicked, this, &ProjectEditor::addActivity);
    auto *log = new QWidget(this);
    auto *logLayout = new QVBoxLayout(log);
    logLayout->addWidget(m_events);
    logLayout->addWidget(addEvent, 0, Qt::AlignLeft);

    m_parcels = new QListWidget(this);
    auto *parcelsPage = new QWidget(this);
    auto *parcelsLayout = new QVBoxLayout(parcelsPage);
    auto *parcelsHint
        = new QLabel(tr("Tick the land parcels this project uses (parcels of the chosen park, "
                        "and those already linked)."),
                     this);
    parcelsHint->setWordWrap(true);
    parcelsLayout->addWidget(parcelsHint);
    parcelsLayout->addWidget(m_parcels);
    connect(m_parcels, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const qint64 parcel = item->data(Qt::UserRole).toLongLong();
        if (item->checkState() == Qt::Checked)
            m_linked.insert(parcel);
        else
            m_linked.remove(parcel);
    });
    connect(m_park, &QComboBox::currentIndexChanged, this, &ProjectEditor::fillParcels);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(general, tr("Project"));
    tabs->addTab(stages, tr("Stage and milestones"));
    tabs->addTab(parcelsPage, tr("Linked parcels"));
    tabs->addTab(log, tr("Activity log"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProjectEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 640);
    load();
}

void ProjectEditor::load()
{
    if (!m_fid) {
        m_stage->setCurrentIndex(0);
        fillParcels();
        return;
    }
    auto links = m_project.db().prepare(
        QStringLiteral("SELECT parcel_id FROM project_parcels WHERE project_id = ?1"));
    if (!links) {
        m_error->setText(links.errorMessage());
        return;
    }
    links->bind(1, m_fid);
    if (Status done = links->forEachRow([&] { m_linked.insert(links->int64(0)); }); !done) {
        m_error->setText(done.errorMessage());
        return;
    }
    auto row
        = ChangeSet::readRow(m_project, QStringLiteral("projects"), QStringLiteral("fid"), m_fid);
    if (!row || row->isEmpty()) {
        m_error->setText(row ? tr("This project no longer exists.") : row.errorMessage());
        return;
    }
    const QVariantMap &v = *row;
    m_name->setText(v.value(QStringLiteral("name")).toString());
    m_investor->setText(v.value(QStringLiteral("investor")).toString());
    m_chain->setText(v.value(QStringLiteral("chain")).toString());
    m_investment->setText(numberText(v.value(QStringLiteral("investment_wan")), Domain::kWanPerYi));
    m_foreign->setText(numberText(v.value(QStringLiteral("foreign_investment_wan_usd"))));
    m_land->setText(numberText(v.value(QStringLiteral("land_mu"))));
    m_output->setText(
        numberText(v.value(QStringLiteral("expected_output_wan")), Domain::kWanPerYi));
    m_leadOfficial->setText(v.value(QStringLiteral("lead_official")).toString());
    m_taskForce->setText(v.value(QStringLiteral("task_force")).toString());
    m_dropReason->setText(v.value(QStringLiteral("drop_reason")).toString());
    m_notes->setPlainText(v.value(QStringLiteral("notes")).toString());
    m_confidential->setChecked(v.value(QStringLiteral("confidential")).toInt() != 0);
    m_investorType->setCurrentIndex(
        std::max(0, m_investorType->findData(v.value(QStringLiteral("investor_type")).toString())));
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(v.value(QStringLiteral("unit_id")))));
    m_park->setCurrentIndex(std::max(0, m_park->findData(v.value(QStringLiteral("park_id")))));
    m_stage->setCurrentIndex(
        std::max(0, m_stage->findData(v.value(QStringLiteral("stage")).toString())));
    for (auto it = m_dates.begin(); it != m_dates.end(); ++it) {
        const QDate d = QDate::fromString(v.value(it.key()).toString(), Qt::ISODate);
        it.value()->setDate(d.isValid() ? d : kNoDate);
    }
    loadEvents();
    fillParcels();
}

void ProjectEditor::fillParcels()
{
    QSignalBlocker block(m_parcels);
    m_parcels->clear();
    QStringList ids;
    for (qint64 id : std::as_const(m_linked))
        ids << QString::number(id);
    const QVariant park = m_park->currentData();
    auto stmt = m_project.db().prepare(
        QStringLiteral("SELECT p.fid, p.code, k.name, p.status, p.area_mu FROM parcels p LEFT JOIN "
                       "parks k ON k.fid = p.park_id "
                       "WHERE p.park_id = ?1 OR p.fid IN (%1) ORDER BY p.code")
            .arg(ids.isEmpty() ? QStringLiteral("0") : ids.join(QLatin1Char(','))));
    if (!stmt) {
        m_error->setText(stmt.errorMessage());
        return;
    }
    stmt->bind(1, park.isNull() ? QVariant(-1) : park);
    const QLocale locale;
    Status done = stmt->forEachRow([&] {
        auto *item
            = new QListWidgetItem(tr("%1 · %2 · %3 · %4 mu")
                                      .arg(stmt->text(1), stmt->text(2),
                                           Domain::label(Domain::parcelStatuses(), stmt->text(3)),
                                           locale.toString(stmt->real(4), 'f', 1)),
                                  m_parcels);
        item->setData(Qt::UserRole, stmt->int64(0));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_linked.contains(stmt->int64(0)) ? Qt::Checked : Qt::Unchecked);
    });
    if (!done)
        m_error->setText(done.errorMessage());
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
    auto stmt = m_project.db().prepare(QStringLiteral(
        "SELECT event_date, kind, text, author FROM project_events WHERE project_id = ?1 "
        "ORDER BY event_date DESC, id DESC"));
    if (!stmt) {
        m_error->setText(stmt.errorMessage());
        return;
    }
    stmt->bind(1, m_fid);
    Status done = stmt->forEachRow([&] {
        const int r = m_events->rowCount();
        m_events->insertRow(r);
        m_events->setItem(r, 0, new QTableWidgetItem(stmt->text(0)));
        m_events->setItem(r, 1,
                          new QTableWidgetItem(Domain::label(Domain::eventKinds(), stmt->text(1))));
        m_events->setItem(r, 2, new QTableWidgetItem(stmt->text(2)));
        m_events->setItem(r, 3, new QTableWidgetItem(stmt->text(3)));
    });
    if (!done)
        m_error->setText(done.errorMessage());
}

void ProjectEditor::addActivity()
{
    QStringList kinds;
    QStringList codes;
    for (const DomainValue &v : Domain::eventKinds()) {
        if (QLatin1String(v.code) == QLatin1String("stage"))
            continue; // stage changes are logged by themselves
        kinds << Domain::label(Domain::eventKinds(), QLatin1String(v.code));
        codes << QLatin1String(v.code);
    }
    bool ok = false;
    const QString kind
        = QInputDialog::getItem(this, tr("Add activity"), tr("Kind"), kinds, 0, false, &ok);
    if (!ok)
        return;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Add activity"), tr("What happened (date: today)"), QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const Status done = Commands::addEvent(
        m_document, m_fid,
        {{QStringLiteral("event_date"), QDate::currentDate().toString(Qt::ISODate)},
         {QStringLiteral("kind"), codes.value(kinds.indexOf(kind))},
         {QStringLiteral("text"), text.trimmed()}});
    if (!done)
        m_error->setText(done.errorMessage());
    loadEvents();
}

QVariantMap ProjectEditor::values(QString *problem) const
{
    QVariantMap v;
    auto text = [](QLineEdit *e) {
        return e->text().trimmed().isEmpty() ? QVariant() : QVariant(e->text().trimmed());
    };
    v.insert(QStringLiteral("name"), m_name->text().trimmed());
    v.insert(QStringLiteral("investor"), text(m_investor));
    v.insert(QStringLiteral("chain"), text(m_chain));
    v.insert(QStringLiteral("lead_official"), text(m_leadOfficial));
    v.insert(QStringLiteral("task_force"), text(m_taskForce));
    v.insert(QStringLiteral("drop_reason"), text(m_dropReason));
    v.insert(QStringLiteral("notes"), m_notes->toPlainText().trimmed().isEmpty()
                                          ? QVariant()
                                          : QVariant(m_notes->toPlainText().trimmed()));
    v.insert(QStringLiteral("confidential"), m_confidential->isChecked() ? 1 : 0);
    v.insert(QStringLiteral("investor_type"), m_investorType->currentData().toString().isEmpty()
                                                  ? QVariant()
                                                  : m_investorType->currentData());
    v.insert(QStringLiteral("unit_id"), m_unit->currentData());
    v.insert(QStringLiteral("park_id"), m_park->currentData());
    v.insert(QStringLiteral("stage"), m_stage->currentData());
    for (auto it = m_dates.cbegin(); it != m_dates.cend(); ++it)
        v.insert(it.key(), it.value()->date() == kNoDate
                               ? QVariant()
                               : QVariant(it.value()->date().toString(Qt::ISODate)));
    // Amounts: "5亿", "8000万" or a number in the chosen unit.
    const auto unit = ValueParsers::DefaultUnit(m_investmentUnit->currentData().toInt());
    const std::tuple<QLineEdit *, const char *, QString, ValueParsers::DefaultUnit> amounts[] = {
        {m_investment, "investment_wan", tr("Total investment"), unit},
        {m_output, "expected_output_wan", tr("Expected annual output"),
         ValueParsers::DefaultUnit::Yi},
        {m_foreign, "foreign_investment_wan_usd", tr("Foreign investment"),
         ValueParsers::DefaultUnit::Wan},
    };
    for (const auto &[edit, column, label, bare] : amounts) {
        auto parsed = ValueParsers::parseAmount(edit->text(), bare);
        if (!parsed) {
            *problem = label + QStringLiteral(": ") + parsed.errorMessage();
            return {};
        }
        v.insert(QLatin1String(column),
                 parsed->has_value() ? QVariant((*parsed)->wan) : QVariant());
    }
    if (!m_land->text().trimmed().isEmpty()) {
        bool ok = false;
        const double mu = m_land->text().trimmed().remove(QStringLiteral("亩")).toDouble(&ok);
        if (!ok || mu < 0) {
            *problem = tr("Land need: \"%1\" is not a number of mu.").arg(m_land->text());
            return {};
        }
        v.insert(QStringLiteral("land_mu"), mu);
    } else {
        v.insert(QStringLiteral("land_mu"), QVariant());
    }
    return v;
}

void ProjectEditor::accept()
{
    QString problem;
    const QVariantMap v = values(&problem);
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        return;
    }
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
