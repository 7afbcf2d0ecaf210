// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/dashboard.h"

#include "core/domain/domain.h"
#include "core/domain/fields.h"
#include "core/storage/projectfile.h"
#include "core/storage/sqlitedb.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <thread>
#include <vector>

namespace {

// The stages of the funnel: every stage of the lifecycle but the last two (statistics and
// capacity are counted by the statistics office, often without a date) and dropped.
QStringList funnelStages()
{
    QStringList codes;
    for (const DomainValue &v : Domain::stages()) {
        const QString code = QLatin1String(v.code);
        if (code == QLatin1String("statistics") || code == QLatin1String("capacity")
            || code == QLatin1String("dropped"))
            continue;
        codes << code;
    }
    return codes;
}

std::optional<double> median(std::vector<double> &values)
{
    if (values.empty())
        return std::nullopt;
    const size_t middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + qsizetype(middle), values.end());
    double m = values[middle];
    if (values.size() % 2 == 0) {
        const double below = *std::max_element(values.begin(), values.begin() + qsizetype(middle));
        m = (m + below) / 2;
    }
    return m;
}

// The Julian day of an ISO date's bytes (YYYY-MM-DD), without building strings; 0 when it is
// no date.
qint64 dayNumber(QByteArrayView iso)
{
    if (iso.size() < 10)
        return 0;
    auto digits = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i)
            value = value * 10 + (iso[i] - '0');
        return value;
    };
    const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
    return date.isValid() ? date.toJulianDay() : 0;
}

// " AND coalesce(unit_id, 0) = ?N" when a unit is chosen (0: projects without a unit).
QString unitClause(const std::optional<qint64> &unit, int parameter)
{
    return unit ? QStringLiteral(" AND coalesce(unit_id, 0) = ?%1").arg(parameter) : QString();
}

