// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/domain/fields.h"
#include "core/io/sheetreader.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

// Where a sheet's header is and which column feeds which field of a catalogue (the ledger's or the
// activity log's): found from the header words of Fields, or given by the user as a mapping.
class SheetMapping
{
    Q_DECLARE_TR_FUNCTIONS(SheetMapping)
public:
    using Mapping = QMap<QString, QString>; // field key → header text

    int headerRow = 0;           // spreadsheet row number (1-based)
    QStringList headers;         // every cell of the header row
    QMap<QString, int> columnOf; // field key → column index
    Mapping mapping() const;     // field key → header text used

    // Finds the header among the first 20 rows and maps its columns: the mapping's, or guessed
    // (a header equal to a field's word first, then one containing it). Fails when no header is
    // found, the mapping names an unknown field or a missing column, or no column holds
    // `required` (a field key).
    static Result<SheetMapping> find(const Sheet &sheet, std::span<const Field> fields,
                                     const Mapping &mapping, const QString &required);
    // A header cell as compared with the words: NFKC (full-width brackets become ASCII), no
    // spaces or line breaks.
    static QString normalized(const QString &header);
};
