// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

class ProjectFile;

// 精准匹配: the parcels that could take a project, ranked. Candidates are the land on offer —
// 储备 and 已挂牌 plots not promised to another live project — and every plot found idle or
// low-efficiency (五未), which revitalisation would free. Each is scored 0–100 on the criteria
// the project gives, each with a translated explanation ("面积 86 亩 ✓ 50–120"):
// - area (40 points): inside the range, or losing points with the distance from it;
// - land use (15): the same use, a compatible one (工业混合 for industry or research), unknown;
// - industry chain (15): the plot's park leads with the project's chain;
// - place (15): in a preferred park, or unit;
// - price (10): at most the maximum price per mu (unknown: half);
// - 标准地 (10): the plot's commitments within what the project can commit to.
// The score is the share of the points of the criteria given. How long a plot has been idle is
// said ("闲置 18 个月") and breaks ties. Adjacent candidates (within adjacencyMetres: an estate
// road between them) too small alone but together inside the range are offered as
// combinations of two or three (of the 2000 best such plots at most). Read-only.
class ParcelMatch
{
    Q_DECLARE_TR_FUNCTIONS(ParcelMatch)
public:
    struct Needs
    {
        double minMu = 0, maxMu = 0;
        QString landUse;            // code; empty: any
        QString chain;              // empty: not scored
        QList<qint64> units, parks; // preferred; empty: not scored
        std::optional<double> maxPricePerMu;
        // What the project can commit to, for 标准地: investment intensity (万元/亩), plot
        // ratio, tax per mu (万元/亩).
        std::optional<double> investmentPerMu, far, taxPerMu;
        std::optional<qint64> project; // its own linked plots stay candidates
        QDate today = QDate::currentDate();
        int limit = 20;
        double adjacencyMetres = 30;
    };
    struct Candidate
    {
        QList<qint64> fids; // one parcel, or a combination
        QStringList codes;
        double areaMu = 0;
        QString status, category; // codes (the first parcel's)
        QString unit, park;
        double score = 0;
        int idleMonths = -1; // -1: not idle
        QStringList reasons;
        QJsonObject toJson() const;
    };
    struct Matches
    {
        QList<Candidate> parcels;
        QList<Candidate> combinations;
        int considered = 0; // candidates scored
    };

    static Result<Matches> run(ProjectFile &project, const Needs &needs);
    // A project's needs as its ledger row gives them: its land need −20 %/+25 %, its chain, unit
    // and park. An Error when it records no land need.
    static Result<Needs> needsOf(ProjectFile &project, qint64 projectFid);
    // "50-120", "50–120" or "80" (80–80) in 亩; nullopt when unreadable.
    static std::optional<std::pair<double, double>> parseRange(const QString &text);
};
