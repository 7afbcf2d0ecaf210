// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

class ProjectFile;

// Column mappings for spreadsheet import (field → header text), saved in the project under a name
// so that next month's sheet from the same county imports in one step.
class ImportPresets
{
    Q_DECLARE_TR_FUNCTIONS(ImportPresets)
public:
    using Mapping = QMap<QString, QString>;
    static Result<QStringList> names(ProjectFile &project);
    static Result<Mapping> load(ProjectFile &project, const QString &name);
    // Saves or replaces the preset `name`.
    static Status save(ProjectFile &project, const QString &name, const Mapping &mapping);
};
