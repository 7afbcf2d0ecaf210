// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

// `targets import`, `stats`, `warnings` and `bench-stats`: targets against the ledger.
namespace StatsCommands {
// `args` are the arguments after "targets"; returns the exit code.
int targets(const QStringList &args, QTextStream &out, QTextStream &err);
// `funds import`: funds actually arrived per project and month.
int funds(const QStringList &args, QTextStream &out, QTextStream &err);
// `args` are the arguments after the command's name.
int stats(const QStringList &args, QTextStream &out, QTextStream &err);
int warnings(const QStringList &args, QTextStream &out, QTextStream &err);
int bench(const QStringList &args, QTextStream &out, QTextStream &err);
} // namespace StatsCommands
