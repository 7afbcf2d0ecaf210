// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/dashboardpanel.h"
#include "ui/widgets/flowlayout.h"
#include "ui/widgets/scrollsafecombobox.h"

#include "core/domain/domain.h"
#include "core/project/lookups.h"
#include "core/project/projectchange.h"
#include "core/project/projectdocument.h"
#include "core/project/projectnotifier.h"
#include "core/stats/metrics.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace {

const QColor kGood(0x2E, 0x7D, 0x32);
const QColor kBehind(0xC6, 0x28, 0x28);
const QColor kBar(0x3F, 0x6F, 0xB5);
const QColor kMuted(0x9E, 0x9E, 0x9E);

enum Role { RatioRole = Qt::UserRole + 1, ShareRole, UnitRole };

QString percent(double ratio)
{
    return QStringLiteral("%1%").arg(QLocale().toString(ratio * 100, 'f', 1));
}

QString number(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 2);
}

// The completion column: a bar for actual ÷ target (capped at 150 %), a dark line where the
// pro-rata share of the year lies, green when the bar reaches it, red when not.
class CompletionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QVariant ratio = index.data(RatioRole);
        if (!ratio.isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem plain = option;
        initStyleOption(&plain, index);
        plain.text.clear();
        option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &plain, painter,
                                            option.widget);
        const double share = index.data(ShareRole).toDouble();
        const double cap = Ranking::kRatioCap;
        const QRect r = option.rect.adjusted(4, 5, -4, -5);
        const int textWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("150.0%")) + 6;
        const QRect bar(r.left(), r.top(), std::max(10, r.width() - textWidth), r.height());
        painter->save();
        painter->fillRect(bar, QColor(0xEE, 0xEE, 0xEE));
        const double value = std::clamp(ratio.toDouble(), 0.0, cap);
        QRect filled = bar;
        filled.setWidth(int(bar.width() * value / cap));
        painter->fillRect(filled, ratio.toDouble() + 1e-9 >= share ? kGood : kBehind);
        const int marker = bar.left() + int(bar.width() * std::min(share, cap) / cap);
        painter->setPen(QPen(Qt::black, 2));
        painter->drawLine(marker, bar.top() - 2, marker, bar.bottom() + 2);
        painter->setPen(option.palette.color(QPalette::Text));
        painter->drawText(QRect(bar.right() + 4, r.top(), textWidth, r.height()),
                          Qt::AlignVCenter | Qt::AlignRight, percent(ratio.toDouble()));
        painter->restore();
    }
};

QTableWidget *table(QWidget *parent, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    t->setMinimumHeight(48); // a projector's short window still fits the dock
    return t;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    return item;
}

QChartView *chartView(QWidget *parent)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(60); // a projector's short window still fits the dock
    return view;
}

// A fresh chart in `view` (the old one and its series are deleted with it).
QChart *resetChart(QChartView *view, const QString &title)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setTitle(title);
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    return chart;
}

} // namespace

