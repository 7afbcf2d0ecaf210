// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/tiles/tilesource.h"

#include "core/map/crs/mercator.h"
#include "core/map/render/mapsettings.h"
#include "core/storage/sqlitedb.h"

#include <QBuffer>
#include <QFileInfo>
#include <QHashFunctions>
#include <QImageReader>

#include <cmath>
#include <future>

size_t qHash(const TileId &id, size_t seed)
{
    return qHashMulti(seed, id.z, id.x, id.y);
}

TileCache::TileCache(qint64 maxBytes)
    : m_cache(maxBytes)
{}

bool TileCache::find(const TileId &id, QImage *image) const
{
    std::lock_guard lock(m_mutex);
    if (const QImage *cached = m_cache.object(id)) {
        *image = *cached;
        return true;
    }
    return false;
}

void TileCache::insert(const TileId &id, const QImage &image)
{
    std::lock_guard lock(m_mutex);
    m_cache.insert(id, new QImage(image), std::max<qsizetype>(1, image.sizeInBytes()));
}

qint64 TileCache::bytes() const
{
    std::lock_guard lock(m_mutex);
    return m_cache.totalCost();
}

TileSource::TileSource(QObject *parent)
    : QObject(parent)
{}

TileSource::~TileSource() = default;

int TileSource::zoomFor(double metresPerPixel)
{
    // Zoom z has 2π·R / (256·2^z) metres per pixel at the equator; take the nearest sharper one.
    const double z = std::log2(2 * WebMercator::kHalfWorld / (256 * metresPerPixel));
    return std::clamp(int(std::ceil(z - 0.25)), 0, 22);
}

QImage TileSource::tile(const TileId &id)
{
    QImage image;
    if (m_cache.find(id, &image))
        return image;
    image = decodeTile(fetch(id));
    if (image.isNull())
        return {};
    m_cache.insert(id, image);
    return image;
}

QImage TileSource::decodeTile(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // The header is read first: a 31 KB PNG that claims 5700 × 5700 pixels (a decompression
    // bomb) is refused before a single pixel is allocated. Map tiles are 256 or 512 pixels.
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > kMaxTileSide || size.height() > kMaxTileSide)
        return {};
    QImage image;
    if (!reader.read(&image))
        return {};
    return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

QList<TileSource::PlacedTile> TileSource::tilesFor(const MapSettings &settings,
                                                   const std::atomic<bool> *cancel)
{
    QList<PlacedTile> placed;
    const int zoom = std::clamp(zoomFor(settings.metresPerPixel() / settings.devicePixelRatio),
                                minZoom(), maxZoom());
    const int count = 1 << zoom;
    const double tileMetres = 2 * WebMercator::kHalfWorld / count;
    const QRectF &e = settings.extent;
    const int x0 = std::max(0, int(std::floor((e.left() + WebMercator::kHalfWorld) / tileMetres)));
    const int x1
        = std::min(count - 1, int(std::floor((e.right() + WebMercator::kHalfWorld) / tileMetres)));
    const int y0
        = std::max(0, int(std::floor((WebMercator::kHalfWorld - e.bottom()) / tileMetres)));
    const int y1
        = std::min(count - 1, int(std::floor((WebMercator::kHalfWorld - e.top()) / tileMetres)));
    if (x1 < x0 || y1 < y0 || (x1 - x0 + 1) * (y1 - y0 + 1) > 400)
        return placed;

    std::vector<TileId> ids;
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x)
            ids.push_back({zoom, x, y});
    }
    // Decode on two threads: PNG and JPEG decoding dominates a full-screen basemap.
    std::vector<QImage> images(ids.size());
    auto work = [&](size_t first, size_t step) {
        for (size_t i = first; i < ids.size(); i += step) {
            if (cancel && cancel->load())
                return;
            images[i] = tile(ids[i]);
        }
    };
    auto other = std::async(std::launch::async, work, 1, 2);
    work(0, 2);
    other.wait();

    const MapToPixel view = settings.mapToPixel();
    auto targetOf = [&](const TileId &id) {
        const double size = 2 * WebMercator::kHalfWorld / (1 << id.z);
        const QPointF southWest(-WebMercator::kHalfWorld + id.x * size,
                                WebMercator::kHalfWorld - (id.y + 1) * size);
        return view.toPixel(QRectF(southWest, QSizeF(size, size)));
    };
    for (size_t i = 0; i < ids.size(); ++i) {
        if (!images[i].isNull()) {
            placed.append({targetOf(ids[i]), images[i]});
            continue;
        }
        // A gap: show the parent tile's quarter, scaled, if that is cached.
        for (int up = 1; up <= 4 && ids[i].z - up >= minZoom(); ++up) {
            const TileId parent{ids[i].z - up, ids[i].x >> up, ids[i].y >> up};
            QImage image;
            if (!m_cache.find(parent, &image))
                continue;
            const int span = 1 << up;
            const double part = 256.0 / span;
            const QRect source(int((ids[i].x % span) * part), int((ids[i].y % span) * part),
                               std::max(1, int(part)), std::max(1, int(part)));
            placed.append({targetOf(ids[i]), image.copy(source)});
            break;
        }
    }
    return placed;
}

