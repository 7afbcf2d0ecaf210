// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

class ProjectFile;

// Saved map views ("bookmarks") stored in the project file, so a park or a county is one click
// away for everyone who opens the project. Extents are kept in longitude/latitude (CGCS2000).
struct MapView
{
    qint64 id = 0;
    QString name;
    QRectF lonLat;
};

class MapViews
{
    Q_DECLARE_TR_FUNCTIONS(MapViews)
public:
    static Result<QList<MapView>> list(ProjectFile &project);
    // Saves under `name`, replacing a view of the same name.
    static Status save(ProjectFile &project, const QString &name, const QRectF &lonLat);
    static Status remove(ProjectFile &project, qint64 id);
};
