// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/domain/landgrade.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

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
struct ParcelEvent
{
    qint64 id = 0;
    QString date, kind, status, category, text, author; // kind, status, category: codes
    std::optional<double> areaMu;
};
// A parcel's history, newest first.
Result<QList<ParcelEvent>> parcelEvents(ProjectFile &project, qint64 parcelFid);

struct ParcelYear
{
    qint64 id = 0;
    int year = 0;
    std::optional<double> taxWan, outputWan, investmentWan, far;
};
// A parcel's yearly figures, latest year first.
Result<QList<ParcelYear>> parcelYears(ProjectFile &project, qint64 parcelFid);

// A project's land need (land_mu) against the registered area of the parcels linked to it.
struct LandNeed
{
    QString project;
    std::optional<double> needMu;
    double linkedMu = 0;
    int parcels = 0;
    // Linked land more than 10 % off the need (when both are known).
    bool differs() const;
};
Result<LandNeed> landNeed(ProjectFile &project, qint64 projectFid);

// The unit a parcel belongs to (through its park); nullopt when it has no park.
Result<std::optional<qint64>> parcelUnit(ProjectFile &project, qint64 parcelFid);
// The latest year with parcel figures (parcel_yearly); nullopt when there are none.
Result<std::optional<int>> latestFigureYear(ProjectFile &project);
// A unit's grade lines: the stored ones, else the defaults.
Result<GradeThresholds> gradeThresholds(ProjectFile &project, std::optional<qint64> unitFid);
// Every unit's stored grade lines (units without are left out: they use the defaults).
Result<QHash<qint64, GradeThresholds>> allGradeThresholds(ProjectFile &project);

} // namespace Lookups
