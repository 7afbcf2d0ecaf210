// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/fields.h"

#include <QDate>
#include <QLocale>

#include <cmath>

namespace {

using T = Field::Type;
using I = Field::Input;

// Projects, in the order of the exported sheet and of the ledger table's columns. Header words
// are Chinese office variants; upper-case ASCII words are pinyin abbreviations some county systems
// export (XMMC 项目名称, ZTZ 总投资, QYSJ 签约时间 …), matched whole, never inside other words.
constexpr Field kProjects[] = {
    {"ref", "fid", T::Key, QT_TRANSLATE_NOOP("Fields", "Number"), "编号", "项目编号|项目ID|ID"},
    {"name", "name", T::Text, QT_TRANSLATE_NOOP("Fields", "Project name"), "项目名称",
     "项目|名称|XMMC", I::Line, Field::Required | Field::Shown | Field::Title},
    {"unit", "unit_id", T::Reference, QT_TRANSLATE_NOOP("Fields", "Unit"), "所属区县",
     "区县|县(市、区)|县市区|所属地区|所属县区|属地|所在地|SSQX", I::Choice, Field::Shown, nullptr,
     "units"},
    {"park", "park_id", T::Reference, QT_TRANSLATE_NOOP("Fields", "Park"), "所在园区",
     "所属园区|落地园区|园区|平台|SZYQ", I::Choice, Field::Shown, nullptr, "parks"},
    {"chain", "chain", T::Text, QT_TRANSLATE_NOOP("Fields", "Industry chain"), "产业链",
     "产业类别|所属产业|行业|产业|CYL", I::Line, Field::Shown},
    {"investor", "investor", T::Text, QT_TRANSLATE_NOOP("Fields", "Investor"), "投资方",
     "投资主体|签约企业|投资企业|企业名称|企业|TZF", I::Line, Field::Confidential},
    {"investor_type", "investor_type", T::Code, QT_TRANSLATE_NOOP("Fields", "Investor type"),
     "投资方类型", "投资方性质|企业类型|企业性质", I::Choice, Field::Shown, &Domain::investorTypes},
    {"investment", "investment_wan", T::Money, QT_TRANSLATE_NOOP("Fields", "Total investment"),
     "总投资", "计划总投资|投资总额|投资额|投资|ZTZ|TZE", I::Amount,
     Field::Confidential | Field::Shown, nullptr, nullptr,
     QT_TRANSLATE_NOOP("Fields", "e.g. 5亿, 8000万 or 13.3")},
    {"foreign", "foreign_investment_wan_usd", T::MoneyUsd,
     QT_TRANSLATE_NOOP("Fields", "Foreign investment"), "外资", "利用外资|合同外资|美元", I::Amount,
     Field::Confidential},
    {"land", "land_mu", T::Area, QT_TRANSLATE_NOOP("Fields", "Land need"), "用地",
     "用地面积|用地需求|面积|亩|YDMJ", I::Number, Field::Shown},
    {"output", "expected_output_wan", T::Money,
     QT_TRANSLATE_NOOP("Fields", "Expected annual output"), "预计年产值", "达产产值|年产值|产值",
     I::Amount, Field::Confidential},
    {"stage", "stage", T::Code, QT_TRANSLATE_NOOP("Fields", "Current stage"), "当前进度",
     "项目进度|推进情况|进度|阶段|状态|XMJD", I::Choice,
     Field::Required | Field::Shown | Field::Lifecycle, &Domain::stages},
    {"lead_date", "lead_date", T::Date, QT_TRANSLATE_NOOP("Fields", "Lead date"), "线索日期",
     "线索时间|获取时间", I::Date, Field::Lifecycle | Field::Milestone},
    {"assessment_date", "assessment_date", T::Date, QT_TRANSLATE_NOOP("Fields", "Assessment date"),
     "研判日期", "研判时间|论证日期", I::Date, Field::Lifecycle | Field::Milestone},
    {"negotiation_date", "negotiation_date", T::Date,
     QT_TRANSLATE_NOOP("Fields", "Negotiation date"), "洽谈日期", "洽谈时间|在谈时间", I::Date,
     Field::Lifecycle | Field::Milestone},
    {"signed_date", "signed_date", T::Date, QT_TRANSLATE_NOOP("Fields", "Signing date"), "签约日期",
     "签约时间|签约年月|QYSJ|QYRQ", I::Date, Field::Shown | Field::Lifecycle | Field::Milestone},
    {"land_date", "land_date", T::Date, QT_TRANSLATE_NOOP("Fields", "Land supply date"), "供地日期",
     "供地时间|摘牌日期|摘牌时间|摘牌", I::Date, Field::Lifecycle | Field::Milestone},
    {"construction_date", "construction_date", T::Date,
     QT_TRANSLATE_NOOP("Fields", "Construction start date"), "开工日期",
     "开工时间|开工年月|KGSJ|KGRQ", I::Date, Field::Lifecycle | Field::Milestone},
    {"production_date", "production_date", T::Date, QT_TRANSLATE_NOOP("Fields", "Production date"),
     "投产日期", "投产时间|TCSJ", I::Date, Field::Lifecycle | Field::Milestone},
    {"statistics_date", "statistics_date", T::Date,
     QT_TRANSLATE_NOOP("Fields", "In-statistics date"), "入库日期", "入库时间|上规时间", I::Date,
     Field::Lifecycle | Field::Milestone},
    {"capacity_date", "capacity_date", T::Date, QT_TRANSLATE_NOOP("Fields", "At-capacity date"),
     "达产日期", "达产时间", I::Date, Field::Lifecycle | Field::Milestone},
    {"dropped_date", "dropped_date", T::Date, QT_TRANSLATE_NOOP("Fields", "Drop date"), "终止日期",
     "终止时间|退出时间", I::Date, Field::Lifecycle | Field::Milestone},
    {"drop_reason", "drop_reason", T::Text, QT_TRANSLATE_NOOP("Fields", "Reason dropped"),
     "终止原因", "退出原因|放弃原因", I::Line, Field::Confidential | Field::Lifecycle},
    {"lead_official", "lead_official", T::Text, QT_TRANSLATE_NOOP("Fields", "Lead official"),
     "领衔领导", "责任领导|联系领导|包联领导", I::Line, Field::Confidential | Field::Shown},
    {"task_force", "task_force", T::Text, QT_TRANSLATE_NOOP("Fields", "Task force"), "工作专班",
     "专班", I::Line, Field::Confidential},
    {"confidential", "confidential", T::Boolean, QT_TRANSLATE_NOOP("Fields", "Confidential"),
     "保密", "是否保密", I::Check, 0, nullptr, nullptr,
     QT_TRANSLATE_NOOP("Fields", "Confidential: never shown in presentations")},
    {"notes", "notes", T::Text, QT_TRANSLATE_NOOP("Fields", "Notes"), "备注", "情况说明|说明",
     I::Lines, Field::Confidential},
    {"longitude", "geom", T::Longitude, QT_TRANSLATE_NOOP("Fields", "Longitude"), "经度",
     "东经|LNG|LON|LONGITUDE"},
    {"latitude", "geom", T::Latitude, QT_TRANSLATE_NOOP("Fields", "Latitude"), "纬度",
     "北纬|LAT|LATITUDE"},
};

// The activity log as exported beside the ledger: which project (its 编号 in the ledger sheet, and
// its name for people and for sheets without numbers), when, what.
constexpr Field kEvents[] = {
    {"project", "project_id", T::Key, QT_TRANSLATE_NOOP("Fields", "Project number"), "项目编号",
     "编号|项目ID", I::None, Field::Required},
    {"project_name", nullptr, T::Text, QT_TRANSLATE_NOOP("Fields", "Project name"), "项目名称",
     "项目|名称"},
    {"event_date", "event_date", T::Date, QT_TRANSLATE_NOOP("Fields", "Date"), "日期",
     "发生日期|活动日期|时间", I::Date, Field::Required},
    {"kind", "kind", T::Code, QT_TRANSLATE_NOOP("Fields", "Kind"), "类型", "活动类型|方式",
     I::Choice, Field::Required, &Domain::eventKinds},
    {"stage", "stage", T::Code, QT_TRANSLATE_NOOP("Fields", "Stage"), "阶段", "进度", I::None, 0,
     &Domain::stages},
    {"text", "text", T::Text, QT_TRANSLATE_NOOP("Fields", "Text"), "内容",
     "活动内容|事项|情况|说明", I::Lines, Field::Confidential},
    {"author", "author", T::Text, QT_TRANSLATE_NOOP("Fields", "Author"), "记录人", "填报人|经办人",
     I::Line, Field::Confidential},
    // Schema 4: when to follow the activity up; the warnings list watches it.
    {"follow_up", "follow_up_date", T::Date, QT_TRANSLATE_NOOP("Fields", "Follow-up date"),
     "跟进日期", "下次跟进|跟进时间|回访日期", I::Date},
};

// Funds actually arrived (实际到位资金), per project and month (schema 4).
constexpr Field kFunds[] = {
    {"project", "project_id", T::Key, QT_TRANSLATE_NOOP("Fields", "Project number"), "项目编号",
     "编号|项目ID"},
    {"project_name", nullptr, T::Text, QT_TRANSLATE_NOOP("Fields", "Project name"), "项目名称",
     "项目|名称"},
    {"month", "month", T::Text, QT_TRANSLATE_NOOP("Fields", "Month"), "月份", "到位月份|年月|月度",
     I::Line, Field::Required},
    {"amount", "amount_wan", T::Money, QT_TRANSLATE_NOOP("Fields", "Funds arrived"), "到位资金",
     "实际到位资金|到位金额|到资|金额", I::Amount, Field::Required | Field::Confidential},
    {"note", "note", T::Text, QT_TRANSLATE_NOOP("Fields", "Note"), "备注", "说明", I::Line},
};

constexpr Field kParcels[] = {
    {"code", "code", T::Text, QT_TRANSLATE_NOOP("Fields", "Parcel code"), "地块编号",
     "宗地编号|地块号|DKBH|ZDBH", I::Line, Field::Required | Field::Title},
    {"status", "status", T::Code, QT_TRANSLATE_NOOP("Fields", "Status"), "状态", "地块状态|ZT",
     I::Choice, Field::Required | Field::Lifecycle, &Domain::parcelStatuses},
    {"status_date", "status_date", T::Date, QT_TRANSLATE_NOOP("Fields", "Status since"), "状态日期",
     "状态时间", I::Date, Field::Lifecycle},
    {"idle_category", "idle_category", T::Code,
     QT_TRANSLATE_NOOP("Fields", "Idle or low-efficiency"), "闲置低效类型",
     "五未类型|三未类型|闲置类型|低效类型", I::Choice, Field::Lifecycle, &Domain::idleCategories},
    {"idle_since", "idle_since", T::Date, QT_TRANSLATE_NOOP("Fields", "Idle since"), "闲置起始",
     "闲置时间|认定日期", I::Date, Field::Lifecycle},
    {"park", "park_id", T::Reference, QT_TRANSLATE_NOOP("Fields", "Park"), "所在园区", "园区",
     I::Choice, 0, nullptr, "parks"},
    {"land_use", "land_use", T::Code, QT_TRANSLATE_NOOP("Fields", "Land use"), "用途",
     "土地用途|用地性质|YDXZ|TDYT", I::Choice, 0, &Domain::landUses},
    {"area", "area_mu", T::Area, QT_TRANSLATE_NOOP("Fields", "Registered area"), "登记面积",
     "面积|面积亩|MJ", I::Number},
    {"price_per_mu", "price_per_mu", T::MoneyPerMu, QT_TRANSLATE_NOOP("Fields", "Land price"),
     "出让单价", "挂牌单价|起始价|出让价格|地价", I::Number},
    {"far_min", "far_min", T::Number, QT_TRANSLATE_NOOP("Fields", "Minimum plot ratio"),
     "容积率下限", "最小容积率", I::Number},
    {"far_max", "far_max", T::Number, QT_TRANSLATE_NOOP("Fields", "Maximum plot ratio"),
     "容积率上限", "最大容积率", I::Number},
    {"owner", "owner", T::Text, QT_TRANSLATE_NOOP("Fields", "Owner"), "权利人", "使用权人|QLR",
     I::Line},
    // Tax paid by the enterprise on the plot: tax data, not for an audience.
    {"tax_per_mu", "tax_per_mu", T::MoneyPerMu, QT_TRANSLATE_NOOP("Fields", "Tax per mu"),
     "亩均税收", "", I::Number, Field::Confidential},
    {"grade", "grade", T::Code, QT_TRANSLATE_NOOP("Fields", "Mu-average grade"), "亩均评价",
     "亩均等级|评价等级", I::None, Field::Confidential | Field::Derived, &Domain::grades},
    {"standard_land", "standard_land", T::Boolean, QT_TRANSLATE_NOOP("Fields", "Standard land"),
     "标准地", "是否标准地", I::Check, Field::Commitment, nullptr, nullptr,
     QT_TRANSLATE_NOOP("Fields", "Sold as standard land (标准地) with commitments")},
    {"commit_investment", "commit_investment_per_mu", T::MoneyPerMu,
     QT_TRANSLATE_NOOP("Fields", "Committed investment intensity"), "承诺投资强度",
     "固定资产投资强度|投资强度", I::Number, Field::Commitment},
    {"commit_far", "commit_far", T::Number, QT_TRANSLATE_NOOP("Fields", "Committed plot ratio"),
     "承诺容积率", "", I::Number, Field::Commitment},
    {"commit_tax", "commit_tax_per_mu", T::MoneyPerMu,
     QT_TRANSLATE_NOOP("Fields", "Committed tax per mu"), "承诺亩均税收", "", I::Number,
     Field::Commitment},
    {"commit_deadline", "commit_deadline", T::Date,
     QT_TRANSLATE_NOOP("Fields", "Commitment deadline"), "承诺期限", "达产期限|履约期限", I::Date,
     Field::Commitment},
};

// A parcel's history: every status change, every finding of idle or low-efficiency land and its
// revitalisation (盘活, with the area it brought back), shape changes, notes.
constexpr Field kParcelEvents[] = {
    {"parcel", "parcel_id", T::Key, QT_TRANSLATE_NOOP("Fields", "Parcel number"), "地块序号", "",
     I::None, Field::Required},
    {"event_date", "event_date", T::Date, QT_TRANSLATE_NOOP("Fields", "Date"), "日期", "", I::Date,
     Field::Required},
    {"kind", "kind", T::Code, QT_TRANSLATE_NOOP("Fields", "Kind"), "类型", "", I::Choice,
     Field::Required, &Domain::parcelEventKinds},
    {"status", "status", T::Code, QT_TRANSLATE_NOOP("Fields", "Status"), "状态", "", I::None, 0,
     &Domain::parcelStatuses},
    {"category", "category", T::Code, QT_TRANSLATE_NOOP("Fields", "Idle or low-efficiency"),
     "闲置低效类型", "", I::None, 0, &Domain::idleCategories},
    {"area", "area_mu", T::Area, QT_TRANSLATE_NOOP("Fields", "Area"), "面积", "", I::None},
    {"text", "text", T::Text, QT_TRANSLATE_NOOP("Fields", "Text"), "内容", "", I::Lines},
    {"author", "author", T::Text, QT_TRANSLATE_NOOP("Fields", "Author"), "记录人", "", I::Line},
};

// What the enterprise on a parcel reported for a year (亩均论英雄 figures): tax paid, output,
// fixed-asset investment to date, and the plot ratio built.
constexpr Field kParcelYearly[] = {
    {"parcel", "parcel_id", T::Key, QT_TRANSLATE_NOOP("Fields", "Parcel number"), "地块序号", "",
     I::None, Field::Required},
    {"year", "year", T::Integer, QT_TRANSLATE_NOOP("Fields", "Year"), "年度", "年份", I::Number,
     Field::Required},
    {"tax", "tax_wan", T::MoneyWan, QT_TRANSLATE_NOOP("Fields", "Tax paid"), "税收", "实缴税金",
     I::Number, Field::Confidential},
    {"output", "output_wan", T::MoneyWan, QT_TRANSLATE_NOOP("Fields", "Output"), "产值",
     "工业总产值", I::Number, Field::Confidential},
    {"investment", "investment_wan", T::MoneyWan,
     QT_TRANSLATE_NOOP("Fields", "Fixed-asset investment to date"), "固定资产投资", "累计投资",
     I::Number, Field::Confidential},
    {"far", "far", T::Number, QT_TRANSLATE_NOOP("Fields", "Plot ratio built"), "实际容积率", "",
     I::Number},
};

constexpr Field kParks[] = {
    {"name", "name", T::Text, QT_TRANSLATE_NOOP("Fields", "Park name"), "园区名称", "名称", I::Line,
     Field::Required | Field::Title},
    {"name_en", "name_en", T::Text, QT_TRANSLATE_NOOP("Fields", "English name"), "英文名称",
     "英文名|NAME_EN", I::Line},
    {"kind", "kind", T::Code, QT_TRANSLATE_NOOP("Fields", "Kind"), "类型", "", I::Choice,
     Field::Required, &Domain::parkKinds},
    {"unit", "unit_id", T::Reference, QT_TRANSLATE_NOOP("Fields", "Unit"), "所属区县", "区县",
     I::Choice, 0, nullptr, "units"},
    {"planned_area", "planned_area_mu", T::Area, QT_TRANSLATE_NOOP("Fields", "Planned area"),
     "规划面积", "", I::Number},
    {"chains", "chains", T::Text, QT_TRANSLATE_NOOP("Fields", "Lead industry chains"), "主导产业链",
     "主导产业", I::Line},
};

constexpr Field kUnits[] = {
    {"name", "name", T::Text, QT_TRANSLATE_NOOP("Fields", "Unit name"), "区县名称",
     "名称|行政区名称|XZQMC", I::Line, Field::Required | Field::Title},
    {"name_en", "name_en", T::Text, QT_TRANSLATE_NOOP("Fields", "English name"), "英文名称",
     "英文名|NAME_EN", I::Line},
    {"kind", "kind", T::Code, QT_TRANSLATE_NOOP("Fields", "Kind"), "类型", "", I::Choice,
     Field::Required, &Domain::unitKinds},
    {"adcode", "adcode", T::Text, QT_TRANSLATE_NOOP("Fields", "Administrative code"),
     "行政区划代码", "区划代码|行政区代码|XZQDM", I::Line},
    {"city", "city", T::Text, QT_TRANSLATE_NOOP("Fields", "City"), "所属市", "", I::Line},
};

constexpr Field kEnclaves[] = {
    {"name", "name", T::Text, QT_TRANSLATE_NOOP("Fields", "Enclave name"), "飞地名称", "名称",
     I::Line, Field::Required | Field::Title},
    {"kind", "kind", T::Code, QT_TRANSLATE_NOOP("Fields", "Kind"), "类型", "", I::Choice,
     Field::Required, &Domain::enclaveKinds},
    {"home_unit", "home_unit_id", T::Reference, QT_TRANSLATE_NOOP("Fields", "Home unit"), "派出地",
     "", I::Choice, 0, nullptr, "units"},
    {"host_place", "host_place", T::Text, QT_TRANSLATE_NOOP("Fields", "Host place"), "所在地", "",
     I::Line},
    {"host_city", "host_city", T::Text, QT_TRANSLATE_NOOP("Fields", "Host city"), "所在城市", "",
     I::Line},
    {"opened_date", "opened_date", T::Date, QT_TRANSLATE_NOOP("Fields", "Opened"), "设立时间",
     "设立日期", I::Date},
};

const std::pair<const char *, std::span<const Field>> kTables[] = {
    {"projects", kProjects},
    {"project_events", kEvents},
    {"project_funds", kFunds},
    {"parcels", kParcels},
    {"parcel_events", kParcelEvents},
    {"parcel_yearly", kParcelYearly},
    {"parks", kParks},
    {"units", kUnits},
    {"enclaves", kEnclaves},
};

// Money in 亿元 with two decimals; other numbers with at most `decimals` decimals.
QString number(double value, int decimals, bool fixed)
{
    const QLocale locale;
    if (fixed)
        return locale.toString(value, 'f', decimals);
    const double scale = std::pow(10.0, decimals);
    return locale.toString(std::round(value * scale) / scale, 'f', QLocale::FloatingPointShortest);
}

} // namespace

