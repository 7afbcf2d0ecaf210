// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

class ProjectFile;

// What the ledger's filters and the project editor offer to choose from, and what belongs to one
// project (its linked parcels, its activity log): small read-only queries, so that no widget
// speaks SQL. Called on the thread that owns the ProjectFile.
namespace Lookups {

struct Choice
{
    qint64 id = 0;
    QString name;
};

enum class Order { Key, Name };

Result<QList<Choice>> units(ProjectFile &project, Order order = Order::Key);
Result<QList<Choice>> parks(ProjectFile &project, Order order = Order::Key);
// The rows a reference field may point to ("units" or "parks"), by key.
Result<QList<Choice>> references(ProjectFile &project, const QString &table);
// The industry chains projects name, sorted.
Result<QStringList> chains(ProjectFile &project);

struct Parcel
{
    qint64 fid = 0;
    QString code, park, status; // status: code
    double areaMu = 0;
};
// The parcels of a park (null: none) and those in `also`, by code.
Result<QList<Parcel>> parcels(ProjectFile &project, const QVariant &parkId,
                              const QSet<qint64> &also);
// The parcels a project is linked to.
Result<QSet<qint64>> linkedParcels(ProjectFile &project, qint64 projectFid);

struct Event
{
    qint64 id = 0;
    QString date, kind, stage, text, author; // kind and stage: codes
    QString followUp;                        // follow-up date (YYYY-MM-DD); empty when none
};
// A project's activity log, newest first.
Result<QList<Event>> events(ProjectFile &project, qint64 projectFid);

struct FundsMonth
{
    qint64 id = 0;
    QString month; // YYYY-MM
    double amountWan = 0;
    QString note;
};
// The funds actually arrived for a project, by month, oldest first (none in a file of schema 3
// or older read as it is).
Result<QList<FundsMonth>> funds(ProjectFile &project, qint64 projectFid);

} // namespace Lookups
