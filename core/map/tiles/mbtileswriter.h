// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/map/tiles/tilesource.h"
#include "core/storage/sqlitedb.h"

#include <QCoreApplication>
#include <QString>

// Writes raster tiles into an MBTiles file (SQLite, TMS rows), as MbTilesSource reads them: the
// offline basemap of a tour, a test's basemap. Tiles already in the file are kept (a download
// that was interrupted resumes); metadata is replaced. Owns its connection; one thread.
class MbTilesWriter
{
    Q_DECLARE_TR_FUNCTIONS(MbTilesWriter)
public:
    struct Metadata
    {
        QString name;
        QString format = QStringLiteral("png"); // png, jpg or webp
        QString attribution;
        QString description;
        int minZoom = 0, maxZoom = 18;
    };

    // Opens (creating when needed) the file at `path`.
    static Result<MbTilesWriter> open(const QString &path);
    MbTilesWriter(MbTilesWriter &&other) noexcept;
    ~MbTilesWriter(); // commits what was added

    Status setMetadata(const Metadata &metadata);
    bool contains(const TileId &id);
    Status add(const TileId &id, const QByteArray &bytes);
    qint64 tileCount();
    // Commits what was added so far (adds are batched in transactions of a few hundred).
    Status flush();

private:
    MbTilesWriter() = default;
    SqliteDb m_db;
    int m_pending = 0;
};
