// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

// The 亩均 grade lines of one unit (each county sets its own): a plot or an enterprise is A, B or
// C when its tax per mu (万元/亩) reaches that grade's line, D below the C line. Lines are
// inclusive: exactly 10 万元/亩 is B. When the unit also sets output lines (万元/亩), the grade
// is the lower of the tax grade and the output grade.
//
// Defaults, from the articles: C = 5 万元/亩 (开展亩税 5 万元以下低效企业整治: below it is D,
// the plots to put right first), B = 10 万元/亩 (全面完成园区亩均税收 10 万元以下低效企业处置:
// below it a plot is a 腾笼换鸟 candidate), A = 30 万元/亩 (a common county line for the best
// class; the articles give none). No output lines by default.
struct GradeThresholds
{
    double taxA = 30;
    double taxB = 10;
    double taxC = 5;
    std::optional<double> outputA, outputB, outputC;

    bool operator==(const GradeThresholds &) const = default;
    // Whether the lines descend (A ≥ B ≥ C ≥ 0) as grades need.
    bool isValid() const;
};

namespace LandGrade {

// "A" … "D"; empty without a tax figure or an area.
QString grade(const GradeThresholds &lines, std::optional<double> taxPerMu,
              std::optional<double> outputPerMu = std::nullopt);
// A figure per mu; nullopt when either is missing or the area is not positive.
std::optional<double> perMu(std::optional<double> amountWan, double areaMu);
// The grade a parcel carries (parcels.grade, the thematic map's): from its latest year's tax and
// output when a year has a tax figure, else from its recorded tax per mu; per mu of `areaMu`.
QString current(const GradeThresholds &lines, double areaMu, std::optional<double> latestTaxWan,
                std::optional<double> latestOutputWan, std::optional<double> recordedTaxPerMu);
// Below the B line: a 腾笼换鸟 candidate by its tax.
bool belowRenewalLine(const GradeThresholds &lines, double taxPerMu);

} // namespace LandGrade

// 标准地 (standard land) is sold with commitments the buyer must meet by a deadline: fixed-asset
// investment intensity (万元/亩), plot ratio and tax per mu. From the day after the deadline the
// plot's latest figures are held against them; one that misses any (a missing figure misses) is
// 投而未达 — producing, below its commitments.
struct Commitment
{
    std::optional<double> investmentPerMu, far, taxPerMu;
    QDate deadline;
};
struct CommitmentActual
{
    int year = 0; // the year of the figures; 0 when there are none
    std::optional<double> investmentPerMu, far, taxPerMu;
};

namespace StandardLand {

enum class Item { Investment, PlotRatio, Tax };

// Due from the day after the deadline: on the deadline itself the plot still has time.
bool isDue(const QDate &deadline, const QDate &asOf);
// The commitments `actual` misses, in the order investment, plot ratio, tax.
QList<Item> missed(const Commitment &committed, const CommitmentActual &actual);

} // namespace StandardLand
