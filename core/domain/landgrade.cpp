// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/landgrade.h"

#include <algorithm>

namespace {

int tier(double value, double a, double b, double c)
{
    if (value >= a)
        return 0;
    if (value >= b)
        return 1;
    if (value >= c)
        return 2;
    return 3;
}

} // namespace

bool GradeThresholds::isValid() const
{
    if (!(taxA >= taxB && taxB >= taxC && taxC >= 0))
        return false;
    const bool anyOutput = outputA || outputB || outputC;
    if (!anyOutput)
        return true;
    return outputA && outputB && outputC && *outputA >= *outputB && *outputB >= *outputC
           && *outputC >= 0;
}

namespace LandGrade {

QString grade(const GradeThresholds &lines, std::optional<double> taxPerMu,
              std::optional<double> outputPerMu)
{
    if (!taxPerMu)
        return {};
    int t = tier(*taxPerMu, lines.taxA, lines.taxB, lines.taxC);
    if (lines.outputA && lines.outputB && lines.outputC)
        t = std::max(t, outputPerMu
                            ? tier(*outputPerMu, *lines.outputA, *lines.outputB, *lines.outputC)
                            : 3);
    return QString(QChar(u'A' + t));
}

std::optional<double> perMu(std::optional<double> amountWan, double areaMu)
{
    if (!amountWan || !(areaMu > 0))
        return std::nullopt;
    return *amountWan / areaMu;
}

QString current(const GradeThresholds &lines, double areaMu, std::optional<double> latestTaxWan,
                std::optional<double> latestOutputWan, std::optional<double> recordedTaxPerMu)
{
    if (latestTaxWan)
        return grade(lines, perMu(latestTaxWan, areaMu), perMu(latestOutputWan, areaMu));
    return grade(lines, recordedTaxPerMu);
}

bool belowRenewalLine(const GradeThresholds &lines, double taxPerMu)
{
    return taxPerMu < lines.taxB;
}

} // namespace LandGrade

namespace StandardLand {

bool isDue(const QDate &deadline, const QDate &asOf)
{
    return deadline.isValid() && asOf.isValid() && asOf > deadline;
}

QList<Item> missed(const Commitment &committed, const CommitmentActual &actual)
{
    QList<Item> items;
    auto short_ = [](std::optional<double> promised, std::optional<double> reached) {
        return promised && (!reached || *reached + 1e-9 < *promised);
    };
    if (short_(committed.investmentPerMu, actual.investmentPerMu))
        items << Item::Investment;
    if (short_(committed.far, actual.far))
        items << Item::PlotRatio;
    if (short_(committed.taxPerMu, actual.taxPerMu))
        items << Item::Tax;
    return items;
}

} // namespace StandardLand
