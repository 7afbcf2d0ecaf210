// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// A spreadsheet as a grid of text cells, read through GDAL (XLSX and CSV drivers) with no header
// guessing and every cell as text: the importer finds the header itself. CSV files in GBK are
// recognised (not valid UTF-8) and recoded.
struct Sheet
{
    QString name;            // the sheet's name (a CSV file's base name)
    QStringList sheetNames;  // every sheet of the workbook
    QList<QStringList> rows; // rows[i] is spreadsheet row i + 1
    bool csv = false;        // read from a CSV file (cells were text in the file already)
};

// Files from elsewhere may be damaged or hostile: a 2 MB workbook can unpack to gigabytes (a
// "zip bomb"). A workbook that unpacks, or a CSV file that is, larger than kMaxBytes is refused
// before it is parsed, and a sheet with more than kMaxRows rows or kMaxColumns columns is
// refused while it is read, each with a message that names the file.
class SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(SheetReader)
public:
    static constexpr qint64 kMaxBytes = 128 * 1024 * 1024;
    static constexpr int kMaxRows = 200000;
    static constexpr int kMaxColumns = 500;

    // `sheet` empty: the first sheet.
    static Result<Sheet> read(const QString &path, const QString &sheet = QString());
    // Every sheet of a workbook (a CSV file is one sheet), from one opening of the file.
    static Result<QList<Sheet>> readAll(const QString &path);
};
