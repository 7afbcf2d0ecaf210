// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/ledgerexport.h"

#include "core/domain/fields.h"
#include "core/io/gdalutil.h"
#include "core/io/sheetreader.h"
#include "core/ledger/ledgerformat.h"
#include "core/storage/fileplacement.h"
#include "core/storage/projectfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace {

using Rows = QList<ProjectQuery::Values>;

// One sheet to write: its columns (catalogue fields) and rows (values in the same order).
struct Table
{
    QString name;
    QList<const Field *> fields;
    Rows rows;
};

// Numbers are typed cells in a workbook (GDAL writes 16 significant digits; the parsers keep money
// to the fen, so it reads back exactly) and exact decimal text in CSV.
OGRFieldType gdalType(const Field &field, bool csv)
{
    if (csv || !field.isNumber())
        return field.type == Field::Type::Key && !csv ? OFTInteger64 : OFTString;
    return field.type == Field::Type::Integer ? OFTInteger64 : OFTReal;
}

QString cellText(const Field &field, const QVariant &value, bool csv)
{
    switch (field.type) {
    case Field::Type::Code:
        return Domain::word(field.codes(), value.toString());
    case Field::Type::Boolean:
        return value.toBool() ? QStringLiteral("是") : QStringLiteral("否");
    case Field::Type::Key:
    case Field::Type::Integer:
        return QString::number(value.toLongLong());
    default:
        if (field.isNumber())
            return QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest);
        return csv ? LedgerFormat::guardCsvText(value.toString()) : value.toString();
    }
}

// Adds to `replaced` the values whose characters a workbook cannot hold (see
// LedgerFormat::workbookText).
Status writeTable(GDALDataset &dataset, const Table &table, bool csv, int &replaced)
{
    // Excel reads UTF-8 CSV by its BOM; quotes only where the CSV syntax needs them.
    const char *const csvOptions[] = {"WRITE_BOM=YES", "STRING_QUOTING=IF_NEEDED", nullptr};
    OGRLayer *layer = dataset.CreateLayer(table.name.toUtf8().constData(), nullptr, wkbNone,
                                          const_cast<char **>(csv ? csvOptions : nullptr));
    if (!layer)
        return Error{gdalLastError()};
    for (const Field *field : table.fields) {
        OGRFieldDefn definition(Fields::exportHeader(*field).toUtf8().constData(),
                                gdalType(*field, csv));
        if (layer->CreateField(&definition) != OGRERR_NONE)
            return Error{gdalLastError()};
    }
    for (const ProjectQuery::Values &row : table.rows) {
        OGRFeature feature(layer->GetLayerDefn());
        for (int i = 0; i < table.fields.size(); ++i) {
            const Field &field = *table.fields[i];
            const QVariant &v = row.at(i);
            if (v.isNull() || v.toString().isEmpty())
                continue;
            switch (gdalType(field, csv)) {
            case OFTReal:
                feature.SetField(i, v.toDouble());
                break;
            case OFTInteger64:
                feature.SetField(i, GIntBig(v.toLongLong()));
                break;
            default: {
                QString text = cellText(field, v, csv);
                if (!csv) {
                    bool changed = false;
                    text = LedgerFormat::workbookText(text, &changed);
                    replaced += changed ? 1 : 0;
                }
                feature.SetField(i, text.toUtf8().constData());
                break;
            }
            }
        }
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            return Error{gdalLastError()};
    }
    return {};
}

// Writes tables into one file (a workbook) or each into its own file (CSV).
Status writeFile(const QString &path, const QList<Table> &tables, bool csv, int &replaced)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(csv ? "CSV" : "XLSX");
    if (!driver)
        return Error{gdalLastError()};
    GDALDatasetUniquePtr dataset(
        driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        return Error{gdalLastError()};
    for (const Table &table : tables) {
        if (Status written = writeTable(*dataset, table, csv, replaced); !written)
            return written;
    }
    dataset.reset(); // the workbook is written when it closes
    if (!QFileInfo::exists(path))
        return Error{gdalLastError()};
    // GDAL does not report every failed write (a full disk left an .xlsx without its zip
    // directory, a 0-byte .csv): read what was written back before calling it done.
    for (const Table &table : tables) {
        auto back = SheetReader::read(path, csv ? QString() : table.name);
        if (!back || back->rows.size() < table.rows.size())
            return Error{LedgerExport::tr("the file could not be read back complete (is the disk "
                                          "full?)")};
    }
    return {};
}

} // namespace

