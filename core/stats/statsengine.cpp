// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/statsengine.h"

#include "core/domain/domain.h"
#include "core/domain/fields.h"
#include "core/storage/projectfile.h"
#include "core/storage/sqlitedb.h"

#include <QJsonValue>

namespace {

// Dates are ISO text: a half-open range [?1, ?2) compares them as strings.
QString inPeriod(const QString &column)
{
    return QStringLiteral("(%1 >= ?1 AND %1 < ?2)").arg(column);
}

// Rates are levels, not sums that grow through the year: their target is not pro-rated.
bool isLevel(const Metrics::Metric &metric)
{
    return metric.quantity == Metrics::Quantity::StartedRate;
}

// Funds arrived: the months of the period, summed per unit and chain (a few hundred groups at
// most), then added to the funds metrics. A file of schema 3 or older, opened for reading as it
// is, has no project_funds table: nothing arrived.
template<typename RowFor>
Status addFunds(ProjectFile &project, const StatsPeriod &period, RowFor &rowFor)
{
    if (project.schemaVersion() < 4)
        return {};
    auto stmt = project.db().prepare(
        QStringLiteral(
            "SELECT coalesce(p.unit_id, 0), p.chain, sum(f.amount_wan) FROM project_funds f "
            "JOIN projects p ON p.fid = f.project_id WHERE f.month >= ?1 AND f.month <= ?2 "
            "AND p.stage <> 'dropped' AND p.dropped_date IS NULL AND %1 GROUP BY 1, 2")
            .arg(Fields::visibleRows(QStringLiteral("projects"), project.audience(),
                                     QStringLiteral("p"))));
    if (!stmt)
        return stmt.error();
    stmt->bindAll(
        {QStringLiteral("%1-01").arg(period.year), period.end.toString(QStringLiteral("yyyy-MM"))});
    const auto metrics = Metrics::all();
    return stmt->forEachRow([&] {
        const bool manufacturing = Metrics::isManufacturing(stmt->text(1));
        auto &row = rowFor(stmt->int64(0));
        for (size_t i = 0; i < metrics.size(); ++i) {
            const Metrics::Metric &m = metrics[i];
            if (m.quantity == Metrics::Quantity::FundsArrivedYi
                && (!m.manufacturing || manufacturing))
                row[i].value += stmt->real(2) / Domain::kWanPerYi;
        }
    });
}

// The land metrics that read the parcels' history (schema 6; an older file read as it is has
// none): revitalisations in the period, and for units whose parcels record sales, the industrial
// land sold in the period instead of the projects' land.
template<typename RowFor>
Status addParcelHistory(SqliteDb &db, const QVariantList &range, RowFor &rowFor)
{
    if (!db.tableExists(QStringLiteral("parcel_events")))
        return {};
    const auto metrics = Metrics::all();
    auto indexOf = [&](Metrics::Quantity quantity, Metrics::Milestone milestone) {
        for (size_t i = 0; i < metrics.size(); ++i) {
            if (metrics[i].quantity == quantity && metrics[i].milestone == milestone)
                return qsizetype(i);
        }
        return qsizetype(-1);
    };
    const qsizetype revitalised
        = indexOf(Metrics::Quantity::RevitalisedMu, Metrics::Milestone::None);
    const qsizetype supplied = indexOf(Metrics::Quantity::LandMu, Metrics::Milestone::Land);
    const struct
    {
        qsizetype metric;
        const char *sql;
    } queries[] = {
        {revitalised,
         "SELECT coalesce(k.unit_id, 0), sum(coalesce(e.area_mu, p.area_mu)) FROM parcel_events e "
         "JOIN parcels p ON p.fid = e.parcel_id LEFT JOIN parks k ON k.fid = p.park_id "
         "WHERE e.kind = 'revitalised' AND e.event_date >= ?1 AND e.event_date < ?2 GROUP BY 1"},
        {supplied,
         "SELECT coalesce(k.unit_id, 0), total(CASE WHEN e.event_date >= ?1 AND e.event_date < ?2 "
         "AND (p.land_use IS NULL OR p.land_use IN ('industrial', 'mixed', 'storage')) "
         "THEN coalesce(e.area_mu, p.area_mu) END) FROM parcel_events e "
         "JOIN parcels p ON p.fid = e.parcel_id LEFT JOIN parks k ON k.fid = p.park_id "
         "WHERE e.kind = 'status' AND e.status = 'transferred' GROUP BY 1"},
    };
    for (const auto &query : queries) {
        if (query.metric < 0)
            continue;
        auto stmt = db.prepare(QString::fromLatin1(query.sql));
        if (!stmt)
            return stmt.error();
        stmt->bindAll(range);
        if (Status read = stmt->forEachRow(
                [&] { rowFor(stmt->int64(0))[size_t(query.metric)].value = stmt->real(1); });
            !read)
            return read;
    }
    return {};
}

} // namespace

