// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

// `report`: the monthly bulletin (月度通报) as an A4 PDF.
namespace ReportCommands {
// `args` are the arguments after "report"; returns the exit code.
int report(const QStringList &args, QTextStream &out, QTextStream &err);
} // namespace ReportCommands
