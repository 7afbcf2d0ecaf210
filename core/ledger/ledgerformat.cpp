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

// A UTF-16 code unit XML 1.0 allows on its own (surrogate pairs are checked as pairs).
bool isXmlUnit(char16_t c)
{
    return c == u'\t' || c == u'\n' || c == u'\r' || (c >= 0x20 && c <= 0xFFFD);
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

QString LedgerFormat::workbookText(const QString &text, bool *replaced)
{
    QString safe;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            if (!safe.isNull())
                safe.append(c).append(text.at(i + 1));
            ++i;
            continue;
        }
        const bool ok = !c.isSurrogate() && isXmlUnit(c.unicode());
        if (ok && safe.isNull())
            continue; // nothing replaced so far: the text is copied only once something is
        if (safe.isNull())
            safe = text.left(i);
        safe.append(ok ? c : QChar(QChar::ReplacementCharacter));
    }
    if (replaced)
        *replaced = !safe.isNull();
    return safe.isNull() ? text : safe;
}
