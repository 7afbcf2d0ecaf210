// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/land/parcelmatch.h"

#include "core/domain/domain.h"
#include "core/geometry/geodesic.h"
#include "core/geometry/parcelgeometry.h"
#include "core/storage/gpkggeometry.h"
#include "core/storage/projectfile.h"
#include "core/storage/sqlitedb.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <set>

namespace {

constexpr double kAreaPoints = 40, kUsePoints = 15, kChainPoints = 15, kPlacePoints = 15,
                 kPricePoints = 10, kStandardPoints = 10;
// Candidates outside [min / kCombine, max × 1.5] can neither fit nor be part of a combination.
constexpr int kCombine = 3;
// At most this many plots too small alone are tried in combinations.
constexpr size_t kCombinationPool = 2000;
const QString kTick = QStringLiteral("✓");
const QString kCross = QStringLiteral("✗");

QString number(double value)
{
    const double rounded = std::round(value * 10) / 10;
    return QLocale().toString(rounded, 'f', rounded == std::floor(rounded) ? 0 : 1);
}

struct Plot
{
    qint64 fid = 0;
    QString code, status, category, landUse, park, chains, unit;
    qint64 parkFid = 0, unitFid = 0;
    QDate idleSince;
    double areaMu = 0;
    std::optional<double> price;
    bool standard = false;
    std::optional<double> commitInvestment, commitFar, commitTax;
    QRectF box;
};

// Points and reasons of the criteria other than area.
struct Scored
{
    double points = 0, max = 0;
    QStringList reasons;
    bool useMismatch = false;
    int idleMonths = -1;
};

bool compatibleUse(const QString &wanted, const QString &have)
{
    // 工业混合 (M0, new industrial land) serves industry and research.
    return have == QLatin1String("mixed")
           && (wanted == QLatin1String("industrial") || wanted == QLatin1String("research"));
}

QString useLabel(const QString &use)
{
    return Domain::label(Domain::landUses(), use);
}

int monthsBetween(const QDate &from, const QDate &to)
{
    int months = (to.year() - from.year()) * 12 + to.month() - from.month();
    if (to.day() < from.day())
        --months;
    return std::max(0, months);
}

Scored scoreOthers(const Plot &p, const ParcelMatch::Needs &needs)
{
    Scored s;
    if (!needs.landUse.isEmpty()) {
        s.max += kUsePoints;
        if (p.landUse == needs.landUse) {
            s.points += kUsePoints;
            s.reasons << ParcelMatch::tr("Land use %1 %2").arg(useLabel(p.landUse), kTick);
        } else if (compatibleUse(needs.landUse, p.landUse)) {
            s.points += kUsePoints * 2 / 3;
            s.reasons << ParcelMatch::tr("Land use %1, serves %2")
                             .arg(useLabel(p.landUse), useLabel(needs.landUse));
        } else if (p.landUse.isEmpty()) {
            s.points += kUsePoints / 3;
            s.reasons << ParcelMatch::tr("Land use not registered");
        } else {
            s.useMismatch = true;
            s.reasons << ParcelMatch::tr("Land use %1 %2 %3")
                             .arg(useLabel(p.landUse), kCross, useLabel(needs.landUse));
        }
    }
    if (!needs.chain.isEmpty()) {
        s.max += kChainPoints;
        const QStringList chains = p.chains.split(QStringLiteral("、"), Qt::SkipEmptyParts);
        const bool leads = std::any_of(chains.begin(), chains.end(), [&](const QString &c) {
            return c.contains(needs.chain) || needs.chain.contains(c);
        });
        if (leads) {
            s.points += kChainPoints;
            s.reasons << ParcelMatch::tr("Park chain %1 %2").arg(needs.chain, kTick);
        } else if (p.park.isEmpty()) {
            s.reasons << ParcelMatch::tr("Not in a park %1").arg(kCross);
        } else {
            s.reasons << ParcelMatch::tr("Park chains %1 %2 %3")
                             .arg(chains.join(QStringLiteral("、")), kCross, needs.chain);
        }
    }
    if (!needs.units.isEmpty() || !needs.parks.isEmpty()) {
        s.max += kPlacePoints;
        const QString place = p.park.isEmpty() ? p.unit : p.unit + QStringLiteral(" ") + p.park;
        if (needs.parks.contains(p.parkFid)) {
            s.points += kPlacePoints;
            s.reasons << ParcelMatch::tr("In %1 %2").arg(p.park, kTick);
        } else if (needs.units.contains(p.unitFid)) {
            s.points += needs.parks.isEmpty() ? kPlacePoints : kPlacePoints * 2 / 3;
            s.reasons << ParcelMatch::tr("In %1 %2").arg(p.unit, kTick);
        } else {
            s.reasons << ParcelMatch::tr("In %1 %2").arg(place.trimmed(), kCross);
        }
    }
    if (needs.maxPricePerMu) {
        s.max += kPricePoints;
        if (!p.price) {
            s.points += kPricePoints / 2;
            s.reasons << ParcelMatch::tr("Price not set");
        } else if (*p.price <= *needs.maxPricePerMu + 1e-9) {
            s.points += kPricePoints;
            s.reasons << ParcelMatch::tr("Price %1 per mu %2 ≤ %3")
                             .arg(number(*p.price), kTick, number(*needs.maxPricePerMu));
        } else {
            s.reasons << ParcelMatch::tr("Price %1 per mu %2 ≤ %3")
                             .arg(number(*p.price), kCross, number(*needs.maxPricePerMu));
        }
    }
    const bool commits = p.standard && (p.commitInvestment || p.commitFar || p.commitTax);
    if (commits) {
        const bool capable = needs.investmentPerMu || needs.far || needs.taxPerMu;
        QStringList missed;
        auto check = [&](std::optional<double> promised, std::optional<double> can,
                         const QString &what) {
            if (promised && can && *can + 1e-9 < *promised)
                missed << ParcelMatch::tr("%1 %2 > %3").arg(what, number(*promised), number(*can));
        };
        check(p.commitInvestment, needs.investmentPerMu, ParcelMatch::tr("investment"));
        check(p.commitFar, needs.far, ParcelMatch::tr("plot ratio"));
        check(p.commitTax, needs.taxPerMu, ParcelMatch::tr("tax"));
        if (capable) {
            s.max += kStandardPoints;
            if (missed.isEmpty()) {
                s.points += kStandardPoints;
                s.reasons << ParcelMatch::tr("Standard land commitments %1").arg(kTick);
            } else {
                s.reasons << ParcelMatch::tr("Standard land %1 %2")
                                 .arg(kCross, missed.join(QStringLiteral("，")));
            }
        } else {
            QStringList terms;
            if (p.commitInvestment)
                terms << ParcelMatch::tr("investment ≥ %1").arg(number(*p.commitInvestment));
            if (p.commitFar)
                terms << ParcelMatch::tr("plot ratio ≥ %1").arg(number(*p.commitFar));
            if (p.commitTax)
                terms << ParcelMatch::tr("tax ≥ %1").arg(number(*p.commitTax));
            s.reasons << ParcelMatch::tr("Standard land: %1").arg(terms.join(QStringLiteral("，")));
        }
    }
    if (!p.category.isEmpty()) {
        const QString category = Domain::label(Domain::idleCategories(), p.category);
        if (p.idleSince.isValid()) {
            s.idleMonths = monthsBetween(p.idleSince, needs.today);
            s.reasons
                << ParcelMatch::tr("Idle %n month(s) (%1)", nullptr, s.idleMonths).arg(category);
        } else {
            s.idleMonths = 0;
            s.reasons << ParcelMatch::tr("Idle (%1)").arg(category);
        }
    }
    return s;
}

// Area points: full inside the range, half gone 25 % outside it, none at 50 %.
double areaPoints(double area, const ParcelMatch::Needs &needs)
{
    double off = 0;
    if (area < needs.minMu)
        off = (needs.minMu - area) / needs.minMu;
    else if (area > needs.maxMu)
        off = (area - needs.maxMu) / needs.maxMu;
    return kAreaPoints * std::max(0.0, 1 - 2 * off);
}

QString areaReason(double area, const ParcelMatch::Needs &needs, bool combined)
{
    const bool inside = area >= needs.minMu - 1e-9 && area <= needs.maxMu + 1e-9;
    const QString range = QStringLiteral("%1–%2").arg(number(needs.minMu), number(needs.maxMu));
    return combined ? ParcelMatch::tr("Area together %1 mu %2 %3")
                          .arg(number(area), inside ? kTick : kCross, range)
                    : ParcelMatch::tr("Area %1 mu %2 %3")
                          .arg(number(area), inside ? kTick : kCross, range);
}

bool ranksBefore(const ParcelMatch::Candidate &a, const ParcelMatch::Candidate &b)
{
    if (std::abs(a.score - b.score) > 1e-9)
        return a.score > b.score;
    if (a.idleMonths != b.idleMonths)
        return a.idleMonths > b.idleMonths; // the longer idle, the sooner to use
    return a.codes.join(QLatin1Char(',')) < b.codes.join(QLatin1Char(','));
}

const char *kCandidatesSql = R"SQL(
SELECT p.fid, p.code, p.status, p.idle_category, p.idle_since, p.land_use, p.area_mu,
       p.price_per_mu, p.standard_land, p.commit_investment_per_mu, p.commit_far,
       p.commit_tax_per_mu, p.park_id, k.name, k.chains, k.unit_id, u.name,
       r.minx, r.miny, r.maxx, r.maxy, CASE WHEN p.area_mu IS NULL THEN p.geom END
FROM parcels p
LEFT JOIN parks k ON k.fid = p.park_id LEFT JOIN units u ON u.fid = k.unit_id
LEFT JOIN rtree_parcels_geom r ON r.id = p.fid
WHERE (p.idle_category IS NOT NULL OR (p.status IN ('reserve', 'listed') AND NOT EXISTS (
        SELECT 1 FROM project_parcels l JOIN projects j ON j.fid = l.project_id
        WHERE l.parcel_id = p.fid AND j.stage <> 'dropped' AND j.dropped_date IS NULL
        AND j.fid IS NOT ?3)))
  AND (p.area_mu IS NULL OR p.area_mu BETWEEN ?1 AND ?2)
)SQL";

} // namespace

