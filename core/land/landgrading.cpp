// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/land/landgrading.h"

#include "core/domain/domain.h"
#include "core/domain/fields.h"
#include "core/geometry/geodesic.h"
#include "core/project/lookups.h"
#include "core/storage/projectfile.h"
#include "core/storage/sqlitedb.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace {

QJsonValue optional(std::optional<double> v, int decimals = 2)
{
    if (!v)
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(*v * scale) / scale;
}

QString number(double value)
{
    return QLocale().toString(value, 'f', 1);
}

// Parcels with their unit, area and the figures of one year (or none), one row each:
// fid, code, owner, status, category, unit fid, unit name, area, tax, output, investment, far,
// recorded tax per mu, has-year.
const char *kParcelYearSql
    = "SELECT p.fid, p.code, p.owner, p.status, p.idle_category, k.unit_id, u.name, "
      "CASE WHEN p.area_mu > 0 THEN p.area_mu END, y.tax_wan, y.output_wan, y.investment_wan, "
      "y.far, p.tax_per_mu, y.id IS NOT NULL, p.geom FROM parcels p "
      "LEFT JOIN parks k ON k.fid = p.park_id LEFT JOIN units u ON u.fid = k.unit_id "
      "LEFT JOIN parcel_yearly y ON y.parcel_id = p.fid AND y.year = ?1 %1 ORDER BY p.code, p.fid";

} // namespace

QJsonObject LandGrading::ParcelGrade::toJson() const
{
    return {{QStringLiteral("fid"), fid},
            {QStringLiteral("code"), code},
            {QStringLiteral("owner"), owner},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("status"), Domain::word(Domain::parcelStatuses(), status)},
            {QStringLiteral("category"),
             category.isEmpty() ? QJsonValue(QJsonValue::Null)
                                : QJsonValue(Domain::word(Domain::idleCategories(), category))},
            {QStringLiteral("area_mu"), optional(areaMu)},
            {QStringLiteral("year"), year},
            {QStringLiteral("tax_per_mu"), optional(taxPerMu)},
            {QStringLiteral("output_per_mu"), optional(outputPerMu)},
            {QStringLiteral("grade"), grade.isEmpty() ? QJsonValue(QJsonValue::Null) : grade}};
}

QJsonObject LandGrading::EnterpriseGrade::toJson() const
{
    return {{QStringLiteral("owner"), owner},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("parcels"), parcels},
            {QStringLiteral("area_mu"), optional(areaMu)},
            {QStringLiteral("tax_per_mu"), optional(taxPerMu)},
            {QStringLiteral("output_per_mu"), optional(outputPerMu)},
            {QStringLiteral("grade"), grade.isEmpty() ? QJsonValue(QJsonValue::Null) : grade}};
}

QJsonObject LandGrading::Candidate::toJson() const
{
    QJsonObject object = parcel.toJson();
    object.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(reasons));
    return object;
}

QJsonObject LandGrading::CommitmentMiss::toJson() const
{
    QJsonObject committedJson{
        {QStringLiteral("investment_per_mu"), optional(committed.investmentPerMu)},
        {QStringLiteral("plot_ratio"), optional(committed.far)},
        {QStringLiteral("tax_per_mu"), optional(committed.taxPerMu)}};
    QJsonObject actualJson{{QStringLiteral("year"),
                            actual.year ? QJsonValue(actual.year) : QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("investment_per_mu"), optional(actual.investmentPerMu)},
                           {QStringLiteral("plot_ratio"), optional(actual.far)},
                           {QStringLiteral("tax_per_mu"), optional(actual.taxPerMu)}};
    QJsonArray missedJson;
    for (StandardLand::Item item : missed)
        missedJson.append(item == StandardLand::Item::Investment  ? QStringLiteral("investment")
                          : item == StandardLand::Item::PlotRatio ? QStringLiteral("plot_ratio")
                                                                  : QStringLiteral("tax"));
    return {{QStringLiteral("fid"), fid},
            {QStringLiteral("code"), code},
            {QStringLiteral("owner"), owner},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("area_mu"), optional(areaMu)},
            {QStringLiteral("deadline"), committed.deadline.toString(Qt::ISODate)},
            {QStringLiteral("committed"), committedJson},
            {QStringLiteral("actual"), actualJson},
            {QStringLiteral("missed"), missedJson}};
}

QString LandGrading::itemName(StandardLand::Item item)
{
    switch (item) {
    case StandardLand::Item::Investment:
        return tr("investment intensity");
    case StandardLand::Item::PlotRatio:
        return tr("plot ratio");
    case StandardLand::Item::Tax:
        return tr("tax per mu");
    }
    return {};
}

