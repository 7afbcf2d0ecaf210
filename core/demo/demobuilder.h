// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/storage/projectfile.h"

#include <QCoreApplication>
#include <QString>

// Writes the bundled Lishui demo project: the nine counties of 丽水市 and 丽水经济技术开发区, their
// parks, enclaves, land parcels, projects over 2021–2023 and the published targets. Generation is
// deterministic (a fixed seed and a portable random generator), so two runs give identical data.
class DemoBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DemoBuilder)
public:
    // Creates the project at path; an existing file is replaced only when `replace` is Yes, and
    // only once the new one is complete. Nothing is left behind on failure.
    static Status write(const QString &path,
                        ProjectFile::Replace replace = ProjectFile::Replace::No);
};
