// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ledger/ledgerpanel.h"

#include "core/project/projectdocument.h"
#include "core/project/projectnotifier.h"

#include "core/base/i18n.h"
#include "core/domain/domain.h"
#include "core/domain/fields.h"
#include "core/ledger/projectquery.h"
#include "core/project/localnames.h"
#include "core/project/lookups.h"
#include "core/storage/projectfile.h"
#include "ui/ledger/projecttablemodel.h"
#include "ui/widgets/flowlayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace {

QComboBox *combo(QWidget *parent, const QString &all)
{
    auto *box = new QComboBox(parent);
    box->addItem(all, QString());
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // At most about ten Chinese characters wide, not as wide as the longest park name: the
    // filters must fit a narrow window (a longer name is elided until the list opens).
    box->setMaximumWidth(box->fontMetrics().horizontalAdvance(QString(10, QChar(0x56ED))) + 40);
    return box;
}

} // namespace

LedgerPanel::LedgerPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProjectTableModel(this))
    , m_view(new QTableView(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_stage(combo(this, tr("All stages")))
    , m_unit(combo(this, tr("All units")))
    , m_park(combo(this, tr("All parks")))
    , m_chain(combo(this, tr("All chains")))
    , m_investorType(combo(this, tr("All investors")))
    , m_tier(combo(this, tr("Any amount")))
    , m_useDates(new QCheckBox(tr("Signed"), this))
    , m_from(new QDateEdit(QDate(QDate::currentDate().year() - 5, 1, 1), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_search(new QLineEdit(this))
    , m_mapFiltered(new QCheckBox(tr("Map shows filtered projects only"), this))
{
    for (const DomainValue &v : Domain::stages())
        m_stage->addItem(Domain::label(Domain::stages(), QLatin1String(v.code)),
                         QLatin1String(v.code));
    for (const DomainValue &v : Domain::investorTypes())
        m_investorType->addItem(Domain::label(Domain::investorTypes(), QLatin1String(v.code)),
                                QLatin1String(v.code));
    // Tiers are inclusive: "亿元以上" is ≥ 1 亿元.
    for (int yi : {1, 3, 5, 10, 20, 50, 100})
        m_tier->addItem(tr("≥ %1 (100M CNY)").arg(yi), yi * Domain::kWanPerYi);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_search->setObjectName(QStringLiteral("LedgerSearch"));
    m_unit->setObjectName(QStringLiteral("UnitFilter"));
    m_search->setPlaceholderText(tr("Search name, investor, notes…"));
    m_search->setClearButtonEnabled(true);

    // The filters wrap onto a second line on a narrow window; the search box fills the rest of
    // the last line, or a line of its own, and is never squeezed out.
    m_search->setMinimumWidth(220);
    auto *filters = new FlowLayout(nullptr, 4);
    filters->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_stage, m_unit, m_park, m_chain, m_investorType, m_tier, m_useDates, m_from, m_to})
        filters->addWidget(w);
    filters->addStretchedWidget(m_search);

    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(m_model->columnOf(QStringLiteral("signed_date")), Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setDefaultSectionSize(110);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    // The usual columns; the header's context menu offers every other field of the catalogue.
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnHidden(c, !m_model->field(c).has(Field::Shown));
    m_view->setColumnWidth(m_model->columnOf(QStringLiteral("name")), 320);
    fitColumnTitles();
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_totals, 1);
    bottom->addWidget(m_mapFiltered);
    layout->addLayout(bottom);
    m_totals->setWordWrap(true);
    m_mapFiltered->setToolTip(tr("Draw on the map only the projects this list shows."));

    for (QComboBox *box : {m_stage, m_unit, m_park, m_chain, m_investorType, m_tier})
        connect(box, &QComboBox::currentIndexChanged, this, &LedgerPanel::applyFilter);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &LedgerPanel::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &LedgerPanel::applyFilter);
    // Search as the user types, once typing pauses.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &LedgerPanel::applyFilter);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &LedgerPanel::showColumnMenu);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT projectActivated(index.data(ProjectTableModel::FidRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT currentProjectChanged(current.data(ProjectTableModel::FidRole).toLongLong());
            });
    connect(m_model, &ProjectTableModel::loadFailed, this, &LedgerPanel::loadFailed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LedgerPanel::updateTotals);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LedgerPanel::mapFilterChanged);
    connect(m_mapFiltered, &QCheckBox::toggled, this, &LedgerPanel::mapFilterChanged);
}

std::shared_ptr<const QSet<qint64>> LedgerPanel::mapFids() const
{
    if (!m_mapFiltered->isChecked() || m_model->filter() == ProjectFilter())
        return nullptr;
    const QList<qint64> &fids = m_model->fids();
    return std::make_shared<const QSet<qint64>>(fids.cbegin(), fids.cend());
}