bool Field::isNumber() const
{
    switch (type) {
    case Type::Integer:
    case Type::Money:
    case Type::MoneyUsd:
    case Type::Area:
    case Type::MoneyPerMu:
    case Type::MoneyWan:
    case Type::Number:
    case Type::Longitude:
    case Type::Latitude:
        return true;
    default:
        return false;
    }
}

namespace Fields {

std::span<const Field> projects()
{
    return kProjects;
}

std::span<const Field> events()
{
    return kEvents;
}

std::span<const Field> funds()
{
    return kFunds;
}

std::span<const Field> parcels()
{
    return kParcels;
}

std::span<const Field> parcelEvents()
{
    return kParcelEvents;
}

std::span<const Field> parcelYearly()
{
    return kParcelYearly;
}

std::span<const Field> of(const QString &table)
{
    for (const auto &[name, fields] : kTables) {
        if (table == QLatin1String(name))
            return fields;
    }
    return {};
}

QStringList tables()
{
    QStringList names;
    for (const auto &[name, fields] : kTables)
        names << QLatin1String(name);
    return names;
}

const Field *find(std::span<const Field> fields, const QString &key)
{
    for (const Field &f : fields) {
        if (key == QLatin1String(f.key))
            return &f;
    }
    return nullptr;
}

const Field *byColumn(std::span<const Field> fields, const QString &column)
{
    for (const Field &f : fields) {
        if (f.column && column == QLatin1String(f.column))
            return &f;
    }
    return nullptr;
}

QList<const Field *> withFlag(std::span<const Field> fields, Field::Flag flag)
{
    QList<const Field *> list;
    for (const Field &f : fields) {
        if (f.has(flag))
            list << &f;
    }
    return list;
}

QString key(const Field &field)
{
    return QLatin1String(field.key);
}

QString column(const Field &field)
{
    return field.column ? QLatin1String(field.column) : QString();
}

QString label(const Field &field)
{
    return QCoreApplication::translate("Fields", field.label);
}

QString hint(const Field &field)
{
    return field.hint ? QCoreApplication::translate("Fields", field.hint) : QString();
}

QString storedUnit(const Field &field)
{
    switch (field.type) {
    case T::Money:
    case T::MoneyWan:
        return QStringLiteral("万元");
    case T::MoneyUsd:
        return QStringLiteral("万美元");
    case T::Area:
        return QStringLiteral("亩");
    case T::MoneyPerMu:
        return QStringLiteral("万元/亩");
    default:
        return {};
    }
}

QString displayUnit(const Field &field)
{
    switch (field.type) {
    case T::Money:
        return QCoreApplication::translate("Fields", "100M CNY");
    case T::MoneyWan:
        return QCoreApplication::translate("Fields", "10k CNY");
    case T::MoneyUsd:
        return QCoreApplication::translate("Fields", "10k USD");
    case T::Area:
        return QCoreApplication::translate("Fields", "mu");
    case T::MoneyPerMu:
        return QCoreApplication::translate("Fields", "10k CNY per mu");
    default:
        return {};
    }
}

QString title(const Field &field)
{
    const QString unit = displayUnit(field);
    return unit.isEmpty()
               ? label(field)
               : QCoreApplication::translate("Fields", "%1 (%2)", "a column title: label (unit)")
                     .arg(label(field), unit);
}

QString displayNumber(const Field &field, const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return {};
    const double v = value.toDouble();
    switch (field.type) {
    case T::Money:
        return number(v / Domain::kWanPerYi, 2, true);
    case T::MoneyUsd:
        return number(v, 2, false);
    case T::Area:
        return number(v, 1, false);
    case T::MoneyPerMu:
        return number(v, 1, true);
    case T::MoneyWan:
        return number(v, 1, false);
    case T::Number:
        return number(v, 2, false);
    case T::Longitude:
    case T::Latitude:
        return number(v, 6, true);
    case T::Integer:
    case T::Key:
        return QLocale().toString(value.toLongLong());
    default:
        return value.toString();
    }
}

QString display(const Field &field, const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return {};
    switch (field.type) {
    case T::Code:
        return Domain::label(field.codes(), value.toString());
    case T::Boolean:
        return value.toBool() ? QCoreApplication::translate("Fields", "Yes")
                              : QCoreApplication::translate("Fields", "No");
    case T::Date:
        return value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate)
                                                  : value.toString();
    case T::Text:
    case T::Reference:
        return elided(value.toString());
    default:
        break;
    }
    const QString unit = displayUnit(field);
    const QString n = displayNumber(field, value);
    return unit.isEmpty()
               ? n
               : QCoreApplication::translate("Fields", "%1 (%2)", "a value (unit)").arg(n, unit);
}

