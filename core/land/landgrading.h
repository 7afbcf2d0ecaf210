// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/domain/landgrade.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class ProjectFile;

// 亩均论英雄 on the project's land: every parcel and every enterprise (owner) graded A–D for a
// year by its unit's lines (LandGrade), the 腾笼换鸟 candidates, and the 标准地 plots past their
// deadline that miss a commitment. Per mu means per mu of the registered area (the measured one
// when none is registered). Read-only; the thread that owns the ProjectFile.
class LandGrading
{
    Q_DECLARE_TR_FUNCTIONS(LandGrading)
public:
    struct ParcelGrade
    {
        qint64 fid = 0;
        QString code, owner, unit, status, category; // status and category: codes
        qint64 unitFid = 0;                          // 0: no park, so no unit
        double areaMu = 0;
        int year = 0; // of the figures; 0 when graded from the recorded tax per mu
        std::optional<double> taxPerMu, outputPerMu;
        QString grade; // empty without a tax figure
        QJsonObject toJson() const;
    };
    struct EnterpriseGrade
    {
        QString owner, unit;
        qint64 unitFid = 0;
        int parcels = 0;
        double areaMu = 0;
        std::optional<double> taxPerMu, outputPerMu;
        QString grade;
        QJsonObject toJson() const;
    };
    struct Candidate
    {
        ParcelGrade parcel;
        QStringList reasons; // translated
        QJsonObject toJson() const;
    };
    struct CommitmentMiss
    {
        qint64 fid = 0;
        QString code, owner, unit;
        qint64 unitFid = 0;
        double areaMu = 0;
        Commitment committed;
        CommitmentActual actual;
        QList<StandardLand::Item> missed;
        QJsonObject toJson() const;
    };

    // Every parcel with a tax figure for `year`, graded by its unit's lines; code order.
    static Result<QList<ParcelGrade>> parcels(ProjectFile &project, int year);
    // Every enterprise (owner) with figures for `year`, per unit: its tax and output over the
    // area of all its parcels there, graded by that unit's lines; unit, then owner order.
    static Result<QList<EnterpriseGrade>> enterprises(ProjectFile &project, int year);
    // 腾笼换鸟 candidates: plots in use by someone (an owner) that are grade D, pay less than
    // their unit's B line (亩均税收 10 万元 by default), or are found idle or low-efficiency
    // (供而未用, 用而未尽, 建而未投, 投而未达). Idle plots without figures first, then by tax
    // per mu, lowest first.
    static Result<QList<Candidate>> candidates(ProjectFile &project, int year);
    // 标准地 plots whose deadline is past on `asOf` and whose latest figures up to that year
    // miss a commitment; by deadline.
    static Result<QList<CommitmentMiss>> commitmentMisses(ProjectFile &project, const QDate &asOf);
    // How many 标准地 plots are due on `asOf`, per unit fid.
    static Result<QHash<qint64, int>> commitmentsDue(ProjectFile &project, const QDate &asOf);

    static QString itemName(StandardLand::Item item); // translated
};
