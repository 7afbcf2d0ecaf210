// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fields.h"
#include "core/domain/valueparsers.h"

#include <QStringList>
#include <QVariantMap>

#include <optional>

class SheetMapping;

// One spreadsheet row read against the field catalogue: each mapped cell parsed by its field's
// type (amounts in the unit the header states, dates in office forms, codes from their words or
// office wording, 是/否, degrees), the stored values by column, the names still to be matched
// against the project, and what is wrong with the row. Pure: no project involved.
struct ImportRow
{
    QVariantMap values; // column → stored value
    QString ref;        // the ledger's 编号: ties the activity log to the row
    QString unit;       // names, matched against the project by the importer
    QString park;
    std::optional<double> longitude, latitude;
    std::optional<double> investmentUsd; // a total investment stated in US dollars (万美元)
    bool bareAmount = false;             // the total investment was a bare number
    QStringList problems;                // translated, one per bad cell

    // Reads every column `columns` maps to a field of Fields::projects(). `csv`: text cells were
    // guarded against formulas (LedgerFormat) and are unguarded.
    static ImportRow parse(const QStringList &cells, const SheetMapping &columns, bool csv);
    // A cell's text as the value of `field` (null when empty or bad; problems are appended).
    QVariant parseCell(const Field &field, const QString &text, const QString &header);

    // How a bare number in a money column is read: in the unit its header states, else in 亿元
    // (万美元 for foreign investment), the way office sheets write amounts.
    static ValueParsers::DefaultUnit bareUnit(const Field &field, const QString &header);
    static bool isBlank(const QStringList &cells);
    static bool isTotals(const QStringList &cells); // 合计, 总计, 小计
};
