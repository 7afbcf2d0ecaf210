// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/sheetmapping.h"

#include <QRegularExpression>
#include <QSet>

namespace {

constexpr int kHeaderSearchRows = 20;

bool isAscii(const QString &word)
{
    return std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 128; });
}

// The header without a trailing unit: "总投资(万元)" → "总投资".
QString withoutUnit(const QString &header)
{
    static const QRegularExpression unit(QStringLiteral("\\([^()]*\\)$"));
    return QString(header).remove(unit);
}

// How well a header names a field: 2 when it equals one of the field's words (units aside),
// 1 when it contains one (never for ASCII abbreviations, which match whole only), 0 otherwise.
int match(const QString &header, const Field &field)
{
    const QString h = SheetMapping::normalized(header);
    if (h.isEmpty() || h.size() > 20)
        return 0;
    const QString bare = withoutUnit(h);
    const QStringList words = Fields::headerWords(field);
    for (const QString &word : words) {
        if (h.compare(word, Qt::CaseInsensitive) == 0
            || bare.compare(word, Qt::CaseInsensitive) == 0)
            return 2;
    }
    for (const QString &word : words) {
        if (!isAscii(word) && h.contains(word))
            return 1;
    }
    return 0;
}

// The first of the top rows that holds every header a mapping names, or, with no mapping, in
// which at least two cells name fields (序号 counts too). -1 when there is none.
int findHeaderRow(const Sheet &sheet, std::span<const Field> fields,
                  const SheetMapping::Mapping &mapping)
{
    for (int r = 0; r < std::min<int>(int(sheet.rows.size()), kHeaderSearchRows); ++r) {
        const QStringList &cells = sheet.rows[r];
        if (!mapping.isEmpty()) {
            if (std::all_of(mapping.cbegin(), mapping.cend(),
                            [&](const QString &header) { return cells.contains(header); }))
                return r;
            continue;
        }
        int hits = 0;
        for (const QString &cell : cells) {
            const bool numbered = SheetMapping::normalized(cell) == QStringLiteral("序号");
            if (numbered || std::any_of(fields.begin(), fields.end(), [&](const Field &f) {
                    return match(cell, f) > 0;
                }))
                ++hits;
        }
        if (hits >= 2)
            return r;
    }
    return -1;
}

// Guessed columns: every exact header first, then headers containing a field's word, fields in
// catalogue order; a column feeds one field at most.
QMap<QString, int> guessColumns(const QStringList &headers, std::span<const Field> fields)
{
    QMap<QString, int> columnOf;
    QSet<int> used;
    for (int quality : {2, 1}) {
        for (const Field &field : fields) {
            if (columnOf.contains(Fields::key(field)))
                continue;
            for (int c = 0; c < headers.size(); ++c) {
                if (!used.contains(c) && match(headers[c], field) == quality) {
                    columnOf.insert(Fields::key(field), c);
                    used.insert(c);
                    break;
                }
            }
        }
    }
    return columnOf;
}

} // namespace

QString SheetMapping::normalized(const QString &header)
{
    QString s = header.normalized(QString::NormalizationForm_KC);
    s.remove(QLatin1Char(' ')).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    return s;
}

SheetMapping::Mapping SheetMapping::mapping() const
{
    Mapping result;
    for (auto it = columnOf.cbegin(); it != columnOf.cend(); ++it)
        result.insert(it.key(), headers.value(it.value()));
    return result;
}

Result<SheetMapping> SheetMapping::find(const Sheet &sheet, std::span<const Field> fields,
                                        const Mapping &mapping, const QString &required)
{
    const int header = findHeaderRow(sheet, fields, mapping);
    if (header < 0 && !mapping.isEmpty())
        return Error{tr("No row in the first 20 holds all the mapping's columns (%1).")
                         .arg(QStringList(mapping.values()).join(QStringLiteral("、")))};
    if (header < 0)
        return Error{tr("No header row was found in the first 20 rows: name the columns, for "
                        "example 项目名称, 所属区县, 总投资, 签约日期.")};
    SheetMapping result;
    result.headerRow = header + 1;
    result.headers = sheet.rows[header];
    if (mapping.isEmpty()) {
        result.columnOf = guessColumns(result.headers, fields);
    } else {
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
            if (!Fields::find(fields, it.key())) {
                QStringList keys;
                for (const Field &f : fields)
                    keys << Fields::key(f);
                return Error{tr("The mapping names an unknown field %1; the fields are %2.")
                                 .arg(it.key(), keys.join(QStringLiteral(", ")))};
            }
            const int c = int(result.headers.indexOf(it.value()));
            if (c < 0)
                return Error{tr("The mapping's column \"%1\" is not in the header row %2.")
                                 .arg(it.value())
                                 .arg(result.headerRow)};
            result.columnOf.insert(it.key(), c);
        }
    }
    if (!result.columnOf.contains(required)) {
        const Field *field = Fields::find(fields, required);
        return Error{tr("No column holds %1 (a header such as %2).")
                         .arg(field ? Fields::label(*field) : required,
                              field ? Fields::exportHeader(*field) : required)};
    }
    return result;
}
