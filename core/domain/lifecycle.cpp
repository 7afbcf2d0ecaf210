// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/lifecycle.h"

#include "core/domain/domain.h"

#include <QDate>

QStringList Lifecycle::problems(const std::function<QVariant(const QString &)> &value)
{
    QStringList problems;
    const QStringList stages = Domain::codes(Domain::stages());
    const int dropped = Domain::stageIndex(QStringLiteral("dropped"));
    auto label = [](const QString &stage) { return Domain::label(Domain::stages(), stage); };
    QDate previous;
    QString previousStage;
    std::vector<bool> dated(size_t(stages.size()), false);
    for (int i = 0; i < stages.size(); ++i) {
        const QString column = Domain::milestoneColumn(stages[i]);
        const QVariant raw = value(column);
        if (raw.isNull() || raw.toString().isEmpty())
            continue;
        const QDate date = raw.typeId() == QMetaType::QDate
                               ? raw.toDate()
                               : QDate::fromString(raw.toString(), Qt::ISODate);
        if (!date.isValid()) {
            problems << tr("%1 \"%2\" is not a date (YYYY-MM-DD).").arg(column, raw.toString());
            continue;
        }
        dated[size_t(i)] = true;
        // The drop date follows whatever came before; the others follow lifecycle order.
        if (previous.isValid() && date < previous)
            problems << tr("%1 (%2) is before %3 (%4).")
                            .arg(label(stages[i]), date.toString(Qt::ISODate), label(previousStage),
                                 previous.toString(Qt::ISODate));
        if (i != dropped) {
            previous = date;
            previousStage = stages[i];
        }
    }
    // Reaching a stage means its hard prerequisites happened, on a date: nothing is signed or
    // started without its date, nothing is supplied, built or produced before signing, nothing
    // produces before construction starts. (供地 dates are often not tracked, so their absence is
    // no error.)
    const QString stage = value(QStringLiteral("stage")).toString();
    const int current = Domain::stageIndex(stage);
    if (current != dropped) {
        for (const QString prerequisite :
             {QStringLiteral("signed"), QStringLiteral("construction")}) {
            const int i = Domain::stageIndex(prerequisite);
            if (i <= current && !dated[size_t(i)])
                problems << tr("The stage is %1 but the %2 date is missing.")
                                .arg(label(stage), label(prerequisite));
        }
    }
    return problems;
}
