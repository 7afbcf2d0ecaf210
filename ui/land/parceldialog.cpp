// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/land/parceldialog.h"

#include "core/commands/parcelcommands.h"
#include "core/domain/domain.h"
#include "core/domain/fields.h"
#include "core/domain/parcellifecycle.h"
#include "core/project/lookups.h"
#include "core/project/projectdocument.h"
#include "core/project/projectnotifier.h"
#include "ui/widgets/dateedit.h"
#include "ui/widgets/scrollsafecombobox.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString number(const std::optional<double> &v, int decimals = 1)
{
    return v ? QLocale().toString(*v, 'f', decimals) : QString();
}

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    return t;
}

} // namespace

ParcelDialog::ParcelDialog(ProjectDocument &document, qint64 fid, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_fid(fid)
    , m_current(new QLabel(this))
    , m_newStatus(new ScrollSafeComboBox(this))
    , m_statusDate(new DateEdit(this))
    , m_note(new QLineEdit(this))
    , m_newCategory(new ScrollSafeComboBox(this))
    , m_categoryDate(new DateEdit(this))
    , m_record(new QPushButton(tr("Record finding"), this))
    , m_revitalise(new QPushButton(tr("Revitalised (盘活)"), this))
    , m_history(table({tr("Date"), tr("Event"), tr("Area (mu)"), tr("Author")}, this))
    , m_years(table({tr("Year"), tr("Tax"), tr("Output"), tr("Investment"), tr("Plot ratio"),
                     tr("Tax per mu"), tr("Grade")},
                    this))
    , m_year(new QSpinBox(this))
    , m_tax(new QLineEdit(this))
    , m_output(new QLineEdit(this))
    , m_investment(new QLineEdit(this))
    , m_far(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("ParcelDialog"));
    m_history->setObjectName(QStringLiteral("ParcelHistory"));
    m_message->setWordWrap(true);
    m_current->setWordWrap(true);
    m_statusDate->setDate(QDate::currentDate());
    m_categoryDate->setDate(QDate::currentDate());
    m_note->setPlaceholderText(tr("optional, e.g. 摘牌 or 收回"));

    // Life: status, idle land, history.
    auto *statusBox = new QGroupBox(tr("Change the status"), this);
    auto *statusForm = new QFormLayout(statusBox);
    statusForm->addRow(tr("New status"), m_newStatus);
    statusForm->addRow(tr("On"), m_statusDate);
    statusForm->addRow(tr("Note"), m_note);
    auto *applyStatus = new QPushButton(tr("Change status"), this);
    applyStatus->setObjectName(QStringLiteral("ChangeStatus"));
    statusForm->addRow(QString(), applyStatus);
    connect(applyStatus, &QPushButton::clicked, this, [this] {
        changeStatus(m_newStatus->currentData().toString(), m_statusDate->date(), m_note->text());
    });
    auto *idleBox = new QGroupBox(tr("Idle or low-efficiency land (五未)"), this);
    auto *idleForm = new QFormLayout(idleBox);
    idleForm->addRow(tr("Category"), m_newCategory);
    idleForm->addRow(tr("On"), m_categoryDate);
    auto *record = m_record;
    record->setObjectName(QStringLiteral("RecordCategory"));
    auto *idleButtons = new QHBoxLayout;
    idleButtons->addWidget(record);
    idleButtons->addWidget(m_revitalise);
    idleButtons->addStretch();
    idleForm->addRow(QString(), idleButtons);
    connect(record, &QPushButton::clicked, this, [this] {
        setCategory(m_newCategory->currentData().toString(), m_categoryDate->date());
    });
    connect(m_revitalise, &QPushButton::clicked, this,
            [this] { setCategory(QString(), m_categoryDate->date()); });
    auto *lifePage = new QWidget(this);
    auto *life = new QVBoxLayout(lifePage);
    life->addWidget(m_current);
    auto *boxes = new QHBoxLayout;
    boxes->addWidget(statusBox);
    boxes->addWidget(idleBox);
    life->addLayout(boxes);
    life->addWidget(new QLabel(tr("History"), this));
    life->addWidget(m_history, 1);

    // Attributes and 标准地 commitments, from the catalogue (the lifecycle has its own page).
    auto *attributesPage = new QWidget(this);
    auto *attributesForm = new QFormLayout;
    auto *commitmentsForm = new QFormLayout;
    QString problem;
    for (const Field &field : Fields::parcels()) {
        if (field.input == Field::Input::None || field.has(Field::Lifecycle)
            || field.has(Field::Derived))
            continue;
        m_attributes.add(field, document.store(), this,
                         field.has(Field::Commitment) ? commitmentsForm : attributesForm, &problem);
    }
    auto *attributes = new QVBoxLayout(attributesPage);
    auto *columns = new QHBoxLayout;
    columns->addLayout(attributesForm, 3);
    auto *commitments = new QGroupBox(tr("Standard land (标准地) commitments"), this);
    commitments->setLayout(commitmentsForm);
    columns->addWidget(commitments, 2, Qt::AlignTop);
    attributes->addLayout(columns);
    auto *save = new QPushButton(tr("Save attributes"), this);
    save->setObjectName(QStringLiteral("SaveAttributes"));
    connect(save, &QPushButton::clicked, this, &ParcelDialog::saveAttributes);
    attributes->addWidget(save, 0, Qt::AlignLeft);
    attributes->addStretch();

    // Figures by year.
    auto *figuresPage = new QWidget(this);
    auto *figures = new QVBoxLayout(figuresPage);
    m_years->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    figures->addWidget(m_years, 1);
    m_year->setRange(1990, 2100);
    m_year->setValue(QDate::currentDate().year() - 1);
    auto *yearForm = new QFormLayout;
    yearForm->addRow(tr("Year"), m_year);
    yearForm->addRow(tr("Tax paid (10k CNY)"), m_tax);
    yearForm->addRow(tr("Output (10k CNY)"), m_output);
    yearForm->addRow(tr("Fixed-asset investment to date (10k CNY)"), m_investment);
    yearForm->addRow(tr("Plot ratio built"), m_far);
    figures->addLayout(yearForm);
    auto *yearButtons = new QHBoxLayout;
    auto *saveYear = new QPushButton(tr("Save the year's figures"), this);
    saveYear->setObjectName(QStringLiteral("SaveYear"));
    auto *removeYear = new QPushButton(tr("Remove the year"), this);
    yearButtons->addWidget(saveYear);
    yearButtons->addWidget(removeYear);
    yearButtons->addStretch();
    figures->addLayout(yearButtons);
    connect(saveYear, &QPushButton::clicked, this, &ParcelDialog::saveYear);
    connect(removeYear, &QPushButton::clicked, this, &ParcelDialog::removeYear);
    connect(m_years, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_year->setValue(m_years->item(row, 0)->text().toInt());
        QLineEdit *edits[] = {m_tax, m_output, m_investment, m_far};
        for (int c = 0; c < 4; ++c)
            edits[c]->setText(m_years->item(row, c + 1)->data(Qt::UserRole).toString());
    });

    auto *tabs = new QTabWidget(this);
    tabs->addTab(lifePage, tr("Status and idle land"));
    tabs->addTab(attributesPage, tr("Attributes"));
    tabs->addTab(figuresPage, tr("Figures by year"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 600);
    if (!problem.isEmpty())
        showProblem(problem);
    connect(&document.notifier(), &ProjectNotifier::changed, this, &ParcelDialog::applyChange);
    load();
}

