// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/metrics.h"

namespace {

using M = Metrics::Metric;
using Q = Metrics::Quantity;
using S = Metrics::Milestone;

// One entry per count; the definitions are the documentation the dashboard shows as tooltips.
const M kMetrics[] = {
    {"projects_total", QT_TRANSLATE_NOOP("Metrics", "Projects signed"), "个",
     QT_TRANSLATE_NOOP("Metrics", "Projects whose signing date (签约) falls in the period, of any "
                                  "amount or none."),
     Q::Count, S::Signed},
    {"projects_ge_1yi", QT_TRANSLATE_NOOP("Metrics", "Signed projects of 100M CNY or more"), "个",
     QT_TRANSLATE_NOOP("Metrics", "Projects signed in the period with an investment of at least "
                                  "1 亿元 (10 000 万元, inclusive). 大项目 (projects_large) is "
                                  "read the same way, as the Lishui articles use it."),
     Q::Count, S::Signed, 1},
    {"projects_ge_3yi", QT_TRANSLATE_NOOP("Metrics", "Signed projects of 300M CNY or more"), "个",
     QT_TRANSLATE_NOOP("Metrics", "Projects signed in the period with an investment of at least "
                                  "3 亿元 (inclusive)."),
     Q::Count, S::Signed, 3},
    {"projects_ge_5yi", QT_TRANSLATE_NOOP("Metrics", "Signed projects of 500M CNY or more"), "个",
     QT_TRANSLATE_NOOP("Metrics", "Projects signed in the period with an investment of at least "
                                  "5 亿元 (inclusive)."),
     Q::Count, S::Signed, 5},
    {"projects_ge_10yi", QT_TRANSLATE_NOOP("Metrics", "Signed projects of 1 billion CNY or more"),
     "个",
     QT_TRANSLATE_NOOP("Metrics", "Projects signed in the period with an investment of at least "
                                  "10 亿元 (inclusive)."),
     Q::Count, S::Signed, 10},
    {"projects_ge_20yi", QT_TRANSLATE_NOOP("Metrics", "Signed projects of 2 billion CNY or more"),
     "个",
     QT_TRANSLATE_NOOP("Metrics", "Projects signed in the period with an investment of at least "
                                  "20 亿元 (inclusive)."),
     Q::Count, S::Signed, 20},
    {"projects_ge_50yi", QT_TRANSLATE_NOOP("Metrics", "Signed projects of 5 billion CNY or more"),
     "个",
     QT_TRANSLATE_NOOP("Metrics", "Projects signed in the period with an investment of at least "
                                  "50 亿元 (inclusive)."),
     Q::Count, S::Signed, 50},
    {"projects_ge_100yi", QT_TRANSLATE_NOOP("Metrics", "Signed projects of 10 billion CNY or more"),
     "个",
     QT_TRANSLATE_NOOP("Metrics", "Projects signed in the period with an investment of at least "
                                  "100 亿元 (inclusive)."),
     Q::Count, S::Signed, 100},
    {"manufacturing_ge_1yi",
     QT_TRANSLATE_NOOP("Metrics", "Signed manufacturing projects of 100M CNY or more"), "个",
     QT_TRANSLATE_NOOP("Metrics", "Manufacturing projects (by their industry chain) signed in the "
                                  "period with an investment of at least 1 亿元 (inclusive). "
                                  "制造业大项目 (manufacturing_large) is read the same way."),
     Q::Count, S::Signed, 1, true},
    {"manufacturing_ge_10yi",
     QT_TRANSLATE_NOOP("Metrics", "Signed manufacturing projects of 1 billion CNY or more"), "个",
     QT_TRANSLATE_NOOP("Metrics", "Manufacturing projects (by their industry chain) signed in the "
                                  "period with an investment of at least 10 亿元 (inclusive); "
                                  "also 10亿元以上工业项目."),
     Q::Count, S::Signed, 10, true},
    {"investment_total_yi", QT_TRANSLATE_NOOP("Metrics", "Signed investment"), "亿元",
     QT_TRANSLATE_NOOP("Metrics", "The sum of the investment of the projects signed in the "
                                  "period, in 亿元. Amounts given only in US dollars are left "
                                  "out, not converted."),
     Q::InvestmentYi, S::Signed},
    {"started_ge_1yi", QT_TRANSLATE_NOOP("Metrics", "Projects of 100M CNY or more started"), "个",
     QT_TRANSLATE_NOOP("Metrics", "Projects whose construction started (开工 date) in the period, "
                                  "with an investment of at least 1 亿元 (inclusive), whenever "
                                  "they were signed."),
     Q::Count, S::Construction, 1},
    {"started_rate", QT_TRANSLATE_NOOP("Metrics", "Start rate of signed projects"), "%",
     QT_TRANSLATE_NOOP("Metrics", "Of the projects signed in the period, the share (in per cent) "
                                  "that have a construction start date on or before the period's "
                                  "end. Unknown when no project was signed."),
     Q::StartedRate, S::Signed},
    {"projects_producing", QT_TRANSLATE_NOOP("Metrics", "Projects put into production"), "个",
     QT_TRANSLATE_NOOP("Metrics", "Projects whose production date (投产) falls in the period."),
     Q::Count, S::Production},
    {"fdi_wan_usd", QT_TRANSLATE_NOOP("Metrics", "Foreign investment"), "万美元",
     QT_TRANSLATE_NOOP("Metrics", "The sum of the foreign investment (万美元) of the projects "
                                  "signed in the period. The ledger records each project's "
                                  "foreign investment, not when it arrives, so this counts it in "
                                  "the year of signing."),
     Q::ForeignWanUsd, S::Signed},
    {"fdi_musd", QT_TRANSLATE_NOOP("Metrics", "Foreign investment (million USD)"), "百万美元",
     QT_TRANSLATE_NOOP("Metrics", "The same sum as fdi_wan_usd in millions of US dollars "
                                  "(万美元 ÷ 100)."),
     Q::ForeignMusd, S::Signed},
    {"land_supplied_mu", QT_TRANSLATE_NOOP("Metrics", "Industrial land supplied"), "亩",
     QT_TRANSLATE_NOOP("Metrics", "Industrial parcels sold (已出让) in the period, by the "
                                  "parcels' history, in 亩; for a unit whose parcels record no "
                                  "sale, the land (亩) of the projects whose land was supplied "
                                  "(供地/摘牌 date) in the period. Also 出让工业用地 "
                                  "(land_transferred_mu)."),
     Q::LandMu, S::Land},
    {"planned_ge_10yi",
     QT_TRANSLATE_NOOP("Metrics", "New planned projects of 1 billion CNY or more"), "个",
     QT_TRANSLATE_NOOP("Metrics", "Projects first entered as a lead (线索 date, 谋划) in the "
                                  "period with an investment of at least 10 亿元 (inclusive)."),
     Q::Count, S::Lead, 10},
    {"planned_ge_50yi",
     QT_TRANSLATE_NOOP("Metrics", "New planned projects of 5 billion CNY or more"), "个",
     QT_TRANSLATE_NOOP("Metrics", "Projects first entered as a lead (线索 date, 谋划) in the "
                                  "period with an investment of at least 50 亿元 (inclusive)."),
     Q::Count, S::Lead, 50},
    {"top_enterprises", QT_TRANSLATE_NOOP("Metrics", "Projects of top enterprises"), "家",
     QT_TRANSLATE_NOOP("Metrics", "Projects signed in the period whose investor is a Fortune 500 "
                                  "company, a central or local state-owned enterprise or a listed "
                                  "company (investor type)."),
     Q::TopInvestors, S::Signed},
    {"enclaves_new", QT_TRANSLATE_NOOP("Metrics", "Enclaves opened"), "个",
     QT_TRANSLATE_NOOP("Metrics", "Enclaves whose opening date falls in the period, counted for "
                                  "their home unit."),
     Q::Enclaves},
    {"funds_arrived_yi", QT_TRANSLATE_NOOP("Metrics", "Funds actually arrived"), "亿元",
     QT_TRANSLATE_NOOP("Metrics", "Funds actually arrived (实际到位资金) in the months of the "
                                  "period, in 亿元: the sum of the amounts recorded per project "
                                  "and month (project_funds), counted for the project's unit."),
     Q::FundsArrivedYi},
    {"funds_arrived_manufacturing_yi",
     QT_TRANSLATE_NOOP("Metrics", "Funds arrived for manufacturing"), "亿元",
     QT_TRANSLATE_NOOP("Metrics", "Funds actually arrived in the months of the period for "
                                  "manufacturing projects, in 亿元."),
     Q::FundsArrivedYi, S::None, 0, true},
    // Recorded: the ledger does not hold what these count.
    {"idle_land_revitalized_mu", QT_TRANSLATE_NOOP("Metrics", "Idle land revitalised"), "亩",
     QT_TRANSLATE_NOOP("Metrics", "Idle and low-efficiency land (五未) brought back into use "
                                  "(盘活) in the period, by the parcels' history: the area of "
                                  "each revitalisation, in 亩."),
     Q::RevitalisedMu},
    {"idle_factory_revitalized_m2", QT_TRANSLATE_NOOP("Metrics", "Idle factory space revitalised"),
     "平方米",
     QT_TRANSLATE_NOOP("Metrics", "Idle factory floor space brought back into use, in m². Not "
                                  "recorded in the ledger: target only.")},
    {"new_industrial_land_mu", QT_TRANSLATE_NOOP("Metrics", "New industrial land"), "亩",
     QT_TRANSLATE_NOOP("Metrics", "Industrial land newly made available (新增工业用地), in 亩. Not "
                                  "recorded in the ledger: target only.")},
    {"new_space_mu", QT_TRANSLATE_NOOP("Metrics", "New space for industry"), "亩",
     QT_TRANSLATE_NOOP("Metrics", "Space for industry opened up (拓展空间), in 亩. Not recorded in "
                                  "the ledger: target only.")},
    {"new_effective_land_mu", QT_TRANSLATE_NOOP("Metrics", "New effective land"), "亩",
     QT_TRANSLATE_NOOP("Metrics", "Effective land newly added (新增有效用地), in 亩. Not recorded "
                                  "in the ledger: target only.")},
    {"projects_in_progress", QT_TRANSLATE_NOOP("Metrics", "Projects under way"), "个",
     QT_TRANSLATE_NOOP("Metrics", "Projects being carried out in the year (实施项目). Not "
                                  "defined from the ledger yet: target only.")},
    {"landed_projects", QT_TRANSLATE_NOOP("Metrics", "Projects landed"), "个",
     QT_TRANSLATE_NOOP("Metrics", "Projects landed (落地项目), cumulative. Not defined from the "
                                  "ledger yet: target only.")},
    {"innovation_entities", QT_TRANSLATE_NOOP("Metrics", "Innovation entities attracted"), "家",
     QT_TRANSLATE_NOOP("Metrics", "Innovation entities (创新主体) attracted. Not recorded in the "
                                  "ledger: target only.")},
    {"industry_funds_new", QT_TRANSLATE_NOOP("Metrics", "New industry funds"), "只",
     QT_TRANSLATE_NOOP("Metrics", "Industry funds newly set up. Not recorded in the ledger: "
                                  "target only.")},
};

// Ids of the published targets file that name the count of another metric.
const std::pair<const char *, const char *> kAliases[] = {
    {"signed_ge_3yi", "projects_ge_3yi"},
    {"signed_ge_20yi", "projects_ge_20yi"},
    {"projects_large", "projects_ge_1yi"},
    {"manufacturing_large", "manufacturing_ge_1yi"},
    {"projects_ge_10yi_manufacturing", "manufacturing_ge_10yi"},
    {"projects_ge_10yi_industrial", "manufacturing_ge_10yi"},
    {"projects_ge_10yi_planned", "planned_ge_10yi"},
    {"land_transferred_mu", "land_supplied_mu"},
};

} // namespace