void LedgerPanel::setDocument(ProjectDocument *document)
{
    m_project = document ? &document->store() : nullptr;
    // Another project starts unfiltered: a unit or search of the last one would silently empty
    // the list while the filter bar showed "all".
    clearFilters();
    fillChoices();
    m_model->setProject(m_project);
    applyAudience();
    applyFilter();
    updateTotals();
    if (document)
        connect(&document->notifier(), &ProjectNotifier::changed, this, &LedgerPanel::applyChange);
}

void LedgerPanel::clearFilters()
{
    for (QComboBox *box : {m_stage, m_unit, m_park, m_chain, m_investorType, m_tier}) {
        QSignalBlocker block(box);
        box->setCurrentIndex(0);
    }
    QSignalBlocker blockDates(m_useDates);
    m_useDates->setChecked(false);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    QSignalBlocker blockSearch(m_search);
    m_search->clear();
}

void LedgerPanel::showFilter(const ProjectFilter &filter)
{
    setFilterBar(filter);
    applyFilter();
    m_mapFiltered->setChecked(true);
}

void LedgerPanel::setFilterBar(const ProjectFilter &filter)
{
    clearFilters();
    auto choose = [](QComboBox *box, const QString &value) {
        if (!value.isEmpty()) {
            QSignalBlocker block(box);
            box->setCurrentIndex(std::max(0, box->findData(value)));
        }
    };
    choose(m_stage, filter.stage);
    choose(m_unit, filter.unit);
    choose(m_park, filter.park);
    choose(m_chain, filter.chain);
    choose(m_investorType, filter.investorType);
    {
        QSignalBlocker block(m_tier);
        for (int i = 0; i < m_tier->count(); ++i) {
            if (m_tier->itemData(i).toDouble() == filter.minInvestmentWan)
                m_tier->setCurrentIndex(i);
        }
    }
    if (filter.signedFrom.isValid() || filter.signedTo.isValid()) {
        QSignalBlocker a(m_useDates), b(m_from), c(m_to);
        m_useDates->setChecked(true);
        m_from->setEnabled(true);
        m_to->setEnabled(true);
        m_from->setDate(filter.signedFrom.isValid() ? filter.signedFrom : QDate(1990, 1, 1));
        m_to->setDate(filter.signedTo.isValid() ? filter.signedTo : QDate::currentDate());
    }
    QSignalBlocker block(m_search);
    m_search->setText(filter.search);
}

LedgerPanel::ViewState LedgerPanel::viewState() const
{
    return {barFilter(), m_mapFiltered->isChecked(), m_view->horizontalHeader()->saveState(),
            currentFid()};
}

void LedgerPanel::restoreViewState(const ViewState &state)
{
    QHeaderView *header = m_view->horizontalHeader();
    header->restoreState(state.header);
    fitColumnTitles(); // the other language's titles may be wider
    // restoreState() sets the sort indicator without sorting.
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    setFilterBar(state.filter);
    applyFilter();
    m_mapFiltered->setChecked(state.mapFiltered);
    if (state.current)
        selectFid(state.current);
}

void LedgerPanel::applyChange(const ProjectChange &change)
{
    // Names of units and parks appear in the table and in the filter choices.
    if (change.touchesAny({QStringLiteral("projects"), QStringLiteral("project_events"),
                           QStringLiteral("units"), QStringLiteral("parks")}))
        refresh();
}

void LedgerPanel::applyAudience()
{
    const bool isPublic = m_project && m_project->isPublic();
    if (isPublic == m_public)
        return;
    m_public = isPublic;
    const Fields::Audience audience
        = isPublic ? Fields::Audience::Public : Fields::Audience::Office;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const Field &field = m_model->field(c);
        if (!Fields::isShownTo(field, Fields::Audience::Public))
            m_view->setColumnHidden(c, isPublic || !field.has(Field::Shown));
    }
    const Field *investment = Fields::find(Fields::projects(), QStringLiteral("investment"));
    const bool tiers = investment && Fields::isShownTo(*investment, audience);
    if (!tiers) {
        QSignalBlocker block(m_tier);
        m_tier->setCurrentIndex(0);
    }
    m_tier->setVisible(tiers);
    m_search->setPlaceholderText(isPublic ? tr("Search project names…")
                                          : tr("Search name, investor, notes…"));
}

void LedgerPanel::refresh()
{
    applyAudience();
    const qint64 current = currentFid();
    fillChoices();
    if (Status done = m_model->reload(); !done)
        Q_EMIT loadFailed(done.errorMessage());
    selectFid(current);
}

