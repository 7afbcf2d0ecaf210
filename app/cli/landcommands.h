// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

// `land`, `match` and `bench-land`: idle land and 亩均 grades per unit, parcels ranked for a
// project's needs, and their speed on a million parcels.
namespace LandCommands {
// `args` are the arguments after the command's name; returns the exit code.
int land(const QStringList &args, QTextStream &out, QTextStream &err);
int match(const QStringList &args, QTextStream &out, QTextStream &err);
int bench(const QStringList &args, QTextStream &out, QTextStream &err);
} // namespace LandCommands