DashboardPanel::DashboardPanel(QWidget *parent)
    : QWidget(parent)
    , m_kind(new ScrollSafeComboBox(this))
    , m_index(new ScrollSafeComboBox(this))
    , m_unit(new ScrollSafeComboBox(this))
    , m_signedBy(new ScrollSafeComboBox(this))
    , m_year(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_colourMap(new QCheckBox(tr("Colour the units on the map by completion"), this))
{
    m_kind->addItem(tr("Year"), int(DashboardPeriod::Kind::Year));
    m_kind->addItem(tr("Half-year"), int(DashboardPeriod::Kind::Half));
    m_kind->addItem(tr("Quarter"), int(DashboardPeriod::Kind::Quarter));
    m_kind->addItem(tr("Month"), int(DashboardPeriod::Kind::Month));
    m_year->setRange(1990, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_year->setObjectName(QStringLiteral("DashboardYear"));
    m_unit->setObjectName(QStringLiteral("DashboardUnit"));
    m_summary->setWordWrap(true);

    auto *bar = new FlowLayout;
    auto labelled = [&](const QString &label, QWidget *widget) {
        auto *box = new QWidget(this);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(new QLabel(label, box));
        row->addWidget(widget);
        bar->addWidget(box);
    };
    labelled(tr("Period"), m_kind);
    labelled(tr("Year"), m_year);
    bar->addWidget(m_index);
    labelled(tr("Unit"), m_unit);

    // Targets
    m_targets = table(this, {tr("Unit"), tr("Metric"), tr("Target"), tr("Actual"), tr("Completion"),
                             tr("Status")});
    m_targets->setItemDelegateForColumn(4, new CompletionDelegate(m_targets));
    m_targets->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_targets->horizontalHeader()->setStretchLastSection(false);
    m_targets->setColumnWidth(4, 190);
    m_tabs->addTab(m_targets, tr("Targets"));

    // Ranking
    auto *rankingPage = new QWidget(this);
    auto *rankingLayout = new QVBoxLayout(rankingPage);
    rankingLayout->setContentsMargins(0, 4, 0, 0);
    auto scored = [](std::optional<double> score) {
        UnitScore unit;
        unit.score = score;
        return unit;
    };
    auto *legend = new QLabel(
        tr("<span style='color:%1'>■</span> year's target reached &nbsp; "
           "<span style='color:%2'>■</span> on track &nbsp; <span style='color:%3'>■</span> "
           "behind &nbsp; <span style='color:%4'>■</span> no target counted")
            .arg(completionColour(scored(1.0), 0.5).name(),
                 completionColour(scored(0.6), 0.5).name(),
                 completionColour(scored(0.1), 0.5).name(),
                 completionColour(scored(std::nullopt), 0.5).name()),
        rankingPage);
    auto *colourRow = new FlowLayout;
    colourRow->addWidget(m_colourMap);
    colourRow->addWidget(legend);
    rankingLayout->addLayout(colourRow);
    m_ranking = table(rankingPage, {tr("Rank"), tr("Unit"), tr("Score"), tr("Targets scored"),
                                    tr("On track"), tr("Change"), tr("Mark")});
    m_ranking->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ranking->horizontalHeader()->setStretchLastSection(false);
    rankingLayout->addWidget(m_ranking);
    m_tabs->addTab(rankingPage, tr("Ranking"));

    // Funnel
    m_funnel = chartView(this);
    m_tabs->addTab(m_funnel, tr("Pipeline"));

    // Signed investment
    auto *signedPage = new QWidget(this);
    auto *signedLayout = new QVBoxLayout(signedPage);
    signedLayout->setContentsMargins(0, 4, 0, 0);
    m_signedBy->addItem(tr("By industry chain"));
    m_signedBy->addItem(tr("By size"));
    m_signedBy->addItem(tr("By month"));
    auto *signedBar = new QHBoxLayout;
    signedBar->addWidget(new QLabel(tr("Signed in the period"), signedPage));
    signedBar->addWidget(m_signedBy);
    signedBar->addStretch(1);
    signedLayout->addLayout(signedBar);
    m_signed = chartView(signedPage);
    signedLayout->addWidget(m_signed, 1);
    m_tabs->addTab(signedPage, tr("Signed"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    fillPeriodIndexes();
    m_refreshLater.setSingleShot(true);
    m_refreshLater.setInterval(250);
    connect(&m_refreshLater, &QTimer::timeout, this, &DashboardPanel::refresh);
    auto later = [this] { m_refreshLater.start(); };
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, later] {
        fillPeriodIndexes();
        later();
    });
    connect(m_index, &QComboBox::currentIndexChanged, this, later);
    connect(m_year, &QSpinBox::valueChanged, this, later);
    connect(m_unit, &QComboBox::currentIndexChanged, this, later);
    connect(m_signedBy, &QComboBox::currentIndexChanged, this, &DashboardPanel::showSigned);
    connect(m_colourMap, &QCheckBox::toggled, this, &DashboardPanel::emitUnitFills);

    connect(m_targets, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (row < 0 || row >= m_data.scorecard.size())
            return;
        const ScoreRow &score = m_data.scorecard[row];
        ProjectFilter filter;
        filter.unit = score.unit;
        if (score.metric) {
            filter.minInvestmentWan = score.metric->minYi * Domain::kWanPerYi;
            if (score.metric->milestone == Metrics::Milestone::Signed) {
                filter.signedFrom = m_data.period.cumulative().start();
                filter.signedTo = m_data.period.end();
            }
        }
        Q_EMIT filterRequested(filter);
    });
    connect(m_ranking, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (row < 0 || row >= m_data.ranking.size())
            return;
        ProjectFilter filter;
        filter.unit = m_data.ranking[row].unit;
        Q_EMIT filterRequested(filter);
    });
    setDocument(nullptr);
}

