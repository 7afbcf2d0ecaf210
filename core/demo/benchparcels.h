// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QString>

class ProjectFile;

// A scratch project for benchmarks (`bench-land`): the polygons of any GeoPackage layer (the
// shared 1M-parcel file) copied in EPSG:4490 as parcels of ten parks of one unit, with statuses,
// idle land, land uses, prices and registered areas a little off the measured ones, drawn from a
// fixed seed. Runs in one transaction on the given project; the R-tree is filled afterwards.
class BenchParcels
{
    Q_DECLARE_TR_FUNCTIONS(BenchParcels)
public:
    static Status copy(ProjectFile &project, const QString &source, const QString &layer);
};
