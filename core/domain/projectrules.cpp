// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/projectrules.h"

#include "core/domain/domain.h"
#include "core/domain/lifecycle.h"

Status ProjectRules::check(const QVariantMap &values)
{
    if (values.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        return Error{tr("A project needs a name.")};
    const QString stage = values.value(QStringLiteral("stage")).toString();
    if (!Domain::isValid(Domain::stages(), stage))
        return Error{tr("\"%1\" is not a project stage.").arg(stage)};
    for (const char *money :
         {"investment_wan", "foreign_investment_wan_usd", "land_mu", "expected_output_wan"}) {
        const QVariant v = values.value(QLatin1String(money));
        if (!v.isNull() && v.toDouble() < 0)
            return Error{tr("%1 cannot be negative.").arg(QLatin1String(money))};
    }
    const QStringList problems
        = Lifecycle::problems([&](const QString &column) { return values.value(column); });
    if (!problems.isEmpty())
        return Error{problems.join(QLatin1Char('\n'))};
    return {};
}
