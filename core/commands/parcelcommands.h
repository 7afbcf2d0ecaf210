// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/commands/changeset.h"
#include "core/domain/landgrade.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPointF>
#include <QVariantMap>

class ProjectDocument;
class ProjectFile;

// The edits of land parcels' attributes and lives, each one undoable step (Commands::apply):
// status changes and idle or low-efficiency findings with their dates, recorded in the parcel's
// history (parcel_events); revitalisation (盘活) with the area it brought back; attributes;
// yearly 亩均 figures; a unit's grade lines; links between parcels and projects; a project's
// point. The parcel's stored 亩均 grade (parcels.grade, for the thematic map) is recomputed in
// the same step whenever what it depends on changes. Shapes are edited by ParcelShapes.
// GUI thread (the document's).
class ParcelCommands
{
    Q_DECLARE_TR_FUNCTIONS(ParcelCommands)
public:
    // Moves a parcel to `status` on `date` (ParcelLifecycle::transitionProblem decides whether it
    // may). An idle or low-efficiency category that does not fit the new status ends on the same
    // day and is recorded as revitalised (盘活) with the parcel's area: idle land built on,
    // supplied or taken back, a low-efficiency plot reaching its standard.
    static Status changeStatus(ProjectDocument &document, qint64 fid, const QString &status,
                               const QDate &date, const QString &author, const QString &note = {});
    // Finds a parcel idle or low-efficiency (`category`, which must fit its status) from `date`;
    // an empty category records it revitalised (盘活) on `date` and clears it.
    static Status setCategory(ProjectDocument &document, qint64 fid, const QString &category,
                              const QDate &date, const QString &author, const QString &note = {});
    // Adds a note to a parcel's history.
    static Status addNote(ProjectDocument &document, qint64 fid, const QDate &date,
                          const QString &text, const QString &author);
    // Changes attribute columns (not status, category or their dates: changeStatus and
    // setCategory record those). Refused when the result breaks ParcelLifecycle::check.
    static Status editParcel(ProjectDocument &document, qint64 fid, const QVariantMap &changes);
    // Sets (or with empty `values`, removes) a parcel's figures of a year: tax_wan, output_wan,
    // investment_wan, far.
    static Status setYearFigures(ProjectDocument &document, qint64 fid, int year,
                                 const QVariantMap &values);
    // Stores a unit's grade lines and regrades its parcels.
    static Status setGradeThresholds(ProjectDocument &document, qint64 unitFid,
                                     const GradeThresholds &lines);
    // Links parcels to a project (those already linked are left alone) and unlinks `remove`.
    static Status linkParcels(ProjectDocument &document, qint64 projectFid,
                              const QList<qint64> &add, const QList<qint64> &remove = {});
    // Places or moves a project's point (CGCS2000 longitude/latitude).
    static Status moveProjectPoint(ProjectDocument &document, qint64 projectFid,
                                   const QPointF &lonLat);

    // Building blocks for ParcelShapes:
    // a parcel's row (every column), or an Error naming it when it is gone;
    static Result<QVariantMap> readParcel(ProjectFile &project, qint64 fid);
    // a history row;
    static RowChange event(qint64 parcelFid, qint64 key, const QString &kind, const QDate &date,
                           const QVariantMap &values);
    // the stored grade `parcel` (a whole row, after the edit) should have: from its latest
    // year's figures (`years`, or read from the file when null) or, without any, its recorded
    // tax per mu; by `lines`, or when null the lines of its park's unit. Sets "grade" in
    // `parcel`.
    static Status regrade(ProjectFile &project, QVariantMap &parcel,
                          const QList<QVariantMap> *years = nullptr,
                          const GradeThresholds *lines = nullptr);
};
