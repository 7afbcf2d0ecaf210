// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/land/landgrading.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <optional>

class ProjectFile;

// Each unit's land for a year (`investatlas-cli land`, the land panel): its idle and
// low-efficiency land by category as of the year's end (or today, in the current year), the
// area revitalised in the year against its 盘活 target (idle_land_revitalized_mu), the grades of
// its parcels with figures for the year, and its 标准地 plots past their deadline that miss a
// commitment. Parcels without a park have no unit and are left out. In public mode
// (ProjectFile::audience) only the idle land and its revitalisation are given. Read-only.
class LandReport
{
    Q_DECLARE_TR_FUNCTIONS(LandReport)
public:
    struct Unit
    {
        qint64 fid = 0;
        QString name;
        QMap<QString, double> idleMu; // category code → 亩
        QMap<QString, int> idleParcels;
        double revitalisedMu = 0;
        std::optional<double> targetMu;
        QMap<QString, int> grades; // "A" … "D" → parcels
        int standardDue = 0;       // 标准地 plots past their deadline
        QList<LandGrading::CommitmentMiss> misses;
        // False in public mode: the grades and the commitments missed are made of the parcels'
        // confidential yearly figures, and are left out (empty here, absent from the JSON).
        bool figures = true;

        double idleTotalMu() const;
        QJsonObject toJson() const;
    };

    // The day the year is seen from: its last day, or `today` within it.
    static QDate asOf(int year, const QDate &today);
    static Result<QList<Unit>> units(ProjectFile &project, int year,
                                     const QDate &today = QDate::currentDate());
};