std::span<const Metrics::Metric> Metrics::all()
{
    return kMetrics;
}

QString Metrics::canonicalId(const QString &id)
{
    for (const auto &[alias, target] : kAliases) {
        if (id == QLatin1String(alias))
            return QLatin1String(target);
    }
    return id;
}

QStringList Metrics::aliases(const QString &id)
{
    QStringList found;
    for (const auto &[alias, target] : kAliases) {
        if (id == QLatin1String(target))
            found << QLatin1String(alias);
    }
    return found;
}

const Metrics::Metric *Metrics::find(const QString &id)
{
    const QString canonical = canonicalId(id.trimmed());
    for (const Metric &metric : kMetrics) {
        if (canonical == QLatin1String(metric.id))
            return &metric;
    }
    return nullptr;
}

QString Metrics::name(const Metric &metric)
{
    return tr(metric.name);
}

QString Metrics::definition(const Metric &metric)
{
    return tr(metric.definition);
}

QString Metrics::dateColumn(Milestone milestone)
{
    switch (milestone) {
    case Milestone::Lead:
        return QStringLiteral("lead_date");
    case Milestone::Signed:
        return QStringLiteral("signed_date");
    case Milestone::Land:
        return QStringLiteral("land_date");
    case Milestone::Construction:
        return QStringLiteral("construction_date");
    case Milestone::Production:
        return QStringLiteral("production_date");
    case Milestone::None:
        break;
    }
    return {};
}

