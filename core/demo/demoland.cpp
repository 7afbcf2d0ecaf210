// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demoland.h"

#include "core/domain/domain.h"
#include "core/domain/landgrade.h"
#include "core/domain/parcellifecycle.h"

#include <cmath>

namespace {

double round1(double v)
{
    return std::round(v * 10) / 10;
}

double round2(double v)
{
    return std::round(v * 100) / 100;
}

QVariantMap event(const QDate &date, const char *kind, const QString &status,
                  const QString &category, double areaMu, const QString &text)
{
    QVariantMap e{{QStringLiteral("event_date"), date.toString(Qt::ISODate)},
                  {QStringLiteral("kind"), QLatin1String(kind)},
                  {QStringLiteral("area_mu"), round2(areaMu)},
                  {QStringLiteral("text"), text},
                  {QStringLiteral("author"), QStringLiteral("自然资源和规划局")}};
    if (!status.isEmpty())
        e.insert(QStringLiteral("status"), status);
    if (!category.isEmpty())
        e.insert(QStringLiteral("category"), category);
    return e;
}

QString word(const QString &status)
{
    return Domain::word(Domain::parcelStatuses(), status);
}

QString categoryWord(const QString &category)
{
    return Domain::word(Domain::idleCategories(), category);
}

} // namespace

QDate DemoLand::between(const QDate &from, const QDate &to)
{
    if (to <= from)
        return from;
    return from.addDays(m_random.between(0, int(from.daysTo(to))));
}

QDate DemoLand::reached(const DemoParcelLife &life, const QString &status)
{
    for (const QVariantMap &e : life.events) {
        if (e.value(QStringLiteral("kind")) == QLatin1String("status")
            && e.value(QStringLiteral("status")) == status)
            return QDate::fromString(e.value(QStringLiteral("event_date")).toString(), Qt::ISODate);
    }
    return {};
}

DemoParcelLife DemoLand::life(const QString &status, double areaMu, const QString &landUse,
                              const QDate &today)
{
    DemoParcelLife life;
    const QStringList statuses = Domain::codes(Domain::parcelStatuses());
    const int last = ParcelLifecycle::statusIndex(status);
    // Back from the current status's date, 4–16 months a step; plots were listed within
    // 2017–2023 and the most recent steps of a busy park happened in 2021–2023.
    std::vector<QDate> dates(size_t(last + 1));
    dates[size_t(last)] = status == QLatin1String("reserve")
                              ? between(QDate(2016, 3, 1), QDate(2022, 6, 30))
                              : between(QDate(2020, 6, 1), today.addDays(-20));
    for (int i = last - 1; i >= 0; --i)
        dates[size_t(i)] = dates[size_t(i + 1)].addDays(-m_random.between(120, 480));
    for (int i = 0; i <= last; ++i) {
        const QString s = statuses[i];
        life.events.append(
            event(dates[size_t(i)], "status", s, {}, areaMu,
                  i == 0 ? QStringLiteral("纳入储备") : QStringLiteral("状态变更为") + word(s)));
    }
    QVariantMap &v = life.values;
    v.insert(QStringLiteral("status_date"), dates[size_t(last)].toString(Qt::ISODate));

    const bool industrial = landUse == QLatin1String("industrial")
                            || landUse == QLatin1String("mixed")
                            || landUse == QLatin1String("storage");
    v.insert(QStringLiteral("far_min"), industrial ? 1.0 : 1.5);
    v.insert(QStringLiteral("far_max"), industrial ? round1(m_random.uniform(2.0, 3.0)) : 3.5);
    v.insert(QStringLiteral("price_per_mu"), round1(m_random.uniform(15, 40)));

    // 标准地: industrial plots sold since 2019 mostly were.
    const QDate sold = last >= 2 ? dates[2] : QDate();
    const bool standard
        = sold.isValid() && sold.year() >= 2019 && industrial && m_random.chance(0.6);
    v.insert(QStringLiteral("standard_land"), standard ? 1 : 0);
    double committedTax = 0;
    if (standard) {
        committedTax = std::round(m_random.uniform(15, 30));
        v.insert(QStringLiteral("commit_investment_per_mu"),
                 std::round(m_random.uniform(300, 450)));
        v.insert(QStringLiteral("commit_far"), round1(m_random.uniform(1.2, 2.0)));
        v.insert(QStringLiteral("commit_tax_per_mu"), committedTax);
        v.insert(QStringLiteral("commit_deadline"), sold.addYears(3).toString(Qt::ISODate));
    }

    // An idle or low-efficiency spell now, by status.
    QString category;
    if (status == QLatin1String("reserve") || status == QLatin1String("listed")) {
        if (m_random.chance(0.25))
            category = QStringLiteral("approved_unsupplied");
    } else if (status == QLatin1String("transferred")) {
        if (m_random.chance(0.45))
            category = QStringLiteral("supplied_unused");
    } else if (status == QLatin1String("construction")) {
        const int pick = m_random.weighted({70, 18, 12});
        category = pick == 1   ? QStringLiteral("built_not_producing")
                   : pick == 2 ? QStringLiteral("used_partly")
                               : QString();
    } else if (status == QLatin1String("producing")) {
        const int pick = m_random.weighted({62, 30, 8});
        category = pick == 1   ? QStringLiteral("producing_below")
                   : pick == 2 ? QStringLiteral("used_partly")
                               : QString();
    }
    // A spell is found some months into a status, never in its first weeks.
    if (dates[size_t(last)].daysTo(today) < 120)
        category.clear();
    if (!category.isEmpty()) {
        const QDate since = between(dates[size_t(last)].addDays(90),
                                    std::max(dates[size_t(last)].addDays(90), today.addDays(-30)));
        v.insert(QStringLiteral("idle_category"), category);
        v.insert(QStringLiteral("idle_since"), since.toString(Qt::ISODate));
        life.events.append(event(since, "category", status, category, areaMu,
                                 QStringLiteral("认定为") + categoryWord(category)));
    }

    // Yearly figures from the year after production started.
    if (last >= ParcelLifecycle::statusIndex(QStringLiteral("producing"))) {
        const int first = std::max(
            2021,
            dates[size_t(ParcelLifecycle::statusIndex(QStringLiteral("producing")))].year() + 1);
        double taxPerMu = status == QLatin1String("standard")            ? m_random.uniform(20, 60)
                          : category == QLatin1String("producing_below") ? m_random.uniform(1, 9.5)
                          : category == QLatin1String("used_partly")     ? m_random.uniform(5, 15)
                                                                         : m_random.uniform(8, 40);
        if (standard && status == QLatin1String("standard"))
            taxPerMu = std::max(taxPerMu, committedTax * m_random.uniform(1.0, 1.6));
        double investment = areaMu
                            * (status == QLatin1String("standard") ? m_random.uniform(380, 550)
                                                                   : m_random.uniform(220, 480));
        const double far = category == QLatin1String("used_partly") ? m_random.uniform(0.5, 0.95)
                                                                    : m_random.uniform(1.1, 2.2);
        for (int year = first; year <= today.year(); ++year) {
            const double tax = taxPerMu * areaMu * m_random.uniform(0.85, 1.15);
            life.years.append(
                {{QStringLiteral("year"), year},
                 {QStringLiteral("tax_wan"), round1(tax)},
                 {QStringLiteral("output_wan"), round1(tax * m_random.uniform(8, 16))},
                 {QStringLiteral("investment_wan"), std::round(investment)},
                 {QStringLiteral("far"), round2(far)}});
            investment *= m_random.uniform(1.0, 1.08);
        }
    }
    std::optional<double> latestTax, latestOutput, recorded;
    if (!life.years.isEmpty()) {
        latestTax = life.years.last().value(QStringLiteral("tax_wan")).toDouble();
        latestOutput = life.years.last().value(QStringLiteral("output_wan")).toDouble();
        recorded = round1(*latestTax / areaMu);
        v.insert(QStringLiteral("tax_per_mu"), *recorded);
    }
    const QString grade
        = LandGrade::current(GradeThresholds(), areaMu, latestTax, latestOutput, recorded);
    if (!grade.isEmpty())
        v.insert(QStringLiteral("grade"), grade);
    return life;
}

