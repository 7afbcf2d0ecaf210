// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/sheetreader.h"

#include "core/io/gdalutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>

#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <optional>

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(bytes); // decoding is lazy until converted
    Q_UNUSED(decoded)
    return !decoder.hasError();
}

// A CSV file's text as UTF-8 in GDAL's memory file system, so that GBK files read like any other.
// Removes the memory file when it goes.
class MemoryCsv
{
public:
    explicit MemoryCsv(QByteArray utf8)
        : m_bytes(std::move(utf8))
        , m_path(QByteArray("/vsimem/investatlas-sheet-") + QByteArray::number(quintptr(this))
                 + ".csv")
    {
        VSIFCloseL(VSIFileFromMemBuffer(m_path.constData(),
                                        reinterpret_cast<GByte *>(m_bytes.data()),
                                        vsi_l_offset(m_bytes.size()), FALSE));
    }
    ~MemoryCsv() { VSIUnlink(m_path.constData()); }
    MemoryCsv(const MemoryCsv &) = delete;
    MemoryCsv &operator=(const MemoryCsv &) = delete;
    const QByteArray &path() const { return m_path; }

private:
    QByteArray m_bytes;
    QByteArray m_path;
};

QStringList cellsOf(OGRFeature &feature, int columns)
{
    QStringList cells;
    for (int c = 0; c < columns; ++c)
        cells << (feature.IsFieldSetAndNotNull(c)
                      ? QString::fromUtf8(feature.GetFieldAsString(c)).trimmed()
                      : QString());
    return cells;
}

// How many bytes the file holds once unpacked: a CSV file's size, the sum of a workbook's zip
// entries as its directory states them (read without unpacking anything).
qint64 unpackedSize(const QString &path, bool csv)
{
    if (csv)
        return QFileInfo(path).size();
    const QByteArray root = "/vsizip/" + path.toUtf8();
    char **entries = VSIReadDirRecursive(root.constData());
    qint64 total = 0;
    for (char **entry = entries; entry && *entry; ++entry) {
        VSIStatBufL stat{};
        if (VSIStatL((root + '/' + *entry).constData(), &stat) == 0 && !VSI_ISDIR(stat.st_mode))
            total += qint64(stat.st_size);
    }
    CSLDestroy(entries);
    return total;
}

// Opens the file once and reads the sheet called `only` (the first when empty), or every sheet
// when `only` is nullopt.
Result<QList<Sheet>> load(const QString &path, const std::optional<QString> &only)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool csv = suffix == QLatin1String("csv");
    if (suffix != QLatin1String("xlsx") && !csv)
        return Error{
            SheetReader::tr("%1: only .xlsx and .csv spreadsheets can be read (save .xls files as "
                            ".xlsx in Excel or WPS first).")
                .arg(shown)};
    GDALAllRegister();
    // Before anything is parsed: the parser's memory grows with what it unpacks.
    if (const qint64 size = unpackedSize(path, csv); size > SheetReader::kMaxBytes)
        return Error{SheetReader::tr("%1 is too large to import: it holds %2 of data once "
                                     "unpacked, more than the %3 a ledger may have. (A small file "
                                     "that unpacks to this much is damaged or made to harm.)")
                         .arg(shown, QLocale().formattedDataSize(size),
                              QLocale().formattedDataSize(SheetReader::kMaxBytes))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{SheetReader::tr("Cannot read %1: %2").arg(shown, file.errorString())};
    QByteArray bytes = file.readAll();
    file.close();

    QByteArray openPath = path.toUtf8();
    std::optional<MemoryCsv> memory;
    if (csv) {
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        if (!isValidUtf8(bytes)) {
            // Chinese office CSV files are GBK (GB18030) when they are not UTF-8.
            QStringDecoder gbk("GB18030");
            if (!gbk.isValid())
                return Error{SheetReader::tr("%1 is not UTF-8, and this system cannot read GBK "
                                             "text. Save the file as \"CSV UTF-8\" and try again.")
                                 .arg(shown)};
            bytes = QString(gbk.decode(bytes)).toUtf8();
        }
        memory.emplace(std::move(bytes));
        openPath = memory->path();
    }
    // Every cell as text, no header row assumed: the importer decides. The XLSX driver reads
    // these two settings when it parses a sheet, which happens on the first access to the layer,
    // after the open: they stay in force until the last row is read, or GDAL takes row 1 for a
    // header whenever row 2 holds a number.
    CPLConfigOptionSetter xlsxHeaders("OGR_XLSX_HEADERS", "DISABLE", false);
    CPLConfigOptionSetter xlsxTypes("OGR_XLSX_FIELD_TYPES", "STRING", false);
    const char *const csvOptions[] = {"HEADERS=NO", "AUTODETECT_TYPE=NO", nullptr};
    const char *const drivers[] = {csv ? "CSV" : "XLSX", nullptr};
    GDALDatasetUniquePtr dataset(GDALDataset::Open(
        openPath.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, drivers,
        csv ? csvOptions : nullptr));
    if (!dataset || dataset->GetLayerCount() == 0)
        return Error{
            SheetReader::tr("%1 cannot be read as a spreadsheet: %2").arg(shown, gdalLastError())};
    QStringList names;
    for (int i = 0; i < dataset->GetLayerCount(); ++i)
        names << QString::fromUtf8(dataset->GetLayer(i)->GetName());
    if (csv)
        names = QStringList{QFileInfo(path).completeBaseName()};
    QList<Sheet> sheets;
    for (int i = 0; i < dataset->GetLayerCount(); ++i) {
        if (only && !(only->isEmpty() ? i == 0 : names[i] == *only))
            continue;
        OGRLayer *layer = dataset->GetLayer(i);
        Sheet sheet;
        sheet.name = names[i];
        sheet.sheetNames = names;
        sheet.csv = csv;
        const int columns = layer->GetLayerDefn()->GetFieldCount();
        if (columns > SheetReader::kMaxColumns)
            return Error{SheetReader::tr("%1: the sheet %2 has %3 columns; a ledger may have at "
                                         "most %4.")
                             .arg(shown, sheet.name)
                             .arg(columns)
                             .arg(SheetReader::kMaxColumns)};
        for (auto &feature : *layer) {
            if (sheet.rows.size() >= SheetReader::kMaxRows)
                return Error{SheetReader::tr("%1: the sheet %2 has more than %3 rows; a ledger "
                                             "may have at most %3.")
                                 .arg(shown, sheet.name)
                                 .arg(SheetReader::kMaxRows)};
            sheet.rows << cellsOf(*feature, columns);
        }
        sheets << sheet;
    }
    if (only && sheets.isEmpty())
        return Error{SheetReader::tr("%1 has no sheet named %2; its sheets are %3.")
                         .arg(shown, *only, names.join(QStringLiteral("、")))};
    return sheets;
}

} // namespace

Result<Sheet> SheetReader::read(const QString &path, const QString &sheetName)
{
    auto sheets = load(path, sheetName);
    if (!sheets)
        return sheets.error();
    return sheets->first();
}

Result<QList<Sheet>> SheetReader::readAll(const QString &path)
{
    return load(path, std::nullopt);
}
