// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/projectdocument.h"

#include "core/map/mapdocument.h"
#include "core/project/projectnotifier.h"
#include "core/storage/projectfile.h"
#include "core/storage/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

Result<std::unique_ptr<ProjectDocument>> ProjectDocument::open(const QString &path)
{
    auto store = ProjectFile::open(path);
    if (!store)
        return store.error();
    auto document = std::make_unique<ProjectDocument>(store.takeValue());
    if (Status opened = document->openMap(); !opened)
        return opened.error();
    return document;
}

ProjectDocument::ProjectDocument(std::unique_ptr<ProjectFile> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_undoStack(new QUndoStack(this))
    , m_notifier(new ProjectNotifier(this))
    , m_map(new MapDocument(this))
{
    // The map re-reads exactly the features an edit touched.
    connect(m_notifier, &ProjectNotifier::changed, m_map, [this](const ProjectChange &change) {
        for (const QString &table : change.tables())
            m_map->invalidate(table, change.table(table).all());
    });
    // Every committed change reaches the main file at once: copying or mailing the .gpkg alone
    // (without its -wal) never loses an edit. A failed checkpoint only delays that; it is retried
    // after the next change and when the project closes.
    connect(m_notifier, &ProjectNotifier::changed, this, [this] { (void)m_store->checkpoint(); });
    // SQLite's data_version changes when another connection commits: a cheap poll that finds
    // edits made by a second window, QGIS or a script.
    auto *watch = new QTimer(this);
    connect(watch, &QTimer::timeout, this, &ProjectDocument::checkForExternalChanges);
    watch->start(2000);
    checkForExternalChanges();
}

ProjectDocument::~ProjectDocument()
{
    // Commands on the stack refer to the store: they go first.
    delete m_undoStack;
}

QString ProjectDocument::path() const
{
    return m_store->path();
}

void ProjectDocument::checkForExternalChanges()
{
    auto version = m_store->db().scalar(QStringLiteral("PRAGMA data_version"));
    if (!version)
        return; // locked for a moment: look again next time
    const qint64 now = version->toLongLong();
    const bool changed = m_dataVersion >= 0 && now != m_dataVersion;
    m_dataVersion = now;
    if (!changed)
        return;
    m_undoStack->clear(); // its commands hold rows as they were before the other program wrote
    (void)m_map->reload(*m_store);
    announceEverything();
    Q_EMIT changedElsewhere();
}

void ProjectDocument::announceEverything()
{
    ProjectChange everything;
    for (const QString &table : Schema::featureTables() + Schema::ledgerTables())
        everything.touchTable(table);
    Q_EMIT m_notifier->changed(everything);
}

bool ProjectDocument::isPublic() const
{
    return m_store->isPublic();
}

Status ProjectDocument::setPublicMode(bool on)
{
    if (on == isPublic())
        return {};
    m_store->setAudience(on ? Fields::Audience::Public : Fields::Audience::Office);
    // The layers read again as the new audience; should that fail, the map shows nothing
    // rather than what it showed before.
    Status reloaded = m_map->reload(*m_store);
    announceEverything();
    Q_EMIT publicModeChanged(on);
    return reloaded;
}

Status ProjectDocument::openMap()
{
    return m_map->open(*m_store);
}

Status ProjectDocument::saveMapState()
{
    if (m_store->isReadOnly())
        return {}; // the layer settings live for this session only
    return m_map->save(*m_store);
}

Status ProjectDocument::saveCopy(const QString &path)
{
    return m_store->saveCopy(path);
}