QStringList LedgerExport::files(const QString &path)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return {path, LedgerFormat::eventsCsvPath(path)};
    return {path};
}

QString LedgerExport::Written::summary() const
{
    // Spelled out: lupdate may file a nested struct's tr() under another context than the
    // compiler's lookup (LedgerExport), which would leave the message untranslated.
    QString text = LedgerExport::tr("%n project(s) written.", nullptr, projects);
    if (replacedValues > 0)
        text += QLatin1Char(' ')
                + LedgerExport::tr(
                      "%n value(s) had characters Excel cannot store; they were replaced with %1.",
                      nullptr, replacedValues)
                      .arg(QChar(QChar::ReplacementCharacter));
    return text;
}

Result<LedgerExport::Written> LedgerExport::write(ProjectFile &project, const ProjectFilter &filter,
                                                  const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool csv = suffix == QLatin1String("csv");
    if (!csv && suffix != QLatin1String("xlsx"))
        return Error{tr("%1: the ledger can be exported as .xlsx or .csv.").arg(shown)};
    if (csv && LedgerFormat::isEventsCsv(path))
        return Error{
            tr("%1: a name ending in .events.csv is kept for the activity log.").arg(shown)};
    const QStringList targets = files(path);
    for (const QString &file : targets) {
        if (QFileInfo::exists(file))
            return Error{tr("%1 already exists.").arg(QDir::toNativeSeparators(file))};
    }

    // In public mode the confidential columns are left out altogether (ProjectQuery already
    // leaves out the confidential projects and their log).
    Table ledger{LedgerFormat::ledgerSheet(), {}, {}};
    ledger.fields = Fields::shownTo(Fields::projects(), project.audience());
    auto records = ProjectQuery::records(project, filter, ledger.fields);
    if (!records)
        return records.error();
    for (const ProjectQuery::Record &record : *records)
        ledger.rows << record.values;
    Table log{LedgerFormat::eventsSheet(), {}, {}};
    QList<int> logColumns; // of ProjectQuery::events' rows, one per field of the log's sheet
    for (int i = 0; i < int(Fields::events().size()); ++i) {
        const Field &field = Fields::events()[size_t(i)];
        if (Fields::isShownTo(field, project.audience())) {
            log.fields << &field;
            logColumns << i;
        }
    }
    auto events = ProjectQuery::events(project, filter);
    if (!events)
        return events.error();
    for (const ProjectQuery::Values &event : std::as_const(*events)) {
        ProjectQuery::Values row;
        for (int column : std::as_const(logColumns))
            row << event.value(column);
        log.rows << row;
    }

    // Written under temporary names beside the targets, checked, and only then renamed into
    // place: a full disk or a killed export never leaves a truncated but plausible spreadsheet.
    QStringList partials;
    for (const QString &file : targets)
        partials << FilePlacement::partialPath(file);
    auto discardAll = [&] {
        for (const QString &partial : std::as_const(partials))
            QFile::remove(partial);
    };
    discardAll();
    int replaced = 0;
    Status written = csv ? writeFile(partials[0], {ledger}, true, replaced)
                         : writeFile(partials[0], {ledger, log}, false, replaced);
    if (written && csv)
        written = writeFile(partials[1], {log}, true, replaced);
    if (!written) {
        // A full disk is said as such, before the partial files go.
        const Error explained = FilePlacement::explainFailure(
            Error{tr("Cannot write %1: %2").arg(shown, written.errorMessage())}, path, partials);
        discardAll();
        return explained;
    }
    for (qsizetype i = 0; written && i < targets.size(); ++i)
        written = FilePlacement::replace(partials[i], targets[i]);
    if (!written) {
        discardAll();
        return Error{tr("Cannot write %1: %2").arg(shown, written.errorMessage())};
    }
    return Written{int(ledger.rows.size()), replaced};
}
