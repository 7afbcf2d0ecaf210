// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/ledger/projectquery.h"

#include <QCoreApplication>
#include <QStringList>

class ProjectFile;

// Writes the (filtered) ledger through GDAL in the format LedgerFormat describes: every field of
// the catalogue for every project, with Chinese headers that state their units, and the projects'
// activity log (a second sheet of the .xlsx, or NAME.events.csv beside NAME.csv), at full
// precision, so that LedgerImport reads it back into an empty project field for field.
class LedgerExport
{
    Q_DECLARE_TR_FUNCTIONS(LedgerExport)
public:
    // What an export wrote.
    struct Written
    {
        int projects = 0;
        // Values with characters a workbook's XML cannot hold (control characters, U+FFFE,
        // U+FFFF, lone surrogates), written with U+FFFD in their place. Always 0 for CSV, which
        // keeps every character.
        int replacedValues = 0;
        // What was written, in a sentence or two (translated), the replacements included.
        QString summary() const;
    };

    // The files an export to `path` writes: the path itself, and for CSV the activity log.
    static QStringList files(const QString &path);
    // Refuses to replace an existing file; a failed export (a full disk included) leaves no
    // file behind and says why.
    static Result<Written> write(ProjectFile &project, const ProjectFilter &filter,
                                 const QString &path);
};