QColor DashboardPanel::completionColour(const UnitScore &score, double share)
{
    if (!score.score)
        return QColor(0xD6, 0xD6, 0xD6);
    if (*score.score >= 1.0)
        return QColor(0x1B, 0x5E, 0x20);
    if (*score.score + 1e-9 >= share)
        return QColor(0x81, 0xC7, 0x84);
    return QColor(0xEF, 0x9A, 0x9A);
}

void DashboardPanel::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(&m_document->notifier(), nullptr, this, nullptr);
    m_document = document;
    m_data = DashboardData{};
    m_targetsCache.reset();
    if (document) {
        connect(&document->notifier(), &ProjectNotifier::changed, this,
                &DashboardPanel::applyChange);
        QSignalBlocker block(m_year);
        m_year->setValue(Dashboard::defaultYear(document->store(), QDate::currentDate()));
    }
    fillUnits();
    m_stale = true;
    if (isVisible())
        refresh();
    else
        emitUnitFills();
}

void DashboardPanel::fillUnits()
{
    const QVariant kept = m_unit->currentData();
    QSignalBlocker block(m_unit);
    m_unit->clear();
    m_unitNames.clear();
    m_unit->addItem(tr("All units"));
    if (!m_document)
        return;
    auto units = Lookups::units(m_document->store(), Lookups::Order::Key);
    if (!units) {
        Q_EMIT loadFailed(units.errorMessage());
        return;
    }
    for (const Lookups::Choice &unit : *units) {
        m_unit->addItem(unit.name, unit.id);
        m_unitNames.insert(unit.id, unit.name);
    }
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(kept)));
}

void DashboardPanel::fillPeriodIndexes()
{
    const auto kind = DashboardPeriod::Kind(m_kind->currentData().toInt());
    const int kept = m_index->currentIndex();
    QSignalBlocker block(m_index);
    m_index->clear();
    for (int i = 1; i <= DashboardPeriod::count(kind); ++i) {
        switch (kind) {
        case DashboardPeriod::Kind::Month:
            m_index->addItem(QLocale().monthName(i, QLocale::LongFormat), i);
            break;
        case DashboardPeriod::Kind::Quarter:
            m_index->addItem(tr("Q%1").arg(i), i);
            break;
        case DashboardPeriod::Kind::Half:
            m_index->addItem(i == 1 ? tr("First half") : tr("Second half"), i);
            break;
        case DashboardPeriod::Kind::Year:
            break;
        }
    }
    m_index->setVisible(kind != DashboardPeriod::Kind::Year);
    m_index->setCurrentIndex(std::clamp(kept, 0, std::max(0, m_index->count() - 1)));
}

DashboardPeriod DashboardPanel::chosenPeriod() const
{
    DashboardPeriod period;
    period.kind = DashboardPeriod::Kind(m_kind->currentData().toInt());
    period.year = m_year->value();
    period.index = period.kind == DashboardPeriod::Kind::Year
                       ? 1
                       : std::max(1, m_index->currentData().toInt());
    return period;
}

