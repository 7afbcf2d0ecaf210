// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/validator.h"

#include "core/domain/domain.h"
#include "core/domain/lifecycle.h"
#include "core/storage/projectfile.h"

#include <QDate>

namespace {

struct Reference
{
    const char *table;
    const char *column;
    const char *target;
};

// References between feature tables, which GDAL-created tables cannot enforce in SQL.
constexpr Reference kReferences[] = {
    {"parks", "unit_id", "units"},    {"enclaves", "home_unit_id", "units"},
    {"parcels", "park_id", "parks"},  {"projects", "unit_id", "units"},
    {"projects", "park_id", "parks"},
};

struct CodedColumn
{
    const char *table;
    const char *column;
    std::span<const DomainValue> (*values)();
};

const CodedColumn kCodedColumns[] = {
    {"units", "kind", &Domain::unitKinds},
    {"parks", "kind", &Domain::parkKinds},
    {"enclaves", "kind", &Domain::enclaveKinds},
    {"parcels", "status", &Domain::parcelStatuses},
    {"parcels", "land_use", &Domain::landUses},
    {"projects", "investor_type", &Domain::investorTypes},
    {"projects", "stage", &Domain::stages},
    {"project_events", "kind", &Domain::eventKinds},
};

void checkIntegrity(ProjectFile &project, QStringList &problems)
{
    auto stmt = project.db().prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!stmt) {
        problems << stmt.errorMessage();
        return;
    }
    Status done = stmt->forEachRow([&] {
        if (stmt->text(0) != QLatin1String("ok"))
            problems << Validator::tr("Database integrity: %1").arg(stmt->text(0));
    });
    if (!done)
        problems << Validator::tr("The database could not be checked: %1").arg(done.errorMessage());
}

void checkForeignKeys(ProjectFile &project, QStringList &problems)
{
    auto stmt = project.db().prepare(QStringLiteral("PRAGMA foreign_key_check"));
    if (!stmt) {
        problems << stmt.errorMessage();
        return;
    }
    Status done = stmt->forEachRow([&] {
        problems << Validator::tr("%1 row %2 refers to a missing row of %3.")
                        .arg(stmt->text(0))
                        .arg(stmt->int64(1))
                        .arg(stmt->text(2));
    });
    if (!done)
        problems << Validator::tr("The database could not be checked: %1").arg(done.errorMessage());
    for (const Reference &ref : kReferences) {
        auto orphans = project.db().prepare(
            QStringLiteral("SELECT t.fid, t.%2 FROM %1 t WHERE t.%2 IS NOT NULL AND NOT EXISTS "
                           "(SELECT 1 FROM %3 r WHERE r.fid = t.%2) ORDER BY t.fid")
                .arg(QLatin1String(ref.table), QLatin1String(ref.column),
                     QLatin1String(ref.target)));
        if (!orphans) {
            problems << orphans.errorMessage();
            continue;
        }
        Status scanned = orphans->forEachRow([&] {
            problems << Validator::tr("%1 %2: %3 = %4 refers to no row of %5.")
                            .arg(QLatin1String(ref.table))
                            .arg(orphans->int64(0))
                            .arg(QLatin1String(ref.column))
                            .arg(orphans->int64(1))
                            .arg(QLatin1String(ref.target));
        });
        if (!scanned)
            problems << Validator::tr("Table %1 could not be checked: %2")
                            .arg(QLatin1String(ref.table), scanned.errorMessage());
    }
}

void checkCodes(ProjectFile &project, QStringList &problems)
{
    for (const CodedColumn &coded : kCodedColumns) {
        const bool hasFid = QLatin1String(coded.table) != QLatin1String("project_events");
        auto stmt = project.db().prepare(
            QStringLiteral("SELECT %3, %2 FROM %1 WHERE %2 IS NOT NULL ORDER BY 1")
                .arg(QLatin1String(coded.table), QLatin1String(coded.column),
                     hasFid ? QStringLiteral("fid") : QStringLiteral("id")));
        if (!stmt) {
            problems << stmt.errorMessage();
            continue;
        }
        Status done = stmt->forEachRow([&] {
            if (!Domain::isValid(coded.values(), stmt->text(1)))
                problems << Validator::tr("%1 %2: \"%3\" is not a valid %4 (expected one of %5).")
                                .arg(QLatin1String(coded.table))
                                .arg(stmt->int64(0))
                                .arg(stmt->text(1), QLatin1String(coded.column),
                                     Domain::codes(coded.values()).join(QStringLiteral(", ")));
        });
        if (!done)
            problems << Validator::tr("Table %1 could not be checked: %2")
                            .arg(QLatin1String(coded.table), done.errorMessage());
    }
}

void checkMilestones(ProjectFile &project, QStringList &problems)
{
    QStringList columns{QStringLiteral("stage")};
    for (const QString &stage : Domain::codes(Domain::stages()))
        columns << Domain::milestoneColumn(stage);
    auto stmt
        = project.db().prepare(QStringLiteral("SELECT fid, name, %1 FROM projects ORDER BY fid")
                                   .arg(columns.join(QLatin1Char(','))));
    if (!stmt) {
        problems << stmt.errorMessage();
        return;
    }
    Status done = stmt->forEachRow([&] {
        const QString where
            = Validator::tr("Project %1 (%2)").arg(stmt->int64(0)).arg(stmt->text(1));
        const QStringList found = Lifecycle::problems([&](const QString &column) {
            const int at = int(columns.indexOf(column));
            return at < 0 ? QVariant() : stmt->value(2 + at);
        });
        for (const QString &problem : found)
            problems << where + QStringLiteral(": ") + problem;
    });
    if (!done)
        problems << Validator::tr("Table %1 could not be checked: %2")
                        .arg(QStringLiteral("projects"), done.errorMessage());
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
