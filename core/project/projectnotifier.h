// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/projectchange.h"

#include <QObject>

// Announces every change to an open project's data, with the rows and fields it touched. One per
// ProjectDocument, on the GUI thread. The ledger model, the map, the details panel and the status
// bar subscribe themselves; nobody routes refreshes by hand.
class ProjectNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void changed(const ProjectChange &change);
    // An undo or redo failed (disk full, file locked): the data is as it was before the attempt.
    void commandFailed(const QString &message);
};