std::optional<qint64> DashboardPanel::chosenUnit() const
{
    const QVariant unit = m_unit->currentData();
    return unit.isValid() ? std::optional<qint64>(unit.toLongLong()) : std::nullopt;
}

void DashboardPanel::choose(const DashboardPeriod &period, std::optional<qint64> unitFid)
{
    {
        QSignalBlocker a(m_kind), b(m_year), c(m_unit);
        m_kind->setCurrentIndex(m_kind->findData(int(period.kind)));
        fillPeriodIndexes();
        m_year->setValue(period.year);
        QSignalBlocker d(m_index);
        m_index->setCurrentIndex(std::max(0, m_index->findData(period.index)));
        m_unit->setCurrentIndex(unitFid ? std::max(0, m_unit->findData(*unitFid)) : 0);
    }
    refresh();
}

void DashboardPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_refreshLater.start(0);
}

void DashboardPanel::applyChange(const ProjectChange &change)
{
    if (change.touchesAny({QStringLiteral("units")}))
        fillUnits();
    if (!change.touchesAny({QStringLiteral("projects"), QStringLiteral("targets"),
                            QStringLiteral("project_funds"), QStringLiteral("units"),
                            QStringLiteral("enclaves")}))
        return;
    m_stale = true;
    m_targetsCache.reset();
    if (isVisible())
        m_refreshLater.start();
}

void DashboardPanel::refresh()
{
    m_refreshLater.stop();
    m_stale = false;
    if (!m_document) {
        m_data = DashboardData{};
        m_summary->setText(tr("No project is open."));
    } else {
        const DashboardPeriod period = chosenPeriod();
        if (m_targetsCache && !(m_targetsCache->period == period))
            m_targetsCache.reset();
        if (!m_targetsCache) {
            if (auto targets = Dashboard::targets(m_document->store(), period))
                m_targetsCache = std::move(*targets);
        }
        auto data = Dashboard::compute(m_document->store(), period, chosenUnit(),
                                       m_targetsCache ? &*m_targetsCache : nullptr);
        if (!data) {
            Q_EMIT loadFailed(data.errorMessage());
            m_data = DashboardData{};
            m_summary->setText(data.errorMessage());
        } else {
            m_data = *data;
            int counted = 0, onTrack = 0;
            for (const ScoreRow &row : m_data.scorecard) {
                counted += row.actual ? 1 : 0;
                onTrack += row.onTrack.value_or(false) ? 1 : 0;
            }
            m_summary->setText(
                m_data.scorecard.isEmpty()
                    ? tr("%1: no targets for %2. Import them with File → Import targets.")
                          .arg(m_data.period.label())
                          .arg(m_data.period.year)
                    : tr("%1, cumulative to %2 (%3 of the year): %4 targets, %5 counted from the "
                         "ledger, %6 on track, %7 behind.")
                          .arg(m_data.period.label(),
                               QLocale().toString(m_data.period.end(), QLocale::ShortFormat),
                               percent(m_data.share))
                          .arg(m_data.scorecard.size())
                          .arg(counted)
                          .arg(onTrack)
                          .arg(counted - onTrack));
        }
    }
    showTargets();
    showRanking();
    showFunnel();
    showSigned();
    emitUnitFills();
}

QString DashboardPanel::unitName(qint64 fid) const
{
    return m_unitNames.value(fid, tr("No unit"));
}