void ParcelDialog::applyChange(const ProjectChange &change)
{
    if (change.touchesRow(QStringLiteral("parcels"), m_fid)
        || change.touchesAny({QStringLiteral("parcel_events"), QStringLiteral("parcel_yearly")}))
        load();
}

void ParcelDialog::load()
{
    auto row = ParcelCommands::readParcel(m_document.store(), m_fid);
    if (!row) {
        showProblem(row.errorMessage());
        return;
    }
    const QString code = row->value(QStringLiteral("code")).toString();
    setWindowTitle(tr("Parcel %1").arg(code));
    m_status = row->value(QStringLiteral("status")).toString();
    m_category = row->value(QStringLiteral("idle_category")).toString();
    QString current = tr("<b>%1</b> since %2")
                          .arg(Domain::label(Domain::parcelStatuses(), m_status),
                               row->value(QStringLiteral("status_date")).toString());
    if (!m_category.isEmpty())
        current += QStringLiteral(" · ")
                   + tr("<b>%1</b> since %2")
                         .arg(Domain::label(Domain::idleCategories(), m_category),
                              row->value(QStringLiteral("idle_since")).toString());
    m_current->setText(current);

    // Only the steps the lifecycle allows: forward first, then back (land taken back).
    m_newStatus->clear();
    const QStringList statuses = Domain::codes(Domain::parcelStatuses());
    const int step = ParcelLifecycle::statusIndex(m_status);
    for (const bool forward : {true, false}) {
        for (int i = 0; i < statuses.size(); ++i) {
            if ((i > step) == forward && i != step
                && ParcelLifecycle::transitionProblem(m_status, statuses[i]).isEmpty())
                m_newStatus->addItem(Domain::label(Domain::parcelStatuses(), statuses[i]),
                                     statuses[i]);
        }
    }
    m_newCategory->clear();
    for (const QString &c : Domain::codes(Domain::idleCategories())) {
        if (c != m_category && ParcelLifecycle::categoryFits(c, m_status))
            m_newCategory->addItem(Domain::label(Domain::idleCategories(), c), c);
    }
    m_revitalise->setEnabled(!m_category.isEmpty());
    m_record->setEnabled(m_newCategory->count() > 0);

    m_history->setRowCount(0);
    if (auto events = Lookups::parcelEvents(m_document.store(), m_fid)) {
        for (const Lookups::ParcelEvent &e : *events) {
            const int r = m_history->rowCount();
            m_history->insertRow(r);
            // The text says it (状态变更为已出让); without one, the kind of event.
            const QString what
                = e.text.isEmpty() ? Domain::label(Domain::parcelEventKinds(), e.kind) : e.text;
            m_history->setItem(r, 0, new QTableWidgetItem(e.date));
            m_history->setItem(r, 1, new QTableWidgetItem(what));
            m_history->setItem(r, 2, new QTableWidgetItem(number(e.areaMu)));
            m_history->setItem(r, 3, new QTableWidgetItem(e.author));
        }
        m_history->resizeColumnToContents(0);
        m_history->setColumnWidth(1, 360);
    }

    m_attributes.setValues(*row);

    m_years->setRowCount(0);
    const double area = row->value(QStringLiteral("area_mu")).toDouble();
    auto unit = Lookups::parcelUnit(m_document.store(), m_fid);
    auto lines = Lookups::gradeThresholds(m_document.store(), unit ? *unit : std::nullopt);
    if (auto years = Lookups::parcelYears(m_document.store(), m_fid)) {
        for (const Lookups::ParcelYear &y : *years) {
            const int r = m_years->rowCount();
            m_years->insertRow(r);
            m_years->setItem(r, 0, new QTableWidgetItem(QString::number(y.year)));
            const std::optional<double> values[] = {y.taxWan, y.outputWan, y.investmentWan, y.far};
            for (int c = 0; c < 4; ++c) {
                auto *item = new QTableWidgetItem(number(values[c], c == 3 ? 2 : 1));
                item->setData(Qt::UserRole,
                              values[c] ? QString::number(*values[c], 'g', 12) : QString());
                m_years->setItem(r, c + 1, item);
            }
            const auto tax = LandGrade::perMu(y.taxWan, area);
            m_years->setItem(r, 5, new QTableWidgetItem(number(tax)));
            m_years->setItem(
                r, 6,
                new QTableWidgetItem(
                    lines ? LandGrade::grade(*lines, tax, LandGrade::perMu(y.outputWan, area))
                          : QString()));
        }
    }
}

