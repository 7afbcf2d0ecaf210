// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/ranking.h"

#include <QHash>

#include <algorithm>

QList<UnitScore> Ranking::rank(const QList<ScoreRow> &rows)
{
    QList<UnitScore> units;
    QHash<qint64, qsizetype> index;
    QHash<qint64, double> sums;
    for (const ScoreRow &row : rows) {
        auto it = index.constFind(row.unitFid);
        if (it == index.constEnd()) {
            it = index.insert(row.unitFid, units.size());
            UnitScore unit;
            unit.unitFid = row.unitFid;
            unit.unit = row.unit;
            units.append(unit);
        }
        UnitScore &unit = units[*it];
        if (!row.actual || row.target <= 0 || !row.ratio)
            continue;
        sums[row.unitFid] += std::min(*row.ratio, kRatioCap);
        ++unit.counted;
        if (row.onTrack.value_or(false))
            ++unit.onTrack;
    }
    for (UnitScore &unit : units) {
        if (unit.counted > 0)
            unit.score = sums.value(unit.unitFid) / unit.counted;
    }
    std::stable_sort(units.begin(), units.end(), [](const UnitScore &a, const UnitScore &b) {
        if (a.score.has_value() != b.score.has_value())
            return a.score.has_value();
        if (a.score && *a.score != *b.score)
            return *a.score > *b.score;
        return a.unit < b.unit;
    });
    for (qsizetype i = 0; i < units.size(); ++i) {
        if (!units[i].score)
            break;
        units[i].rank
            = i > 0 && units[i - 1].score == units[i].score ? units[i - 1].rank : int(i + 1);
    }
    const int ranked = rankedCount(units);
    if (ranked >= kMarkedFrom) {
        const int last = units[ranked - 1].rank;
        for (UnitScore &unit : units) {
            unit.golden = unit.rank == 1;
            unit.snail = unit.score && unit.rank == last && last != 1;
        }
    }
    return units;
}

void Ranking::compareWith(QList<UnitScore> &ranking, const QList<UnitScore> &previous)
{
    QHash<qint64, int> before;
    for (const UnitScore &unit : previous)
        before.insert(unit.unitFid, unit.rank);
    for (UnitScore &unit : ranking)
        unit.previousRank = before.value(unit.unitFid, 0);
}

int Ranking::rankedCount(const QList<UnitScore> &ranking)
{
    return int(std::count_if(ranking.cbegin(), ranking.cend(),
                             [](const UnitScore &u) { return u.score.has_value(); }));
}
