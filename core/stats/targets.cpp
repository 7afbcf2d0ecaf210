// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/targets.h"

#include "core/commands/commands.h"
#include "core/project/projectdocument.h"
#include "core/stats/metrics.h"
#include "core/storage/projectfile.h"
#include "core/storage/sqlitedb.h"

#include <cmath>

namespace Targets {

Result<QList<Row>> list(ProjectFile &project, int year)
{
    auto stmt = project.db().prepare(QStringLiteral(
        "SELECT t.id, t.unit_id, u.name, t.year, t.metric, t.value, t.measure, t.source "
        "FROM targets t LEFT JOIN units u ON u.fid = t.unit_id WHERE t.year = ?1 "
        "ORDER BY t.unit_id, t.id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, year);
    QList<Row> rows;
    if (Status read = stmt->forEachRow([&] {
            rows.append({stmt->int64(0), stmt->int64(1), stmt->text(2), int(stmt->int64(3)),
                         stmt->text(4), stmt->real(5), stmt->text(6), stmt->text(7)});
        });
        !read)
        return read.error();
    return rows;
}

Status set(ProjectDocument &document, qint64 unitFid, int year, const QString &metric,
           const std::optional<double> &value, const QString &source)
{
    ProjectFile &project = document.store();
    const Metrics::Metric *known = Metrics::find(metric);
    if (!known)
        return Error{Text::tr("The metric %1 is not in the catalogue.").arg(metric)};
    if (year < 1950 || year > 2100)
        return Error{Text::tr("The year %1 is not between 1950 and 2100.").arg(year)};
    if (value && (*value < 0 || !std::isfinite(*value)))
        return Error{Text::tr("A target is a number of zero or more.")};
    auto id = project.db().scalar(QStringLiteral("SELECT id FROM targets WHERE unit_id = ?1 AND "
                                                 "year = ?2 AND metric = ?3"),
                                  {unitFid, year, metric});
    if (!id)
        return id.error();
    QVariantMap before;
    qint64 key = 0;
    if (id->isValid()) {
        key = id->toLongLong();
        auto row
            = ChangeSet::readRow(project, QStringLiteral("targets"), QStringLiteral("id"), key);
        if (!row)
            return row.error();
        before = *row;
    } else {
        if (!value)
            return {};
        key = Commands::nextKey(project, QStringLiteral("targets"), QStringLiteral("id"));
    }
    QVariantMap after;
    if (value)
        after = {{QStringLiteral("id"), key},
                 {QStringLiteral("unit_id"), unitFid},
                 {QStringLiteral("year"), year},
                 {QStringLiteral("metric"), metric},
                 {QStringLiteral("value"), *value},
                 {QStringLiteral("measure"), Metrics::measure(*known)},
                 {QStringLiteral("source"), source.trimmed().isEmpty()
                                                ? before.value(QStringLiteral("source"))
                                                : QVariant(source.trimmed())}};
    if (before == after)
        return {};
    ChangeSet set;
    set.add({QStringLiteral("targets"), QStringLiteral("id"), key, before, after});
    return Commands::apply(document, std::move(set),
                           value ? Text::tr("Set target %1").arg(Metrics::name(*known))
                                 : Text::tr("Remove target %1").arg(Metrics::name(*known)));
}

} // namespace Targets
