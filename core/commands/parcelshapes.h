// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/geometry/parcelgeometry.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPointF>
#include <QSet>
#include <QVariantMap>

class OGRGeometry;
class ProjectDocument;
class ProjectFile;

// The edits of parcels' shapes, each one undoable step: draw a new parcel, reshape one (move,
// add or delete vertices), split one with a line, merge neighbours, delete. Every shape is
// checked first (ParcelGeometry: a valid polygon, no overlap with a neighbour beyond
// ParcelGeometry::kOverlapTolerance) and vertices near a neighbour's snap onto it, so shared
// edges are shared exactly. Areas: a split shares the registered area out in proportion to the
// measured pieces and a merge adds them up, so totals are kept; yearly figures (tax, output,
// investment) are shared out and added up the same way, so tax per mu and grades stay as they
// were. Links to projects follow the land (every piece of a split parcel stays linked). The
// history (parcel_events) records each shape change. GUI thread.
class ParcelShapes
{
    Q_DECLARE_TR_FUNCTIONS(ParcelShapes)
public:
    // Adds a parcel: `values` holds at least its code and status; the registered area is the
    // measured one unless given. Its status is recorded in its history on `date`.
    static Result<qint64> addParcel(ProjectDocument &document, QVariantMap values,
                                    const OGRGeometry &shape, const QDate &date,
                                    const QString &author);
    // The same for a shape drawn as one ring of corners (storage coordinates, not closed).
    static Result<qint64> addParcel(ProjectDocument &document, QVariantMap values,
                                    const QList<QPointF> &ring, const QDate &date,
                                    const QString &author);
    // Gives a parcel a new shape. A registered area that was the measured one (within 0.1 %)
    // follows the new shape; a registered area from the land register stays as it is.
    static Status reshapeParcel(ProjectDocument &document, qint64 fid, const OGRGeometry &shape,
                                const QString &author);
    // The same with only the outer ring of its (first) polygon replaced (vertex editing): holes
    // and further parts stay.
    static Status reshapeOuterRing(ProjectDocument &document, qint64 fid,
                                   const QList<QPointF> &ring, const QString &author);
    // The outer ring of a parcel's (first) polygon, without the closing vertex.
    static Result<QList<QPointF>> outerRing(ProjectFile &project, qint64 fid);
    // The park a shape lies in (the one holding its inner point); nullopt when none does.
    static Result<std::optional<qint64>> parkOf(ProjectFile &project, const OGRGeometry &shape);
    static Result<std::optional<qint64>> parkOf(ProjectFile &project, const QList<QPointF> &ring);
    // The parcels a line (storage coordinates) cuts through, by fid.
    static Result<QList<qint64>> crossedBy(ProjectFile &project, const QList<QPointF> &line);
    // Cuts a parcel with a line: the largest piece keeps the parcel (its code, history, links);
    // the others become new parcels CODE-1, CODE-2 … Returns every piece's fid, largest first.
    static Result<QList<qint64>> splitParcel(ProjectDocument &document, qint64 fid,
                                             const QList<QPointF> &line, const QString &author);
    // Merges adjacent parcels of one status into the first: it takes their land, history,
    // yearly figures and links; the others are deleted. Returns the kept fid.
    static Result<qint64> mergeParcels(ProjectDocument &document, const QList<qint64> &fids,
                                       const QString &author);
    // Deletes a parcel with its history, yearly figures and links to projects.
    static Status deleteParcel(ProjectDocument &document, qint64 fid);

    // The parcels near `shape` (within about 10 m), but not those in `exclude`, for the checks.
    static Result<QList<ParcelGeometry::Neighbour>>
    neighbours(ProjectFile &project, const OGRGeometry &shape, const QSet<qint64> &exclude);
    // Why `shape` cannot be a parcel here (invalid, or overlapping a neighbour); empty when it
    // can. For the map tools, before they commit.
    static QString shapeProblem(ProjectFile &project, const OGRGeometry &shape,
                                const QSet<qint64> &exclude);
    static QString shapeProblem(ProjectFile &project, const QList<QPointF> &ring,
                                const QSet<qint64> &exclude);
};
