// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/domain.h"

#include <QCoreApplication>

namespace {

constexpr DomainValue kUnitKinds[] = {
    {"county", QT_TRANSLATE_NOOP("Domain", "County"), "县"},
    {"district", QT_TRANSLATE_NOOP("Domain", "District"), "区"},
    {"city", QT_TRANSLATE_NOOP("Domain", "County-level city"), "县级市"},
    {"zone", QT_TRANSLATE_NOOP("Domain", "Development zone"), "开发区"},
};

constexpr DomainValue kParkKinds[] = {
    {"edz", QT_TRANSLATE_NOOP("Domain", "Economic development zone"), "经济开发区"},
    {"hitech", QT_TRANSLATE_NOOP("Domain", "High-tech zone"), "高新区"},
    {"industrial", QT_TRANSLATE_NOOP("Domain", "Industrial park"), "产业园"},
    {"micro", QT_TRANSLATE_NOOP("Domain", "Small and micro enterprise park"), "小微园"},
    {"innovation", QT_TRANSLATE_NOOP("Domain", "Innovation centre"), "科创中心"},
};

constexpr DomainValue kEnclaveKinds[] = {
    {"industrial", QT_TRANSLATE_NOOP("Domain", "Industrial enclave"), "产业飞地"},
    {"innovation", QT_TRANSLATE_NOOP("Domain", "Innovation enclave"), "科创飞地"},
    {"floor", QT_TRANSLATE_NOOP("Domain", "Innovation floor"), "科创飞楼"},
    {"cooperation", QT_TRANSLATE_NOOP("Domain", "Mountain-sea cooperation enclave"),
     "山海协作飞地"},
    {"cluster", QT_TRANSLATE_NOOP("Domain", "Enclave cluster"), "飞地群"},
    {"general", QT_TRANSLATE_NOOP("Domain", "Enclave"), "飞地"},
};

// The lifecycle of a parcel, in order: reserve land, listed for sale, transferred (sold), under
// construction, producing, and meeting its standard (达标: 亩均 and 标准地 figures reached).
constexpr DomainValue kParcelStatuses[] = {
    {"reserve", QT_TRANSLATE_NOOP("Domain", "Reserve"), "储备"},
    {"listed", QT_TRANSLATE_NOOP("Domain", "Listed"), "已挂牌"},
    {"transferred", QT_TRANSLATE_NOOP("Domain", "Transferred"), "已出让"},
    {"construction", QT_TRANSLATE_NOOP("Domain", "Under construction"), "在建"},
    {"producing", QT_TRANSLATE_NOOP("Domain", "Producing"), "已投产"},
    {"standard", QT_TRANSLATE_NOOP("Domain", "Meeting standard"), "达标"},
};

// The idle and low-efficiency land of the "五未" campaigns, each belonging to a stretch of the
// lifecycle (ParcelLifecycle::categoryFits).
constexpr DomainValue kIdleCategories[] = {
    {"approved_unsupplied", QT_TRANSLATE_NOOP("Domain", "Approved, not supplied"), "批而未供"},
    {"supplied_unused", QT_TRANSLATE_NOOP("Domain", "Supplied, not used"), "供而未用"},
    {"used_partly", QT_TRANSLATE_NOOP("Domain", "Used, not fully"), "用而未尽"},
    {"built_not_producing", QT_TRANSLATE_NOOP("Domain", "Built, not producing"), "建而未投"},
    {"producing_below", QT_TRANSLATE_NOOP("Domain", "Producing, below standard"), "投而未达"},
};

constexpr DomainValue kParcelEventKinds[] = {
    {"status", QT_TRANSLATE_NOOP("Domain", "Status change"), "状态变更"},
    {"category", QT_TRANSLATE_NOOP("Domain", "Found idle or low-efficiency"), "认定闲置低效"},
    {"revitalised", QT_TRANSLATE_NOOP("Domain", "Revitalised"), "盘活"},
    {"shape", QT_TRANSLATE_NOOP("Domain", "Shape changed"), "界址变更"},
    {"note", QT_TRANSLATE_NOOP("Domain", "Note"), "备注"},
};

constexpr DomainValue kGrades[] = {
    {"A", QT_TRANSLATE_NOOP("Domain", "Grade A"), "A类"},
    {"B", QT_TRANSLATE_NOOP("Domain", "Grade B"), "B类"},
    {"C", QT_TRANSLATE_NOOP("Domain", "Grade C"), "C类"},
    {"D", QT_TRANSLATE_NOOP("Domain", "Grade D"), "D类"},
};

constexpr DomainValue kLandUses[] = {
    {"industrial", QT_TRANSLATE_NOOP("Domain", "Industrial"), "工业用地"},
    {"storage", QT_TRANSLATE_NOOP("Domain", "Warehousing"), "仓储用地"},
    {"research", QT_TRANSLATE_NOOP("Domain", "Research and development"), "科研用地"},
    {"commercial", QT_TRANSLATE_NOOP("Domain", "Commercial"), "商服用地"},
    {"mixed", QT_TRANSLATE_NOOP("Domain", "Mixed industrial"), "工业混合用地"},
};

constexpr DomainValue kInvestorTypes[] = {
    {"central_soe", QT_TRANSLATE_NOOP("Domain", "Central state-owned enterprise"), "央企"},
    {"soe", QT_TRANSLATE_NOOP("Domain", "State-owned enterprise"), "国企"},
    {"listed", QT_TRANSLATE_NOOP("Domain", "Listed company"), "上市公司"},
    {"fortune500", QT_TRANSLATE_NOOP("Domain", "Fortune 500"), "世界500强"},
    {"foreign", QT_TRANSLATE_NOOP("Domain", "Foreign-invested"), "外资"},
    {"private", QT_TRANSLATE_NOOP("Domain", "Private enterprise"), "民企"},
};

constexpr DomainValue kStages[] = {
    {"lead", QT_TRANSLATE_NOOP("Domain", "Lead"), "线索"},
    {"assessment", QT_TRANSLATE_NOOP("Domain", "Assessment"), "研判"},
    {"negotiation", QT_TRANSLATE_NOOP("Domain", "Negotiation"), "洽谈"},
    {"signed", QT_TRANSLATE_NOOP("Domain", "Signed"), "签约"},
    {"land", QT_TRANSLATE_NOOP("Domain", "Land supplied"), "供地"},
    {"construction", QT_TRANSLATE_NOOP("Domain", "Construction started"), "开工"},
    {"production", QT_TRANSLATE_NOOP("Domain", "Producing"), "投产"},
    {"statistics", QT_TRANSLATE_NOOP("Domain", "In statistics"), "入库"},
    {"capacity", QT_TRANSLATE_NOOP("Domain", "At capacity"), "达产"},
    {"dropped", QT_TRANSLATE_NOOP("Domain", "Dropped"), "终止"},
};

constexpr DomainValue kEventKinds[] = {
    {"stage", QT_TRANSLATE_NOOP("Domain", "Stage change"), "阶段变更"},
    {"visit", QT_TRANSLATE_NOOP("Domain", "Visit"), "走访"},
    {"negotiation", QT_TRANSLATE_NOOP("Domain", "Negotiation"), "洽谈"},
    {"meeting", QT_TRANSLATE_NOOP("Domain", "Meeting"), "会议"},
    {"note", QT_TRANSLATE_NOOP("Domain", "Note"), "备注"},
};

} // namespace

