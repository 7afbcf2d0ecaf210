// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"

#include <QCache>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QObject>
#include <QRectF>
#include <QString>

#include <atomic>
#include <mutex>

struct MapSettings;

// Identifies one Web Mercator tile (XYZ scheme: y grows southwards).
struct TileId
{
    int z = 0, x = 0, y = 0;
    friend bool operator==(const TileId &a, const TileId &b)
    {
        return a.z == b.z && a.x == b.x && a.y == b.y;
    }
};
size_t qHash(const TileId &id, size_t seed = 0);

// Decoded tiles kept in memory up to a byte budget, least recently used first out. Thread-safe.
class TileCache
{
public:
    explicit TileCache(qint64 maxBytes = 256ll << 20);
    bool find(const TileId &id, QImage *image) const;
    void insert(const TileId &id, const QImage &image);
    qint64 bytes() const;

private:
    mutable std::mutex m_mutex;
    mutable QCache<TileId, QImage> m_cache; // cost = bytes
};

// A basemap: square 256-pixel Web Mercator tiles. Subclasses fetch one tile; this class picks the
// zoom level for a view, decodes tiles on several threads, caches them and fills gaps with a
// scaled parent tile.
class TileSource : public QObject
{
    Q_OBJECT
public:
    struct PlacedTile
    {
        QRectF target; // pixels in the map image
        QImage image;
    };

    explicit TileSource(QObject *parent = nullptr);
    ~TileSource() override;

    virtual QString name() const = 0;
    virtual QString attribution() const = 0;
    virtual int minZoom() const { return 0; }
    virtual int maxZoom() const { return 18; }

    QList<PlacedTile> tilesFor(const MapSettings &settings, const std::atomic<bool> *cancel);
    static int zoomFor(double metresPerPixel);
    const TileCache &cache() const { return m_cache; }
    // Decodes one tile's bytes (PNG, JPEG, WebP) into a premultiplied image; a null image for
    // anything that is not a picture of at most kMaxTileSide pixels a side. Thread-safe.
    static QImage decodeTile(const QByteArray &bytes);
    static constexpr int kMaxTileSide = 1024;

Q_SIGNALS:
    // New tiles arrived (online sources): the view should be drawn again.
    void tilesArrived();
    // The source cannot be reached; said once until it can be reached again.
    void unavailable(const QString &message);

protected:
    // Returns the tile's encoded bytes, or an empty array when it is not available (now).
    virtual QByteArray fetch(const TileId &id) = 0;

private:
    QImage tile(const TileId &id);
    TileCache m_cache;
};

// Tiles from an MBTiles file (SQLite; PNG, JPEG or WebP tiles; TMS rows). For offline use.
class MbTilesSource : public TileSource
{
    Q_OBJECT
public:
    static Result<std::shared_ptr<MbTilesSource>> open(const QString &path);
    ~MbTilesSource() override;
    QString name() const override { return m_name; }
    QString attribution() const override { return m_attribution; }
    int minZoom() const override { return m_minZoom; }
    int maxZoom() const override { return m_maxZoom; }
    QString format() const { return m_format; }

protected:
    QByteArray fetch(const TileId &id) override;

private:
    MbTilesSource() = default;
    struct Private;
    std::unique_ptr<Private> d;
    QString m_name, m_attribution, m_format;
    int m_minZoom = 0, m_maxZoom = 18;
};
