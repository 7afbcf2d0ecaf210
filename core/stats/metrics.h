// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <span>

// The catalogue of target metrics: what a unit's yearly target (targets.metric) counts, and how
// the ledger answers it. Ids are those of the published targets file
// (shared/data/facts/targets.csv) and are stored as they are; a few ids of that file name the
// same count as another id (signed_ge_3yi is projects_ge_3yi) and are listed as aliases.
//
// Counting rules shared by every ledger metric (StatsEngine applies them):
// - a dropped project (stage 终止 or a drop date) never counts, in no period;
// - a project counts in the period that holds the date of the milestone the metric is about
//   (signed_date for 签约 counts and amounts, construction_date for 开工, production_date for
//   投产, land_date for 供地, lead_date for 谋划); without that date it does not count;
// - tiers are inclusive and read the investment in 万元: "≥ 1 亿元" is investment_wan ≥ 10 000;
//   a project with only a USD amount (no investment_wan) is in no 亿元 tier and adds nothing to
//   the 亿元 total — USD is never converted;
// - a manufacturing project is one whose chain names a manufacturing industry (isManufacturing).
//
// Funds actually arrived are recorded per project and month (project_funds, 万元); a month counts
// in a period when it is one of the period's months (cumulative to a day: that day's month
// included), for the project's unit, under the same dropped-project rule.
//
// Land from the parcels' history (parcel_events, schema 6): idle land revitalised is the area of
// the 盘活 events dated in the period; land supplied, for a unit whose parcels record any sale
// (已出让), is the area of its industrial parcels (工业, 工业混合, 仓储 or no land use given) sold
// in the period — the projects' 供地 dates count only for units without that history, so
// nothing is counted twice.
//
// Metrics the ledger cannot answer (innovation entities, industry funds …) are Recorded: their
// targets are stored and listed, their actual is
// unknown (null) until the ledger records what they count.
//
// Data only; stateless; any thread.
class Metrics
{
    Q_DECLARE_TR_FUNCTIONS(Metrics)
public:
    // What a ledger metric adds up over the projects of the period.
    enum class Quantity {
        Recorded,       // not computed from the ledger
        Count,          // projects
        InvestmentYi,   // sum of investment_wan / 10 000
        LandMu,         // sum of land_mu
        ForeignWanUsd,  // sum of foreign_investment_wan_usd (万美元)
        ForeignMusd,    // the same in 百万美元 (÷ 100)
        StartedRate,    // % of the projects signed in the period that have started by its end
        TopInvestors,   // projects of Fortune 500, central SOE, SOE or listed investors
        Enclaves,       // enclaves opened (enclaves.opened_date), by home unit
        FundsArrivedYi, // sum of project_funds.amount_wan / 10 000 over the period's months
        RevitalisedMu,  // idle and low-efficiency land revitalised (parcel_events), 亩
    };
    enum class Milestone { None, Lead, Signed, Land, Construction, Production };

    struct Metric
    {
        const char *id;
        const char *name; // English; translated in the "Metrics" context
        const char *measure; // UTF-8, as the targets file writes it: 个, 亿元, 亩, 百万美元 …
        const char *definition; // English; translated in the "Metrics" context
        Quantity quantity = Quantity::Recorded;
        Milestone milestone = Milestone::None;
        double minYi = 0;           // inclusive tier in 亿元; 0: every amount, or none
        bool manufacturing = false; // only manufacturing projects

        bool isComputed() const { return quantity != Quantity::Recorded; }
    };

    static std::span<const Metric> all();
    // The metric an id names (its own id or an alias); nullptr when unknown.
    static const Metric *find(const QString &id);
    // The canonical id an alias stands for; `id` itself when it is not an alias.
    static QString canonicalId(const QString &id);
    static QStringList aliases(const QString &id);

    static QString name(const Metric &metric);
    static QString definition(const Metric &metric);
    static QString measure(const Metric &metric) { return QString::fromUtf8(metric.measure); }
    // The date column of a milestone ("signed_date"); empty for None.
    static QString dateColumn(Milestone milestone);

    // Manufacturing (制造业), decided from the project's chain alone (the ledger has no other
    // industry field): the chain, trimmed, contains one of manufacturingWords() (制造, 装备,
    // 零部件, 材料, 半导体, 集成电路, 新能源, 汽车, 钢, 电器, 医药, 玩具, 加工 …) and none of the
    // service words (服务, 物流, 数字经济, 研发, 文旅, 旅游, 电竞, 商贸, 金融, 地产, 软件,
    // 数据中心, 康养, 农业). An empty chain is not manufacturing.
    static bool isManufacturing(const QString &chain);
    static QStringList manufacturingWords();
    static QStringList serviceWords();
};
