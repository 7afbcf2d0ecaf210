// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

// What a presenter hands out: `export-public` (a GeoPackage without confidential data), and the
// park brochure (`brochure`, `bench-brochure`), and the slide transitions' benchmark
// (`bench-tour`).
namespace PresentCommands {
// `args` are the arguments after the command's name; each returns the exit code.
int exportPublic(const QStringList &args, QTextStream &out, QTextStream &err);
int brochure(const QStringList &args, QTextStream &out, QTextStream &err);
int benchBrochure(const QStringList &args, QTextStream &out, QTextStream &err);
int benchTour(const QStringList &args, QTextStream &out, QTextStream &err);
} // namespace PresentCommands
