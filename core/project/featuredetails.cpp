// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/featuredetails.h"

#include "core/domain/domain.h"
#include "core/map/projectlayers.h"
#include "core/storage/projectfile.h"

#include <QLocale>

namespace {

struct FieldSpec
{
    const char *column;
    const char *label;
    std::span<const DomainValue> (*coded)() = nullptr;
    enum Unit { None, Yi, Mu, TaxPerMu, Wan } unit = None;
};

// Field order and labels per layer; columns not listed are not shown.
std::vector<FieldSpec> fieldsOf(const QString &table)
{
    if (table == QLatin1String("units"))
        return {{"kind", QT_TRANSLATE_NOOP("FeatureDetails", "Kind"), &Domain::unitKinds},
                {"adcode", QT_TRANSLATE_NOOP("FeatureDetails", "Administrative code")},
                {"city", QT_TRANSLATE_NOOP("FeatureDetails", "City")}};
    if (table == QLatin1String("parks"))
        return {{"kind", QT_TRANSLATE_NOOP("FeatureDetails", "Kind"), &Domain::parkKinds},
                {"unit_name", QT_TRANSLATE_NOOP("FeatureDetails", "Unit")},
                {"planned_area_mu", QT_TRANSLATE_NOOP("FeatureDetails", "Planned area"), nullptr,
                 FieldSpec::Mu},
                {"chains", QT_TRANSLATE_NOOP("FeatureDetails", "Lead industry chains")}};
    if (table == QLatin1String("enclaves"))
        return {{"kind", QT_TRANSLATE_NOOP("FeatureDetails", "Kind"), &Domain::enclaveKinds},
                {"unit_name", QT_TRANSLATE_NOOP("FeatureDetails", "Home unit")},
                {"host_place", QT_TRANSLATE_NOOP("FeatureDetails", "Host place")},
                {"host_city", QT_TRANSLATE_NOOP("FeatureDetails", "Host city")},
                {"opened_date", QT_TRANSLATE_NOOP("FeatureDetails", "Opened")}};
    if (table == QLatin1String("parcels"))
        return {{"status", QT_TRANSLATE_NOOP("FeatureDetails", "Status"), &Domain::parcelStatuses},
                {"park_name", QT_TRANSLATE_NOOP("FeatureDetails", "Park")},
                {"land_use", QT_TRANSLATE_NOOP("FeatureDetails", "Land use"), &Domain::landUses},
                {"area_mu", QT_TRANSLATE_NOOP("FeatureDetails", "Registered area"), nullptr,
                 FieldSpec::Mu},
                {"tax_per_mu", QT_TRANSLATE_NOOP("FeatureDetails", "Tax per mu"), nullptr,
                 FieldSpec::TaxPerMu},
                {"idle_since", QT_TRANSLATE_NOOP("FeatureDetails", "Idle since")},
                {"owner", QT_TRANSLATE_NOOP("FeatureDetails", "Owner")}};
    return {};
}

QString joinFor(const QString &table)
{
    if (table == QLatin1String("parks"))
        return QStringLiteral(", (SELECT name FROM units u WHERE u.fid = t.unit_id) AS unit_name");
    if (table == QLatin1String("enclaves"))
        return QStringLiteral(
            ", (SELECT name FROM units u WHERE u.fid = t.home_unit_id) AS unit_name");
    if (table == QLatin1String("parcels"))
        return QStringLiteral(", (SELECT name FROM parks k WHERE k.fid = t.park_id) AS park_name");
    return {};
}

} // namespace

Result<FeatureDetails> FeatureDetails::read(ProjectFile &project, const QString &table, qint64 fid)
{
    const std::vector<FieldSpec> specs = fieldsOf(table);
    if (specs.empty())
        return Error{tr("There are no details for layer %1.").arg(table)};
    QStringList columns{QStringLiteral("t.%1").arg(
        table == QLatin1String("parcels") ? QStringLiteral("code") : QStringLiteral("name"))};
    for (const FieldSpec &spec : specs) {
        const QString column = QLatin1String(spec.column);
        columns << (column.endsWith(QLatin1String("_name")) ? column
                                                            : QStringLiteral("t.") + column);
    }
    auto stmt
        = project.db().prepare(QStringLiteral("SELECT %1 FROM (SELECT t.* %2 FROM %3 t "
                                              "WHERE t.fid = ?1) t")
                                   .arg(columns.join(QLatin1Char(',')), joinFor(table), table));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, fid);
    const SqliteStep row = stmt->step();
    if (row.failed())
        return row.error();
    if (!row.hasRow())
        return Error{tr("The feature no longer exists.")};
    const QLocale locale;
    FeatureDetails details;
    details.title = stmt->text(0);
    details.kind = ProjectLayers::title(table);
    for (size_t i = 0; i < specs.size(); ++i) {
        const int c = int(i) + 1;
        if (stmt->isNull(c))
            continue;
        const FieldSpec &spec = specs[i];
        QString value = stmt->text(c);
        if (spec.coded)
            value = Domain::label(spec.coded(), value);
        else if (spec.unit == FieldSpec::Mu)
            value = tr("%1 mu").arg(locale.toString(stmt->real(c), 'f', 1));
        else if (spec.unit == FieldSpec::TaxPerMu)
            value = tr("%1 (10k CNY per mu)").arg(locale.toString(stmt->real(c), 'f', 1));
        details.fields.append({QCoreApplication::translate("FeatureDetails", spec.label), value});
    }
    if (table == QLatin1String("parcels")) {
        auto linked = project.db().prepare(QStringLiteral(
            "SELECT p.name, p.stage FROM project_parcels l JOIN projects p ON p.fid = l.project_id "
            "WHERE l.parcel_id = ?1 ORDER BY p.name"));
        if (!linked)
            return linked.error();
        linked->bind(1, fid);
        Status done = linked->forEachRow([&] {
            details.related.append(
                {tr("Linked project"),
                 QStringLiteral("%1（%2）")
                     .arg(linked->text(0), Domain::label(Domain::stages(), linked->text(1)))});
        });
        if (!done)
            return done.error();
    }
    return details;
}
