// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QString>

#include <utility>

class ProjectFile;

// A summary of a project for `investatlas-cli info` and the status bar: schema version, row
// counts of every layer and ledger table, and the extent in storage coordinates.
struct ProjectInfo
{
    int schemaVersion = 0;
    QList<std::pair<QString, qint64>> layers;
    QList<std::pair<QString, qint64>> tables;
    QRectF extent;

    static Result<ProjectInfo> read(ProjectFile &project);
    QJsonObject toJson() const;
};
