// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/ledger/projectquery.h"

#include <QCoreApplication>

class ProjectFile;

// Writes the (filtered) ledger to .xlsx or .csv through GDAL, with Chinese headers that state the
// units (总投资(亿元), 用地(亩) …) and full precision, so that the file imports back unchanged.
class LedgerExport
{
    Q_DECLARE_TR_FUNCTIONS(LedgerExport)
public:
    // Returns the number of projects written. Refuses to replace an existing file.
    static Result<int> write(ProjectFile &project, const ProjectFilter &filter,
                             const QString &path);
};
