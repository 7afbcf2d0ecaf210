// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stats/statsengine.h"

#include <QList>
#include <QString>

#include <optional>

// A unit's place in the ranking (龙虎榜).
struct UnitScore
{
    qint64 unitFid = 0;
    QString unit;
    // The composite score (see Ranking::rank); null when the unit has no target the ledger
    // counts.
    std::optional<double> score;
    int counted = 0; // targets that entered the score
    int onTrack = 0; // of those, on track
    int rank = 0;    // 1 = first; 0 for a unit without a score
    // The rank at the end of the month before (Ranking::compareWith); 0: not ranked then, or
    // no month before in the year (January).
    int previousRank = 0;
    bool golden = false; // 金牛: first, when at least three units are ranked
    bool snail = false;  // 蜗牛: last, when at least three units are ranked
};

// The monthly ranking of units by how far they are through their targets. Stateless.
class Ranking
{
public:
    // A metric's completion ratio enters the score capped at this (one runaway target cannot
    // hide every other one).
    static constexpr double kRatioCap = 1.5;
    // The fewest ranked units for which the first and last get their 金牛 and 蜗牛 marks.
    static constexpr int kMarkedFrom = 3;

    // The composite score of each unit in `rows`: the mean, over the unit's targets whose actual
    // the ledger computes and whose target is above 0, of min(actual / target, kRatioCap).
    // Units are ranked by score, highest first (ties share a rank, then by name); units with no
    // such target come last, without a score or rank.
    static QList<UnitScore> rank(const QList<ScoreRow> &rows);
    // Fills each unit's previousRank from the ranking of the month before.
    static void compareWith(QList<UnitScore> &ranking, const QList<UnitScore> &previous);
    static int rankedCount(const QList<UnitScore> &ranking);
};
