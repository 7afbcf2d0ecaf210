// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/validator.h"

#include "core/domain/domain.h"
#include "core/domain/fields.h"
#include "core/domain/landgrade.h"
#include "core/domain/lifecycle.h"
#include "core/domain/parcellifecycle.h"
#include "core/geometry/geodesic.h"
#include "core/project/lookups.h"
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

// Parcels: category against status, plot-ratio limits and dates (ParcelLifecycle), and the
// stored grade against the one its figures give (it is derived: a file edited elsewhere may
// carry a stale one). Files before schema 6 have no lifecycle columns to check.
void checkParcels(ProjectFile &project, QStringList &problems)
{
    if (!project.db().tableExists(QStringLiteral("parcel_yearly")))
        return;
    auto lines = Lookups::allGradeThresholds(project);
    if (!lines) {
        problems << lines.errorMessage();
        return;
    }
    const QStringList columns{QStringLiteral("status"),          QStringLiteral("idle_category"),
                              QStringLiteral("status_date"),     QStringLiteral("idle_since"),
                              QStringLiteral("commit_deadline"), QStringLiteral("far_min"),
                              QStringLiteral("far_max")};
    auto stmt = project.db().prepare(
        QStringLiteral("SELECT p.fid, p.code, p.grade, p.area_mu, p.tax_per_mu, k.unit_id, "
                       "y.tax_wan, y.output_wan, p.geom, p.%1 FROM parcels p "
                       "LEFT JOIN parks k ON k.fid = p.park_id "
                       "LEFT JOIN parcel_yearly y ON y.id = (SELECT id FROM parcel_yearly WHERE "
                       "parcel_id = p.fid AND tax_wan IS NOT NULL ORDER BY year DESC LIMIT 1) "
                       "ORDER BY p.fid")
            .arg(columns.join(QStringLiteral(", p."))));
    if (!stmt) {
        problems << stmt.errorMessage();
        return;
    }
    auto optional = [&](int column) {
        return stmt->isNull(column) ? std::nullopt : std::optional<double>(stmt->real(column));
    };
    if (Status done = stmt->forEachRow([&] {
            const QString where
                = Validator::tr("Parcel %1 (%2)").arg(stmt->int64(0)).arg(stmt->text(1));
            for (const QString &problem : ParcelLifecycle::problems([&](const QString &column) {
                     const int at = int(columns.indexOf(column));
                     return at < 0 ? QVariant() : stmt->value(9 + at);
                 }))
                problems << where + QStringLiteral(": ") + problem;
            double area = stmt->real(3);
            if (!(area > 0)) {
                const QByteArrayView geom = stmt->blobView(8);
                area = Geodesic::blobAreaM2(geom.data(), geom.size()) / Domain::kSquareMetresPerMu;
            }
            const GradeThresholds unitLines
                = stmt->isNull(5) ? GradeThresholds() : lines->value(stmt->int64(5));
            const QString expected
                = LandGrade::current(unitLines, area, optional(6), optional(7), optional(4));
            if (expected != stmt->text(2))
                problems << where + QStringLiteral(": ")
                                + Validator::tr("the stored grade is \"%1\", its figures give "
                                                "\"%2\"")
                                      .arg(stmt->text(2), expected);
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
    checkParcels(project, problems);
    return problems;
}
