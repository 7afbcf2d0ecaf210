// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/tools/projectlandtool.h"

#include "core/commands/parcelcommands.h"
#include "core/project/lookups.h"
#include "core/project/projectdocument.h"
#include "ui/map/mapcanvas.h"

#include <QLocale>
#include <QMouseEvent>

ProjectLandTool::ProjectLandTool(MapCanvas *canvas, Mode mode)
    : EditTool(canvas)
    , m_mode(mode)
{
    setObjectName(mode == Mode::Place ? QStringLiteral("placeProject")
                                      : QStringLiteral("linkParcels"));
}

void ProjectLandTool::canvasPressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    clickAt(event->position());
}

bool ProjectLandTool::clickAt(const QPointF &pixel)
{
    if (cannotEdit())
        return false;
    const qint64 project = currentProject();
    if (!project) {
        refused(tr("Choose a project in the ledger first."));
        return false;
    }
    ProjectDocument &doc = *document();
    if (m_mode == Mode::Place) {
        const QPointF where = lonLat(toMap(pixel));
        if (Status placed = ParcelCommands::moveProjectPoint(doc, project, where); !placed) {
            refused(placed.errorMessage());
            return false;
        }
        done(tr("The project is placed at %1°E, %2°N. Edit → Undo moves it back.")
                 .arg(where.x(), 0, 'f', 5)
                 .arg(where.y(), 0, 'f', 5));
        return true;
    }
    const qint64 parcel = parcelAt(pixel);
    if (!parcel) {
        refused(tr("Click a parcel to link it to the project (again to unlink it)."));
        return false;
    }
    auto linked = Lookups::linkedParcels(doc.store(), project);
    if (!linked) {
        refused(linked.errorMessage());
        return false;
    }
    const bool unlink = linked->contains(parcel);
    const Status done = unlink ? ParcelCommands::linkParcels(doc, project, {}, {parcel})
                               : ParcelCommands::linkParcels(doc, project, {parcel});
    if (!done) {
        refused(done.errorMessage());
        return false;
    }
    auto need = Lookups::landNeed(doc.store(), project);
    const QLocale l;
    QString text = unlink ? tr("Parcel unlinked.") : tr("Parcel linked.");
    if (need) {
        text += QLatin1Char(' ')
                + (need->needMu ? tr("%1 mu needed, %2 mu linked.")
                                      .arg(l.toString(*need->needMu, 'f', 1),
                                           l.toString(need->linkedMu, 'f', 1))
                                : tr("%1 mu linked.").arg(l.toString(need->linkedMu, 'f', 1)));
    }
    if (need && need->differs())
        refused(QStringLiteral("⚠ ") + text); // done, but off the need: said as a warning
    else
        this->done(text);
    return true;
}