namespace {

struct Row
{
    LandGrading::ParcelGrade grade;
    std::optional<double> taxWan, outputWan, investmentWan, far;
    bool hasYear = false;
};

// Reads parcels with the figures of `year` (`where` narrows them down) and grades each.
Result<QList<Row>> readRows(ProjectFile &project, int year, const QString &where)
{
    auto lines = Lookups::allGradeThresholds(project);
    if (!lines)
        return lines.error();
    auto stmt = project.db().prepare(QString::fromLatin1(kParcelYearSql).arg(where));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, year);
    auto optionalAt = [&](int column) {
        return stmt->isNull(column) ? std::nullopt : std::optional<double>(stmt->real(column));
    };
    QList<Row> rows;
    if (Status done = stmt->forEachRow([&] {
            Row row;
            LandGrading::ParcelGrade &g = row.grade;
            g.fid = stmt->int64(0);
            g.code = stmt->text(1);
            g.owner = stmt->text(2);
            g.status = stmt->text(3);
            g.category = stmt->text(4);
            g.unitFid = stmt->isNull(5) ? 0 : stmt->int64(5);
            g.unit = stmt->text(6);
            if (stmt->isNull(7)) {
                const QByteArrayView geom = stmt->blobView(14);
                g.areaMu
                    = Geodesic::blobAreaM2(geom.data(), geom.size()) / Domain::kSquareMetresPerMu;
            } else {
                g.areaMu = stmt->real(7);
            }
            row.taxWan = optionalAt(8);
            row.outputWan = optionalAt(9);
            row.investmentWan = optionalAt(10);
            row.far = optionalAt(11);
            row.hasYear = stmt->int64(13) != 0;
            const GradeThresholds unitLines
                = g.unitFid ? lines->value(g.unitFid) : GradeThresholds();
            if (row.taxWan) {
                g.year = year;
                g.taxPerMu = LandGrade::perMu(row.taxWan, g.areaMu);
                g.outputPerMu = LandGrade::perMu(row.outputWan, g.areaMu);
                g.grade = LandGrade::grade(unitLines, g.taxPerMu, g.outputPerMu);
            }
            rows.append(row);
        });
        !done)
        return done.error();
    return rows;
}

} // namespace

Result<QList<LandGrading::ParcelGrade>> LandGrading::parcels(ProjectFile &project, int year)
{
    auto rows = readRows(project, year, QStringLiteral("WHERE y.tax_wan IS NOT NULL"));
    if (!rows)
        return rows.error();
    QList<ParcelGrade> list;
    for (const Row &row : *rows)
        list << row.grade;
    return list;
}

Result<QList<LandGrading::EnterpriseGrade>> LandGrading::enterprises(ProjectFile &project, int year)
{
    auto rows = readRows(project, year,
                         QStringLiteral("WHERE y.tax_wan IS NOT NULL AND p.owner IS NOT NULL AND "
                                        "p.owner <> ''"));
    if (!rows)
        return rows.error();
    auto lines = Lookups::allGradeThresholds(project);
    if (!lines)
        return lines.error();
    struct Sum
    {
        EnterpriseGrade e;
        double tax = 0, output = 0, outputArea = 0;
    };
    std::map<std::pair<QString, QString>, Sum> sums; // (unit, owner)
    for (const Row &row : *rows) {
        Sum &s = sums[{row.grade.unit, row.grade.owner}];
        s.e.owner = row.grade.owner;
        s.e.unit = row.grade.unit;
        s.e.unitFid = row.grade.unitFid;
        s.e.parcels += 1;
        s.e.areaMu += row.grade.areaMu;
        s.tax += *row.taxWan;
        if (row.outputWan) {
            s.output += *row.outputWan;
            s.outputArea += row.grade.areaMu;
        }
    }
    QList<EnterpriseGrade> list;
    for (auto &[key, s] : sums) {
        s.e.taxPerMu = LandGrade::perMu(s.tax, s.e.areaMu);
        if (s.outputArea > 0)
            s.e.outputPerMu = LandGrade::perMu(s.output, s.outputArea);
        s.e.grade = LandGrade::grade(s.e.unitFid ? lines->value(s.e.unitFid) : GradeThresholds(),
                                     s.e.taxPerMu, s.e.outputPerMu);
        list << s.e;
    }
    return list;
}

