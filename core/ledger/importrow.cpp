// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/importrow.h"

#include "core/ledger/ledgerformat.h"
#include "core/ledger/ledgerimport.h"
#include "core/ledger/sheetmapping.h"

#include <cmath>

namespace {

using Type = Field::Type;

// Office wording for stages, checked from the latest stage back: "已开工入库" counts as 入库.
QString stageFromWords(const QString &s)
{
    const std::pair<const char *, QStringList> words[] = {
        {"dropped", {QStringLiteral("终止"), QStringLiteral("放弃"), QStringLiteral("退出")}},
        {"capacity", {QStringLiteral("达产")}},
        {"statistics", {QStringLiteral("入库"), QStringLiteral("上规")}},
        {"production", {QStringLiteral("投产"), QStringLiteral("运营"), QStringLiteral("见效")}},
        {"construction", {QStringLiteral("开工"), QStringLiteral("在建"), QStringLiteral("建设")}},
        {"land", {QStringLiteral("供地"), QStringLiteral("摘牌")}},
        {"signed", {QStringLiteral("签约"), QStringLiteral("落户"), QStringLiteral("落地")}},
        {"negotiation", {QStringLiteral("洽谈"), QStringLiteral("在谈")}},
        {"assessment", {QStringLiteral("研判"), QStringLiteral("论证")}},
        {"lead", {QStringLiteral("线索"), QStringLiteral("信息")}},
    };
    for (const auto &[code, list] : words) {
        for (const QString &w : list) {
            if (s.contains(w))
                return QLatin1String(code);
        }
    }
    return {};
}

// Office wording for investor types.
QString investorTypeFromWords(const QString &s)
{
    const std::pair<const char *, QStringList> words[] = {
        {"central_soe", {QStringLiteral("央企")}},
        {"fortune500", {QStringLiteral("500")}},
        {"listed", {QStringLiteral("上市")}},
        {"soe", {QStringLiteral("国企"), QStringLiteral("国有")}},
        {"foreign", {QStringLiteral("外资"), QStringLiteral("外商")}},
        {"private", {QStringLiteral("民")}},
    };
    for (const auto &[code, list] : words) {
        for (const QString &w : list) {
            if (s.contains(w))
                return QLatin1String(code);
        }
    }
    return {};
}

// A coded value from its code, word or label, else from office wording.
QString codeFromText(const Field &field, const QString &text)
{
    const QString code = Domain::fromText(field.codes(), text);
    if (!code.isEmpty())
        return code;
    if (field.codes == &Domain::stages)
        return stageFromWords(text);
    if (field.codes == &Domain::investorTypes)
        return investorTypeFromWords(text);
    return {};
}

} // namespace

ValueParsers::DefaultUnit ImportRow::bareUnit(const Field &field, const QString &header)
{
    if (header.contains(QStringLiteral("亿")))
        return ValueParsers::DefaultUnit::Yi;
    if (header.contains(QStringLiteral("万")))
        return ValueParsers::DefaultUnit::Wan;
    if (header.contains(QStringLiteral("元")))
        return ValueParsers::DefaultUnit::Yuan;
    return field.type == Type::MoneyUsd ? ValueParsers::DefaultUnit::Wan
                                        : ValueParsers::DefaultUnit::Yi;
}

bool ImportRow::isTotals(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (cell.trimmed().isEmpty())
            continue;
        const QString s = SheetMapping::normalized(cell);
        return s.startsWith(QStringLiteral("合计")) || s.startsWith(QStringLiteral("总计"))
               || s.startsWith(QStringLiteral("小计"));
    }
    return false;
}

bool ImportRow::isBlank(const QStringList &cells)
{
    return std::all_of(cells.begin(), cells.end(),
                       [](const QString &c) { return c.trimmed().isEmpty(); });
}

