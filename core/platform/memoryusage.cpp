// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform/memoryusage.h"

#if defined(Q_OS_WIN) || defined(_WIN32)
#include <psapi.h>
#include <windows.h>

double peakResidentMiB()
{
    PROCESS_MEMORY_COUNTERS counters{};
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return -1;
    return double(counters.PeakWorkingSetSize) / (1024.0 * 1024.0);
}
#elif defined(__linux__)
#include <QFile>

double peakResidentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}
#else
#include <sys/resource.h>

double peakResidentMiB()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    return double(usage.ru_maxrss) / (1024.0 * 1024.0); // bytes on macOS
}
#endif
