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
    QStringList sheetNames;
    QList<QStringList> rows; // rows[i] is spreadsheet row i + 1
};

class SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(SheetReader)
public:
    // `sheet` empty: the first sheet.
    static Result<Sheet> read(const QString &path, const QString &sheet = QString());
};
