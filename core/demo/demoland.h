// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/demorandom.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantMap>

// The life of one demo parcel up to the demo's "today": the dates it reached each status, idle or
// low-efficiency spells found and revitalised (五未), 标准地 commitments, price and plot-ratio
// limits, and for producing plots the yearly 亩均 figures (tax, output, investment, plot ratio)
// from which its grade follows. Values are in the ranges of Zhejiang's industrial land around
// 2020–2023: listing prices 15–40 万元/亩, investment 250–550 万元/亩, tax 1–60 万元/亩.
// Uses its own random sequence, so the rest of the demo does not depend on it.
struct DemoParcelLife
{
    QVariantMap values;        // parcel columns (status_date, idle_category, grade …)
    QList<QVariantMap> events; // parcel_events rows without ids, oldest first
    QList<QVariantMap> years;  // parcel_yearly rows without ids
};

class DemoLand
{
public:
    explicit DemoLand(std::uint32_t seed)
        : m_random(seed)
    {}

    DemoParcelLife life(const QString &status, double areaMu, const QString &landUse,
                        const QDate &today);
    // Adds an idle or low-efficiency spell to a parcel's past that the step to `status` ended
    // (revitalised, 盘活): 批而未供 ended by a sale, 供而未用 by construction, 建而未投 by
    // production, 投而未达 by reaching the standard; found some months before, never before the
    // status it belongs to began. False when the history has no such step or the parcel is in
    // a spell that began earlier.
    static bool addSpellEndedBy(DemoParcelLife &life, const QString &status, int monthsIdle);
    // Adds a low-efficiency spell to a producing plot's past: found 投而未达 up to `monthsIdle`
    // months before `ended` (never in its first two months of production), put right
    // (revitalised) on `ended`. False when the plot was not producing all that time or its
    // present spell began before `ended`.
    static bool addImprovedSpell(DemoParcelLife &life, const QDate &ended, int monthsIdle);
    // The date the parcel reached `status` in its history; invalid when it did not.
    static QDate reached(const DemoParcelLife &life, const QString &status);

private:
    QDate between(const QDate &from, const QDate &to);
    DemoRandom m_random;
};