void ParcelDialog::showProblem(const QString &text)
{
    m_message->setStyleSheet(QStringLiteral("color:#B00020"));
    m_message->setText(text);
}

QString ParcelDialog::message() const
{
    return m_message->text();
}

bool ParcelDialog::changeStatus(const QString &status, const QDate &date, const QString &note)
{
    if (const QString why = m_statusDate->problem(); !why.isEmpty()) {
        showProblem(why);
        return false;
    }
    if (Status done = ParcelCommands::changeStatus(m_document, m_fid, status, date,
                                                   tr("land office"), note.trimmed());
        !done) {
        showProblem(done.errorMessage());
        return false;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(
        tr("Status changed to %1 on %2. Edit → Undo takes it back.")
            .arg(Domain::label(Domain::parcelStatuses(), status), date.toString(Qt::ISODate)));
    m_note->clear();
    return true;
}

bool ParcelDialog::setCategory(const QString &category, const QDate &date)
{
    if (Status done
        = ParcelCommands::setCategory(m_document, m_fid, category, date, tr("land office"));
        !done) {
        showProblem(done.errorMessage());
        return false;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(category.isEmpty()
                           ? tr("Recorded as revitalised on %1.").arg(date.toString(Qt::ISODate))
                           : tr("Recorded as %1 from %2.")
                                 .arg(Domain::label(Domain::idleCategories(), category),
                                      date.toString(Qt::ISODate)));
    return true;
}

void ParcelDialog::saveAttributes()
{
    auto values = m_attributes.values();
    if (!values) {
        showProblem(values.errorMessage());
        return;
    }
    if (Status done = ParcelCommands::editParcel(m_document, m_fid, *values); !done) {
        showProblem(done.errorMessage());
        return;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Attributes saved."));
}

void ParcelDialog::saveYear()
{
    QVariantMap values;
    const std::pair<const char *, QLineEdit *> edits[] = {{"tax_wan", m_tax},
                                                          {"output_wan", m_output},
                                                          {"investment_wan", m_investment},
                                                          {"far", m_far}};
    for (const auto &[column, edit] : edits) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty()) {
            values.insert(QLatin1String(column), QVariant());
            continue;
        }
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok) {
            showProblem(tr("\"%1\" is not a number.").arg(text));
            return;
        }
        values.insert(QLatin1String(column), v);
    }
    if (Status done = ParcelCommands::setYearFigures(m_document, m_fid, m_year->value(), values);
        !done) {
        showProblem(done.errorMessage());
        return;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Figures of %1 saved.").arg(m_year->value()));
}

void ParcelDialog::removeYear()
{
    const QVariantMap none{{QStringLiteral("tax_wan"), QVariant()},
                           {QStringLiteral("output_wan"), QVariant()},
                           {QStringLiteral("investment_wan"), QVariant()},
                           {QStringLiteral("far"), QVariant()}};
    if (Status done = ParcelCommands::setYearFigures(m_document, m_fid, m_year->value(), none);
        !done)
        showProblem(done.errorMessage());
}
