// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

// What the operating system says about processes and their limits; one place for the
// platform-specific calls.
namespace ProcessInfo {

// The login name of the user running this process ("" when the system does not say).
QString userName();
// Whether a process with this id is running on this machine. True when it cannot be told.
bool isRunning(qint64 pid);
// The largest file this process may write, in bytes (RLIMIT_FSIZE); -1 when there is no limit.
qint64 fileSizeLimit();

} // namespace ProcessInfo