QStringList Metrics::manufacturingWords()
{
    return {QStringLiteral("制造"), QStringLiteral("装备"),     QStringLiteral("零部件"),
            QStringLiteral("材料"), QStringLiteral("半导体"),   QStringLiteral("集成电路"),
            QStringLiteral("芯片"), QStringLiteral("电子"),     QStringLiteral("新能源"),
            QStringLiteral("电池"), QStringLiteral("光伏"),     QStringLiteral("汽车"),
            QStringLiteral("机械"), QStringLiteral("钢"),       QStringLiteral("金属"),
            QStringLiteral("五金"), QStringLiteral("电器"),     QStringLiteral("家电"),
            QStringLiteral("医药"), QStringLiteral("医疗器械"), QStringLiteral("化工"),
            QStringLiteral("纺织"), QStringLiteral("服装"),     QStringLiteral("鞋"),
            QStringLiteral("时尚"), QStringLiteral("玩具"),     QStringLiteral("加工"),
            QStringLiteral("制品"), QStringLiteral("轨道交通"), QStringLiteral("户外用品"),
            QStringLiteral("食品")};
}

QStringList Metrics::serviceWords()
{
    return {QStringLiteral("服务"), QStringLiteral("物流"), QStringLiteral("数字经济"),
            QStringLiteral("研发"), QStringLiteral("文旅"), QStringLiteral("旅游"),
            QStringLiteral("电竞"), QStringLiteral("商贸"), QStringLiteral("金融"),
            QStringLiteral("地产"), QStringLiteral("软件"), QStringLiteral("数据中心"),
            QStringLiteral("康养"), QStringLiteral("农业")};
}

bool Metrics::isManufacturing(const QString &chain)
{
    const QString text = chain.trimmed();
    if (text.isEmpty())
        return false;
    for (const QString &word : serviceWords()) {
        if (text.contains(word))
            return false;
    }
    for (const QString &word : manufacturingWords()) {
        if (text.contains(word))
            return true;
    }
    return false;
}
