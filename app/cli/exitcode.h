// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

// investatlas-cli's exit codes: a stable contract for scripts. Busy: another program holds the
// project's write lock (the message names it); the same command may succeed when retried.
enum ExitCode { Success = 0, UsageError = 1, BadInput = 2, Busy = 3 };

inline ExitCode exitCodeFor(const Error &error)
{
    return error.isBusy() ? Busy : BadInput;
}

// Prints the error on `err` and returns the exit code it calls for.
template<typename Stream>
int reportFailure(Stream &err, const Error &error)
{
    err << error.message << '\n';
    return exitCodeFor(error);
}
