// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

// The rules of a parcel's life. Its status moves forward through 储备 → 已挂牌 → 已出让 → 在建 →
// 已投产 → 达标 (steps may be skipped: a plot is often sold without a listing on record); it goes
// back only to 储备, when the land is taken back (收回/收储), and between 达标 and 已投产, when a
// plot loses its standard. An idle or low-efficiency category (五未) belongs to a stretch of the
// lifecycle: 批而未供 to land not yet supplied (储备, 已挂牌), 供而未用 to land sold and not built
// on (已出让), 用而未尽 to land built on but not fully (在建, 已投产), 建而未投 to buildings not
// producing (在建), 投而未达 to producing plots below their standard (已投产). Used by every edit,
// the importer and `validate`. Stateless.
class ParcelLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(ParcelLifecycle)
public:
    // Index of a status in lifecycle order, -1 when unknown.
    static int statusIndex(const QString &status);
    // Why a parcel cannot go from `from` to `to` (translated); empty when it may.
    static QString transitionProblem(const QString &from, const QString &to);
    // Whether a parcel of `status` can be in `category`.
    static bool categoryFits(const QString &category, const QString &status);
    // The statuses a category belongs to, in lifecycle order.
    static QStringList statusesFor(const QString &category);

    // Statuses of schema versions before 5 and the words of older files: 闲置 (idle) was land
    // sold and not used, 低效 (inefficient) a producing plot below its standard.
    struct Legacy
    {
        QString status;
        QString category;
    };
    static std::optional<Legacy> fromLegacyStatus(const QString &text);

    // `value(column)` gives a parcel's stored value of a column. One translated sentence per
    // problem (category against status, plot-ratio limits, dates); empty when consistent.
    static QStringList problems(const std::function<QVariant(const QString &column)> &value);
    // The catalogue's rules for parcels (ProjectRules::checkFields) and problems(): the first
    // broken rule as a translated message.
    static Status check(const QVariantMap &values);
};
