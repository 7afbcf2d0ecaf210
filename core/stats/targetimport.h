// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/commands/changeset.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

class ProjectDocument;
class ProjectFile;
struct Sheet;

// Imports yearly targets from a sheet (.csv or .xlsx) in the format of the published targets
// file: a header row with unit, city, year, metric, target, measure, source (Chinese headers
// 单位, 城市, 年份, 指标, 目标, 计量单位, 来源 also work; city, measure and source may be absent),
// then one target per row. Metric ids are those of the catalogue (Metrics), aliases included,
// and are stored as the file spells them.
//
// All or nothing: a row whose unit is not in the project (by name, and city when both say one),
// whose metric is unknown, whose year or value is not a number, whose measure contradicts the
// metric's, or that repeats an earlier row, is reported with its spreadsheet row number and
// reason, and then nothing is written. A target the project already holds (same unit, year and
// metric) is updated; one already as the file says is left alone. apply() writes the plan as
// one undoable command. Stateless; the thread of the document.
class TargetImport
{
    Q_DECLARE_TR_FUNCTIONS(TargetImport)
public:
    struct Issue
    {
        int row = 0; // spreadsheet row number (the header is row 1)
        QString reason;
    };

    struct Report
    {
        QString file; // the file's name
        int rows = 0; // data rows read
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        QList<Issue> rejected;
        bool written = false;
        QJsonObject toJson() const;
    };

    struct Plan
    {
        Report report;
        ChangeSet changes;
    };

    // Works the import out without writing.
    static Result<Plan> plan(ProjectFile &project, const Sheet &sheet);
    // Writes the plan as one undoable step when nothing was rejected; sets report.written.
    static Status apply(ProjectDocument &document, Plan &plan);
    // Reads, plans and (unless dryRun) applies. An Error only when the file cannot be read as a
    // targets sheet; rejected rows are in the report (and then nothing is written).
    static Result<Report> run(ProjectDocument &document, const QString &path, bool dryRun);

    // What every all-or-nothing sheet import (targets, funds arrived) does with its plan: read
    // `path`, plan it with `planner`, and unless dryRun write it as one undoable step called
    // stepName(rows written) when nothing was rejected (report.written says whether it was).
    using Planner = Result<Plan> (*)(ProjectFile &, const Sheet &);
    using StepName = QString (*)(int rows);
    static Result<Report> runSheet(ProjectDocument &document, const QString &path, bool dryRun,
                                   Planner planner, StepName stepName);
    static Status applyPlan(ProjectDocument &document, Plan &plan, StepName stepName);
    static QString stepName(int rows); // "Import 38 targets"
};
