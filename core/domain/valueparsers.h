// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

// Reading amounts and dates the way office spreadsheets write them: "130亿元", "5亿", "8000万元",
// "13.3" (a bare number is read in the column's default unit, usually 亿元), "2.1亿美元";
// "2023/2/15", "2023-02-15", "20230215", "2023年3月", "2022.12", "2022.9.1", Excel serial numbers;
// "待定".
namespace ValueParsers {

enum class Currency { Cny, Usd };

struct Amount
{
    double wan = 0; // in 万 of the currency (万元 or 万美元)
    Currency currency = Currency::Cny;
    bool unitAssumed = false; // a bare number: the default unit was applied
};

enum class DefaultUnit { Yi, Wan, Yuan };

// nullopt for an empty or "to be decided" cell; an Error for anything unreadable or negative.
// Amounts are kept to the fen (10⁻⁶ 万).
Result<std::optional<Amount>> parseAmount(const QString &text, DefaultUnit bare = DefaultUnit::Yi);

// Land in 亩: "80", "80亩", "1,200"; "5.3公顷" and "2000平方米" are converted. nullopt for an empty
// or "to be decided" cell; an Error for anything unreadable or negative.
Result<std::optional<double>> parseArea(const QString &text);

enum class DatePrecision { Day, Month, Year };
struct Date
{
    QDate date; // the first day of the month/year when the precision is coarser
    DatePrecision precision = DatePrecision::Day;
};

// nullopt for an empty or "to be decided" cell; an Error for anything unreadable.
Result<std::optional<Date>> parseDate(const QString &text);

// 是/否 as offices write them (是, 否, 1, 0, Y, N, √, ×, 保密, 公开 …); nullopt when it is neither.
std::optional<bool> parseBoolean(const QString &text);

} // namespace ValueParsers