namespace Domain {

std::span<const DomainValue> unitKinds()
{
    return kUnitKinds;
}
std::span<const DomainValue> parkKinds()
{
    return kParkKinds;
}
std::span<const DomainValue> enclaveKinds()
{
    return kEnclaveKinds;
}
std::span<const DomainValue> parcelStatuses()
{
    return kParcelStatuses;
}
std::span<const DomainValue> idleCategories()
{
    return kIdleCategories;
}
std::span<const DomainValue> parcelEventKinds()
{
    return kParcelEventKinds;
}
std::span<const DomainValue> grades()
{
    return kGrades;
}
std::span<const DomainValue> landUses()
{
    return kLandUses;
}
std::span<const DomainValue> investorTypes()
{
    return kInvestorTypes;
}
std::span<const DomainValue> stages()
{
    return kStages;
}
std::span<const DomainValue> eventKinds()
{
    return kEventKinds;
}

QString word(std::span<const DomainValue> values, const QString &code)
{
    for (const DomainValue &v : values) {
        if (code == QLatin1String(v.code))
            return QString::fromUtf8(v.word);
    }
    return code;
}

QString fromText(std::span<const DomainValue> values, const QString &text)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return {};
    for (const DomainValue &v : values) {
        if (s == QLatin1String(v.code) || s == QString::fromUtf8(v.word)
            || s == QCoreApplication::translate("Domain", v.label))
            return QLatin1String(v.code);
    }
    // Land uses are often written without their last word: 工业 for 工业用地.
    if (values.data() == std::data(kLandUses)) {
        for (const DomainValue &v : values) {
            if (s + QStringLiteral("用地") == QString::fromUtf8(v.word))
                return QLatin1String(v.code);
        }
    }
    return {};
}

QString label(std::span<const DomainValue> values, const QString &code)
{
    for (const DomainValue &v : values) {
        if (code == QLatin1String(v.code))
            return QCoreApplication::translate("Domain", v.label);
    }
    return code;
}

bool isValid(std::span<const DomainValue> values, const QString &code)
{
    for (const DomainValue &v : values) {
        if (code == QLatin1String(v.code))
            return true;
    }
    return false;
}

QStringList codes(std::span<const DomainValue> values)
{
    QStringList result;
    for (const DomainValue &v : values)
        result << QLatin1String(v.code);
    return result;
}

QString milestoneColumn(const QString &stageCode)
{
    return stageCode + QLatin1String("_date");
}

int stageIndex(const QString &stageCode)
{
    for (int i = 0; i < int(std::size(kStages)); ++i) {
        if (stageCode == QLatin1String(kStages[i].code))
            return i;
    }
    return -1;
}

} // namespace Domain
