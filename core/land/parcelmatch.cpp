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
#include <iterator>
#include <limits>
#include <map>
#include <memory>
#include <set>
#include <thread>

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

// A park as matching sees it: its name, whether it leads with the project's chain, its unit.
struct Park
{
    QString name, chains, unit;
    qint64 unitFid = 0;
    bool leads = false;
};

struct Plot
{
    qint64 fid = 0;
    QString code; // read only for the plots shown
    QString status, category, landUse;
    qint64 parkFid = 0;
    const Park *park = nullptr;
    QDate idleSince;
    double areaMu = 0;
    std::optional<double> price;
    bool standard = false;
    std::optional<double> commitInvestment, commitFar, commitTax;
    QRectF box; // read only for the plots tried in combinations
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

// The points of the criteria other than area; with `explain`, the reasons too (a million plots
// are scored, a few dozen shown: words only for those).
Scored scoreOthers(const Plot &p, const ParcelMatch::Needs &needs, bool explain)
{
    Scored s;
    const QString parkName = p.park ? p.park->name : QString();
    const QString unitName = p.park ? p.park->unit : QString();
    const qint64 unitFid = p.park ? p.park->unitFid : 0;
    if (!needs.landUse.isEmpty()) {
        s.max += kUsePoints;
        if (p.landUse == needs.landUse) {
            s.points += kUsePoints;
            if (explain)
                s.reasons << ParcelMatch::tr("Land use %1 %2").arg(useLabel(p.landUse), kTick);
        } else if (compatibleUse(needs.landUse, p.landUse)) {
            s.points += kUsePoints * 2 / 3;
            if (explain)
                s.reasons << ParcelMatch::tr("Land use %1, serves %2")
                                 .arg(useLabel(p.landUse), useLabel(needs.landUse));
        } else if (p.landUse.isEmpty()) {
            s.points += kUsePoints / 3;
            if (explain)
                s.reasons << ParcelMatch::tr("Land use not registered");
        } else {
            s.useMismatch = true;
            if (explain)
                s.reasons << ParcelMatch::tr("Land use %1 %2 %3")
                                 .arg(useLabel(p.landUse), kCross, useLabel(needs.landUse));
        }
    }
    if (!needs.chain.isEmpty()) {
        s.max += kChainPoints;
        if (p.park && p.park->leads) {
            s.points += kChainPoints;
            if (explain)
                s.reasons << ParcelMatch::tr("Park chain %1 %2").arg(needs.chain, kTick);
        } else if (explain && !p.park) {
            s.reasons << ParcelMatch::tr("Not in a park %1").arg(kCross);
        } else if (explain) {
            s.reasons
                << ParcelMatch::tr("Park chains %1 %2 %3").arg(p.park->chains, kCross, needs.chain);
        }
    }
    if (!needs.units.isEmpty() || !needs.parks.isEmpty()) {
        s.max += kPlacePoints;
        if (needs.parks.contains(p.parkFid)) {
            s.points += kPlacePoints;
            if (explain)
                s.reasons << ParcelMatch::tr("In %1 %2").arg(parkName, kTick);
        } else if (needs.units.contains(unitFid)) {
            s.points += needs.parks.isEmpty() ? kPlacePoints : kPlacePoints * 2 / 3;
            if (explain)
                s.reasons << ParcelMatch::tr("In %1 %2").arg(unitName, kTick);
        } else if (explain) {
            const QString place = (unitName + QLatin1Char(' ') + parkName).trimmed();
            s.reasons << ParcelMatch::tr("In %1 %2").arg(place, kCross);
        }
    }
    if (needs.maxPricePerMu) {
        s.max += kPricePoints;
        if (!p.price) {
            s.points += kPricePoints / 2;
            if (explain)
                s.reasons << ParcelMatch::tr("Price not set");
        } else if (*p.price <= *needs.maxPricePerMu + 1e-9) {
            s.points += kPricePoints;
            if (explain)
                s.reasons << ParcelMatch::tr("Price %1 per mu %2 ≤ %3")
                                 .arg(number(*p.price), kTick, number(*needs.maxPricePerMu));
        } else if (explain) {
            s.reasons << ParcelMatch::tr("Price %1 per mu %2 ≤ %3")
                             .arg(number(*p.price), kCross, number(*needs.maxPricePerMu));
        }
    }
    const bool commits = p.standard && (p.commitInvestment || p.commitFar || p.commitTax);
    if (commits) {
        const bool capable = needs.investmentPerMu || needs.far || needs.taxPerMu;
        QStringList missed;
        bool anyMissed = false;
        auto check = [&](std::optional<double> promised, std::optional<double> can,
                         const char *what) {
            if (promised && can && *can + 1e-9 < *promised) {
                anyMissed = true;
                if (explain)
                    missed << ParcelMatch::tr("%1 %2 > %3")
                                  .arg(ParcelMatch::tr(what), number(*promised), number(*can));
            }
        };
        check(p.commitInvestment, needs.investmentPerMu,
              QT_TRANSLATE_NOOP("ParcelMatch", "investment"));
        check(p.commitFar, needs.far, QT_TRANSLATE_NOOP("ParcelMatch", "plot ratio"));
        check(p.commitTax, needs.taxPerMu, QT_TRANSLATE_NOOP("ParcelMatch", "tax"));
        if (capable) {
            s.max += kStandardPoints;
            if (!anyMissed) {
                s.points += kStandardPoints;
                if (explain)
                    s.reasons << ParcelMatch::tr("Standard land commitments %1").arg(kTick);
            } else if (explain) {
                s.reasons << ParcelMatch::tr("Standard land %1 %2")
                                 .arg(kCross, missed.join(QStringLiteral("，")));
            }
        } else if (explain) {
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
        s.idleMonths = p.idleSince.isValid() ? monthsBetween(p.idleSince, needs.today) : 0;
        if (explain) {
            const QString category = Domain::label(Domain::idleCategories(), p.category);
            s.reasons << (p.idleSince.isValid()
                              ? ParcelMatch::tr("Idle %n month(s) (%1)", nullptr, s.idleMonths)
                                    .arg(category)
                              : ParcelMatch::tr("Idle (%1)").arg(category));
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

// A date stored as YYYY-MM-DD, read from its bytes (tens of thousands of idle plots per query: no
// QString each); anything else through QDate's own parser.
QDate isoDate(QByteArrayView bytes)
{
    auto digits = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const char c = bytes[i];
            if (c < '0' || c > '9')
                return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    };
    if (bytes.size() == 10 && bytes[4] == '-' && bytes[7] == '-') {
        const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
        if (year >= 0 && month >= 0 && day >= 0)
            return QDate(year, month, day);
    }
    return QDate::fromString(QString::fromUtf8(bytes), Qt::ISODate);
}

bool ranksBefore(const ParcelMatch::Candidate &a, const ParcelMatch::Candidate &b)
{
    if (std::abs(a.score - b.score) > 1e-9)
        return a.score > b.score;
    if (a.idleMonths != b.idleMonths)
        return a.idleMonths > b.idleMonths; // the longer idle, the sooner to use
    return a.fids < b.fids;
}

// The land on offer (储备, 已挂牌) and the idle land with a registered area in [?1, ?2), each read
// from its partial index (schema 6); and, apart, the plots without a registered area, read from
// the table and measured.
const char *kRegisteredSql = R"SQL(
SELECT %1, NULL FROM parcels p WHERE p.idle_category IS NULL AND p.status IN ('reserve', 'listed')
  AND p.area_mu >= ?1 AND p.area_mu < ?2
UNION ALL
SELECT %1, NULL FROM parcels p WHERE p.idle_category IS NOT NULL AND p.area_mu >= ?1
  AND p.area_mu < ?2
)SQL";
const char *kUnmeasuredSql = R"SQL(
SELECT %1, p.geom FROM parcels p WHERE p.idle_category IS NULL
  AND p.status IN ('reserve', 'listed') AND p.area_mu IS NULL
UNION ALL
SELECT %1, p.geom FROM parcels p WHERE p.idle_category IS NOT NULL AND p.area_mu IS NULL
)SQL";
const char *kCandidateColumns
    = "p.fid, p.status, p.idle_category, p.idle_since, p.land_use, p.area_mu, p.price_per_mu, "
      "p.standard_land, p.commit_investment_per_mu, p.commit_far, p.commit_tax_per_mu, "
      "p.park_id";
// Plots on offer promised to a live project other than the one matched: left out.
const char *kPromisedSql
    = "SELECT l.parcel_id FROM project_parcels l JOIN projects j ON j.fid = l.project_id "
      "WHERE j.stage <> 'dropped' AND j.dropped_date IS NULL AND j.fid IS NOT ?1";

// Reads candidate plots (kRegisteredSql with registered areas in [from, to), or kUnmeasuredSql
// with areas measured and kept within [low, high]) from one connection into `plots`: not those
// on offer that are promised to another project. One reader per thread, each its own
// connection; `promised` and `parks` are only read.
struct PlotReader
{
    const QSet<qint64> &promised;
    const QHash<qint64, Park> &parks;
    double low, high;

    Status read(SqliteDb &db, const char *sql, double from, double to,
                std::vector<Plot> &plots) const
    {
        auto stmt = db.prepare(QString::fromLatin1(sql).arg(QLatin1String(kCandidateColumns)));
        if (!stmt)
            return stmt.error();
        if (sql == kRegisteredSql)
            stmt->bindAll({from, to});
        auto optional = [&](int column) {
            return stmt->isNull(column) ? std::nullopt : std::optional<double>(stmt->real(column));
        };
        // Codes are few: compared as bytes, kept as shared strings.
        std::vector<std::pair<QByteArray, QString>> words;
        auto word = [&](int column) -> QString {
            const QByteArrayView bytes = stmt->blobView(column);
            if (bytes.isEmpty())
                return {};
            for (const auto &[known, text] : words) {
                if (QByteArrayView(known) == bytes)
                    return text;
            }
            words.emplace_back(bytes.toByteArray(), QString::fromUtf8(bytes));
            return words.back().second;
        };
        return stmt->forEachRow([&] {
            Plot p;
            p.fid = stmt->int64(0);
            if (stmt->isNull(2) && promised.contains(p.fid))
                return;
            if (stmt->isNull(5)) {
                const QByteArrayView geom = stmt->blobView(12);
                p.areaMu
                    = Geodesic::blobAreaM2(geom.data(), geom.size()) / Domain::kSquareMetresPerMu;
                if (p.areaMu < low || p.areaMu > high)
                    return;
            } else {
                p.areaMu = stmt->real(5);
            }
            p.status = word(1);
            p.category = word(2);
            if (!p.category.isEmpty())
                p.idleSince = isoDate(stmt->blobView(3));
            p.landUse = word(4);
            p.price = optional(6);
            p.standard = stmt->int64(7) != 0;
            if (p.standard) {
                p.commitInvestment = optional(8);
                p.commitFar = optional(9);
                p.commitTax = optional(10);
            }
            p.parkFid = stmt->isNull(11) ? 0 : stmt->int64(11);
            auto park = parks.constFind(p.parkFid);
            p.park = park == parks.cend() ? nullptr : &park.value();
            plots.push_back(std::move(p));
        });
    }
};

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
    SqliteDb &db = project.db();
    // Parks once: their names, units and whether they lead with the chain.
    QHash<qint64, Park> parks;
    {
        auto stmt = db.prepare(QStringLiteral("SELECT k.fid, k.name, k.chains, k.unit_id, u.name "
                                              "FROM parks k LEFT JOIN units u ON u.fid = "
                                              "k.unit_id"));
        if (!stmt)
            return stmt.error();
        if (Status done = stmt->forEachRow([&] {
                Park park{stmt->text(1), stmt->text(2), stmt->text(4),
                          stmt->isNull(3) ? 0 : stmt->int64(3), false};
                const QStringList chains
                    = park.chains.split(QStringLiteral("、"), Qt::SkipEmptyParts);
                park.leads = !needs.chain.isEmpty()
                             && std::any_of(chains.begin(), chains.end(), [&](const QString &c) {
                                    return c.contains(needs.chain) || needs.chain.contains(c);
                                });
                park.chains = chains.join(QStringLiteral("、"));
                parks.insert(stmt->int64(0), park);
            });
            !done)
            return done.error();
    }
    QSet<qint64> promised;
    {
        auto stmt = db.prepare(QString::fromLatin1(kPromisedSql));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, needs.project ? QVariant(*needs.project) : QVariant());
        if (Status done = stmt->forEachRow([&] { promised.insert(stmt->int64(0)); }); !done)
            return done.error();
    }
    const double low = needs.minMu / kCombine, high = needs.maxMu * 1.5;
    // [low, high] as half-open ranges of registered areas: [low, middle) and [middle, top).
    const double top = std::nextafter(high, std::numeric_limits<double>::infinity());
    const double middle = std::sqrt(low * high); // areas spread about evenly on a log scale
    std::vector<Plot> plots;
    const PlotReader reader{promised, parks, low, high};
    // A register of a million parcels holds a hundred thousand candidates for a usual need: the
    // upper half of the range is read on a second, read-only connection (WAL lets readers run
    // side by side) while this one reads the lower half and the unmeasured plots. The order
    // they are read in does not matter: ranking breaks ties by fid.
    if (auto second = project.openSecondReader()) {
        std::vector<Plot> upper;
        Status upperRead;
        std::thread thread(
            [&] { upperRead = reader.read(*second, kRegisteredSql, middle, top, upper); });
        Status lowerRead = reader.read(db, kRegisteredSql, low, middle, plots);
        thread.join();
        if (!lowerRead)
            return lowerRead.error();
        if (!upperRead)
            return upperRead.error();
        plots.insert(plots.end(), std::make_move_iterator(upper.begin()),
                     std::make_move_iterator(upper.end()));
    } else if (Status read = reader.read(db, kRegisteredSql, low, top, plots); !read) {
        return read.error();
    }
    if (Status read = reader.read(db, kUnmeasuredSql, low, top, plots); !read)
        return read.error();

