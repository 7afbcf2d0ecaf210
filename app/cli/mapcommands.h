// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

// `render` and `bench-render`: the map renderer of the canvas, headless.
namespace MapCommands {
// `args` are the arguments after the command name; returns the exit code.
int render(const QStringList &args, QTextStream &out, QTextStream &err);
int benchRender(const QStringList &args, QTextStream &out, QTextStream &err);
} // namespace MapCommands
