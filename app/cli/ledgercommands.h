// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

// `ledger import`, `ledger export` and `ledger list`.
namespace LedgerCommands {
int run(QStringList args, QTextStream &out, QTextStream &err);
}