namespace {

void sortByDate(DemoParcelLife &life)
{
    std::stable_sort(life.events.begin(), life.events.end(),
                     [](const QVariantMap &a, const QVariantMap &b) {
                         return a.value(QStringLiteral("event_date")).toString()
                                < b.value(QStringLiteral("event_date")).toString();
                     });
}

} // namespace

bool DemoLand::addImprovedSpell(DemoParcelLife &life, const QDate &ended, int monthsIdle)
{
    const QDate producing = reached(life, QStringLiteral("producing"));
    const QDate found = producing.isValid()
                            ? std::max(producing.addDays(60), ended.addMonths(-monthsIdle))
                            : QDate();
    const QDate standard = reached(life, QStringLiteral("standard"));
    const QDate since = QDate::fromString(
        life.values.value(QStringLiteral("idle_since")).toString(), Qt::ISODate);
    if (!producing.isValid() || producing >= found || found >= ended
        || (standard.isValid() && standard < ended) || (since.isValid() && since <= ended))
        return false;
    const double area = life.events.first().value(QStringLiteral("area_mu")).toDouble();
    const QString category = QStringLiteral("producing_below");
    life.events.append(event(found, "category", QStringLiteral("producing"), category, area,
                             QStringLiteral("认定为") + categoryWord(category)));
    life.events.append(event(ended, "revitalised", QStringLiteral("producing"), category, area,
                             QStringLiteral("技改提效，亩均税收达标，盘活") + categoryWord(category)
                                 + QStringLiteral("用地")));
    sortByDate(life);
    return true;
}

bool DemoLand::addSpellEndedBy(DemoParcelLife &life, const QString &status, int monthsIdle)
{
    const int index = ParcelLifecycle::statusIndex(status);
    if (index < 1)
        return false;
    const QString before = Domain::codes(Domain::parcelStatuses())[index - 1];
    const QDate began = reached(life, before);
    const QDate ended = reached(life, status);
    if (!began.isValid() || !ended.isValid())
        return false;
    const QString category
        = before == QLatin1String("reserve") || before == QLatin1String("listed")
              ? QStringLiteral("approved_unsupplied")
          : before == QLatin1String("transferred")  ? QStringLiteral("supplied_unused")
          : before == QLatin1String("construction") ? QStringLiteral("built_not_producing")
                                                    : QStringLiteral("producing_below");
    const QDate found = std::max(began.addDays(30), ended.addMonths(-monthsIdle));
    if (found >= ended)
        return false;
    const double area = life.events.first().value(QStringLiteral("area_mu")).toDouble();
    life.events.append(event(found, "category", before, category, area,
                             QStringLiteral("认定为") + categoryWord(category)));
    life.events.append(
        event(ended, "revitalised", status, category, area,
              QStringLiteral("%1，盘活%2用地").arg(word(status), categoryWord(category))));
    sortByDate(life);
    return true;
}
