// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

// What every libFuzzer harness needs: a QCoreApplication (Qt finds its image-format plugins and
// text codecs through it), a quiet log unless FUZZ_VERBOSE is set (printing a warning per input
// costs more than the input), and a check that turns a broken contract into a crash, which
// libFuzzer records with its input like any other.
namespace Fuzzing {

inline void start()
{
    static int argc = 1;
    static char name[] = "investatlas-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    if (!qEnvironmentVariableIsSet("FUZZ_VERBOSE"))
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
            if (type == QtFatalMsg) {
                std::fprintf(stderr, "%s\n", qPrintable(text));
                std::abort();
            }
        });
}

// Whether a known, not yet fixed bug (tests/fuzz/crashes/README.md) is to be let through: CI sets
// FUZZ_KNOWN_BUGS (names separated by commas) so that it fails on new problems only, while longer
// runs without it keep finding the old ones.
inline bool knownBug(const char *name)
{
    static const QStringList known
        = qEnvironmentVariable("FUZZ_KNOWN_BUGS").split(QLatin1Char(','));
    return known.contains(QLatin1String(name));
}

[[noreturn]] inline void fail(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: contract broken: %s\n", file, line, condition);
    std::abort();
}

} // namespace Fuzzing

#define FUZZ_CHECK(condition) ((condition) ? void() : Fuzzing::fail(#condition, __FILE__, __LINE__))
