// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/parcellifecycle.h"

#include "core/domain/domain.h"
#include "core/domain/fields.h"
#include "core/domain/projectrules.h"

#include <QDate>

namespace {

QString statusLabel(const QString &status)
{
    return Domain::label(Domain::parcelStatuses(), status);
}

} // namespace

int ParcelLifecycle::statusIndex(const QString &status)
{
    const auto statuses = Domain::parcelStatuses();
    for (size_t i = 0; i < statuses.size(); ++i) {
        if (status == QLatin1String(statuses[i].code))
            return int(i);
    }
    return -1;
}

QString ParcelLifecycle::transitionProblem(const QString &from, const QString &to)
{
    const int a = statusIndex(from), b = statusIndex(to);
    if (b < 0)
        return tr("\"%1\" is not a parcel status.").arg(to);
    if (a < 0 || b >= a || to == QLatin1String("reserve")
        || (from == QLatin1String("standard") && to == QLatin1String("producing")))
        return {};
    return tr("A parcel cannot go back from %1 to %2; only to %3, when the land is taken back.")
        .arg(statusLabel(from), statusLabel(to), statusLabel(QStringLiteral("reserve")));
}

QStringList ParcelLifecycle::statusesFor(const QString &category)
{
    if (category == QLatin1String("approved_unsupplied"))
        return {QStringLiteral("reserve"), QStringLiteral("listed")};
    if (category == QLatin1String("supplied_unused"))
        return {QStringLiteral("transferred")};
    if (category == QLatin1String("used_partly"))
        return {QStringLiteral("construction"), QStringLiteral("producing")};
    if (category == QLatin1String("built_not_producing"))
        return {QStringLiteral("construction")};
    if (category == QLatin1String("producing_below"))
        return {QStringLiteral("producing")};
    return {};
}

bool ParcelLifecycle::categoryFits(const QString &category, const QString &status)
{
    return statusesFor(category).contains(status);
}

std::optional<ParcelLifecycle::Legacy> ParcelLifecycle::fromLegacyStatus(const QString &text)
{
    const QString s = text.trimmed();
    if (s == QLatin1String("idle") || s == QStringLiteral("闲置")
        || s == QStringLiteral("闲置用地"))
        return Legacy{QStringLiteral("transferred"), QStringLiteral("supplied_unused")};
    if (s == QLatin1String("inefficient") || s == QStringLiteral("低效")
        || s == QStringLiteral("低效用地"))
        return Legacy{QStringLiteral("producing"), QStringLiteral("producing_below")};
    return std::nullopt;
}

QStringList ParcelLifecycle::problems(const std::function<QVariant(const QString &)> &value)
{
    QStringList problems;
    auto text = [&](const char *column) { return value(QLatin1String(column)).toString(); };
    const QString status = text("status");
    const QString category = text("idle_category");
    if (!category.isEmpty() && !status.isEmpty() && !categoryFits(category, status)) {
        QStringList fitting;
        for (const QString &s : statusesFor(category))
            fitting << statusLabel(s);
        problems << tr("%1 land must be %2, not %3.")
                        .arg(Domain::label(Domain::idleCategories(), category),
                             fitting.join(tr(" or ")), statusLabel(status));
    }
    for (const char *column : {"status_date", "idle_since", "commit_deadline"}) {
        const QString date = text(column);
        if (!date.isEmpty() && !QDate::fromString(date, Qt::ISODate).isValid())
            problems
                << tr("%1 \"%2\" is not a date (YYYY-MM-DD).").arg(QLatin1String(column), date);
    }
    const QVariant farMin = value(QStringLiteral("far_min"));
    const QVariant farMax = value(QStringLiteral("far_max"));
    if (!farMin.isNull() && !farMax.isNull() && !farMin.toString().isEmpty()
        && !farMax.toString().isEmpty() && farMin.toDouble() > farMax.toDouble())
        problems << tr("The minimum plot ratio %1 is above the maximum %2.")
                        .arg(farMin.toDouble())
                        .arg(farMax.toDouble());
    return problems;
}

Status ParcelLifecycle::check(const QVariantMap &values)
{
    if (Status ok = ProjectRules::checkFields(Fields::parcels(), values,
                                              tr("A parcel needs a value for %1."));
        !ok)
        return ok;
    const QStringList found = problems([&](const QString &column) { return values.value(column); });
    if (!found.isEmpty())
        return Error{found.join(QLatin1Char('\n'))};
    return {};
}
