// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/gdalutil.h"

#include <QAtomicInteger>

#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

QString gdalLastError()
{
    const char *message = CPLGetLastErrorMsg();
    return message && *message ? QString::fromUtf8(message)
                               : QCoreApplication::translate("Gdal", "GDAL gave no details");
}

Result<QList<GdalRecord>> readGdalRecords(const QByteArray &contents, const QString &fileName)
{
    GDALAllRegister();
    static QAtomicInteger<int> counter;
    const QByteArray memPath = QStringLiteral("/vsimem/investatlas-%1-%2")
                                   .arg(counter.fetchAndAddRelaxed(1))
                                   .arg(fileName)
                                   .toUtf8();
    // GDAL reads the bytes in place; `contents` outlives the dataset below.
    VSILFILE *mem = VSIFileFromMemBuffer(
        memPath.constData(), reinterpret_cast<GByte *>(const_cast<char *>(contents.constData())),
        vsi_l_offset(contents.size()), FALSE);
    if (!mem)
        return Error{QCoreApplication::translate("Gdal", "Cannot read %1.").arg(fileName)};
    VSIFCloseL(mem);

    QList<GdalRecord> records;
    {
        GDALDatasetUniquePtr dataset(
            GDALDataset::Open(memPath.constData(), GDAL_OF_VECTOR | GDAL_OF_VERBOSE_ERROR));
        if (!dataset || dataset->GetLayerCount() < 1) {
            VSIUnlink(memPath.constData());
            return Error{QCoreApplication::translate("Gdal", "Cannot read %1: %2")
                             .arg(fileName, gdalLastError())};
        }
        OGRLayer *layer = dataset->GetLayer(0);
        OGRFeatureDefn *definition = layer->GetLayerDefn();
        for (auto &feature : *layer) {
            GdalRecord record;
            for (int i = 0; i < definition->GetFieldCount(); ++i) {
                record.fields.insert(QString::fromUtf8(definition->GetFieldDefn(i)->GetNameRef()),
                                     feature->IsFieldSetAndNotNull(i)
                                         ? QString::fromUtf8(feature->GetFieldAsString(i))
                                         : QString());
            }
            if (OGRGeometry *geometry = feature->StealGeometry())
                record.geometry.reset(geometry);
            records << record;
        }
    }
    VSIUnlink(memPath.constData());
    return records;
}
