// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform/processinfo.h"

#include <QtGlobal>

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace ProcessInfo {

QString userName()
{
#if defined(Q_OS_WIN)
    return qEnvironmentVariable("USERNAME");
#else
    if (const passwd *entry = getpwuid(getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER");
#endif
}

bool isRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
#if defined(Q_OS_WIN)
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    // Signal 0 checks without sending; EPERM: it runs under another user.
    return kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
}

qint64 fileSizeLimit()
{
#if defined(Q_OS_WIN)
    return -1;
#else
    rlimit limit{};
    if (getrlimit(RLIMIT_FSIZE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return -1;
    return qint64(limit.rlim_cur);
#endif
}

} // namespace ProcessInfo
