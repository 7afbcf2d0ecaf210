// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>

class ProjectDocument;
class ProjectFile;

// One slide of a tour: where the map goes, which layers it shows, a title and a short text in
// Chinese and English, and how long it stays (0: until the presenter moves on).
struct Slide
{
    enum class Kind {
        View,      // a saved extent
        ParkPlots, // a park, then a zoom to its available plots (reserve and listed land)
    };
    qint64 id = 0;
    Kind kind = Kind::View;
    QString titleZh, titleEn, textZh, textEn;
    QRectF lonLat;      // View: the extent (CGCS2000 degrees)
    QStringList layers; // the layers shown, by id; empty: as the map shows them
    qint64 parkId = 0;  // ParkPlots
    double seconds = 0; // advance after this many seconds; 0: by hand

    // The title and text in a language, the other one where it is empty.
    QString title(bool english) const;
    QString text(bool english) const;
    bool operator==(const Slide &) const = default;
};

struct Tour
{
    qint64 id = 0; // 0: not saved yet
    QString name;
    QList<Slide> slides;
    bool operator==(const Tour &) const = default;
};

// Where a slide takes the map: the extent its transition starts from (a ParkPlots slide: the
// park) and the one it ends on (Web Mercator), and the parcels it shows alone (the available
// plots), resolved against the project as it is now.
struct SlideStop
{
    QRectF from; // null: wherever the map is
    QRectF to;
    bool highlightsParcels = false;
    QSet<qint64> parcels; // when highlightsParcels: the parcels drawn
    QString title, text;  // resolved (a ParkPlots slide gets its park's name and figures)
};

// The tours of a project (schema 5: tables tours and tour_slides), read and written. Saving is
// one undoable command (Commands), so a tour's edit is undone like any other. The thread that
// owns the project.
class Tours
{
    Q_DECLARE_TR_FUNCTIONS(Tours)
public:
    static Result<QList<Tour>> list(ProjectFile &project);
    // Writes `tour` (inserted when its id is 0, replacing its slides otherwise); returns its id.
    static Result<qint64> save(ProjectDocument &document, const Tour &tour);
    static Status remove(ProjectDocument &document, qint64 tourId);
    static Result<SlideStop> resolve(ProjectFile &project, const Slide &slide, bool english);
    // A ParkPlots slide for a park, titled from its name.
    static Result<Slide> parkPlotsSlide(ProjectFile &project, qint64 parkId);
};
