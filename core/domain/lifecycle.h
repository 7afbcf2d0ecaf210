// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

#include <functional>

// The rules of a project's life: milestone dates follow the lifecycle order (签约 before 供地
// before 开工 …, 终止 after whatever came before), and a stage past 签约 needs the 签约 date, one
// past 开工 the 开工 date (投产 without 开工 is impossible). Used by every edit, the importer and
// `validate`.
class Lifecycle
{
    Q_DECLARE_TR_FUNCTIONS(Lifecycle)
public:
    // `value(column)` gives a project's stored value of a column (stage, signed_date …).
    // One translated sentence per problem; empty when the project is consistent.
    static QStringList problems(const std::function<QVariant(const QString &column)> &value);
};
