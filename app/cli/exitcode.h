// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// investatlas-cli's exit codes: a stable contract for scripts.
enum ExitCode { Success = 0, UsageError = 1, BadInput = 2 };
