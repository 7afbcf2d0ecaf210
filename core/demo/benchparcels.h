// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QString>

class ProjectFile;

// A scratch project for benchmarks (`bench-land`): the polygons of any GeoPackage layer (the
// shared 1M-parcel file) copied in EPSG:4490 as parcels of ten parks of one unit, with statuses,
// idle land, land uses and prices drawn from a
// fixed seed. Registered areas are drawn log-uniform from 5 to 500 亩 (the cells measure 0.9 亩):
// matching sees the spread of sizes a county's register has. Runs in one transaction on the
// given project; the R-tree is filled afterwards.
class BenchParcels
{
    Q_DECLARE_TR_FUNCTIONS(BenchParcels)
public:
    static Status copy(ProjectFile &project, const QString &source, const QString &layer);
};