// The pipeline of the unit (or all units) to the period's end: the funnel and the signed
// projects by chain, tier and month; `visible` is the public-mode row filter. Any thread, with
// its own connection.
Status readPipeline(SqliteDb &db, const DashboardPeriod &period, std::optional<qint64> unitFid,
                    const QString &visible, DashboardData &data)
{
    const QString endText = period.end().toString(Qt::ISODate);

    // The funnel: every project of the unit with a milestone by the period's end, dropped ones
    // included (they are where the pipeline leaks); a stage is reached when its date, or a later
    // stage's, is on or before the end, or — without dates — when the project's stage is at or
    // past it.
    const QStringList stages = funnelStages();
    QStringList dateColumns;
    for (const QString &stage : stages)
        dateColumns << Domain::milestoneColumn(stage);
    {
        auto stmt = db.prepare(
            QStringLiteral("SELECT stage, %1 FROM projects WHERE %2%3")
                .arg(dateColumns.join(QStringLiteral(", ")), visible, unitClause(unitFid, 1)));
        if (!stmt)
            return stmt.error();
        if (unitFid)
            stmt->bindAll({*unitFid});
        std::vector<int> reached(size_t(stages.size()), 0);
        std::vector<std::vector<double>> gaps(size_t(stages.size()));
        const QByteArray end = endText.toLatin1();
        std::vector<qint64> days(size_t(stages.size())); // of the row being read; 0: none
        QHash<QByteArray, int> stageIndex;
        for (qsizetype i = 0; i < stages.size(); ++i)
            stageIndex.insert(stages[i].toLatin1(), int(i));
        Status read = stmt->forEachRow([&] {
            int furthest = -1;
            bool anyDate = false;
            for (qsizetype i = 0; i < stages.size(); ++i) {
                const QByteArrayView date = stmt->blobView(1 + int(i));
                days[size_t(i)] = 0;
                if (date.isEmpty())
                    continue;
                anyDate = true;
                if (date > QByteArrayView(end))
                    continue;
                furthest = int(i);
                days[size_t(i)] = dayNumber(date);
            }
            if (!anyDate) {
                // Undated: its stage says how far it got (a dropped one, nowhere known).
                furthest = stageIndex.value(stmt->blobView(0).toByteArray(), -1);
            }
            for (int i = 0; i <= furthest; ++i)
                ++reached[size_t(i)];
            for (int i = 1; i <= furthest; ++i) {
                if (days[size_t(i)] && days[size_t(i - 1)])
                    gaps[size_t(i)].push_back(double(days[size_t(i)] - days[size_t(i - 1)]));
            }
        });
        if (!read)
            return read;
        for (qsizetype i = 0; i < stages.size(); ++i) {
            FunnelStep step;
            step.stage = stages[i];
            step.reached = reached[size_t(i)];
            if (i > 0) {
                if (reached[size_t(i - 1)] > 0)
                    step.conversion = double(step.reached) / reached[size_t(i - 1)];
                step.medianDays = median(gaps[size_t(i)]);
            }
            data.funnel << step;
        }
    }

    // Signed in the period, dropped projects never counted: by chain, by tier, by month.
    {
        auto stmt = db.prepare(
            QStringLiteral("SELECT coalesce(chain, ''), investment_wan, signed_date FROM projects "
                           "WHERE signed_date >= ?1 AND signed_date <= ?2 AND stage <> 'dropped' "
                           "AND dropped_date IS NULL AND %1%2")
                .arg(visible, unitClause(unitFid, 3)));
        if (!stmt)
            return stmt.error();
        QVariantList args{period.start().toString(Qt::ISODate), endText};
        if (unitFid)
            args << *unitFid;
        stmt->bindAll(args);
        const double tiers[] = {1, 3, 5, 10, 20, 50, 100};
        for (double yi : tiers) {
            SignedGroup tier;
            tier.label = Dashboard::tr("≥ %1 (100M CNY)").arg(yi);
            tier.minYi = yi;
            tier.from = period.start();
            tier.to = period.end();
            data.byTier << tier;
        }
        for (QDate m = period.start(); m <= period.end(); m = m.addMonths(1)) {
            SignedGroup month;
            month.label = QLocale().monthName(m.month(), QLocale::ShortFormat);
            month.from = m;
            month.to = m.addMonths(1).addDays(-1);
            data.byMonth << month;
        }
        QHash<QString, SignedGroup> chains;
        Status read = stmt->forEachRow([&] {
            const double yi = stmt->real(1) / Domain::kWanPerYi;
            const QString chain = stmt->text(0).trimmed();
            SignedGroup &group = chains[chain];
            group.chain = chain;
            group.label = chain.isEmpty() ? Dashboard::tr("No chain") : chain;
            ++group.count;
            group.investmentYi += yi;
            for (SignedGroup &tier : data.byTier) {
                if (!stmt->isNull(1) && yi >= tier.minYi) {
                    ++tier.count;
                    tier.investmentYi += yi;
                }
            }
            const QDate signedOn = QDate::fromString(stmt->text(2), Qt::ISODate);
            for (SignedGroup &month : data.byMonth) {
                if (signedOn >= month.from && signedOn <= month.to) {
                    ++month.count;
                    month.investmentYi += yi;
                }
            }
        });
        if (!read)
            return read;
        QList<SignedGroup> sorted = chains.values();
        std::sort(sorted.begin(), sorted.end(), [](const SignedGroup &a, const SignedGroup &b) {
            if (a.investmentYi != b.investmentYi)
                return a.investmentYi > b.investmentYi;
            return a.label < b.label;
        });
        for (qsizetype i = 0; i < sorted.size(); ++i) {
            sorted[i].from = period.start();
            sorted[i].to = period.end();
            if (i < Dashboard::kChainsShown) {
                data.byChain << sorted[i];
                continue;
            }
            if (i == Dashboard::kChainsShown) {
                SignedGroup others;
                others.label = Dashboard::tr("Other chains");
                others.from = period.start();
                others.to = period.end();
                data.byChain << others;
            }
            data.byChain.last().count += sorted[i].count;
            data.byChain.last().investmentYi += sorted[i].investmentYi;
        }
    }
    return {};
}

} // namespace

QDate DashboardPeriod::start() const
{
    switch (kind) {
    case Kind::Month:
        return QDate(year, index, 1);
    case Kind::Quarter:
        return QDate(year, (index - 1) * 3 + 1, 1);
    case Kind::Half:
        return QDate(year, (index - 1) * 6 + 1, 1);
    case Kind::Year:
        break;
    }
    return QDate(year, 1, 1);
}

QDate DashboardPeriod::end() const
{
    switch (kind) {
    case Kind::Month:
        return start().addMonths(1).addDays(-1);
    case Kind::Quarter:
        return start().addMonths(3).addDays(-1);
    case Kind::Half:
        return start().addMonths(6).addDays(-1);
    case Kind::Year:
        break;
    }
    return QDate(year, 12, 31);
}