QString elided(const QString &text)
{
    if (text.size() <= kShownChars)
        return text;
    // Never cut a surrogate pair in two.
    const int cut = text.at(kShownChars - 1).isHighSurrogate() ? kShownChars - 1 : kShownChars;
    return text.left(cut) + QChar(0x2026);
}

QString lengthProblem(const Field &field, const QString &text)
{
    if (text.size() <= kMaxTextChars)
        return {};
    return QCoreApplication::translate("Fields",
                                       "%1 is %2 characters long; at most %3 characters are kept")
        .arg(label(field), QLocale().toString(text.size()), QLocale().toString(kMaxTextChars));
}

QString exportHeader(const Field &field)
{
    const QString header = QString::fromUtf8(field.header);
    const QString unit = storedUnit(field);
    return unit.isEmpty() ? header : QStringLiteral("%1(%2)").arg(header, unit);
}

QStringList headerWords(const Field &field)
{
    QStringList words{exportHeader(field)};
    if (!storedUnit(field).isEmpty())
        words << QString::fromUtf8(field.header);
    for (const QString &w : QString::fromUtf8(field.words).split(QLatin1Char('|'))) {
        if (!w.isEmpty())
            words << w;
    }
    words.removeDuplicates();
    return words;
}

bool isShownTo(const Field &field, Audience audience)
{
    return audience == Audience::Office || !field.has(Field::Confidential);
}

QList<const Field *> shownTo(std::span<const Field> fields, Audience audience)
{
    QList<const Field *> list;
    for (const Field &f : fields) {
        if (isShownTo(f, audience))
            list << &f;
    }
    return list;
}

QString confidentialColumn(const QString &table)
{
    return table == QLatin1String("projects") ? QStringLiteral("confidential") : QString();
}

QString visibleRows(const QString &table, Audience audience, const QString &alias)
{
    if (audience == Audience::Office)
        return QStringLiteral("1");
    const QString name = alias.isEmpty() ? table : alias;
    if (const QString flag = confidentialColumn(table); !flag.isEmpty())
        return QStringLiteral("coalesce(%1.%2, 0) = 0").arg(name, flag);
    if (table == QLatin1String("project_events") || table == QLatin1String("project_parcels"))
        return QStringLiteral("%1.project_id IN (SELECT fid FROM projects WHERE "
                              "coalesce(confidential, 0) = 0)")
            .arg(name);
    // Funds arrived are amounts of money paid in by one investor: none is for the public.
    if (table == QLatin1String("project_funds"))
        return QStringLiteral("0");
    return QStringLiteral("1");
}

} // namespace Fields
