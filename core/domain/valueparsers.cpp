// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/valueparsers.h"

#include "core/domain/domain.h"

#include <QRegularExpression>

#include <cmath>

namespace ValueParsers {

namespace {

// Gives the messages below their translation context.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ValueParsers)
};

// Full-width digits and punctuation become ASCII; thousands separators and spaces go.
QString normalized(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC).trimmed();
    s.remove(QLatin1Char(',')).remove(QChar(0x3001)).remove(QLatin1Char(' '));
    return s;
}

bool isUndecided(const QString &s)
{
    static const QStringList words{QStringLiteral("待定"), QStringLiteral("暂无"),
                                   QStringLiteral("未定"), QStringLiteral("-"),
                                   QStringLiteral("—"),    QStringLiteral("/"),
                                   QStringLiteral("无"),   QStringLiteral("TBD")};
    return s.isEmpty() || words.contains(s, Qt::CaseInsensitive);
}

// Far beyond any real figure (10¹⁰ 亿元; all of China's land is about 1.4 × 10¹⁰ 亩), yet well
// inside what a double and SQLite REAL hold exactly enough.
constexpr double kLargestWan = 1e14;
constexpr double kLargestMu = 1e12;

} // namespace

Result<std::optional<Amount>> parseAmount(const QString &text, DefaultUnit bare)
{
    QString s = normalized(text);
    if (isUndecided(s))
        return std::optional<Amount>();
    // Approximations ("约5亿", "5亿元以上") keep the stated figure.
    static const QRegularExpression hedges(QStringLiteral("^(约|逾|超|近|达)|(以上|左右|多)$"));
    s.remove(hedges);
    static const QRegularExpression pattern(
        QStringLiteral("^(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)(千万|万|亿)?(元|美元|人民币)?$"));
    const QRegularExpressionMatch m = pattern.match(s);
    if (!m.hasMatch())
        return Error{Text::tr("\"%1\" is not an amount (write it like 5亿元, 8000万元 or 13.3).")
                         .arg(text.trimmed())};
    const double number = m.captured(1).toDouble();
    if (number < 0)
        return Error{Text::tr("The amount %1 is negative.").arg(text.trimmed())};
    const QString magnitude = m.captured(2);
    const QString currency = m.captured(3);
    Amount amount;
    amount.currency = currency == QStringLiteral("美元") ? Currency::Usd : Currency::Cny;
    if (magnitude == QStringLiteral("亿"))
        amount.wan = number * 10000;
    else if (magnitude == QStringLiteral("千万"))
        amount.wan = number * 1000;
    else if (magnitude == QStringLiteral("万"))
        amount.wan = number;
    else if (!currency.isEmpty())
        amount.wan = number / 10000; // plain 元 or 美元
    else {
        amount.unitAssumed = true;
        amount.wan = bare == DefaultUnit::Yi    ? number * 10000
                     : bare == DefaultUnit::Wan ? number
                                                : number / 10000;
    }
    // Kept to the fen (0.01 元 = 10⁻⁶ 万元): "1.15亿" is 11500 万元, not 11499.999999999998, so
    // the value prints and reads back exactly.
    amount.wan = std::round(amount.wan * 1e6) / 1e6;
    // 400 nines parse as infinity: no office amount is that large, and infinity is no amount.
    if (!std::isfinite(amount.wan) || amount.wan > kLargestWan)
        return Error{Text::tr("\"%1\" is too large to be an amount.").arg(text.trimmed())};
    return std::optional<Amount>(amount);
}

Result<std::optional<double>> parseArea(const QString &text)
{
    QString s = normalized(text);
    if (isUndecided(s))
        return std::optional<double>();
    double factor = 1;
    for (const auto &[unit, mu] :
         {std::pair{QStringLiteral("公顷"), 15.0},
          std::pair{QStringLiteral("平方米"), 1 / Domain::kSquareMetresPerMu},
          std::pair{QStringLiteral("m2"), 1 / Domain::kSquareMetresPerMu},
          std::pair{QStringLiteral("亩"), 1.0}}) {
        if (s.endsWith(unit)) {
            s.chop(unit.size());
            factor = mu;
            break;
        }
    }
    bool ok = false;
    const double number = s.toDouble(&ok);
    // toDouble also takes "inf" and "nan": neither is an area.
    if (!ok || !std::isfinite(number) || number * factor > kLargestMu)
        return Error{Text::tr("\"%1\" is not an area (write it like 80, 80亩 or 5.3公顷).")
                         .arg(text.trimmed())};
    if (number < 0)
        return Error{Text::tr("The area %1 is negative.").arg(text.trimmed())};
    return std::optional<double>(number * factor);
}

Result<std::optional<Date>> parseDate(const QString &text)
{
    const QString s = normalized(text);
    if (isUndecided(s))
        return std::optional<Date>();
    const QString shown = text.trimmed();
    auto make = [&](int y, int m, int d, DatePrecision p) -> Result<std::optional<Date>> {
        const QDate date(y, m, d);
        if (!date.isValid() || y < 1950 || y > 2100)
            return Error{Text::tr("\"%1\" is not a valid date.").arg(shown)};
        return std::optional<Date>(Date{date, p});
    };
    // 2023/2/15, 2023-02-15, 2022.9.1, 2023年3月5日
    static const QRegularExpression day(
        QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$"));
    if (auto m = day.match(s); m.hasMatch())
        return make(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                    DatePrecision::Day);
    // 20230215: how many office sheets and people type a date without separators.
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (auto m = compact.match(s); m.hasMatch())
        return make(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                    DatePrecision::Day);
    // 2023年3月, 2022.12, 2023-03, 2023/3
    static const QRegularExpression month(QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})月?$"));
    if (auto m = month.match(s); m.hasMatch())
        return make(m.captured(1).toInt(), m.captured(2).toInt(), 1, DatePrecision::Month);
    static const QRegularExpression year(QStringLiteral("^(\\d{4})年?$"));
    if (auto m = year.match(s); m.hasMatch() && m.captured(1).toInt() >= 1950)
        return make(m.captured(1).toInt(), 1, 1, DatePrecision::Year);
    // Excel stores dates as days since 1899-12-30 (its 1900 leap-year bug included).
    static const QRegularExpression serial(QStringLiteral("^(\\d{5})(\\.\\d+)?$"));
    if (auto m = serial.match(s); m.hasMatch()) {
        const int days = m.captured(1).toInt();
        if (days >= 18264 && days <= 73050) { // 1950 … 2100
            const QDate date = QDate(1899, 12, 30).addDays(days);
            return std::optional<Date>(Date{date, DatePrecision::Day});
        }
    }
    return Error{Text::tr("\"%1\" is not a date (write it like 2023/2/15, 2023年3月 or 2022.12).")
                     .arg(shown)};
}

std::optional<bool> parseBoolean(const QString &text)
{
    static const QStringList yes{QStringLiteral("是"),  QStringLiteral("1"),    QStringLiteral("Y"),
                                 QStringLiteral("YES"), QStringLiteral("TRUE"), QStringLiteral("√"),
                                 QStringLiteral("保密")};
    static const QStringList no{QStringLiteral("否"),  QStringLiteral("0"),     QStringLiteral("N"),
                                QStringLiteral("NO"),  QStringLiteral("FALSE"), QStringLiteral("×"),
                                QStringLiteral("公开")};
    const QString s = text.trimmed();
    if (yes.contains(s, Qt::CaseInsensitive))
        return true;
    if (no.contains(s, Qt::CaseInsensitive))
        return false;
    return std::nullopt;
}

} // namespace ValueParsers