StatsPeriod StatsPeriod::wholeYear(int year)
{
    return StatsPeriod{year, QDate(year, 12, 31)};
}

StatsPeriod StatsPeriod::toMonthEnd(int year, int month)
{
    const QDate first(year, month, 1);
    return StatsPeriod{year, QDate(year, month, first.daysInMonth())};
}

StatsPeriod StatsPeriod::toDay(const QDate &day)
{
    return StatsPeriod{day.year(), day};
}

double StatsPeriod::elapsedShare() const
{
    if (!end.isValid())
        return 1;
    return (end.month() - 1 + double(end.day()) / end.daysInMonth()) / 12.0;
}

std::optional<double> Actuals::value(const Metrics::Metric &metric,
                                     std::optional<qint64> unitFid) const
{
    if (!metric.isComputed())
        return std::nullopt;
    const auto all = Metrics::all();
    const qsizetype index = &metric - all.data();
    if (index < 0 || index >= qsizetype(all.size()))
        return std::nullopt;
    Cell sum;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (unitFid && it.key() != *unitFid)
            continue;
        sum.value += it.value()[size_t(index)].value;
        sum.denominator += it.value()[size_t(index)].denominator;
    }
    if (metric.quantity == Metrics::Quantity::StartedRate) {
        if (sum.denominator <= 0)
            return std::nullopt;
        return 100.0 * sum.value / sum.denominator;
    }
    return sum.value;
}

Result<Actuals> StatsEngine::compute(ProjectFile &project, const StatsPeriod &period)
{
    auto all = computeCumulative(project, period.year, {period.end});
    if (!all)
        return all.error();
    return all->first();
}

