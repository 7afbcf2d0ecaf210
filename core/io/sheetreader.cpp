// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/sheetreader.h"

#include "core/io/gdalutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(bytes); // decoding is lazy until converted
    Q_UNUSED(decoded)
    return !decoder.hasError();
}

} // namespace

Result<Sheet> SheetReader::read(const QString &path, const QString &sheetName)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        return Error{
            tr("%1: only .xlsx and .csv spreadsheets can be read (save .xls files as .xlsx "
               "in Excel or WPS first).")
                .arg(shown)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(shown, file.errorString())};
    QByteArray bytes = file.readAll();
    file.close();

    GDALAllRegister();
    QByteArray openPath = path.toUtf8();
    QByteArray memPath;
    if (suffix == QLatin1String("csv")) {
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        if (!isValidUtf8(bytes)) {
            // Chinese office CSV files are GBK (GB18030) when they are not UTF-8.
            QStringDecoder gbk("GB18030");
            if (!gbk.isValid())
                return Error{tr("%1 is not UTF-8, and this system cannot read GBK text. Save the "
                                "file as \"CSV UTF-8\" and try again.")
                                 .arg(shown)};
            bytes = QString(gbk.decode(bytes)).toUtf8();
        }
        memPath = QByteArray("/vsimem/investatlas-sheet-") + QByteArray::number(quintptr(&bytes))
                  + ".csv";
        VSILFILE *mem
            = VSIFileFromMemBuffer(memPath.constData(), reinterpret_cast<GByte *>(bytes.data()),
                                   vsi_l_offset(bytes.size()), FALSE);
        VSIFCloseL(mem);
        openPath = memPath;
    }
    // Every cell as text, no header row assumed: the importer decides.
    const char *csvOptions[] = {"HEADERS=NO", "AUTODETECT_TYPE=NO", nullptr};
    CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "DISABLE");
    CPLSetThreadLocalConfigOption("OGR_XLSX_FIELD_TYPES", "STRING");
    CPLSetThreadLocalConfigOption("OGR_CSV_HEADERS", nullptr);
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(openPath.constData(), GDAL_OF_VECTOR | GDAL_OF_VERBOSE_ERROR, nullptr,
                          suffix == QLatin1String("csv") ? csvOptions : nullptr));
    CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", nullptr);
    CPLSetThreadLocalConfigOption("OGR_XLSX_FIELD_TYPES", nullptr);
    auto cleanup = [&] {
        if (!memPath.isEmpty())
            VSIUnlink(memPath.constData());
    };
    if (!dataset || dataset->GetLayerCount() == 0) {
        const QString why = gdalLastError();
        cleanup();
        return Error{tr("%1 cannot be read as a spreadsheet: %2").arg(shown, why)};
    }
    Sheet sheet;
    OGRLayer *layer = nullptr;
    for (int i = 0; i < dataset->GetLayerCount(); ++i) {
        const QString name = QString::fromUtf8(dataset->GetLayer(i)->GetName());
        sheet.sheetNames << name;
        if (!layer && (sheetName.isEmpty() || name == sheetName))
            layer = dataset->GetLayer(i);
    }
    if (!layer) {
        cleanup();
        return Error{tr("%1 has no sheet named %2; its sheets are %3.")
                         .arg(shown, sheetName, sheet.sheetNames.join(QStringLiteral("、")))};
    }
    const int columns = layer->GetLayerDefn()->GetFieldCount();
    for (auto &feature : *layer) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << (feature->IsFieldSetAndNotNull(c)
                          ? QString::fromUtf8(feature->GetFieldAsString(c)).trimmed()
                          : QString());
        sheet.rows << cells;
    }
    dataset.reset();
    cleanup();
    return sheet;
}