void DashboardPanel::showTargets()
{
    m_targets->setRowCount(0);
    m_targets->setColumnHidden(0, m_data.unitFid.has_value());
    for (const ScoreRow &row : m_data.scorecard) {
        const int r = m_targets->rowCount();
        m_targets->insertRow(r);
        auto *metric = cell(row.metric ? Metrics::name(*row.metric) : row.metricId);
        if (row.metric)
            metric->setToolTip(Metrics::definition(*row.metric));
        m_targets->setItem(r, 0, cell(row.unit));
        m_targets->setItem(r, 1, metric);
        m_targets->setItem(r, 2,
                           cell(QStringLiteral("%1 %2").arg(number(row.target), row.measure),
                                Qt::AlignRight | Qt::AlignVCenter));
        m_targets->setItem(r, 3,
                           cell(row.actual ? number(*row.actual) : QStringLiteral("—"),
                                Qt::AlignRight | Qt::AlignVCenter));
        auto *completion = cell(row.ratio ? percent(*row.ratio) : QStringLiteral("—"),
                                Qt::AlignRight | Qt::AlignVCenter);
        if (row.ratio) {
            completion->setData(RatioRole, *row.ratio);
            completion->setData(ShareRole, row.share);
            completion->setToolTip(tr("Pro-rata line: %1 of the target").arg(percent(row.share)));
        }
        m_targets->setItem(r, 4, completion);
        QTableWidgetItem *status = nullptr;
        if (!row.actual) {
            status = cell(tr("Not in the ledger"));
            status->setForeground(kMuted);
        } else if (row.onTrack.value_or(false)) {
            status = cell(tr("On track"));
            status->setForeground(kGood);
        } else {
            status = cell(tr("Behind"));
            status->setForeground(kBehind);
        }
        m_targets->setItem(r, 5, status);
    }
    m_targets->resizeColumnToContents(0);
    m_targets->resizeColumnToContents(2);
    m_targets->resizeColumnToContents(3);
    m_targets->resizeColumnToContents(5);
}

void DashboardPanel::showRanking()
{
    m_ranking->setRowCount(0);
    for (const UnitScore &u : m_data.ranking) {
        const int r = m_ranking->rowCount();
        m_ranking->insertRow(r);
        const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
        m_ranking->setItem(
            r, 0, cell(u.rank ? QString::number(u.rank) : QStringLiteral("—"), Qt::AlignCenter));
        auto *unit = cell(u.unit);
        unit->setForeground(completionColour(u, m_data.share).darker(140));
        m_ranking->setItem(r, 1, unit);
        m_ranking->setItem(r, 2, cell(u.score ? percent(*u.score) : QStringLiteral("—"), right));
        m_ranking->setItem(r, 3, cell(QString::number(u.counted), right));
        m_ranking->setItem(r, 4, cell(QString::number(u.onTrack), right));
        QString change;
        QColor colour = kMuted;
        if (u.rank && u.previousRank) {
            const int gained = u.previousRank - u.rank;
            change = gained == 0  ? QStringLiteral("–")
                     : gained > 0 ? QStringLiteral("↑%1").arg(gained)
                                  : QStringLiteral("↓%1").arg(-gained);
            colour = gained > 0 ? kGood : gained < 0 ? kBehind : kMuted;
        }
        auto *changeItem = cell(change, Qt::AlignCenter);
        changeItem->setForeground(colour);
        changeItem->setToolTip(tr("Places gained or lost since the end of the month before"));
        m_ranking->setItem(r, 5, changeItem);
        auto *mark = cell(u.golden  ? tr("Golden ox")
                          : u.snail ? tr("Snail")
                                    : QString(),
                          Qt::AlignCenter);
        mark->setForeground(u.golden ? kGood : kBehind);
        m_ranking->setItem(r, 6, mark);
    }
    for (int c : {0, 2, 3, 4, 5, 6})
        m_ranking->resizeColumnToContents(c);
}

