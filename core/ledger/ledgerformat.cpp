// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/ledgerformat.h"

#include <QFileInfo>

namespace LedgerFormat {

namespace {

const QString kEventsSuffix = QStringLiteral(".events.csv");

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
           || c == QLatin1Char('@') || c == QLatin1Char('\'');
}

} // namespace

QString ledgerSheet()
{
    return QStringLiteral("项目台账");
}

QString eventsSheet()
{
    return QStringLiteral("项目动态");
}

QString eventsCsvPath(const QString &csvPath)
{
    QString base = csvPath;
    if (base.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        base.chop(4);
    return base + kEventsSuffix;
}

bool isEventsCsv(const QString &path)
{
    return path.endsWith(kEventsSuffix, Qt::CaseInsensitive);
}

QString guardCsvText(const QString &text)
{
    return !text.isEmpty() && isFormulaStart(text.front()) ? QLatin1Char('\'') + text : text;
}

QString unguardCsvText(const QString &text)
{
    return text.size() >= 2 && text.front() == QLatin1Char('\'') && isFormulaStart(text.at(1))
               ? text.mid(1)
               : text;
}

} // namespace LedgerFormat