struct MbTilesSource::Private
{
    std::mutex mutex;
    SqliteDb db;
    bool reported = false; // a read error is said once
};

MbTilesSource::~MbTilesSource() = default;

Result<std::shared_ptr<MbTilesSource>> MbTilesSource::open(const QString &path)
{
    std::shared_ptr<MbTilesSource> source(new MbTilesSource);
    source->d = std::make_unique<Private>();
    auto db = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
    if (!db)
        return db.error();
    source->d->db = db.takeValue();
    SqliteDb &sql = source->d->db;
    if (!sql.tableExists(QStringLiteral("tiles")))
        return Error{tr("%1 is not an MBTiles file (it has no tiles table).")
                         .arg(QFileInfo(path).fileName())};
    source->m_name = QFileInfo(path).completeBaseName();
    // The metadata table is optional in practice; a file without one still shows its tiles.
    if (auto meta = sql.prepare(QStringLiteral("SELECT name, value FROM metadata"))) {
        Status done = meta->forEachRow([&] {
            const QString key = meta->text(0), value = meta->text(1);
            if (key == QLatin1String("name") && !value.isEmpty())
                source->m_name = value;
            else if (key == QLatin1String("attribution"))
                source->m_attribution = value;
            else if (key == QLatin1String("format"))
                source->m_format = value;
            else if (key == QLatin1String("minzoom"))
                source->m_minZoom = value.toInt();
            else if (key == QLatin1String("maxzoom"))
                source->m_maxZoom = value.toInt();
        });
        if (!done)
            return done.error();
    }
    auto zooms = sql.prepare(QStringLiteral("SELECT min(zoom_level), max(zoom_level) FROM tiles"));
    if (!zooms)
        return zooms.error();
    const SqliteStep zoomRow = zooms->step();
    if (zoomRow.failed())
        return zoomRow.error();
    if (zoomRow.hasRow() && !zooms->isNull(0)) {
        source->m_minZoom = int(zooms->int64(0));
        source->m_maxZoom = int(zooms->int64(1));
    }
    if (source->m_format == QLatin1String("pbf"))
        return Error{tr("%1 holds vector tiles (pbf); InvestAtlas shows raster tiles (PNG, JPEG, "
                        "WebP).")
                         .arg(QFileInfo(path).fileName())};
    return source;
}

QByteArray MbTilesSource::fetch(const TileId &id)
{
    std::lock_guard lock(d->mutex);
    // A read error means no tile; it is said once (queued to the GUI thread), not per tile.
    auto failed = [this](const Error &error) {
        if (!std::exchange(d->reported, true))
            Q_EMIT unavailable(tr("Cannot read tiles from %1: %2").arg(m_name, error.message));
        return QByteArray();
    };
    auto stmt = d->db.prepare(QStringLiteral("SELECT tile_data FROM tiles WHERE zoom_level = ?1 "
                                             "AND tile_column = ?2 AND tile_row = ?3"));
    if (!stmt)
        return failed(stmt.error());
    // MBTiles rows count from the south (TMS).
    stmt->bindAll({id.z, id.x, (1 << id.z) - 1 - id.y});
    const SqliteStep row = stmt->step();
    if (row.failed())
        return failed(row.error());
    return row.hasRow() ? stmt->blob(0) : QByteArray();
}
