// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

// `render` and `bench-render`: the map renderer of the canvas, headless.
namespace MapCommands {
int render(QStringList args, QTextStream &out, QTextStream &err);
int benchRender(QStringList args, QTextStream &out, QTextStream &err);
} // namespace MapCommands
