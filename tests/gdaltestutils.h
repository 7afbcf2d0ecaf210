// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test inputs written through GDAL: layers in any format and CRS, ZIP archives.
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

namespace GdalTestUtils {

struct SourceFeature
{
    QStringList values;
    QString wkt;
};

// Writes a layer with string fields through GDAL; `epsg` 0 writes no CRS (no .prj).
// A second call with another `layerName` adds a layer to a file that can hold several.
inline void writeLayer(const QString &path, const char *driver, int epsg, const QStringList &fields,
                       const QList<SourceFeature> &features, const QStringList &layerOptions = {},
                       OGRwkbGeometryType type = wkbUnknown, const char *layerName = "src")
{
    GDALAllRegister();
    GDALDriver *d = GetGDALDriverManager()->GetDriverByName(driver);
    QVERIFY(d);
    GDALDatasetUniquePtr ds(QString::fromLatin1(layerName) != QLatin1String("src")
                                ? GDALDatasetUniquePtr(GDALDataset::Open(
                                    path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE))
                                : GDALDatasetUniquePtr(d->Create(path.toUtf8().constData(), 0, 0, 0,
                                                                 GDT_Unknown, nullptr)));
    QVERIFY(ds);
    OGRSpatialReference srs;
    if (epsg)
        srs.importFromEPSG(epsg);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER); // x = longitude, as the WKT below
    CPLStringList options;
    for (const QString &option : layerOptions)
        options.AddString(option.toUtf8().constData());
    OGRLayer *layer = ds->CreateLayer(layerName, epsg ? &srs : nullptr, type, options.List());
    QVERIFY(layer);
    for (const QString &name : fields) {
        if (layer->GetLayerDefn()->GetFieldIndex(name.toUtf8().constData()) >= 0)
            continue; // one of the driver's own (GPX's name)
        OGRFieldDefn field(name.toUtf8().constData(), OFTString);
        QCOMPARE(layer->CreateField(&field), OGRERR_NONE);
    }
    for (const SourceFeature &f : features) {
        OGRFeature feature(layer->GetLayerDefn());
        // By name: drivers with fields of their own (GPX) put ours after theirs.
        for (int i = 0; i < f.values.size(); ++i)
            feature.SetField(fields[i].toUtf8().constData(), f.values[i].toUtf8().constData());
        OGRGeometry *geometry = nullptr;
        if (!f.wkt.isEmpty()) {
            const QByteArray wkt = f.wkt.toLatin1();
            QCOMPARE(OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &geometry),
                     OGRERR_NONE);
            feature.SetGeometryDirectly(geometry);
        }
        QCOMPARE(layer->CreateFeature(&feature), OGRERR_NONE);
    }
}

// Adds a file to a ZIP archive (created on the first call) through GDAL's /vsizip/.
inline bool zipAdd(const QString &zip, const QString &inside, const QString &from)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = in.readAll();
    VSILFILE *out
        = VSIFOpenL((QStringLiteral("/vsizip/") + zip + u'/' + inside).toUtf8().constData(), "wb");
    if (!out)
        return false;
    const bool ok
        = VSIFWriteL(bytes.constData(), 1, size_t(bytes.size()), out) == size_t(bytes.size());
    VSIFCloseL(out);
    return ok;
}

} // namespace GdalTestUtils