QJsonObject ParcelMatch::Candidate::toJson() const
{
    QJsonArray fidJson;
    for (qint64 fid : fids)
        fidJson.append(fid);
    return {{QStringLiteral("code"), codes.join(QStringLiteral("+"))},
            {QStringLiteral("codes"), QJsonArray::fromStringList(codes)},
            {QStringLiteral("fids"), fidJson},
            {QStringLiteral("area_mu"), std::round(areaMu * 100) / 100},
            {QStringLiteral("status"), Domain::word(Domain::parcelStatuses(), status)},
            {QStringLiteral("status_code"), status},
            {QStringLiteral("category"),
             category.isEmpty() ? QJsonValue(QJsonValue::Null)
                                : QJsonValue(Domain::word(Domain::idleCategories(), category))},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("park"), park},
            {QStringLiteral("score"), std::round(score * 10) / 10},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)}};
}

std::optional<std::pair<double, double>> ParcelMatch::parseRange(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(?:[-–~～至]\\s*([0-9]+(?:\\.[0-9]+)?))?"
                       "\\s*(?:亩)?\\s*$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double low = m.captured(1).toDouble();
    const double high = m.captured(2).isEmpty() ? low : m.captured(2).toDouble();
    if (!(low > 0) || high < low)
        return std::nullopt;
    return std::pair{low, high};
}

