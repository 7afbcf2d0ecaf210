// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/featuredetails.h"

#include "core/base/i18n.h"
#include "core/domain/domain.h"
#include "core/map/projectlayers.h"
#include "core/project/localnames.h"
#include "core/storage/projectfile.h"

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

} // namespace

Result<FeatureDetails> FeatureDetails::read(ProjectFile &project, const QString &table, qint64 fid,
                                            Fields::Audience audience)
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
    Section main, milestones{tr("Milestones"), {}};
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
        (field.has(Field::Milestone) ? milestones : main)
            .fields.append({Fields::label(field), Fields::display(field, value)});
    }
    // For the public a confidential project is not there at all: the same answer as for a
    // feature that does not exist, so that not even its existence shows.
    if (details.confidential && audience == Fields::Audience::Public)
        return Error{tr("The feature no longer exists.")};
    details.sections << main;
    if (!milestones.fields.isEmpty())
        details.sections << milestones;
    if (Status related = readRelated(project, table, fid, audience, details); !related)
        return related.error();
    return details;
}