Result<QList<LandGrading::Candidate>> LandGrading::candidates(ProjectFile &project, int year)
{
    if (project.audience() == Fields::Audience::Public)
        return Error{tr("The 腾笼换鸟 list is made of confidential figures (tax and output per "
                        "mu): it is not shown in public mode.")};
    auto rows = readRows(project, year,
                         QStringLiteral("WHERE p.owner IS NOT NULL AND p.owner <> '' AND "
                                        "(y.tax_wan IS NOT NULL OR p.idle_category IN "
                                        "('supplied_unused', 'used_partly', "
                                        "'built_not_producing', 'producing_below'))"));
    if (!rows)
        return rows.error();
    auto lines = Lookups::allGradeThresholds(project);
    if (!lines)
        return lines.error();
    QList<Candidate> list;
    for (const Row &row : *rows) {
        const ParcelGrade &g = row.grade;
        const GradeThresholds unitLines = g.unitFid ? lines->value(g.unitFid) : GradeThresholds();
        Candidate c{g, {}};
        if (!g.category.isEmpty())
            c.reasons << Domain::label(Domain::idleCategories(), g.category);
        if (g.grade == QLatin1String("D"))
            c.reasons << tr("grade D: tax %1 per mu, below the C line %2")
                             .arg(number(*g.taxPerMu), number(unitLines.taxC));
        else if (g.taxPerMu && LandGrade::belowRenewalLine(unitLines, *g.taxPerMu))
            c.reasons << tr("tax %1 per mu, below the %2 line")
                             .arg(number(*g.taxPerMu), number(unitLines.taxB));
        if (!c.reasons.isEmpty())
            list << c;
    }
    std::stable_sort(list.begin(), list.end(), [](const Candidate &a, const Candidate &b) {
        const double ta = a.parcel.taxPerMu.value_or(-1), tb = b.parcel.taxPerMu.value_or(-1);
        if (ta != tb)
            return ta < tb;
        return a.parcel.areaMu > b.parcel.areaMu;
    });
    return list;
}

namespace {

const char *kStandardSql
    = "SELECT p.fid, p.code, p.owner, k.unit_id, u.name, p.area_mu, p.commit_investment_per_mu, "
      "p.commit_far, p.commit_tax_per_mu, p.commit_deadline, p.geom FROM parcels p "
      "LEFT JOIN parks k ON k.fid = p.park_id LEFT JOIN units u ON u.fid = k.unit_id "
      "WHERE p.standard_land <> 0 AND p.commit_deadline IS NOT NULL AND p.commit_deadline < ?1 "
      "ORDER BY p.commit_deadline, p.code";

} // namespace

Result<QList<LandGrading::CommitmentMiss>> LandGrading::commitmentMisses(ProjectFile &project,
                                                                         const QDate &asOf)
{
    auto stmt = project.db().prepare(QString::fromLatin1(kStandardSql));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, asOf.toString(Qt::ISODate));
    auto years = project.db().prepare(
        QStringLiteral("SELECT year, tax_wan, investment_wan, far FROM parcel_yearly WHERE "
                       "parcel_id = ?1 AND year <= ?2 ORDER BY year DESC LIMIT 1"));
    if (!years)
        return years.error();
    auto optionalAt = [](SqliteStatement &s, int column) {
        return s.isNull(column) ? std::nullopt : std::optional<double>(s.real(column));
    };
    QList<CommitmentMiss> list;
    Status inner;
    if (Status done = stmt->forEachRow([&] {
            CommitmentMiss m;
            m.fid = stmt->int64(0);
            m.code = stmt->text(1);
            m.owner = stmt->text(2);
            m.unitFid = stmt->isNull(3) ? 0 : stmt->int64(3);
            m.unit = stmt->text(4);
            m.areaMu = stmt->real(5);
            if (!(m.areaMu > 0)) {
                const QByteArrayView geom = stmt->blobView(10);
                m.areaMu
                    = Geodesic::blobAreaM2(geom.data(), geom.size()) / Domain::kSquareMetresPerMu;
            }
            m.committed = {optionalAt(*stmt, 6), optionalAt(*stmt, 7), optionalAt(*stmt, 8),
                           QDate::fromString(stmt->text(9), Qt::ISODate)};
            if (!StandardLand::isDue(m.committed.deadline, asOf))
                return;
            years->reset();
            years->bindAll({m.fid, asOf.year()});
            const SqliteStep y = years->step();
            if (y.failed()) {
                inner = y.error();
                return;
            }
            if (y.hasRow())
                m.actual
                    = {int(years->int64(0)), LandGrade::perMu(optionalAt(*years, 2), m.areaMu),
                       optionalAt(*years, 3), LandGrade::perMu(optionalAt(*years, 1), m.areaMu)};
            m.missed = StandardLand::missed(m.committed, m.actual);
            if (!m.missed.isEmpty())
                list << m;
        });
        !done)
        return done.error();
    if (!inner)
        return inner.error();
    return list;
}

Result<QHash<qint64, int>> LandGrading::commitmentsDue(ProjectFile &project, const QDate &asOf)
{
    auto stmt = project.db().prepare(
        QStringLiteral("SELECT coalesce(k.unit_id, 0), count(*) FROM parcels p LEFT JOIN parks k "
                       "ON k.fid = p.park_id WHERE p.standard_land <> 0 AND p.commit_deadline "
                       "IS NOT NULL AND p.commit_deadline < ?1 GROUP BY 1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, asOf.toString(Qt::ISODate));
    QHash<qint64, int> due;
    if (Status done = stmt->forEachRow([&] { due.insert(stmt->int64(0), int(stmt->int64(1))); });
        !done)
        return done.error();
    return due;
}