QVariant ImportRow::parseCell(const Field &field, const QString &text, const QString &header)
{
    switch (field.type) {
    case Type::Key:
    case Type::Text:
    case Type::Reference:
        // A cell of megabytes (a broken or hostile sheet) would be carried into every view.
        if (const QString tooLong = Fields::lengthProblem(field, text); !tooLong.isEmpty()) {
            problems << tooLong;
            return {};
        }
        return text;
    case Type::Integer: {
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (!ok)
            problems << LedgerImport::tr("%1 \"%2\" is not a whole number")
                            .arg(Fields::label(field), text);
        return ok ? QVariant(n) : QVariant();
    }
    case Type::Money:
    case Type::MoneyUsd: {
        auto amount = ValueParsers::parseAmount(text, bareUnit(field, header));
        if (!amount) {
            problems << amount.errorMessage();
            return {};
        }
        if (!amount->has_value())
            return {};
        if (Fields::key(field) != QLatin1String("investment"))
            return (*amount)->wan;
        bareAmount = bareAmount || (*amount)->unitAssumed;
        if ((*amount)->currency == ValueParsers::Currency::Usd) {
            investmentUsd = (*amount)->wan; // foreign investment, in 万美元
            return {};
        }
        return (*amount)->wan;
    }
    case Type::Area:
    case Type::MoneyPerMu:
    case Type::MoneyWan:
    case Type::Number: {
        QString s = text;
        for (const QString &unit : {QStringLiteral("公顷"), QStringLiteral("平方米")}) {
            if (header.contains(unit) && !s.contains(unit))
                s += unit; // a bare number in a column of 公顷 or 平方米
        }
        auto area = ValueParsers::parseArea(s);
        if (!area) {
            problems << Fields::label(field) + QStringLiteral(": ") + area.errorMessage();
            return {};
        }
        return area->has_value() ? QVariant(**area) : QVariant();
    }
    case Type::Date: {
        auto date = ValueParsers::parseDate(text);
        if (!date) {
            problems << date.errorMessage();
            return {};
        }
        return date->has_value() ? QVariant((*date)->date.toString(Qt::ISODate)) : QVariant();
    }
    case Type::Code: {
        const QString code = codeFromText(field, text);
        if (code.isEmpty()) {
            QStringList words;
            for (const DomainValue &v : field.codes())
                words << QString::fromUtf8(v.word);
            problems << LedgerImport::tr("%1 \"%2\" is not one of %3")
                            .arg(Fields::label(field), text, words.join(QStringLiteral("、")));
        }
        return code.isEmpty() ? QVariant() : QVariant(code);
    }
    case Type::Boolean: {
        const std::optional<bool> yes = ValueParsers::parseBoolean(text);
        if (!yes)
            problems
                << LedgerImport::tr("%1 \"%2\" is not 是 or 否").arg(Fields::label(field), text);
        return yes ? QVariant(*yes ? 1 : 0) : QVariant();
    }
    case Type::Longitude:
    case Type::Latitude: {
        bool ok = false;
        const double degrees = text.normalized(QString::NormalizationForm_KC).toDouble(&ok);
        const double limit = field.type == Type::Longitude ? 180 : 90;
        if (!ok || std::abs(degrees) > limit) {
            problems << LedgerImport::tr("%1 \"%2\" is not a number of degrees")
                            .arg(Fields::label(field), text);
            return {};
        }
        return degrees;
    }
    }
    return {};
}

ImportRow ImportRow::parse(const QStringList &cells, const SheetMapping &columns, bool csv)
{
    ImportRow row;
    for (auto it = columns.columnOf.cbegin(); it != columns.columnOf.cend(); ++it) {
        const Field &field = *Fields::find(Fields::projects(), it.key());
        QString text = cells.value(it.value()).trimmed();
        if (csv && (field.type == Type::Text || field.type == Type::Reference))
            text = LedgerFormat::unguardCsvText(text);
        if (text.isEmpty())
            continue;
        const QVariant value = row.parseCell(field, text, columns.headers.value(it.value()));
        if (value.isNull())
            continue;
        switch (field.type) {
        case Type::Key:
            row.ref = text;
            break;
        case Type::Reference:
            (QLatin1String(field.target) == QLatin1String("units") ? row.unit : row.park) = text;
            break;
        case Type::Longitude:
            row.longitude = value.toDouble();
            break;
        case Type::Latitude:
            row.latitude = value.toDouble();
            break;
        default:
            row.values.insert(Fields::column(field), value);
        }
    }
    const QString foreign = QStringLiteral("foreign_investment_wan_usd");
    if (row.investmentUsd && !row.values.contains(foreign))
        row.values.insert(foreign, *row.investmentUsd);
    return row;
}