Result<QList<Actuals>> StatsEngine::computeCumulative(ProjectFile &project, int year,
                                                      const QList<QDate> &ends)
{
    SqliteDb &db = project.db();
    const auto metrics = Metrics::all();
    const qsizetype periods = ends.size();
    const QByteArray start = QDate(year, 1, 1).toString(Qt::ISODate).toLatin1();
    std::vector<QByteArray> endNexts;
    QByteArray lastEndNext = start;
    for (const QDate &end : ends) {
        endNexts.push_back(end.addDays(1).toString(Qt::ISODate).toLatin1());
        lastEndNext = std::max(lastEndNext, endNexts.back());
    }
    const QVariantList range{QString::fromLatin1(start), QString::fromLatin1(lastEndNext)};

    QList<Actuals> all(periods);
    // The unit's row of one period's actuals; the last one looked up is kept per period (the
    // rows of one unit often come together).
    std::vector<qint64> lastUnit(size_t(periods), -1);
    std::vector<std::vector<Actuals::Cell> *> last(size_t(periods), nullptr);
    auto rowIn = [&](qsizetype p, qint64 unit) -> std::vector<Actuals::Cell> & {
        if (unit == lastUnit[size_t(p)] && last[size_t(p)])
            return *last[size_t(p)];
        auto &rows = all[p].m_rows;
        auto it = rows.find(unit);
        if (it == rows.end())
            it = rows.insert(unit, std::vector<Actuals::Cell>(metrics.size()));
        lastUnit[size_t(p)] = unit;
        last[size_t(p)] = &it.value();
        return *last[size_t(p)];
    };

    // One scan for every period: SQL keeps the rows with a milestone between 1 January and the
    // latest end (a dropped project never counts, not even in the periods before it was
    // dropped), one pass here adds each of them to every metric it counts for, in every period
    // whose end it falls before. SQL aggregates grouped by unit cost two to three times as much:
    // SQLite sorts every row for GROUP BY.
    enum Col { Unit, Investment, Foreign, Land, Chain, Investor, FirstDate };
    const Metrics::Milestone milestones[]
        = {Metrics::Milestone::Lead, Metrics::Milestone::Signed, Metrics::Milestone::Land,
           Metrics::Milestone::Construction, Metrics::Milestone::Production};
    QStringList dateColumns, anyInPeriod;
    for (Metrics::Milestone milestone : milestones) {
        dateColumns << Metrics::dateColumn(milestone);
        anyInPeriod << inPeriod(Metrics::dateColumn(milestone));
    }
    auto stmt = db.prepare(
        QStringLiteral("SELECT coalesce(unit_id, 0), investment_wan, foreign_investment_wan_usd, "
                       "land_mu, chain, investor_type, %1 FROM projects WHERE stage <> 'dropped' "
                       "AND dropped_date IS NULL AND (%2) AND %3")
            .arg(dateColumns.join(QStringLiteral(", ")), anyInPeriod.join(QStringLiteral(" OR ")),
                 // In public mode a confidential project counts nowhere (Fields::visibleRows).
                 Fields::visibleRows(QStringLiteral("projects"), project.audience())));
    if (!stmt)
        return stmt.error();
    stmt->bindAll(range);
    const int constructionCol = FirstDate + 3;
    QHash<QByteArray, bool> manufacturingChains; // decided once per distinct chain
    const QByteArrayView topInvestors[] = {"fortune500", "central_soe", "soe", "listed"};
    Status read = stmt->forEachRow([&] {
        QByteArrayView dates[std::size(milestones)];
        for (size_t m = 0; m < std::size(milestones); ++m)
            dates[m] = stmt->blobView(FirstDate + int(m));
        const bool hasInvestment = !stmt->isNull(Investment);
        const double investment = stmt->real(Investment);
        const qint64 unit = stmt->int64(Unit);
        std::optional<bool> manufacturing;
        for (qsizetype p = 0; p < periods; ++p) {
            const QByteArrayView endNext(endNexts[size_t(p)]);
            bool in[std::size(milestones) + 1] = {};
            bool any = false;
            for (size_t m = 0; m < std::size(milestones); ++m) {
                in[size_t(milestones[m])] = !dates[m].isEmpty() && dates[m] >= QByteArrayView(start)
                                            && dates[m] < endNext;
                any = any || in[size_t(milestones[m])];
            }
            if (!any)
                continue;
            std::vector<Actuals::Cell> &row = rowIn(p, unit);
            for (size_t i = 0; i < metrics.size(); ++i) {
                const Metrics::Metric &m = metrics[i];
                if (!m.isComputed() || !in[size_t(m.milestone)])
                    continue;
                if (m.minYi > 0 && (!hasInvestment || investment < m.minYi * Domain::kWanPerYi))
                    continue;
                if (m.manufacturing) {
                    if (!manufacturing) {
                        const QByteArray chain = stmt->blobView(Chain).toByteArray();
                        auto known = manufacturingChains.constFind(chain);
                        if (known == manufacturingChains.cend())
                            known = manufacturingChains.insert(
                                chain, Metrics::isManufacturing(QString::fromUtf8(chain)));
                        manufacturing = *known;
                    }
                    if (!*manufacturing)
                        continue;
                }
                Actuals::Cell &cell = row[i];
                switch (m.quantity) {
                case Metrics::Quantity::Count:
                    cell.value += 1;
                    break;
                case Metrics::Quantity::InvestmentYi:
                    cell.value += investment / Domain::kWanPerYi;
                    break;
                case Metrics::Quantity::LandMu:
                    cell.value += stmt->real(Land);
                    break;
                case Metrics::Quantity::ForeignWanUsd:
                    cell.value += stmt->real(Foreign);
                    break;
                case Metrics::Quantity::ForeignMusd:
                    cell.value += stmt->real(Foreign) / 100.0;
                    break;
                case Metrics::Quantity::TopInvestors: {
                    const QByteArrayView investor = stmt->blobView(Investor);
                    for (QByteArrayView top : topInvestors) {
                        if (investor == top) {
                            cell.value += 1;
                            break;
                        }
                    }
                    break;
                }
                case Metrics::Quantity::StartedRate: {
                    cell.denominator += 1;
                    const QByteArrayView started = stmt->blobView(constructionCol);
                    if (!started.isEmpty() && started < endNext)
                        cell.value += 1;
                    break;
                }
                case Metrics::Quantity::Recorded:
                case Metrics::Quantity::Enclaves:
                case Metrics::Quantity::FundsArrivedYi:
                case Metrics::Quantity::RevitalisedMu:
                    break;
                }
            }
        }
    });
    if (!read)
        return read.error();

    qsizetype enclaveMetric = -1;
    for (qsizetype i = 0; i < qsizetype(metrics.size()); ++i) {
        if (metrics[size_t(i)].quantity == Metrics::Quantity::Enclaves)
            enclaveMetric = i;
    }
    for (qsizetype p = 0; p < periods; ++p) {
        const QVariantList periodRange{QString::fromLatin1(start),
                                       QString::fromLatin1(endNexts[size_t(p)])};
        auto enclaves = db.prepare(QStringLiteral("SELECT coalesce(home_unit_id, 0), count(*) FROM "
                                                  "enclaves WHERE %1 GROUP BY 1")
                                       .arg(inPeriod(QStringLiteral("opened_date"))));
        if (!enclaves)
            return enclaves.error();
        enclaves->bindAll(periodRange);
        read = enclaves->forEachRow([&] {
            if (enclaveMetric >= 0)
                rowIn(p, enclaves->int64(0))[size_t(enclaveMetric)].value = enclaves->real(1);
        });
        if (!read)
            return read.error();
        auto rowFor = [&](qint64 unit) -> std::vector<Actuals::Cell> & { return rowIn(p, unit); };
        if (Status funds = addFunds(project, StatsPeriod{year, ends[p]}, rowFor); !funds)
            return funds.error();
        if (Status land = addParcelHistory(db, periodRange, rowFor); !land)
            return land.error();
    }
    return all;
}

