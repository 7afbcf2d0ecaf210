// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/tiles/mbtileswriter.h"

#include <utility>

namespace {

constexpr int kBatch = 256;

int tmsRow(const TileId &id)
{
    return (1 << id.z) - 1 - id.y; // MBTiles rows count from the south
}

} // namespace

MbTilesWriter::MbTilesWriter(MbTilesWriter &&other) noexcept
    : m_db(std::move(other.m_db))
    , m_pending(std::exchange(other.m_pending, 0))
{}

MbTilesWriter::~MbTilesWriter()
{
    (void)flush();
}

Result<MbTilesWriter> MbTilesWriter::open(const QString &path)
{
    auto db = SqliteDb::open(path, SqliteDb::Mode::Create);
    if (!db)
        return db.error();
    MbTilesWriter writer;
    writer.m_db = db.takeValue();
    if (Status done = writer.m_db.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS metadata (name TEXT PRIMARY KEY, value TEXT);"
            "CREATE TABLE IF NOT EXISTS tiles (zoom_level INTEGER, tile_column INTEGER, "
            "tile_row INTEGER, tile_data BLOB, PRIMARY KEY (zoom_level, tile_column, "
            "tile_row));"));
        !done)
        return done.error();
    return writer;
}

Status MbTilesWriter::setMetadata(const Metadata &metadata)
{
    auto stmt = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO metadata (name, value) VALUES (?1, ?2)"));
    if (!stmt)
        return stmt.error();
    const std::pair<const char *, QString> rows[] = {
        {"name", metadata.name},
        {"format", metadata.format},
        {"attribution", metadata.attribution},
        {"description", metadata.description},
        {"type", QStringLiteral("baselayer")},
        {"version", QStringLiteral("1.3")},
        {"minzoom", QString::number(metadata.minZoom)},
        {"maxzoom", QString::number(metadata.maxZoom)},
    };
    for (const auto &[name, value] : rows) {
        stmt->bindAll({QLatin1String(name), value});
        if (Status done = stmt->run(); !done)
            return done;
    }
    return {};
}

bool MbTilesWriter::contains(const TileId &id)
{
    auto found = m_db.scalar(QStringLiteral("SELECT 1 FROM tiles WHERE zoom_level = ?1 AND "
                                            "tile_column = ?2 AND tile_row = ?3"),
                             {id.z, id.x, tmsRow(id)});
    return found && found->isValid();
}

Status MbTilesWriter::add(const TileId &id, const QByteArray &bytes)
{
    if (m_pending == 0) {
        if (Status begun = m_db.exec(QStringLiteral("BEGIN")); !begun)
            return begun;
    }
    auto stmt = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO tiles (zoom_level, "
                                            "tile_column, tile_row, tile_data) VALUES (?1, ?2, "
                                            "?3, ?4)"));
    if (!stmt)
        return stmt.error();
    stmt->bindAll({id.z, id.x, tmsRow(id), bytes});
    if (Status done = stmt->run(); !done)
        return done;
    if (++m_pending >= kBatch)
        return flush();
    return {};
}

Status MbTilesWriter::flush()
{
    if (m_pending == 0)
        return {};
    m_pending = 0;
    return m_db.exec(QStringLiteral("COMMIT"));
}

qint64 MbTilesWriter::tileCount()
{
    auto count = m_db.scalar(QStringLiteral("SELECT count(*) FROM tiles"));
    return count ? count->toLongLong() : 0;
}
