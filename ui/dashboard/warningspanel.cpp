// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/warningspanel.h"
#include "ui/shell/settings.h"
#include "ui/widgets/dateedit.h"
#include "ui/widgets/flowlayout.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/scrollsafecombobox.h"

#include "core/project/projectchange.h"
#include "core/project/projectdocument.h"
#include "core/project/projectnotifier.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

WarningsPanel::WarningsPanel(QWidget *parent)
    : QWidget(parent)
    , m_today(new DateEdit(this))
    , m_kind(new ScrollSafeComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
{
    m_today->setDate(QDate::currentDate());
    m_today->setObjectName(QStringLiteral("WarningsToday"));
    m_kind->addItem(tr("All kinds"));
    for (Warning::Kind kind :
         {Warning::Kind::SignedNotStarted, Warning::Kind::LandNotStarted, Warning::Kind::IdleParcel,
          Warning::Kind::TargetBehind, Warning::Kind::FollowUpDue, Warning::Kind::BelowLine})
        m_kind->addItem(Warning::kindName(kind), int(kind));
    auto *rules = new QPushButton(tr("Rules…"), this);
    rules->setToolTip(tr("After how many days or months a project or parcel is listed"));

    auto *bar = new FlowLayout;
    auto *asOf = new QWidget(this);
    auto *asOfRow = new QHBoxLayout(asOf);
    asOfRow->setContentsMargins(0, 0, 0, 0);
    asOfRow->addWidget(new QLabel(tr("As of"), asOf));
    asOfRow->addWidget(m_today);
    bar->addWidget(asOf);
    bar->addWidget(m_kind);
    bar->addWidget(rules);

    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Unit"), tr("Since"), tr("Details")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    m_refreshLater.setSingleShot(true);
    m_refreshLater.setInterval(250);
    connect(&m_refreshLater, &QTimer::timeout, this, &WarningsPanel::refresh);
    connect(m_today, &DateEdit::dateChanged, this, [this](const QDate &date) {
        if (date.isValid())
            m_refreshLater.start();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &WarningsPanel::showRows);
    connect(rules, &QPushButton::clicked, this, &WarningsPanel::editRules);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        const QTableWidgetItem *item = m_table->item(row, 0);
        if (!item)
            return;
        const qsizetype index = item->data(Qt::UserRole).toLongLong();
        if (index < 0 || index >= m_warnings.size())
            return;
        const Warning &w = m_warnings[index];
        if (w.table == QLatin1String("projects"))
            Q_EMIT projectRequested(w.id);
        else if (w.table == QLatin1String("parcels"))
            Q_EMIT parcelRequested(w.id);
        else
            Q_EMIT unitRequested(w.unit);
    });
    connect(m_table, &QTableWidget::cellClicked, m_table, &QTableWidget::cellActivated);
    setDocument(nullptr);
}

void WarningsPanel::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(&m_document->notifier(), nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(&document->notifier(), &ProjectNotifier::changed, this,
                &WarningsPanel::applyChange);
    m_stale = true;
    // The count in the dock's title is wanted even while hidden, but not before the window has
    // shown the project: counted once the event loop is free.
    m_refreshLater.start(0);
}

void WarningsPanel::setToday(const QDate &today)
{
    m_today->setDate(today);
    refresh();
}

void WarningsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_refreshLater.start(0);
}

void WarningsPanel::applyChange(const ProjectChange &change)
{
    if (!change.touchesAny({QStringLiteral("projects"), QStringLiteral("project_events"),
                            QStringLiteral("parcels"), QStringLiteral("targets"),
                            QStringLiteral("project_funds"), QStringLiteral("units")}))
        return;
    m_stale = true;
    m_refreshLater.start();
}

void WarningsPanel::refresh()
{
    m_refreshLater.stop();
    m_stale = false;
    m_warnings.clear();
    const QDate today = m_today->date().isValid() ? m_today->date() : QDate::currentDate();
    if (m_document) {
        auto list = Warnings::list(m_document->store(), today, Settings::warningRules());
        if (list)
            m_warnings = *list;
        else
            Q_EMIT loadFailed(list.errorMessage());
    }
    showRows();
    Q_EMIT countChanged(int(m_warnings.size()));
}

void WarningsPanel::showRows()
{
    const QVariant kind = m_kind->currentData();
    m_table->setRowCount(0);
    m_table->setUpdatesEnabled(false);
    for (qsizetype i = 0; i < m_warnings.size(); ++i) {
        const Warning &w = m_warnings[i];
        if (kind.isValid() && int(w.kind) != kind.toInt())
            continue;
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto *kindItem = new QTableWidgetItem(Warning::kindName(w.kind));
        kindItem->setData(Qt::UserRole, qlonglong(i));
        m_table->setItem(r, 0, kindItem);
        m_table->setItem(r, 1, new QTableWidgetItem(w.unit));
        m_table->setItem(
            r, 2,
            new QTableWidgetItem(w.since.isValid() ? w.since.toString(Qt::ISODate) : QString()));
        auto *details = new QTableWidgetItem(w.message);
        details->setToolTip(w.message);
        m_table->setItem(r, 3, details);
    }
    m_table->setUpdatesEnabled(true);
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(2);
    if (!m_document)
        m_summary->setText(tr("No project is open."));
    else if (m_warnings.isEmpty())
        m_summary->setText(tr("Nothing needs action as of %1.")
                               .arg(QLocale().toString(m_today->date(), QLocale::ShortFormat)));
    else
        m_summary->setText(
            tr("%n warning(s); %1 shown. Click one to go to it.", nullptr, int(m_warnings.size()))
                .arg(m_table->rowCount()));
}

void WarningsPanel::editRules()
{
    WarningRules rules = Settings::warningRules();
    FormDialog dialog(tr("Warning rules"), this);
    auto spin = [&](int value, int max, const QString &suffix) {
        auto *box = new QSpinBox(&dialog);
        box->setRange(1, max);
        box->setValue(value);
        box->setSuffix(suffix);
        return box;
    };
    QSpinBox *signedDays = spin(rules.signedDays, 3650, tr(" days"));
    QSpinBox *landDays = spin(rules.landDays, 3650, tr(" days"));
    QSpinBox *idleMonths = spin(rules.idleMonths, 240, tr(" months"));
    dialog.form()->addRow(tr("Signed, not started after"), signedDays);
    dialog.form()->addRow(tr("Land supplied, not started after"), landDays);
    dialog.form()->addRow(tr("Parcel idle for more than"), idleMonths);
    if (!dialog.run([] { return QString(); }))
        return;
    rules.signedDays = signedDays->value();
    rules.landDays = landDays->value();
    rules.idleMonths = idleMonths->value();
    Settings::setWarningRules(rules);
    refresh();
}
