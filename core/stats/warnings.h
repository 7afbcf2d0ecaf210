// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

class ProjectFile;

// The thresholds of the warning rules, with their defaults: the settings a user may change.
struct WarningRules
{
    int signedDays = 90; // signed, not started after this many days
    int landDays = 90;   // land supplied, not started after this many days
    int idleMonths = 12; // a parcel idle for more than this many months
};

// Something that needs action, pointing at the row it is about so a list can jump to it.
struct Warning
{
    enum class Kind {
        SignedNotStarted,
        LandNotStarted,
        IdleParcel,
        TargetBehind,
        FollowUpDue,
        BelowLine
    };
    Kind kind = Kind::SignedNotStarted;
    QString table; // projects, parcels or units: where `id` points
    qint64 id = 0;
    QString name;    // the project's name, the parcel's code or the unit's name
    QString unit;    // the unit's name (empty when none)
    QString metric;  // TargetBehind: the target's metric id
    QDate since;     // the milestone, idle date or figures' year end it counts from (not targets)
    QString message; // translated, one sentence

    static QString kindCode(Kind kind); // signed_not_started, land_not_started, idle_parcel, …
    static QString kindName(Kind kind); // translated: 已签约未开工 …
    QJsonObject toJson() const;
};

// The warning rules, evaluated as of a given day (the file only read):
// - signed_not_started: a project signed at least signedDays days before `today` that has not
//   started by then (no construction date on or before today, and no later stage reached
//   without a date);
// - land_not_started: the same, counted from the land supplied (供地) date with landDays;
// - idle_parcel: a parcel found idle or low-efficiency (one of the 五未 categories) with an
//   idle_since date more than idleMonths months before today;
// - target_behind: a target of today's year whose metric the ledger computes and whose actual,
//   cumulative to today, is below the pro-rata line (StatsPeriod::toDay(today).elapsedShare()).
// - follow_up_due: an activity whose follow-up date is on or before today, of a project with no
//   activity logged after it (a later date, or the same date entered later) — the follow-up
//   that would have cleared it.
// - below_mu_line: a parcel graded D (亩均: tax per mu below its unit's C line, 5 万元/亩 by
//   default, or output below the output line when the unit sets one) in the latest year with
//   yearly figures up to today's year; `since` is that year's last day. Office only: tax per
//   mu is confidential, so public mode has none.
// Dropped projects never warn.
// Stateless; the thread that owns the ProjectFile.
class Warnings
{
    Q_DECLARE_TR_FUNCTIONS(Warnings)
public:
    static Result<QList<Warning>> list(ProjectFile &project, const QDate &today,
                                       const WarningRules &rules = {});
};
