// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stats/targetimport.h"

#include <QCoreApplication>
#include <QString>

class ProjectDocument;
class ProjectFile;
struct Sheet;

// Imports funds actually arrived (实际到位资金) from a sheet (.csv or .xlsx): a header row, then
// one project and month per row. Columns are found from the catalogue's words (Fields::funds()):
// 项目编号 (the project's number, as the ledger export writes it) or 项目名称, 月份 (2024-03,
// 2024年3月, 2024/3), 到位资金 (a bare number in the header's unit — 到位资金(万元), (亿元) — else
// in 万元; "1.2亿" and "3000万元" as written) and 备注.
//
// All or nothing, like TargetImport: a row whose project is unknown or ambiguous (two projects of
// that name), whose month or amount cannot be read, whose amount is in USD, or that repeats an
// earlier row's project and month is reported with its row number, and nothing is written. A
// month the project already holds is updated; an empty amount removes it. Stateless; the thread
// of the document. The file needs schema 4 (open it for editing).
class FundsImport
{
    Q_DECLARE_TR_FUNCTIONS(FundsImport)
public:
    using Report = TargetImport::Report;
    using Plan = TargetImport::Plan;

    static Result<Plan> plan(ProjectFile &project, const Sheet &sheet);
    static Status apply(ProjectDocument &document, Plan &plan);
    static Result<Report> run(ProjectDocument &document, const QString &path, bool dryRun);
    static QString stepName(int rows); // "Import funds arrived (12 rows)"
};
