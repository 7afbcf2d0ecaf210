// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/mapviews.h"

#include "core/storage/projectfile.h"

Result<QList<MapView>> MapViews::list(ProjectFile &project)
{
    auto stmt = project.db().prepare(
        QStringLiteral("SELECT id, name, min_x, min_y, max_x, max_y FROM map_views ORDER BY name"));
    if (!stmt)
        return stmt.error();
    QList<MapView> views;
    Status done = stmt->forEachRow([&] {
        views.append(
            {stmt->int64(0), stmt->text(1),
             QRectF(QPointF(stmt->real(2), stmt->real(3)), QPointF(stmt->real(4), stmt->real(5)))});
    });
    if (!done)
        return done.error();
    return views;
}

Status MapViews::save(ProjectFile &project, const QString &name, const QRectF &lonLat)
{
    if (name.trimmed().isEmpty())
        return Error{tr("A saved view needs a name.")};
    if (lonLat.isEmpty())
        return Error{tr("There is no map view to save.")};
    SqliteTransaction transaction(project.db());
    if (!transaction.begun())
        return transaction.begun();
    auto stmt = project.db().prepare(QStringLiteral(
        "INSERT INTO map_views (name, min_x, min_y, max_x, max_y) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(name) DO UPDATE SET min_x = excluded.min_x, min_y = excluded.min_y, "
        "max_x = excluded.max_x, max_y = excluded.max_y"));
    if (!stmt)
        return stmt.error();
    stmt->bindAll({name.trimmed(), lonLat.left(), lonLat.top(), lonLat.right(), lonLat.bottom()});
    if (Status done = stmt->run(); !done)
        return done;
    return transaction.commit();
}

Status MapViews::remove(ProjectFile &project, qint64 id)
{
    auto stmt = project.db().prepare(QStringLiteral("DELETE FROM map_views WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    return stmt->run();
}
