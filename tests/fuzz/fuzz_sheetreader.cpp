// SPDX-License-Identifier: GPL-3.0-or-later
// Office spreadsheets through GDAL's CSV and XLSX drivers. SheetReader reads a file by its suffix,
// so the input is written to a temporary file: .xlsx when it starts with 'P' (a ZIP archive starts
// with "PK"), .csv otherwise.
#include "core/io/sheetreader.h"
#include "fuzzing.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

#include <cpl_error.h>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzzing::start();
    if (!qEnvironmentVariableIsSet("FUZZ_VERBOSE"))
        CPLSetErrorHandler(CPLQuietErrorHandler); // SheetReader still reads the last message
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir; // one per process: parallel fuzzing jobs never share a file
    // GDAL caches an archive's table of contents by name, size and modification time; every input
    // gets a later time so that no input is read through the previous one's table.
    static qint64 stamp = QDateTime::currentSecsSinceEpoch();
    FUZZ_CHECK(dir.isValid());
    const bool xlsx = size > 0 && data[0] == 'P';
    const QString path
        = dir.filePath(xlsx ? QStringLiteral("sheet.xlsx") : QStringLiteral("sheet.csv"));
    {
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        FUZZ_CHECK(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size));
        FUZZ_CHECK(file.setFileTime(QDateTime::fromSecsSinceEpoch(++stamp),
                                    QFileDevice::FileModificationTime));
    }
    const auto sheet = SheetReader::read(path);
    if (!sheet) {
        FUZZ_CHECK(!sheet.errorMessage().isEmpty());
    } else {
        FUZZ_CHECK(!sheet->sheetNames.isEmpty());
        // Every row of a sheet has the sheet's width: the importer indexes cells by column.
        for (const QStringList &row : sheet->rows)
            FUZZ_CHECK(row.size() == sheet->rows.first().size());
        // A workbook's other sheets are found by name.
        if (sheet->sheetNames.size() > 1) {
            const auto last = SheetReader::read(path, sheet->sheetNames.last());
            FUZZ_CHECK(last.ok());
        }
    }
    QFile::remove(path);
    return 0;
}