void LedgerPanel::fillChoices()
{
    // Shown in the program's language (English names where the project has them), filtering by
    // the stored Chinese name.
    LocalNames local;
    if (m_project) {
        if (auto read = LocalNames::read(*m_project, I18n::englishUi()))
            local = *read;
    }
    auto fill
        = [this, &local](QComboBox *box, const Result<QStringList> &names, const QString &table) {
              const QString kept = box->currentData().toString();
              QSignalBlocker block(box);
              while (box->count() > 1)
                  box->removeItem(1);
              if (!names) {
                  Q_EMIT loadFailed(names.errorMessage());
                  return;
              }
              for (const QString &name : names.value())
                  box->addItem(table == QLatin1String("chains") ? local.chain(name)
                                                                : local.name(table, name),
                               name);
              box->setCurrentIndex(std::max(0, box->findData(kept)));
          };
    auto names = [](const Result<QList<Lookups::Choice>> &choices) -> Result<QStringList> {
        if (!choices)
            return choices.error();
        QStringList list;
        for (const Lookups::Choice &c : choices.value())
            list << c.name;
        list.removeDuplicates();
        return list;
    };
    if (!m_project) {
        for (QComboBox *box : {m_unit, m_park, m_chain})
            fill(box, QStringList(), QString());
        return;
    }
    fill(m_unit, names(Lookups::units(*m_project)), QStringLiteral("units"));
    fill(m_park, names(Lookups::parks(*m_project, Lookups::Order::Name)), QStringLiteral("parks"));
    fill(m_chain, Lookups::chains(*m_project), QStringLiteral("chains"));
}

ProjectFilter LedgerPanel::barFilter() const
{
    ProjectFilter f;
    f.stage = m_stage->currentData().toString();
    f.unit = m_unit->currentData().toString();
    f.park = m_park->currentData().toString();
    f.chain = m_chain->currentData().toString();
    f.investorType = m_investorType->currentData().toString();
    f.minInvestmentWan = m_tier->currentData().toDouble();
    if (m_useDates->isChecked()) {
        f.signedFrom = m_from->date();
        f.signedTo = m_to->date();
    }
    f.search = m_search->text().trimmed();
    return f;
}

void LedgerPanel::applyFilter()
{
    m_model->setFilter(barFilter());
}

void LedgerPanel::updateTotals()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
    if (!m_project) {
        m_empty->setText(tr("No project is open."));
        m_totals->clear();
        return;
    }
    m_empty->setText(m_model->filter() == ProjectFilter()
                         ? tr("The ledger is empty. Add a project (Edit → New project) or import a "
                              "spreadsheet (File → Import ledger).")
                         : tr("No project matches these filters."));
    const ProjectQuery::Totals *totals = &m_model->totals();
    const QLocale locale;
    // 96.5 亩 stays 96.5, 33 080 亩 gets no ".0"
    const QString land
        = locale.toString(totals->landMu, 'f', std::fmod(totals->landMu, 1.0) == 0 ? 0 : 1);
    m_totals->setText(
        (totals->investmentShown
             ? tr("%n project(s) · total investment %1 (100M CNY) · land %2 mu", nullptr,
                  int(totals->count))
                   .arg(locale.toString(totals->investmentWan / Domain::kWanPerYi, 'f', 2), land)
             : tr("%n project(s) · land %1 mu", nullptr, int(totals->count)).arg(land))
        + (totals->withoutLocation > 0 ? QStringLiteral(" · ")
                                             + tr("%n without a location (not on the map)", nullptr,
                                                  int(totals->withoutLocation))
                                       : QString()));
}

void LedgerPanel::fitColumnTitles()
{
    QHeaderView *header = m_view->horizontalHeader();
    // Bold while a row is selected (QHeaderView::highlightSections), and it always fits.
    QFont bold = header->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    // Room for the sort arrow on every column: any of them may be sorted by.
    const int arrow = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const int needed
            = metrics.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString())
              + 3 * margin + arrow;
        if (header->sectionSize(c) < needed)
            header->resizeSection(c, needed);
    }
}

void LedgerPanel::showColumnMenu(const QPoint &pos)
{
    QMenu menu(this);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *action = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(c));
        action->setEnabled(!m_model->field(c).has(Field::Title));
        // In public mode a confidential column has nothing to show and is not offered.
        action->setVisible(!m_public
                           || Fields::isShownTo(m_model->field(c), Fields::Audience::Public));
        connect(action, &QAction::toggled, this,
                [this, c](bool on) { m_view->setColumnHidden(c, !on); });
    }
    menu.exec(m_view->horizontalHeader()->mapToGlobal(pos));
}

qint64 LedgerPanel::currentFid() const
{
    return m_view->currentIndex().data(ProjectTableModel::FidRole).toLongLong();
}

QString LedgerPanel::currentName() const
{
    return m_view->currentIndex()
        .siblingAtColumn(m_model->columnOf(QStringLiteral("name")))
        .data()
        .toString();
}

bool LedgerPanel::selectFid(qint64 fid)
{
    const int row = m_model->rowOf(fid);
    if (row < 0)
        return false;
    QSignalBlocker block(m_view->selectionModel());
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}
