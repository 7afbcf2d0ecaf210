// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/featuredetails.h"

#include "core/base/i18n.h"
#include "core/domain/domain.h"
#include "core/domain/landgrade.h"
#include "core/geometry/geodesic.h"
#include "core/map/projectlayers.h"
#include "core/project/localnames.h"
#include "core/project/lookups.h"
#include "core/storage/projectfile.h"

#include <QLocale>

namespace {

bool isProjects(const QString &table)
{
    return table == QLatin1String("projects");
}

// The SQL that reads a field of row t, references resolved to the name they point to, texts to
// what can be shown (one character more, so that Fields::display can say there is more).
QString expression(const Field &field, bool english)
{
    switch (field.type) {
    case Field::Type::Text:
        return QStringLiteral("substr(t.%1, 1, %2)")
            .arg(SqliteDb::quoted(Fields::column(field)))
            .arg(Fields::kShownChars + 1);
    case Field::Type::Reference:
        return QStringLiteral("(SELECT %3 FROM %1 r WHERE r.fid = t.%2)")
            .arg(SqliteDb::quoted(QLatin1String(field.target)),
                 SqliteDb::quoted(Fields::column(field)),
                 english ? QStringLiteral("coalesce(nullif(r.name_en, ''), r.name)")
                         : QStringLiteral("r.name"));
    case Field::Type::Longitude:
        return QStringLiteral("ST_MinX(t.geom)");
    case Field::Type::Latitude:
        return QStringLiteral("ST_MinY(t.geom)");
    default:
        return QStringLiteral("t.") + SqliteDb::quoted(Fields::column(field));
    }
}

// What else the feature is tied to: a parcel's projects, a project's parcels.
Status readRelated(ProjectFile &project, const QString &table, qint64 fid,
                   Fields::Audience audience, FeatureDetails &details)
{
    if (table == QLatin1String("parcels")) {
        auto linked = project.db().prepare(
            QStringLiteral("SELECT p.name, p.stage FROM project_parcels l JOIN projects p ON "
                           "p.fid = l.project_id WHERE l.parcel_id = ?1 AND %1 ORDER BY p.name")
                .arg(Fields::visibleRows(QStringLiteral("projects"), audience,
                                         QStringLiteral("p"))));
        if (!linked)
            return linked.error();
        linked->bind(1, fid);
        QStringList projects;
        if (Status done = linked->forEachRow([&] {
                projects << QStringLiteral("%1（%2）")
                                .arg(linked->text(0),
                                     Domain::label(Domain::stages(), linked->text(1)));
            });
            !done)
            return done;
        if (!projects.isEmpty())
            details.related.append(
                {FeatureDetails::tr("Linked projects"), projects.join(QStringLiteral("、"))});
        return {};
    }
    if (isProjects(table)) {
        auto linked = project.db().prepare(
            QStringLiteral("SELECT c.code FROM project_parcels l JOIN parcels c ON c.fid = "
                           "l.parcel_id WHERE l.project_id = ?1 ORDER BY c.code"));
        if (!linked)
            return linked.error();
        linked->bind(1, fid);
        QStringList parcels;
        if (Status done = linked->forEachRow([&] { parcels << linked->text(0); }); !done)
            return done;
        if (!parcels.isEmpty())
            details.related.append(
                {FeatureDetails::tr("Linked parcels"), parcels.join(QStringLiteral("、"))});
        return {};
    }
    return {};
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

// A parcel's measured area, commitments against figures, yearly figures and history.
Status readParcel(ProjectFile &project, qint64 fid, Fields::Audience audience, const QDate &today,
                  FeatureDetails &details)
{
    const bool office = audience == Fields::Audience::Office;
    auto stmt = project.db().prepare(
        QStringLiteral("SELECT geom, area_mu, standard_land, commit_investment_per_mu, "
                       "commit_far, commit_tax_per_mu, commit_deadline FROM parcels "
                       "WHERE fid = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, fid);
    const SqliteStep row = stmt->step();
    if (row.failed())
        return row.error();
    if (!row.hasRow())
        return {};
    auto optional = [&](int column) {
        return stmt->isNull(column) ? std::nullopt : std::optional<double>(stmt->real(column));
    };
    const QByteArrayView geom = stmt->blobView(0);
    const double squareMetres = Geodesic::blobAreaM2(geom.data(), geom.size());
    const double measured = squareMetres / Domain::kSquareMetresPerMu;
    const std::optional<double> registered = optional(1);
    const double area = registered && *registered > 0 ? *registered : measured;
    FeatureDetails::Section land{FeatureDetails::tr("Area"), {}};
    if (squareMetres > 0) {
        land.fields.append({FeatureDetails::tr("Measured area"),
                            FeatureDetails::tr("%1 mu · %2 ha · %3 m²")
                                .arg(number(measured, 2), number(squareMetres / 10000, 4),
                                     number(squareMetres, 0))});
        if (registered && Geodesic::differs(*registered, measured))
            details.warnings << FeatureDetails::tr(
                                    "The registered area (%1 mu) and the measured area (%2 mu) "
                                    "differ by %3 %, more than %4 %.")
                                    .arg(number(*registered, 2), number(measured, 2),
                                         number(std::abs(*registered - measured) / measured * 100,
                                                1),
                                         number(Geodesic::kAreaTolerance * 100, 0));
    }
    Commitment committed{optional(3), optional(4), optional(5),
                         QDate::fromString(stmt->text(6), Qt::ISODate)};
    const bool standard = stmt->int64(2) != 0;

    auto unit = Lookups::parcelUnit(project, fid);
    if (!unit)
        return unit.error();
    auto lines = Lookups::gradeThresholds(project, *unit);
    if (!lines)
        return lines.error();
    auto years = Lookups::parcelYears(project, fid);
    if (!years)
        return years.error();
    if (office && !years->isEmpty()) {
        FeatureDetails::Section figures{FeatureDetails::tr("Mu-average figures (10k CNY per mu)"),
                                        {}};
        for (const Lookups::ParcelYear &y : *years) {
            QStringList parts;
            const auto tax = LandGrade::perMu(y.taxWan, area);
            const auto output = LandGrade::perMu(y.outputWan, area);
            if (tax)
                parts << FeatureDetails::tr("tax %1 per mu").arg(number(*tax, 1));
            if (output)
                parts << FeatureDetails::tr("output %1 per mu").arg(number(*output, 0));
            if (y.investmentWan)
                parts << FeatureDetails::tr("investment %1 per mu")
                             .arg(number(*y.investmentWan / area, 0));
            if (y.far)
                parts << FeatureDetails::tr("plot ratio %1").arg(number(*y.far, 2));
            const QString grade = LandGrade::grade(*lines, tax, output);
            if (!grade.isEmpty())
                parts << FeatureDetails::tr("grade %1").arg(grade);
            figures.fields.append({QString::number(y.year), parts.join(QStringLiteral(" · "))});
        }
        details.sections << land << figures;
    } else if (!land.fields.isEmpty()) {
        details.sections << land;
    }

    if (standard && committed.deadline.isValid() && office) {
        FeatureDetails::Section check{FeatureDetails::tr("Commitments against figures"), {}};
        CommitmentActual actual;
        for (const Lookups::ParcelYear &y : *years) {
            if (y.year > today.year())
                continue;
            actual = {y.year, LandGrade::perMu(y.investmentWan, area), y.far,
                      LandGrade::perMu(y.taxWan, area)};
            break;
        }
        const bool due = StandardLand::isDue(committed.deadline, today);
        const QList<StandardLand::Item> missed = StandardLand::missed(committed, actual);
        auto line = [&](StandardLand::Item item, const QString &label,
                        std::optional<double> promised, std::optional<double> reached,
                        int decimals) {
            if (!promised)
                return;
            const QString mark = missed.contains(item) ? QStringLiteral("✗") : QStringLiteral("✓");
            check.fields.append(
                {label, FeatureDetails::tr("committed %1, reached %2 %3")
                            .arg(number(*promised, decimals),
                                 reached ? number(*reached, decimals) : FeatureDetails::tr("—"),
                                 due ? mark : QString())});
        };
        line(StandardLand::Item::Investment, FeatureDetails::tr("Investment intensity"),
             committed.investmentPerMu, actual.investmentPerMu, 0);
        line(StandardLand::Item::PlotRatio, FeatureDetails::tr("Plot ratio"), committed.far,
             actual.far, 2);
        line(StandardLand::Item::Tax, FeatureDetails::tr("Tax per mu"), committed.taxPerMu,
             actual.taxPerMu, 1);
        check.fields.append({FeatureDetails::tr("Figures of"), actual.year
                                                                   ? QString::number(actual.year)
                                                                   : FeatureDetails::tr("none")});
        details.sections << check;
        if (due && !missed.isEmpty())
            details.warnings << FeatureDetails::tr(
                                    "Below its 标准地 commitments since %1: %2 (投而未达).")
                                    .arg(committed.deadline.toString(Qt::ISODate))
                                    .arg(missed.size());
    }

    auto history = Lookups::parcelEvents(project, fid);
    if (!history)
        return history.error();
    if (!history->isEmpty()) {
        FeatureDetails::Section past{FeatureDetails::tr("History"), {}};
        for (const Lookups::ParcelEvent &e : *history) {
            QString text = Domain::label(Domain::parcelEventKinds(), e.kind);
            if (!e.text.isEmpty())
                text += QStringLiteral("：") + e.text;
            if (e.kind == QLatin1String("revitalised") && e.areaMu)
                text += FeatureDetails::tr(" (%1 mu)").arg(number(*e.areaMu, 1));
            past.fields.append({e.date, text});
        }
        details.sections << past;
    }
    return {};
}

} // namespace

Result<FeatureDetails> FeatureDetails::read(ProjectFile &project, const QString &table, qint64 fid,
                                            Fields::Audience audience, const QDate &today)
{
    if (project.isPublic()) // public mode overrides whatever the caller asked for
        audience = Fields::Audience::Public;
    const std::span<const Field> catalogue = Fields::of(table);
    const QList<const Field *> titles = Fields::withFlag(catalogue, Field::Title);
    if (catalogue.empty() || titles.isEmpty() || table == QLatin1String("project_events"))
        return Error{tr("There are no details for layer %1.").arg(table)};
    const bool english = I18n::englishUi() && project.schemaVersion() >= 5;
    auto names = LocalNames::read(project, english);
    if (!names)
        return names.error();
    QList<const Field *> shown;
    QStringList columns{expression(*titles.first(), english)};
    for (const Field &field : catalogue) {
        if (!field.column || field.has(Field::Title) || field.type == Field::Type::Key)
            continue;
        shown << &field;
        columns << expression(field, english);
    }
    auto stmt
        = project.db().prepare(QStringLiteral("SELECT %1 FROM %2 t WHERE t.fid = ?1")
                                   .arg(columns.join(QLatin1Char(',')), SqliteDb::quoted(table)));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, fid);
    const SqliteStep row = stmt->step();
    if (row.failed())
        return row.error();
    if (!row.hasRow())
        return Error{tr("The feature no longer exists.")};
    FeatureDetails details;
    details.title = Fields::elided(stmt->text(0));
    details.kind = ProjectLayers::title(table);
    Section main, milestones{tr("Milestones"), {}},
        commitments{tr("Standard land commitments"), {}};
    for (int i = 0; i < shown.size(); ++i) {
        const Field &field = *shown[i];
        QVariant value = stmt->value(i + 1);
        const QString key = Fields::key(field);
        // In English a unit or park is called by its English name, its Chinese one a line below.
        if (english && key == QLatin1String("name_en") && !value.toString().isEmpty()) {
            main.fields.append({tr("Chinese name"), details.title});
            details.title = Fields::elided(value.toString());
            continue;
        }
        if (english && (key == QLatin1String("chain") || key == QLatin1String("chains")))
            value = names->chains(value.toString());
        if (field.type == Field::Type::Boolean
            && Fields::key(field) == QLatin1String("confidential")) {
            details.confidential = value.toBool(); // a banner, not a line
            continue;
        }
        if (!Fields::isShownTo(field, audience) || value.isNull() || value.toString().isEmpty())
            continue;
        (field.has(Field::Milestone)    ? milestones
         : field.has(Field::Commitment) ? commitments
                                        : main)
            .fields.append({Fields::label(field), Fields::display(field, value)});
    }
    // For the public a confidential project is not there at all: the same answer as for a
    // feature that does not exist, so that not even its existence shows.
    if (details.confidential && audience == Fields::Audience::Public)
        return Error{tr("The feature no longer exists.")};
    details.sections << main;
    if (!milestones.fields.isEmpty())
        details.sections << milestones;
    // 标准地: the commitments when the plot was sold as one ("no" alone says nothing).
    if (commitments.fields.size() > 1)
        details.sections << commitments;
    if (table == QLatin1String("parcels")) {
        if (Status extra = readParcel(project, fid, audience, today, details); !extra)
            return extra.error();
    }
    if (Status related = readRelated(project, table, fid, audience, details); !related)
        return related.error();
    return details;
}
