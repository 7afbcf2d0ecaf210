// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class ProjectDocument;
class ProjectFile;

// The units' yearly targets as the targets table lists and edits them one by one (files of
// targets go through TargetImport).
namespace Targets {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Targets)
};

struct Row
{
    qint64 id = 0;
    qint64 unitFid = 0;
    QString unit;
    int year = 0;
    QString metric; // as stored (an id or alias of the catalogue)
    double value = 0;
    QString measure, source;
};

// The targets of `year`, by unit then metric.
Result<QList<Row>> list(ProjectFile &project, int year);

// Sets a unit's target for a year and metric (a catalogue id or alias, stored as given; the
// measure is the metric's), replacing what it held, as one undoable step; `value` null removes
// it. An empty `source` keeps the one stored.
Status set(ProjectDocument &document, qint64 unitFid, int year, const QString &metric,
           const std::optional<double> &value, const QString &source = {});

} // namespace Targets