void DashboardPanel::showFunnel()
{
    QChart *chart = resetChart(m_funnel, tr("Projects by the stage they reached"));
    if (m_data.funnel.isEmpty())
        return;
    auto *set = new QBarSet(tr("Projects"));
    set->setColor(kBar);
    QStringList labels;
    int most = 1;
    // Under each bar: the stage, then its conversion from the stage before and the median days
    // it took (axis labels take rich text).
    for (const FunnelStep &step : std::as_const(m_data.funnel)) {
        QStringList below;
        if (step.conversion)
            below << percent(*step.conversion);
        if (step.medianDays)
            below << tr("%n day(s)", nullptr, int(std::lround(*step.medianDays)));
        labels << QStringLiteral("%1<br>%2")
                      .arg(Domain::label(Domain::stages(), step.stage),
                           below.isEmpty() ? QStringLiteral("&nbsp;")
                                           : below.join(QStringLiteral(" · ")));
        *set << step.reached;
        most = std::max(most, step.reached);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto *stages = new QBarCategoryAxis;
    stages->append(labels);
    chart->addAxis(stages, Qt::AlignBottom);
    series->attachAxis(stages);
    auto *count = new QValueAxis;
    count->setRange(0, most);
    count->setLabelFormat(QStringLiteral("%d"));
    count->applyNiceNumbers();
    chart->addAxis(count, Qt::AlignLeft);
    series->attachAxis(count);
    m_funnel->setToolTip(tr("Each bar: projects that reached the stage by the period's end · "
                            "share of the stage before · median days from the stage before"));
    connect(set, &QBarSet::clicked, this, [this](int index) {
        if (index < 0 || index >= m_data.funnel.size())
            return;
        ProjectFilter filter;
        filter.stage = m_data.funnel[index].stage;
        if (m_data.unitFid)
            filter.unit = unitName(*m_data.unitFid);
        Q_EMIT filterRequested(filter);
    });
}

void DashboardPanel::showSigned()
{
    const int by = m_signedBy->currentIndex();
    const QList<SignedGroup> &groups = by == 0   ? m_data.byChain
                                       : by == 1 ? m_data.byTier
                                                 : m_data.byMonth;
    QChart *chart
        = resetChart(m_signed, tr("Signed investment (100M CNY) and projects, %1")
                                   .arg(m_data.period.year ? m_data.period.label() : QString()));
    if (groups.isEmpty()) {
        chart->setTitle(tr("No project was signed in the period."));
        return;
    }
    auto *set = new QBarSet(tr("Investment"));
    set->setColor(kBar);
    QStringList labels;
    double most = 1;
    for (const SignedGroup &g : groups) {
        labels << QStringLiteral("%1 (%2)").arg(g.label).arg(g.count);
        *set << g.investmentYi;
        most = std::max(most, g.investmentYi);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(4);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(labels);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    auto *values = new QValueAxis;
    values->setRange(0, most * 1.15);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->applyNiceNumbers();
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    connect(set, &QBarSet::clicked, this, [this, by](int index) {
        const QList<SignedGroup> &list = by == 0   ? m_data.byChain
                                         : by == 1 ? m_data.byTier
                                                   : m_data.byMonth;
        if (index >= 0 && index < list.size())
            requestForGroup(list[index]);
    });
}

void DashboardPanel::requestForGroup(const SignedGroup &group)
{
    ProjectFilter filter;
    filter.chain = group.chain;
    filter.minInvestmentWan = group.minYi * Domain::kWanPerYi;
    filter.signedFrom = group.from;
    filter.signedTo = group.to;
    if (m_data.unitFid)
        filter.unit = unitName(*m_data.unitFid);
    Q_EMIT filterRequested(filter);
}

void DashboardPanel::emitUnitFills()
{
    if (!m_colourMap->isChecked() || !m_document) {
        Q_EMIT unitFillsChanged(nullptr);
        return;
    }
    auto fills = std::make_shared<QHash<qint64, QColor>>();
    for (const UnitScore &u : m_data.ranking)
        fills->insert(u.unitFid, completionColour(u, m_data.share));
    // Units without any target are grey as well.
    for (auto it = m_unitNames.cbegin(); it != m_unitNames.cend(); ++it) {
        if (!fills->contains(it.key()))
            fills->insert(it.key(), completionColour({}, m_data.share));
    }
    Q_EMIT unitFillsChanged(fills);
}
