// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/projectrules.h"

#include "core/domain/domain.h"
#include "core/domain/fields.h"
#include "core/domain/lifecycle.h"

Status ProjectRules::check(const QVariantMap &values)
{
    if (Status ok = checkFields(Fields::projects(), values, tr("A project needs a value for %1."));
        !ok)
        return ok;
    const QStringList problems
        = Lifecycle::problems([&](const QString &column) { return values.value(column); });
    if (!problems.isEmpty())
        return Error{problems.join(QLatin1Char('\n'))};
    return {};
}

Status ProjectRules::checkFields(std::span<const Field> fields, const QVariantMap &values,
                                 const QString &needs)
{
    for (const Field &field : fields) {
        if (!field.column || field.isLocation() || field.type == Field::Type::Key)
            continue;
        const QVariant v = values.value(Fields::column(field));
        const bool empty = v.isNull() || v.toString().trimmed().isEmpty();
        if (field.has(Field::Required) && empty)
            return Error{QString(needs).arg(Fields::label(field))};
        if (empty)
            continue;
        if (field.type == Field::Type::Code && !Domain::isValid(field.codes(), v.toString()))
            return Error{tr("\"%1\" is not a valid %2.").arg(v.toString(), Fields::label(field))};
        if (field.isNumber() && v.toDouble() < 0)
            return Error{tr("%1 cannot be negative.").arg(Fields::label(field))};
        if (field.type == Field::Type::Text) {
            if (const QString tooLong = Fields::lengthProblem(field, v.toString());
                !tooLong.isEmpty())
                return Error{tooLong + QLatin1Char('.')};
        }
    }
    return {};
}
