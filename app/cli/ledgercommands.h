// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

// `ledger list`, `ledger import`, `ledger export` and `ledger bench`.
namespace LedgerCommands {
// `args` are the arguments after "ledger"; returns the exit code.
int run(const QStringList &args, QTextStream &out, QTextStream &err);
} // namespace LedgerCommands