    Matches matches;
    matches.considered = int(plots.size());
    std::vector<Scored> others;
    others.reserve(plots.size());
    for (const Plot &p : plots)
        others.push_back(scoreOthers(p, needs, false));
    auto scoreOf = [&](size_t i) {
        return 100 * (areaPoints(plots[i].areaMu, needs) + others[i].points)
               / (kAreaPoints + others[i].max);
    };
    auto before = [&](size_t a, size_t b) {
        const double sa = scoreOf(a), sb = scoreOf(b);
        if (std::abs(sa - sb) > 1e-9)
            return sa > sb;
        if (others[a].idleMonths != others[b].idleMonths)
            return others[a].idleMonths > others[b].idleMonths;
        return plots[a].fid < plots[b].fid;
    };
    std::vector<size_t> order(plots.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const size_t shown = std::min(order.size(), size_t(std::max(0, needs.limit)));
    std::partial_sort(order.begin(), order.begin() + qsizetype(shown), order.end(), before);
    order.resize(shown);

    // The plots shown get their codes and their reasons.
    auto codeOf = db.prepare(QStringLiteral("SELECT code FROM parcels WHERE fid = ?1"));
    if (!codeOf)
        return codeOf.error();
    auto readCode = [&](Plot &p) -> Status {
        if (!p.code.isEmpty())
            return {};
        codeOf->reset();
        codeOf->bind(1, p.fid);
        const SqliteStep row = codeOf->step();
        if (row.failed())
            return row.error();
        p.code = row.hasRow() ? codeOf->text(0) : QString();
        return {};
    };
    auto candidate = [&](const std::vector<size_t> &members) {
        Candidate c;
        const Plot &first = plots[members.front()];
        double area = 0, points = 0, max = 0;
        int idle = -1;
        for (size_t m : members) {
            c.fids << plots[m].fid;
            c.codes << plots[m].code;
            area += plots[m].areaMu;
            points += others[m].points;
            max += others[m].max;
            idle = std::max(idle, others[m].idleMonths);
        }
        const double n = double(members.size());
        c.areaMu = area;
        c.status = first.status;
        c.category = first.category;
        c.unit = first.park ? first.park->unit : QString();
        c.park = first.park ? first.park->name : QString();
        c.idleMonths = idle;
        c.score = 100 * (areaPoints(area, needs) + points / n) / (kAreaPoints + max / n);
        return c;
    };
    for (size_t i : order) {
        if (Status read = readCode(plots[i]); !read)
            return read.error();
        Candidate c = candidate({i});
        c.reasons = QStringList{areaReason(c.areaMu, needs, false)}
                    + scoreOthers(plots[i], needs, true).reasons;
        matches.parcels << c;
    }

    // Combinations: candidates too small alone, of a fitting use, that lie within
    // adjacencyMetres of each other (R-tree boxes first, then the shapes).
    std::vector<size_t> small;
    for (size_t i = 0; i < plots.size(); ++i) {
        if (plots[i].areaMu < needs.minMu && !others[i].useMismatch)
            small.push_back(i);
    }
    // A city of small plots would pair thousands with thousands: the best kCombinationPool by
    // their other criteria (then the larger) are paired.
    if (small.size() > kCombinationPool) {
        auto better = [&](size_t a, size_t b) {
            const double sa = others[a].max > 0 ? others[a].points / others[a].max : 1;
            const double sb = others[b].max > 0 ? others[b].points / others[b].max : 1;
            if (sa != sb)
                return sa > sb;
            return plots[a].areaMu != plots[b].areaMu ? plots[a].areaMu > plots[b].areaMu
                                                      : plots[a].fid < plots[b].fid;
        };
        std::partial_sort(small.begin(), small.begin() + kCombinationPool, small.end(), better);
        small.resize(kCombinationPool);
    }
    {
        auto box = db.prepare(
            QStringLiteral("SELECT minx, miny, maxx, maxy FROM rtree_parcels_geom WHERE id = ?1"));
        if (!box)
            return box.error();
        for (size_t i : small) {
            box->reset();
            box->bind(1, plots[i].fid);
            const SqliteStep row = box->step();
            if (row.failed())
                return row.error();
            if (row.hasRow())
                plots[i].box = QRectF(QPointF(box->real(0), box->real(1)),
                                      QPointF(box->real(2), box->real(3)));
        }
        std::erase_if(small, [&](size_t i) { return plots[i].box.isNull(); });
    }
    std::map<size_t, std::unique_ptr<OGRGeometry>> shapes;
    auto shapeOf = [&](size_t i) -> const OGRGeometry * {
        auto it = shapes.find(i);
        if (it != shapes.end())
            return it->second.get();
        auto geom
            = db.scalar(QStringLiteral("SELECT geom FROM parcels WHERE fid = ?1"), {plots[i].fid});
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
    std::vector<std::vector<size_t>> groups;
    auto consider = [&](std::vector<size_t> members) {
        std::sort(members.begin(), members.end(),
                  [&](size_t a, size_t b) { return plots[a].fid < plots[b].fid; });
        if (!seen.insert(members).second)
            return;
        double area = 0;
        for (size_t m : members)
            area += plots[m].areaMu;
        if (area >= needs.minMu - 1e-9 && area <= needs.maxMu + 1e-9)
            groups.push_back(members);
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
    QList<Candidate> combinations;
    for (const std::vector<size_t> &members : groups)
        combinations << candidate(members);
    std::vector<qsizetype> best(size_t(combinations.size()));
    for (qsizetype i = 0; i < combinations.size(); ++i)
        best[size_t(i)] = i;
    const size_t kept = std::min(best.size(), size_t(std::max(0, needs.limit)));
    std::partial_sort(
        best.begin(), best.begin() + qsizetype(kept), best.end(),
        [&](qsizetype a, qsizetype b) { return ranksBefore(combinations[a], combinations[b]); });
    for (size_t k = 0; k < kept; ++k) {
        const std::vector<size_t> &members = groups[size_t(best[k])];
        for (size_t m : members) {
            if (Status read = readCode(plots[m]); !read)
                return read.error();
        }
        Candidate c = candidate(members);
        c.reasons << areaReason(c.areaMu, needs, true)
                  << tr("%n adjacent parcel(s), at most %1 m apart", nullptr, int(members.size()))
                         .arg(number(needs.adjacencyMetres));
        // The first plot's other reasons speak for the place, chain and use of the group.
        c.reasons << scoreOthers(plots[members.front()], needs, true).reasons;
        matches.combinations << c;
    }
    return matches;
}
