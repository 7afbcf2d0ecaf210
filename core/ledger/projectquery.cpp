// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/projectquery.h"

#include "core/base/i18n.h"
#include "core/domain/fields.h"
#include "core/storage/projectfile.h"

QJsonObject ProjectRow::toJson() const
{
    auto orNull
        = [](const QVariant &v) { return v.isNull() ? QJsonValue() : QJsonValue(v.toDouble()); };
    return QJsonObject{
        {QStringLiteral("fid"), fid},
        {QStringLiteral("name"), name},
        {QStringLiteral("investor"), investor},
        {QStringLiteral("unit"), unit},
        {QStringLiteral("park"), park},
        {QStringLiteral("chain"), chain},
        {QStringLiteral("stage"), stage},
        {QStringLiteral("investment_wan"), orNull(investmentWan)},
        {QStringLiteral("land_mu"), orNull(landMu)},
        {QStringLiteral("signed_date"),
         signedDate.isValid() ? QJsonValue(signedDate.toString(Qt::ISODate)) : QJsonValue()}};
}

namespace ProjectQuery {

namespace {

QString orderTerms(const ProjectOrder &order, Fields::Audience audience); // below

void hideConfidentialTotals(ProjectFile &project, Totals &totals)
{
    const Field *investment = Fields::find(Fields::projects(), QStringLiteral("investment"));
    if (investment && !Fields::isShownTo(*investment, project.audience())) {
        totals.investmentWan = 0;
        totals.investmentShown = false;
    }
}

} // namespace

std::pair<QString, QVariantList> whereClause(const ProjectFilter &filter, Fields::Audience audience)
{
    QStringList where;
    const bool office = audience == Fields::Audience::Office;
    if (!office)
        where << Fields::visibleRows(QStringLiteral("projects"), audience, QStringLiteral("p"));
    QVariantList args;
    auto bindNext = [&](const QVariant &value) {
        args << value;
        return QStringLiteral("?%1").arg(args.size());
    };
    if (!filter.stage.isEmpty())
        where << QStringLiteral("p.stage = %1").arg(bindNext(filter.stage));
    if (!filter.unit.isEmpty())
        where << QStringLiteral("u.name = %1").arg(bindNext(filter.unit));
    if (!filter.park.isEmpty())
        where << QStringLiteral("p.park_id IN (SELECT fid FROM parks WHERE name = %1)")
                     .arg(bindNext(filter.park));
    if (!filter.chain.isEmpty())
        where << QStringLiteral("p.chain = %1").arg(bindNext(filter.chain));
    if (!filter.investorType.isEmpty())
        where << QStringLiteral("p.investor_type = %1").arg(bindNext(filter.investorType));
    // In public a filter on a confidential field would tell its values: it does not apply.
    const Field *investment = Fields::find(Fields::projects(), QStringLiteral("investment"));
    if (filter.minInvestmentWan > 0 && investment && Fields::isShownTo(*investment, audience))
        where << QStringLiteral("p.investment_wan >= %1").arg(bindNext(filter.minInvestmentWan));
    if (filter.signedFrom.isValid())
        where << QStringLiteral("p.signed_date >= %1")
                     .arg(bindNext(filter.signedFrom.toString(Qt::ISODate)));
    if (filter.signedTo.isValid())
        where << QStringLiteral("p.signed_date <= %1")
                     .arg(bindNext(filter.signedTo.toString(Qt::ISODate)));
    if (!filter.search.isEmpty()) {
        // instr() matches any substring, Chinese included, with no wildcard escaping to get wrong.
        const QString p = bindNext(filter.search);
        where << (office ? QStringLiteral("(instr(p.name, %1) > 0 OR instr(coalesce(p.investor, "
                                          "''), %1) > 0 OR instr(coalesce(p.notes, ''), %1) > 0)")
                               .arg(p)
                         : QStringLiteral("instr(p.name, %1) > 0").arg(p));
    }
    return {where.isEmpty() ? QString()
                            : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
            args};
}

Result<Totals> totals(ProjectFile &project, const ProjectFilter &filter)
{
    const auto [where, args] = whereClause(filter, project.audience());
    auto stmt = project.db().prepare(
        QStringLiteral(
            "SELECT count(*), coalesce(sum(p.investment_wan), 0), coalesce(sum(p.land_mu), 0), "
            "coalesce(sum(ST_MinX(p.geom) IS NULL), 0) "
            "FROM projects p LEFT JOIN units u ON u.fid = p.unit_id %1")
            .arg(where));
    if (!stmt)
        return stmt.error();
    stmt->bindAll(args);
    const SqliteStep row = stmt->step();
    if (row.failed())
        return row.error();
    Totals totals{stmt->int64(0), stmt->real(1), stmt->real(2), stmt->int64(3)};
    hideConfidentialTotals(project, totals);
    return totals;
}

Result<OrderedFids> fids(ProjectFile &project, const ProjectFilter &filter,
                         const ProjectOrder &order)
{
    const auto [where, args] = whereClause(filter, project.audience());
    auto stmt = project.db().prepare(
        QStringLiteral("SELECT p.fid, p.investment_wan, p.land_mu, ST_MinX(p.geom) IS NULL "
                       "FROM projects p LEFT JOIN units u ON u.fid = p.unit_id "
                       "LEFT JOIN parks k ON k.fid = p.park_id %1 ORDER BY %2, p.fid")
            .arg(where, orderTerms(order, project.audience())));
    if (!stmt)
        return stmt.error();
    stmt->bindAll(args);
    OrderedFids result;
    Status done = stmt->forEachRow([&] {
        result.fids << stmt->int64(0);
        result.totals.investmentWan += stmt->real(1); // NULL reads as 0
        result.totals.landMu += stmt->real(2);
        result.totals.withoutLocation += stmt->int64(3);
    });
    if (!done)
        return done.error();
    result.totals.count = result.fids.size();
    hideConfidentialTotals(project, result.totals);
    return result;
}

Result<qint64> count(ProjectFile &project, const ProjectFilter &filter)
{
    auto t = totals(project, filter);
    if (!t)
        return t.error();
    return t->count;
}

namespace {

// One SELECT and one reader for every caller that needs ledger rows; hands them to `take` one
// at a time.
Status readRows(ProjectFile &project, const QString &where, const QVariantList &args,
                const std::function<void(const ProjectRow &)> &take)
{
    // The row's confidential fields, blanked below for the public (the catalogue marks them).
    const bool office = !project.isPublic();
    auto stmt = project.db().prepare(
        QStringLiteral(
            "SELECT p.fid, p.name, p.investor, u.name, k.name, p.chain, p.stage, "
            "p.investment_wan, p.land_mu, p.signed_date, p.investor_type, p.lead_official "
            "FROM projects p LEFT JOIN units u ON u.fid = p.unit_id "
            "LEFT JOIN parks k ON k.fid = p.park_id %1 ORDER BY p.fid")
            .arg(where));
    if (!stmt)
        return stmt.error();
    stmt->bindAll(args);
    return stmt->forEachRow([&] {
        ProjectRow row;
        row.fid = stmt->int64(0);
        row.name = stmt->text(1);
        row.investor = stmt->text(2);
        row.unit = stmt->text(3);
        row.park = stmt->text(4);
        row.chain = stmt->text(5);
        row.stage = stmt->text(6);
        row.investmentWan = stmt->value(7);
        row.landMu = stmt->value(8);
        row.signedDate = QDate::fromString(stmt->text(9), Qt::ISODate);
        row.investorType = stmt->text(10);
        row.leadOfficial = stmt->text(11);
        if (!office) {
            row.investor.clear();
            row.investmentWan = QVariant();
            row.leadOfficial.clear();
        }
        take(row);
    });
}

Result<QList<ProjectRow>> collectRows(ProjectFile &project, const QString &where,
                                      const QVariantList &args)
{
    QList<ProjectRow> rows;
    if (Status done = readRows(project, where, args, [&](const ProjectRow &row) { rows << row; });
        !done)
        return done.error();
    return rows;
}

} // namespace

namespace {

// How much of a text a query reads: all of it (exports), or what can be shown.
enum class Text { Whole, Shown };

// The SQL that reads a catalogue field; p = projects, u = its unit, k = its park. A field the
// audience may not see reads as NULL.
QString expression(const Field &field, Text text = Text::Whole,
                   Fields::Audience audience = Fields::Audience::Office, bool english = false)
{
    if (!Fields::isShownTo(field, audience))
        return QStringLiteral("NULL");
    const QString column = QStringLiteral("p.") + SqliteDb::quoted(Fields::column(field));
    // Shown in English: names of units, parks and chains in English where the project has them.
    // Exports (Text::Whole) keep the stored Chinese names, so that they import back.
    const bool local = english && text == Text::Shown;
    if (local && field.type == Field::Type::Reference)
        return QLatin1String(field.target) == QLatin1String("units")
                   ? QStringLiteral("coalesce(nullif(u.name_en, ''), u.name)")
                   : QStringLiteral("coalesce(nullif(k.name_en, ''), k.name)");
    if (local && Fields::key(field) == QLatin1String("chain"))
        return QStringLiteral("coalesce((SELECT nullif(c.name_en, '') FROM chain_names c WHERE "
                              "c.name = p.chain), p.chain)");
    switch (field.type) {
    case Field::Type::Text:
        // One character more than is shown, so that the display can say there is more.
        return text == Text::Shown
                   ? QStringLiteral("substr(%1, 1, %2)").arg(column).arg(Fields::kShownChars + 1)
                   : column;
    case Field::Type::Reference:
        return QLatin1String(field.target) == QLatin1String("units") ? QStringLiteral("u.name")
                                                                     : QStringLiteral("k.name");
    case Field::Type::Longitude:
        return QStringLiteral("ST_MinX(p.geom)"); // a point's own coordinate
    case Field::Type::Latitude:
        return QStringLiteral("ST_MinY(p.geom)");
    default:
        return column;
    }
}

const QString kFrom = QStringLiteral("FROM projects p LEFT JOIN units u ON u.fid = p.unit_id LEFT "
                                     "JOIN parks k ON k.fid = p.park_id");

Result<QList<Record>> select(ProjectFile &project, const QString &where, const QVariantList &args,
                             const QList<const Field *> &fields, Text text)
{
    QStringList columns{QStringLiteral("p.fid")};
    const bool english = I18n::englishUi() && project.schemaVersion() >= 5;
    for (const Field *field : fields)
        columns << expression(*field, text, project.audience(), english);
    auto stmt = project.db().prepare(QStringLiteral("SELECT %1 %2 %3 ORDER BY p.fid")
                                         .arg(columns.join(QLatin1Char(',')), kFrom, where));
    if (!stmt)
        return stmt.error();
    stmt->bindAll(args);
    QList<Record> records;
    if (Status done = stmt->forEachRow([&] {
            Record record{stmt->int64(0), {}};
            record.values.reserve(fields.size());
            for (int c = 1; c <= fields.size(); ++c)
                record.values << stmt->value(c);
            records << record;
        });
        !done)
        return done.error();
    return records;
}

// The ORDER BY terms of `order` (before the final p.fid).
QString orderTerms(const ProjectOrder &order, Fields::Audience audience)
{
    const Field *field = Fields::find(Fields::projects(), order.fieldKey);
    if (!field || !Fields::isShownTo(*field, audience))
        return QStringLiteral("p.fid");
    QString sortKey = expression(*field);
    if (field->type == Field::Type::Code) {
        QStringList cases;
        const QStringList codes = Domain::codes(field->codes());
        for (int i = 0; i < codes.size(); ++i)
            cases << QStringLiteral("WHEN '%1' THEN %2").arg(codes[i]).arg(i);
        sortKey = QStringLiteral("CASE %1 %2 END").arg(sortKey, cases.join(QLatin1Char(' ')));
    }
    return QStringLiteral("(%1) IS NULL, %1 %2")
        .arg(sortKey,
             order.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC"));
}

} // namespace

Result<QHash<qint64, Values>> values(ProjectFile &project, const QList<qint64> &fids,
                                     const QList<const Field *> &fields)
{
    QHash<qint64, Values> result;
    if (fids.isEmpty())
        return result;
    QStringList placeholders;
    QVariantList args;
    for (qint64 fid : fids) {
        args << fid;
        placeholders << QStringLiteral("?%1").arg(args.size());
    }
    auto found = select(project,
                        QStringLiteral("WHERE p.fid IN (%1) AND %2")
                            .arg(placeholders.join(QLatin1Char(',')),
                                 Fields::visibleRows(QStringLiteral("projects"), project.audience(),
                                                     QStringLiteral("p"))),
                        args, fields, Text::Shown);
    if (!found)
        return found.error();
    for (Record &record : *found)
        result.insert(record.fid, std::move(record.values));
    return result;
}

Result<QList<Record>> records(ProjectFile &project, const ProjectFilter &filter,
                              const QList<const Field *> &fields)
{
    const auto [where, args] = whereClause(filter, project.audience());
    return select(project, where, args, fields, Text::Whole);
}

Result<QList<Values>> events(ProjectFile &project, const ProjectFilter &filter)
{
    const auto [where, args] = whereClause(filter, project.audience());
    QStringList columns;
    for (const Field &field : Fields::events()) {
        if (!field.column)
            columns << QStringLiteral("p.name");
        else if (!Fields::isShownTo(field, project.audience())
                 || !project.db().columnExists(QStringLiteral("project_events"),
                                               Fields::column(field)))
            columns << QStringLiteral(
                "NULL"); // not for the public, or an older schema read as it is
        else
            columns << QStringLiteral("e.") + SqliteDb::quoted(Fields::column(field));
    }
    auto stmt = project.db().prepare(
        QStringLiteral("SELECT %1 FROM project_events e JOIN projects p ON p.fid = e.project_id "
                       "WHERE e.project_id IN (SELECT p.fid %2 %3) ORDER BY e.project_id, e.id")
            .arg(columns.join(QLatin1Char(',')), kFrom, where));
    if (!stmt)
        return stmt.error();
    stmt->bindAll(args);
    QList<Values> rows;
    if (Status done = stmt->forEachRow([&] {
            Values row;
            for (int c = 0; c < columns.size(); ++c)
                row << stmt->value(c);
            rows << row;
        });
        !done)
        return done.error();
    return rows;
}

Result<QList<ProjectRow>> list(ProjectFile &project, const ProjectFilter &filter)
{
    const auto [where, args] = whereClause(filter, project.audience());
    return collectRows(project, where, args);
}

Status forEach(ProjectFile &project, const ProjectFilter &filter,
               const std::function<void(const ProjectRow &)> &take)
{
    const auto [where, args] = whereClause(filter, project.audience());
    return readRows(project, where, args, take);
}

Result<QList<ProjectRow>> rows(ProjectFile &project, const QList<qint64> &fids)
{
    if (fids.isEmpty())
        return QList<ProjectRow>();
    QStringList placeholders;
    QVariantList args;
    for (qint64 fid : fids) {
        args << fid;
        placeholders << QStringLiteral("?%1").arg(args.size());
    }
    return collectRows(project,
                       QStringLiteral("WHERE p.fid IN (%1) AND %2")
                           .arg(placeholders.join(QLatin1Char(',')),
                                Fields::visibleRows(QStringLiteral("projects"), project.audience(),
                                                    QStringLiteral("p"))),
                       args);
}

} // namespace ProjectQuery