Result<QList<ScoreRow>> StatsEngine::scorecard(ProjectFile &project, const StatsPeriod &period,
                                               std::optional<qint64> unitFid)
{
    auto actuals = compute(project, period);
    if (!actuals)
        return actuals.error();
    return scorecard(project, period, *actuals, unitFid);
}

Result<QList<ScoreRow>> StatsEngine::scorecard(ProjectFile &project, const StatsPeriod &period,
                                               const Actuals &actuals,
                                               std::optional<qint64> unitFid)
{
    auto stmt = project.db().prepare(
        QStringLiteral("SELECT t.unit_id, u.name, t.metric, t.value, t.measure FROM targets t "
                       "LEFT JOIN units u ON u.fid = t.unit_id WHERE t.year = ?1 "
                       "AND (?2 IS NULL OR t.unit_id = ?2) ORDER BY t.unit_id, t.id"));
    if (!stmt)
        return stmt.error();
    stmt->bindAll({period.year, unitFid ? QVariant(*unitFid) : QVariant()});
    QList<ScoreRow> rows;
    const double share = period.elapsedShare();
    Status read = stmt->forEachRow([&] {
        ScoreRow row;
        row.unitFid = stmt->int64(0);
        row.unit = stmt->text(1);
        row.metricId = stmt->text(2);
        row.target = stmt->real(3);
        row.measure = stmt->text(4);
        row.metric = Metrics::find(row.metricId);
        if (row.metric && row.measure.isEmpty())
            row.measure = Metrics::measure(*row.metric);
        row.share = row.metric && isLevel(*row.metric) ? 1.0 : share;
        if (row.metric)
            row.actual = actuals.value(*row.metric, row.unitFid);
        if (row.actual) {
            if (row.target > 0)
                row.ratio = *row.actual / row.target;
            // A hair of tolerance: 0.1 + 0.2 must reach 0.3.
            row.onTrack = *row.actual + 1e-9 >= row.target * row.share;
        }
        rows << row;
    });
    if (!read)
        return read.error();
    return rows;
}

Result<qint64> StatsEngine::unitByName(ProjectFile &project, const QString &name)
{
    auto fid = project.db().scalar(QStringLiteral("SELECT fid FROM units WHERE name = ?1"),
                                   {name.trimmed()});
    if (!fid)
        return fid.error();
    if (!fid->isValid())
        return Error{tr("The project has no unit called %1.").arg(name)};
    return fid->toLongLong();
}

QJsonObject ScoreRow::toJson() const
{
    auto optional = [](const auto &value) {
        return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {QStringLiteral("unit"), unit},
        {QStringLiteral("metric"), metricId},
        {QStringLiteral("name"), metric ? Metrics::name(*metric) : metricId},
        {QStringLiteral("measure"), measure},
        {QStringLiteral("target"), target},
        {QStringLiteral("actual"), optional(actual)},
        {QStringLiteral("ratio"), optional(ratio)},
        {QStringLiteral("on_track"), optional(onTrack)},
        {QStringLiteral("share"), share},
        {QStringLiteral("computed"), metric && metric->isComputed()},
    };
}
