// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/commands/changeset.h"
#include "core/io/sheetreader.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

class ProjectFile;
class ProjectDocument;

// Imports projects from an office spreadsheet as it really is, and reads back what LedgerExport
// wrote (LedgerFormat): finds the header row under any title rows, maps columns to the fields of
// the catalogue from their header words, reads amounts and dates in all the forms offices write
// them, skips totals rows and reports every rejected row by its spreadsheet row number. An
// activity log beside the ledger (the 项目动态 sheet, NAME.events.csv) comes in with its projects.
//
// In three steps: read() reads the file once; plan() works out the import — the report and the
// change set — without writing, as often as the user changes the mapping or the options; apply()
// writes the plan as one undoable command, or nothing. run() does all three.
class LedgerImport
{
    Q_DECLARE_TR_FUNCTIONS(LedgerImport)
public:
    enum class OnDuplicate { Skip, Update };

    struct Options
    {
        QString sheet;                  // the ledger's sheet; empty: the first
        QMap<QString, QString> mapping; // field key → header text; empty: guessed
        OnDuplicate onDuplicate = OnDuplicate::Skip;
        bool createUnits = false;
        bool dryRun = false; // run(): plan only
        QString author;      // of the stage changes logged when the file carries no log
    };

    struct Issue
    {
        int row = 0; // spreadsheet row number
        QString reason;
    };

    // The activity log's part of an import.
    struct EventsReport
    {
        QString source; // the sheet or file it came from; empty when the file carries no log
        int headerRow = 0;
        int accepted = 0;
        QList<Issue> rejected;
        QList<Issue> skipped;
    };

    struct Report
    {
        int headerRow = 0;
        QStringList headers;            // every cell of the header row
        QMap<QString, QString> mapping; // field key → header text used
        QString bareAmountUnit;         // how bare numbers were read ("亿元"), empty if none
        int accepted = 0;
        int created = 0;
        int updated = 0;
        QList<Issue> rejected;
        QList<Issue> skipped;
        QStringList unknownUnits;
        QStringList createdUnits;
        EventsReport events;
        bool written = false;
        QJsonObject toJson() const;
    };

    // What one reading of the file gives: the ledger sheet and, when the file carries one, the
    // activity log.
    struct Source
    {
        Sheet ledger;
        std::optional<Sheet> events;
        QString eventsOrigin; // the log's sheet or file name, for the report
    };

    // An import worked out and not yet written: what it will do, and the rows it will write.
    // Valid for the project as it was planned against: apply it before anything else changes.
    struct Plan
    {
        Report report;
        ChangeSet changes;
    };

    // The field keys a mapping may name (name, investor, unit, investment, signed_date …), and
    // their translated labels for the mapping dialog.
    static QStringList fields();
    static QString fieldLabel(const QString &field);

    static Result<Source> read(const QString &path, const QString &sheet = QString());
    static Result<Plan> plan(ProjectFile &project, const Source &source, const Options &options);
    // Writes the plan as one undoable step; sets report.written. Nothing is written on failure.
    static Status apply(ProjectDocument &document, Plan &plan);

    // Reads, plans and (unless options.dryRun) applies.
    static Result<Report> run(ProjectDocument &document, const QString &path,
                              const Options &options);
    static Result<Report> run(ProjectDocument &document, const Sheet &sheet,
                              const Options &options);
};
