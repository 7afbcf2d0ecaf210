// SPDX-License-Identifier: GPL-3.0-or-later
// Amounts and dates as office spreadsheets write them ("5亿", "8000万元", "2023年3月", "2022.12",
// Excel serials): any text must give a value, "undecided" or an Error, and a value must be one the
// ledger can store.
#include "core/domain/valueparsers.h"
#include "fuzzing.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzzing::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    using ValueParsers::DefaultUnit;
    for (DefaultUnit bare : {DefaultUnit::Yi, DefaultUnit::Wan, DefaultUnit::Yuan}) {
        auto amount = ValueParsers::parseAmount(text, bare);
        if (!amount) {
            FUZZ_CHECK(!amount.errorMessage().isEmpty());
            continue;
        }
        if (!amount->has_value())
            continue;
        // investment_wan and its siblings: a finite, non-negative number of 万. Numbers of 300-odd
        // digits still overflow to infinity (known: tests/fuzz/crashes/fuzz_valueparsers/).
        const double wan = (*amount)->wan;
        FUZZ_CHECK(std::isfinite(wan));
        FUZZ_CHECK(wan >= 0);
    }
    auto date = ValueParsers::parseDate(text);
    if (!date) {
        FUZZ_CHECK(!date.errorMessage().isEmpty());
    } else if (date->has_value()) {
        const ValueParsers::Date &d = **date;
        FUZZ_CHECK(d.date.isValid());
        FUZZ_CHECK(d.date.year() >= 1950 && d.date.year() <= 2100);
        // A coarser date is stored as the first day of its month or year.
        if (d.precision != ValueParsers::DatePrecision::Day)
            FUZZ_CHECK(d.date.day() == 1);
        if (d.precision == ValueParsers::DatePrecision::Year)
            FUZZ_CHECK(d.date.month() == 1);
    }
    return 0;
}