Result<ParcelMatch::Needs> ParcelMatch::needsOf(ProjectFile &project, qint64 projectFid)
{
    auto stmt = project.db().prepare(QStringLiteral(
        "SELECT name, land_mu, chain, unit_id, park_id FROM projects WHERE fid = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, projectFid);
    const SqliteStep row = stmt->step();
    if (row.failed())
        return row.error();
    if (!row.hasRow())
        return Error{tr("Project %1 no longer exists.").arg(projectFid)};
    if (stmt->isNull(1) || !(stmt->real(1) > 0))
        return Error{
            tr("%1 records no land need: give the area range to look for.").arg(stmt->text(0))};
    Needs needs;
    const double land = stmt->real(1);
    needs.minMu = std::round(land * 0.8 * 10) / 10;
    needs.maxMu = std::round(land * 1.25 * 10) / 10;
    needs.chain = stmt->text(2);
    if (!stmt->isNull(3))
        needs.units << stmt->int64(3);
    if (!stmt->isNull(4))
        needs.parks << stmt->int64(4);
    needs.project = projectFid;
    return needs;
}

Result<ParcelMatch::Matches> ParcelMatch::run(ProjectFile &project, const Needs &needs)
{
    if (!(needs.minMu > 0) || needs.maxMu < needs.minMu)
        return Error{tr("The area range %1–%2 mu is not a range of areas.")
                         .arg(number(needs.minMu), number(needs.maxMu))};
    auto stmt = project.db().prepare(QString::fromLatin1(kCandidatesSql));
    if (!stmt)
        return stmt.error();
    stmt->bindAll({needs.minMu / kCombine, needs.maxMu * 1.5,
                   needs.project ? QVariant(*needs.project) : QVariant()});
    auto optional = [&](int column) {
        return stmt->isNull(column) ? std::nullopt : std::optional<double>(stmt->real(column));
    };
    std::vector<Plot> plots;
    if (Status done = stmt->forEachRow([&] {
            Plot p;
            p.fid = stmt->int64(0);
            p.code = stmt->text(1);
            p.status = stmt->text(2);
            p.category = stmt->text(3);
            p.idleSince = QDate::fromString(stmt->text(4), Qt::ISODate);
            p.landUse = stmt->text(5);
            if (stmt->isNull(6)) {
                const QByteArrayView geom = stmt->blobView(21);
                p.areaMu
                    = Geodesic::blobAreaM2(geom.data(), geom.size()) / Domain::kSquareMetresPerMu;
                if (p.areaMu < needs.minMu / kCombine || p.areaMu > needs.maxMu * 1.5)
                    return;
            } else {
                p.areaMu = stmt->real(6);
            }
            p.price = optional(7);
            p.standard = stmt->int64(8) != 0;
            p.commitInvestment = optional(9);
            p.commitFar = optional(10);
            p.commitTax = optional(11);
            p.parkFid = stmt->isNull(12) ? 0 : stmt->int64(12);
            p.park = stmt->text(13);
            p.chains = stmt->text(14);
            p.unitFid = stmt->isNull(15) ? 0 : stmt->int64(15);
            p.unit = stmt->text(16);
            if (!stmt->isNull(17))
                p.box = QRectF(QPointF(stmt->real(17), stmt->real(18)),
                               QPointF(stmt->real(19), stmt->real(20)));
            plots.push_back(std::move(p));
        });
        !done)
        return done.error();

    Matches matches;
    matches.considered = int(plots.size());
    std::vector<Scored> others;
    others.reserve(plots.size());
    for (const Plot &p : plots)
        others.push_back(scoreOthers(p, needs));
    const double max = kAreaPoints;
    for (size_t i = 0; i < plots.size(); ++i) {
        const Plot &p = plots[i];
        const Scored &s = others[i];
        Candidate c;
        c.fids = {p.fid};
        c.codes = {p.code};
        c.areaMu = p.areaMu;
        c.status = p.status;
        c.category = p.category;
        c.unit = p.unit;
        c.park = p.park;
        c.idleMonths = s.idleMonths;
        c.score = 100 * (areaPoints(p.areaMu, needs) + s.points) / (max + s.max);
        c.reasons = QStringList{areaReason(p.areaMu, needs, false)} + s.reasons;
        matches.parcels << c;
    }
    std::sort(matches.parcels.begin(), matches.parcels.end(), ranksBefore);
    if (matches.parcels.size() > needs.limit)
        matches.parcels.resize(needs.limit);

    // Combinations: candidates too small alone, of a fitting use, that lie within
    // adjacencyMetres of each other (R-tree boxes first, then the shapes).
    std::vector<size_t> small;
    for (size_t i = 0; i < plots.size(); ++i) {
        if (plots[i].areaMu < needs.minMu && !others[i].useMismatch && !plots[i].box.isNull())
            small.push_back(i);
    }
    // A city of small plots would pair thousands with thousands: the best kCombinationPool by
    // their other criteria (then the larger) are paired.
    if (small.size() > kCombinationPool) {
        auto better = [&](size_t a, size_t b) {
            const double sa = others[a].max > 0 ? others[a].points / others[a].max : 1;
            const double sb = others[b].max > 0 ? others[b].points / others[b].max : 1;
            return sa != sb ? sa > sb : plots[a].areaMu > plots[b].areaMu;
        };
        std::partial_sort(small.begin(), small.begin() + kCombinationPool, small.end(), better);
        small.resize(kCombinationPool);
    }
    std::map<size_t, std::unique_ptr<OGRGeometry>> shapes;
    auto shapeOf = [&](size_t i) -> const OGRGeometry * {
        auto it = shapes.find(i);
        if (it != shapes.end())
            return it->second.get();
        auto geom = project.db().scalar(QStringLiteral("SELECT geom FROM parcels WHERE fid = ?1"),
                                        {plots[i].fid});
        std::unique_ptr<OGRGeometry> g;
        if (geom && geom->isValid())
            g = GpkgGeometry::decode(geom->toByteArray());
        return shapes.emplace(i, std::move(g)).first->second.get();
    };
    QHash<size_t, QList<size_t>> near;
    {
        // Boxes grown by the distance in degrees (a metre of longitude shrinks with latitude).
        const double lat = small.empty() ? 30 : plots[small.front()].box.center().y();
        const double dy = needs.adjacencyMetres / 110574.0;
        const double dx = needs.adjacencyMetres / (111320.0 * std::cos(lat * M_PI / 180));
        std::vector<size_t> byX = small;
        std::sort(byX.begin(), byX.end(),
                  [&](size_t a, size_t b) { return plots[a].box.left() < plots[b].box.left(); });
        for (size_t a = 0; a < byX.size(); ++a) {
            const QRectF grown = plots[byX[a]].box.adjusted(-dx, -dy, dx, dy);
            for (size_t b = a + 1; b < byX.size() && plots[byX[b]].box.left() <= grown.right();
                 ++b) {
                if (!grown.intersects(plots[byX[b]].box))
                    continue;
                const OGRGeometry *ga = shapeOf(byX[a]), *gb = shapeOf(byX[b]);
                if (!ga || !gb || ParcelGeometry::distanceMetres(*ga, *gb) > needs.adjacencyMetres)
                    continue;
                near[byX[a]] << byX[b];
                near[byX[b]] << byX[a];
            }
        }
    }
    std::set<std::vector<size_t>> seen;
    auto consider = [&](std::vector<size_t> members) {
        std::sort(members.begin(), members.end());
        if (!seen.insert(members).second)
            return;
        double area = 0, points = 0, maxPoints = 0;
        for (size_t m : members)
            area += plots[m].areaMu;
        if (area < needs.minMu - 1e-9 || area > needs.maxMu + 1e-9)
            return;
        Candidate c;
        int idle = -1;
        for (size_t m : members) {
            c.fids << plots[m].fid;
            c.codes << plots[m].code;
            points += others[m].points;
            maxPoints += others[m].max;
            idle = std::max(idle, others[m].idleMonths);
        }
        const Plot &first = plots[members.front()];
        c.areaMu = area;
        c.status = first.status;
        c.category = first.category;
        c.unit = first.unit;
        c.park = first.park;
        c.idleMonths = idle;
        const double n = double(members.size());
        c.score = 100 * (areaPoints(area, needs) + points / n) / (max + maxPoints / n);
        c.reasons << areaReason(area, needs, true)
                  << tr("%n adjacent parcel(s), at most %1 m apart", nullptr, int(members.size()))
                         .arg(number(needs.adjacencyMetres));
        // The first plot's other reasons speak for the place, chain and use of the group.
        c.reasons << others[members.front()].reasons;
        matches.combinations << c;
    };
    for (size_t a : small) {
        for (size_t b : near.value(a)) {
            consider({a, b});
            for (size_t c : near.value(a) + near.value(b)) {
                if (c != a && c != b)
                    consider({a, b, c});
            }
        }
    }
    std::sort(matches.combinations.begin(), matches.combinations.end(), ranksBefore);
    if (matches.combinations.size() > needs.limit)
        matches.combinations.resize(needs.limit);
    return matches;
}
