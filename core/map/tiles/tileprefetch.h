// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/map/tiles/tilesource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QRectF>
#include <QSize>
#include <QTimer>

#include <memory>
#include <optional>

class MbTilesWriter;
class QNetworkAccessManager;
class QNetworkReply;
class XyzTileSource;

// Downloads the basemap tiles some views need (the slides of a tour) into an MBTiles file beside
// the project, so that a fair works with no network: the online source's tiles (Tianditu with
// the user's own token), with its annotation layer drawn onto each tile when it has one, and its
// attribution (with the 审图号) kept in the file's metadata, where the map shows it from.
// Within the service's rules: one request at a time (or a few), never faster than
// `minIntervalMs`, a plan of at most `maxTiles` (a personal Tianditu key allows some thousands a
// day), the InvestAtlas user agent and the referer the service asks for, and a stop after
// repeated refusals. Tiles already in the file are not fetched again (an interrupted download
// resumes). GUI thread (network replies arrive there).
class TilePrefetch : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int concurrent = 2;
        int minIntervalMs = 120; // between two requests: at most ~8 a second
        int maxTiles = 6000;
        int maxFailures = 8; // refusals in a row before giving up
    };

    // The tiles that show `extents` (Web Mercator) on a screen of `screen` pixels: the zoom each
    // view is drawn at, one sharper (for a HiDPI projector or a zoom in) and three coarser (the
    // flights between slides and the overviews the renderer fills gaps with), up to `maxZoom`.
    static QList<TileId> plan(const QList<QRectF> &extents, QSize screen, int maxZoom = 18);

    // `base` is fetched; `overlay` (may be null) is drawn over each tile before it is stored.
    TilePrefetch(std::shared_ptr<XyzTileSource> base, std::shared_ptr<XyzTileSource> overlay,
                 QObject *parent = nullptr);
    ~TilePrefetch() override;
    void setLimits(const Limits &limits) { m_limits = limits; }

    // Starts downloading `tiles` into `mbtiles` (created when needed). Fails at once for a
    // plan over the limit or a file that cannot be written; otherwise finished() follows.
    Status start(const QList<TileId> &tiles, const QString &mbtiles);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total);
    // Every tile is in the file (`ok`), or why not (`problem`, translated).
    void finished(bool ok, const QString &problem, int downloaded, int skipped);

private:
    void next();
    void fetched(QNetworkReply *reply, const TileId &id, bool overlay);
    void store(const TileId &id);
    void stop(const Status &result);

    std::shared_ptr<XyzTileSource> m_base, m_overlay;
    Limits m_limits;
    QNetworkAccessManager *m_network;
    std::unique_ptr<MbTilesWriter> m_writer;
    QList<TileId> m_queue;
    int m_total = 0, m_done = 0, m_downloaded = 0, m_skipped = 0, m_active = 0, m_failures = 0;
    struct Pending
    {
        QByteArray base, overlay;
        int waiting = 0;
    };
    QHash<TileId, Pending> m_pending;
    QTimer m_pace;
    bool m_running = false;
};
