// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/gis/vectorimport.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

class ProjectFile;

// The sanity check of a source read by VectorImport::read, before anything is planned: where
// would the data land? Outside China, or far from the project's own data, it says so and works
// out the likely fix from the coordinates themselves — the zone number missing or counted twice,
// x and y swapped, degrees read as metres, the wrong zone — by trying each candidate on the
// source's extent. It also passes on the signs of a Chinese web map (GCJ-02/BD-09). Pure
// functions of their arguments; any thread.
class ImportCheck
{
    Q_DECLARE_TR_FUNCTIONS(ImportCheck)
public:
    struct Suggestion
    {
        QString warning;            // what looks wrong (translated)
        QString fix;                // what applying changes (translated); empty: no fix known
        QString sourceCrs;          // read the source in this CRS ("EPSG:4549"); empty: as it is
        std::optional<bool> swapXY; // set the options' swapXY to this
        std::optional<VectorImport::WebOffset> webOffset;
        bool hasFix() const { return !fix.isEmpty(); }
        // The options with the fix applied.
        VectorImport::Options applied(VectorImport::Options options) const;
    };

    // The extent of the project's own features (units, parks, parcels, enclaves) in CGCS2000
    // longitude/latitude; null when it has none.
    static QRectF projectExtent(ProjectFile &project);
    // Where the project's features of the options' layer that the source's features name (by
    // their title field: a parcel's code, a park's name …) lie: title → centre, longitude/latitude.
    static QHash<QString, QPointF> knownPositions(ProjectFile &project,
                                                  const VectorImport::Source &source,
                                                  const VectorImport::Options &options);
    // `known` (from knownPositions): features the project already has, to tell a consistent
    // offset of several hundred metres, the mark of a web map, from data that is simply new.
    static QList<Suggestion> run(const VectorImport::Source &source,
                                 const VectorImport::Options &options, const QRectF &project,
                                 const QHash<QString, QPointF> &known = {});
};
