// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/map/snapping.h"
#include "ui/map/maptool.h"

#include <QList>
#include <QPointF>
#include <QPointer>

#include <functional>

class ProjectDocument;

// The base of the tools that edit the project on the map (draw, reshape, split parcels, place
// projects, link parcels): the document they commit to (every commit one undoable command),
// conversions between widget pixels, map units (Web Mercator) and storage longitude/latitude,
// snapping to the parcels in view, and a message for the status bar after each attempt (a
// refusal says why). Geometry rules live in core (ParcelGeometry, ParcelShapes, Snapping).
class EditTool : public MapTool
{
    Q_OBJECT
public:
    using MapTool::MapTool;

    void setDocument(ProjectDocument *document) { m_document = document; }
    ProjectDocument *document() const { return m_document; }
    // The project the tool works for (placing, linking); 0 when none is chosen.
    void setCurrentProject(std::function<qint64()> current)
    {
        m_currentProject = std::move(current);
    }

    // Pixels within which a point snaps to a vertex or an edge.
    static constexpr double kSnapPixels = 10;

Q_SIGNALS:
    // After each attempt: what was done, or why not (problem).
    void message(const QString &text, bool problem);

protected:
    qint64 currentProject() const { return m_currentProject ? m_currentProject() : 0; }
    QPointF toMap(const QPointF &pixel) const;
    QPointF toPixel(const QPointF &map) const;
    static QPointF lonLat(const QPointF &map);
    static QPointF fromLonLat(const QPointF &lonLat);
    // The point under `pixel` snapped to the parcels in view (and to `extra`, map units).
    Snapping::Result snapped(const QPointF &pixel, const QList<QPointF> &extra = {}) const;
    // The parcel drawn under `pixel`; 0 when none.
    qint64 parcelAt(const QPointF &pixel) const;
    // The keys of a tool that collects points: Return/Enter calls `finish`, Backspace takes back
    // the last point, Escape drops them all. Accepts the event when it was one of those.
    void pointKeys(QKeyEvent *event, QList<QPointF> &points, const std::function<void()> &finish);
    // True, with the reason said, when there is no document or it may not be edited.
    bool cannotEdit();
    void done(const QString &text) { Q_EMIT message(text, false); }
    void refused(const QString &text) { Q_EMIT message(text, true); }

private:
    ProjectDocument *m_document = nullptr; // set to null before it goes
    std::function<qint64()> m_currentProject;
};
