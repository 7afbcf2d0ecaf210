// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/domain/valueparsers.h"
#include "core/io/sheetreader.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

class ProjectFile;
class ProjectDocument;

// Imports projects from an office spreadsheet as it really is: finds the header row under any
// title rows, guesses which column is which from the header text, reads amounts and dates in all
// the forms offices write them, skips totals rows and reports every rejected row by its
// spreadsheet row number. Writes all accepted rows as one undoable command, or nothing.
class LedgerImport
{
    Q_DECLARE_TR_FUNCTIONS(LedgerImport)
public:
    enum class OnDuplicate { Skip, Update };

    struct Options
    {
        QString sheet;
        QMap<QString, QString> mapping; // field → header text; empty: guessed
        OnDuplicate onDuplicate = OnDuplicate::Skip;
        bool createUnits = false;
        bool dryRun = false;
        QString author;
    };

    struct Issue
    {
        int row = 0; // spreadsheet row number
        QString reason;
    };

    struct Report
    {
        int headerRow = 0;
        QStringList headers;            // every cell of the header row
        QMap<QString, QString> mapping; // field → header text used
        QString bareAmountUnit;         // how bare numbers were read ("亿元"), empty if none
        int accepted = 0;
        int created = 0;
        int updated = 0;
        QList<Issue> rejected;
        QList<Issue> skipped;
        QStringList unknownUnits;
        QStringList createdUnits;
        bool written = false;
        QJsonObject toJson() const;
    };

    // The field ids a mapping may name (name, investor, unit, investment, signed_date …).
    static QStringList fields();
    static QString fieldLabel(const QString &field); // translated, for the mapping dialog

    static Result<Report> run(ProjectDocument &document, const QString &path,
                              const Options &options);
    static Result<Report> run(ProjectDocument &document, const Sheet &sheet,
                              const Options &options);
};
