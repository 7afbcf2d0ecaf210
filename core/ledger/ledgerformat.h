// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The ledger's spreadsheet format, shared by LedgerExport and LedgerImport. A workbook (.xlsx)
// holds two sheets: 项目台账, one row per project with a column per field of the catalogue
// (Fields::projects(), headers from Fields::exportHeader), and 项目动态, the activity log (one row
// per entry, Fields::events(), tied to the ledger by 项目编号 = the ledger's 编号). A CSV export is
// two files: NAME.csv (the ledger) and NAME.events.csv (the activity log). Values: money in 万元
// and land in 亩 as the headers say, dates as YYYY-MM-DD, coded values as Chinese words (签约,
// 民企 …), 保密 as 是/否, units and parks by name, the location as 经度/纬度 (CGCS2000 degrees).
namespace LedgerFormat {

QString ledgerSheet(); // 项目台账
QString eventsSheet(); // 项目动态

// Where a CSV ledger keeps its activity log: NAME.csv → NAME.events.csv.
QString eventsCsvPath(const QString &csvPath);
bool isEventsCsv(const QString &path);

// Spreadsheet programs run a CSV cell that starts with =, +, - or @ as a formula. Such text is
// written with a leading apostrophe, and a text's own leading apostrophe is doubled; reading takes
// one apostrophe off again. (XLSX cells are typed and need none of this.)
QString guardCsvText(const QString &text);
QString unguardCsvText(const QString &text);

// A workbook is XML, which cannot hold control characters other than tab, line feed and carriage
// return, U+FFFE, U+FFFF or lone surrogates: Excel refuses a file that has them. Each is written
// as U+FFFD; `replaced` says whether any was. (CSV files keep them.)
QString workbookText(const QString &text, bool *replaced);

} // namespace LedgerFormat
