// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/gis/vectorimport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class ProjectFile;

// What a GIS import needs to know about a source beyond the file itself — the project layer,
// field mapping, value translations, encoding, CRS, x/y order, web-map offset and x/y columns —
// saved in the project under a name, so next month's file from the same land bureau imports the
// same way. Kept in the table of spreadsheet presets (import_presets) marked as a GIS preset
// ("@kind": "vector" in its JSON): spreadsheet presets never list them, and neither kind
// replaces the other. Main thread, like the ProjectFile it is given.
class VectorPresets
{
    Q_DECLARE_TR_FUNCTIONS(VectorPresets)
public:
    // The presets for a project layer; every GIS preset when `layer` is empty.
    static Result<QStringList> names(ProjectFile &project, const QString &layer = {});
    // The preset's settings over `options` (the source's own path and layer stay).
    static Result<VectorImport::Options> load(ProjectFile &project, const QString &name,
                                              VectorImport::Options options = {});
    // Saves or replaces the GIS preset `name`; refuses the name of a spreadsheet preset.
    static Status save(ProjectFile &project, const QString &name,
                       const VectorImport::Options &options);
};
