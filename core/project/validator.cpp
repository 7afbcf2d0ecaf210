// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/validator.h"

#include "core/domain/domain.h"
#include "core/domain/fields.h"
#include "core/domain/lifecycle.h"
#include "core/storage/projectfile.h"
#include "core/storage/schema.h"

#include <QDate>

namespace {

void checkIntegrity(ProjectFile &project, QStringList &problems)
{
    auto stmt = project.db().prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!stmt) {
        problems << stmt.errorMessage();
        return;
    }
    if (Status done = stmt->forEachRow([&] {
            if (stmt->text(0) != QLatin1String("ok"))
                problems << Validator::tr("Database integrity: %1").arg(stmt->text(0));
        });
        !done)
        problems << done.errorMessage();
}

void checkForeignKeys(ProjectFile &project, QStringList &problems)
{
    auto stmt = project.db().prepare(QStringLiteral("PRAGMA foreign_key_check"));
    if (!stmt) {
        problems << stmt.errorMessage();
        return;
    }
    if (Status done = stmt->forEachRow([&] {
            problems << Validator::tr("%1 row %2 refers to a missing row of %3.")
                            .arg(stmt->text(0))
                            .arg(stmt->int64(1))
                            .arg(stmt->text(2));
        });
        !done)
        problems << done.errorMessage();
    // References between feature tables, which GDAL-created tables cannot enforce in SQL: every
    // reference field of the catalogue's feature tables.
    const QStringList featureTables = Schema::featureTables();
    for (const QString &table : Fields::tables()) {
        if (!featureTables.contains(table))
            continue;
        for (const Field &field : Fields::of(table)) {
            if (field.type != Field::Type::Reference)
                continue;
            const QString column = Fields::column(field);
            const QString target = QLatin1String(field.target);
            auto orphans = project.db().prepare(
                QStringLiteral("SELECT t.fid, t.%2 FROM %1 t WHERE t.%2 IS NOT NULL AND NOT EXISTS "
                               "(SELECT 1 FROM %3 r WHERE r.fid = t.%2) ORDER BY t.fid")
                    .arg(table, column, target));
            if (!orphans) {
                problems << orphans.errorMessage();
                continue;
            }
            if (Status done = orphans->forEachRow([&] {
                    problems << Validator::tr("%1 %2: %3 = %4 refers to no row of %5.")
                                    .arg(table)
                                    .arg(orphans->int64(0))
                                    .arg(column)
                                    .arg(orphans->int64(1))
                                    .arg(target);
                });
                !done)
                problems << done.errorMessage();
        }
    }
}

// Every coded column of the catalogue holds one of its codes.
void checkCodes(ProjectFile &project, QStringList &problems)
{
    for (const QString &table : Fields::tables()) {
        const QString key = Schema::featureTables().contains(table) ? QStringLiteral("fid")
                                                                    : QStringLiteral("id");
        for (const Field &field : Fields::of(table)) {
            if (field.type != Field::Type::Code)
                continue;
            const QString column = Fields::column(field);
            auto stmt = project.db().prepare(
                QStringLiteral("SELECT %3, %2 FROM %1 WHERE %2 IS NOT NULL ORDER BY 1")
                    .arg(table, column, key));
            if (!stmt) {
                problems << stmt.errorMessage();
                continue;
            }
            if (Status done
                = stmt->forEachRow([&] {
                      if (!Domain::isValid(field.codes(), stmt->text(1)))
                          problems
                              << Validator::tr(
                                     "%1 %2: \"%3\" is not a valid %4 (expected one of %5).")
                                     .arg(table)
                                     .arg(stmt->int64(0))
                                     .arg(stmt->text(1), column,
                                          Domain::codes(field.codes()).join(QStringLiteral(", ")));
                  });
                !done)
                problems << done.errorMessage();
        }
    }
}

void checkMilestones(ProjectFile &project, QStringList &problems)
{
    QStringList columns{QStringLiteral("stage")};
    for (const Field *field : Fields::withFlag(Fields::projects(), Field::Milestone))
        columns << Fields::column(*field);
    auto stmt
        = project.db().prepare(QStringLiteral("SELECT fid, name, %1 FROM projects ORDER BY fid")
                                   .arg(columns.join(QLatin1Char(','))));
    if (!stmt) {
        problems << stmt.errorMessage();
        return;
    }
    if (Status done = stmt->forEachRow([&] {
            const QString where
                = Validator::tr("Project %1 (%2)").arg(stmt->int64(0)).arg(stmt->text(1));
            const QStringList found = Lifecycle::problems([&](const QString &column) {
                const int at = int(columns.indexOf(column));
                return at < 0 ? QVariant() : stmt->value(2 + at);
            });
            for (const QString &problem : found)
                problems << where + QStringLiteral(": ") + problem;
        });
        !done)
        problems << done.errorMessage();
}

} // namespace

QStringList Validator::check(ProjectFile &project)
{
    QStringList problems;
    checkIntegrity(project, problems);
    checkForeignKeys(project, problems);
    checkCodes(project, problems);
    checkMilestones(project, problems);
    return problems;
}
