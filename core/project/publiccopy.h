// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QString>

class ProjectFile;

// A copy of a project for investors (`investatlas-cli export-public`, File → Export public
// copy): the same GeoPackage, which QGIS and GDAL open as they are, without confidential
// projects (their activity log and parcel links go with them) and with every confidential field
// (Fields: investor, amounts, lead official, notes, the log's text and author, a parcel's tax
// per mu …) emptied. The copy is a VACUUM INTO snapshot edited under a temporary name beside the
// target, vacuumed again so that no deleted value survives in a free page, switched to the
// rollback journal, and renamed into place only when complete. The project is only read. The
// thread that owns the ProjectFile.
class PublicCopy
{
    Q_DECLARE_TR_FUNCTIONS(PublicCopy)
public:
    struct Written
    {
        qint64 projects = 0;   // kept
        qint64 removed = 0;    // confidential projects left out
        int fieldsEmptied = 0; // confidential columns emptied (over all tables)
    };
    static Result<Written> write(ProjectFile &project, const QString &path);
};
