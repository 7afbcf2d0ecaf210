// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>

class OGRGeometry;

// GDAL's last error message as a QString (GDAL messages are UTF-8 and English).
QString gdalLastError();

// One record read from a foreign table: field name → text, plus its geometry (if any).
struct GdalRecord
{
    QMap<QString, QString> fields;
    std::shared_ptr<OGRGeometry> geometry;
};

// Reads every record of the first layer of an in-memory file (CSV, GeoJSON …) through GDAL,
// the one gateway for foreign formats. `fileName` gives GDAL the extension to pick a driver.
Result<QList<GdalRecord>> readGdalRecords(const QByteArray &contents, const QString &fileName);