int DashboardPeriod::count(Kind kind)
{
    switch (kind) {
    case Kind::Month:
        return 12;
    case Kind::Quarter:
        return 4;
    case Kind::Half:
        return 2;
    case Kind::Year:
        break;
    }
    return 1;
}

DashboardPeriod DashboardPeriod::holding(Kind kind, const QDate &day)
{
    const int months = 12 / count(kind);
    return DashboardPeriod{kind, day.year(), (day.month() - 1) / months + 1};
}

QString DashboardPeriod::label() const
{
    switch (kind) {
    case Kind::Month:
        return Dashboard::tr("%2 %1", "year, name of the month")
            .arg(year)
            .arg(QLocale().monthName(index, QLocale::LongFormat));
    case Kind::Quarter:
        return Dashboard::tr("Q%2 %1", "year, quarter").arg(year).arg(index);
    case Kind::Half:
        return index == 1 ? Dashboard::tr("H1 %1", "first half of the year").arg(year)
                          : Dashboard::tr("H2 %1", "second half of the year").arg(year);
    case Kind::Year:
        break;
    }
    return Dashboard::tr("%1", "a whole year").arg(year);
}

Result<DashboardTargets> Dashboard::targets(ProjectFile &project, const DashboardPeriod &period)
{
    // Every unit counted once; the month before counted in the same scan, for the change in the
    // ranking.
    const StatsPeriod cumulative = period.cumulative();
    QList<QDate> ends{cumulative.end};
    if (cumulative.end.month() > 1)
        ends << QDate(period.year, cumulative.end.month(), 1).addDays(-1);
    auto actuals = StatsEngine::computeCumulative(project, period.year, ends);
    if (!actuals)
        return actuals.error();
    auto all = StatsEngine::scorecard(project, cumulative, actuals->at(0));
    if (!all)
        return all.error();
    DashboardTargets targets{period, *all, Ranking::rank(*all)};
    if (ends.size() > 1) {
        auto before = StatsEngine::scorecard(project, {period.year, ends[1]}, actuals->at(1));
        if (!before)
            return before.error();
        Ranking::compareWith(targets.ranking, Ranking::rank(*before));
    }
    return targets;
}

Result<DashboardData> Dashboard::compute(ProjectFile &project, const DashboardPeriod &period,
                                         std::optional<qint64> unitFid,
                                         const DashboardTargets *known)
{
    DashboardData data;
    data.period = period;
    data.unitFid = unitFid;
    data.share = period.cumulative().elapsedShare();
    std::optional<DashboardTargets> computed;
    bool pipelineRead = false;
    if (!known || !(known->period == period)) {
        // Every unit's targets and the pipeline read different things: the pipeline is read on
        // a second, read-only connection in a second thread meanwhile (WAL lets readers run side
        // by side; a file on a read-only medium reads both here, one after the other).
        auto second = project.openSecondReader();
        Status pipeline;
        std::thread reader;
        if (second) {
            const QString visible
                = Fields::visibleRows(QStringLiteral("projects"), project.audience());
            reader = std::thread(
                [&, visible] { pipeline = readPipeline(*second, period, unitFid, visible, data); });
            pipelineRead = true;
        }
        auto fresh = targets(project, period);
        if (reader.joinable())
            reader.join();
        if (!fresh)
            return fresh.error();
        if (!pipeline)
            return pipeline.error();
        computed = std::move(*fresh);
        known = &*computed;
    }
    for (const ScoreRow &row : known->all) {
        if (!unitFid || row.unitFid == *unitFid)
            data.scorecard << row;
    }
    data.ranking = known->ranking;

    // In public mode a confidential project is in no figure.
    const QString visible = Fields::visibleRows(QStringLiteral("projects"), project.audience());
    if (!pipelineRead) {
        if (Status read = readPipeline(project.db(), period, unitFid, visible, data); !read)
            return read.error();
    }
    return data;
}

int Dashboard::defaultYear(ProjectFile &project, const QDate &today)
{
    auto targets = project.db().scalar(
        QStringLiteral("SELECT max(year) FROM targets WHERE year <= ?1"), {today.year()});
    if (targets && targets->isValid() && targets->toInt() > 0)
        return targets->toInt();
    auto signedIn
        = project.db().scalar(QStringLiteral("SELECT max(substr(signed_date, 1, 4)) FROM projects "
                                             "WHERE substr(signed_date, 1, 4) <= ?1"),
                              {QString::number(today.year())});
    if (signedIn && signedIn->isValid() && signedIn->toInt() > 0)
        return signedIn->toInt();
    return today.year();
}
