// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/tiles/tileprefetch.h"

#include "core/map/crs/mercator.h"
#include "core/map/tiles/mbtileswriter.h"
#include "core/map/tiles/xyztilesource.h"

#include <QBuffer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kTransferTimeoutMs = 15000;

// The tile column or row holding a Web Mercator coordinate at zoom z.
int tileIndex(double metres, int z, bool row)
{
    const double world = 2 * WebMercator::kHalfWorld;
    const double n = double(1 << z);
    const double share = row ? (WebMercator::kHalfWorld - metres) / world
                             : (metres + WebMercator::kHalfWorld) / world;
    return std::clamp(int(std::floor(share * n)), 0, (1 << z) - 1);
}

} // namespace

QList<TileId> TilePrefetch::plan(const QList<QRectF> &extents, QSize screen, int maxZoom)
{
    QList<TileId> tiles;
    QSet<TileId> seen;
    for (const QRectF &extent : extents) {
        if (extent.isEmpty() || screen.isEmpty())
            continue;
        const double mpp
            = std::max(extent.width() / screen.width(), extent.height() / screen.height());
        const int z = TileSource::zoomFor(mpp);
        for (int zoom = std::max(0, z - 3); zoom <= std::min(maxZoom, z + 1); ++zoom) {
            const int x0 = tileIndex(extent.left(), zoom, false);
            const int x1 = tileIndex(extent.right(), zoom, false);
            const int y0 = tileIndex(extent.bottom(), zoom, true); // north edge
            const int y1 = tileIndex(extent.top(), zoom, true);
            for (int x = x0; x <= x1; ++x) {
                for (int y = y0; y <= y1; ++y) {
                    const TileId id{zoom, x, y};
                    if (!seen.contains(id)) {
                        seen.insert(id);
                        tiles << id;
                    }
                }
            }
        }
    }
    return tiles;
}

TilePrefetch::TilePrefetch(std::shared_ptr<XyzTileSource> base,
                           std::shared_ptr<XyzTileSource> overlay, QObject *parent)
    : QObject(parent)
    , m_base(std::move(base))
    , m_overlay(std::move(overlay))
    , m_network(new QNetworkAccessManager(this))
{
    connect(&m_pace, &QTimer::timeout, this, &TilePrefetch::next);
}

TilePrefetch::~TilePrefetch() = default;

Status TilePrefetch::start(const QList<TileId> &tiles, const QString &mbtiles)
{
    if (m_running)
        return Error{tr("A download is already running.")};
    auto writer = MbTilesWriter::open(mbtiles);
    if (!writer)
        return Error{
            tr("Cannot write %1: %2").arg(QFileInfo(mbtiles).fileName(), writer.errorMessage())};
    m_writer = std::make_unique<MbTilesWriter>(writer.takeValue());
    m_queue.clear();
    m_skipped = m_downloaded = m_done = m_failures = m_active = 0;
    m_pending.clear();
    int minZoom = 99, maxZoom = 0;
    for (const TileId &id : tiles) {
        minZoom = std::min(minZoom, id.z);
        maxZoom = std::max(maxZoom, id.z);
        if (m_writer->contains(id))
            ++m_skipped;
        else
            m_queue << id;
    }
    if (m_queue.size() > m_limits.maxTiles) {
        m_writer.reset();
        return Error{tr("%1 tiles are needed, more than the %2 one download may fetch from %3. "
                        "Use fewer or closer slides.")
                         .arg(m_queue.size())
                         .arg(m_limits.maxTiles)
                         .arg(m_base->name())};
    }
    QString attribution = m_base->attribution();
    if (m_overlay && m_overlay->attribution() != attribution)
        attribution += QStringLiteral(" · ") + m_overlay->attribution();
    if (Status done = m_writer->setMetadata({m_base->name(), QStringLiteral("png"), attribution,
                                             tr("Downloaded by InvestAtlas for offline use."),
                                             tiles.isEmpty() ? 0 : minZoom, maxZoom});
        !done) {
        m_writer.reset();
        return done;
    }
    m_total = int(m_queue.size());
    m_running = true;
    m_pace.start(std::max(1, m_limits.minIntervalMs));
    QMetaObject::invokeMethod(this, &TilePrefetch::next, Qt::QueuedConnection);
    return {};
}

void TilePrefetch::cancel()
{
    if (!m_running)
        return;
    m_queue.clear();
    for (QNetworkReply *reply : m_network->findChildren<QNetworkReply *>())
        reply->abort();
    stop(Error{tr("The download was cancelled; the tiles fetched so far are kept.")});
}

void TilePrefetch::next()
{
    if (!m_running)
        return;
    if (m_queue.isEmpty()) {
        if (m_active == 0)
            stop({});
        return;
    }
    // One request per tick at most: the pace is the service's, not ours.
    if (m_active >= m_limits.concurrent)
        return;
    const TileId id = m_queue.takeFirst();
    ++m_active;
    Pending &pending = m_pending[id];
    pending.waiting = m_overlay ? 2 : 1;
    auto request = [&](const XyzTileSource &source, bool overlay) {
        QNetworkRequest r{QUrl(source.urlFor(id))};
        r.setHeader(QNetworkRequest::UserAgentHeader,
                    QStringLiteral("InvestAtlas/%1").arg(QCoreApplication::applicationVersion()));
        if (!source.options().referer.isEmpty())
            r.setRawHeader("Referer", source.options().referer);
        r.setTransferTimeout(kTransferTimeoutMs);
        QNetworkReply *reply = m_network->get(r);
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, id, overlay] { fetched(reply, id, overlay); });
    };
    request(*m_base, false);
    if (m_overlay)
        request(*m_overlay, true);
}

void TilePrefetch::fetched(QNetworkReply *reply, const TileId &id, bool overlay)
{
    reply->deleteLater();
    if (!m_running || !m_pending.contains(id))
        return;
    Pending &pending = m_pending[id];
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray bytes = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    // A service answers a refused or unknown tile with an error page: only a picture counts.
    if (!bytes.isEmpty() && TileSource::decodeTile(bytes).isNull())
        bytes.clear();
    (overlay ? pending.overlay : pending.base) = bytes;
    if (bytes.isEmpty()) {
        ++m_failures;
        if (m_failures >= m_limits.maxFailures) {
            const QString why
                = status == 401 || status == 403
                      ? tr("%1 refused the tiles (HTTP %2): check the token in Preferences.")
                            .arg(m_base->name())
                            .arg(status)
                      : tr("%1 could not be reached or sent no tiles (%2).")
                            .arg(m_base->name(), reply->errorString());
            m_queue.clear();
            for (QNetworkReply *other : m_network->findChildren<QNetworkReply *>()) {
                if (other != reply)
                    other->abort();
            }
            stop(Error{why});
            return;
        }
    } else if (!overlay) {
        m_failures = 0;
    }
    if (--pending.waiting > 0)
        return;
    store(id);
}

void TilePrefetch::store(const TileId &id)
{
    const Pending pending = m_pending.take(id);
    --m_active;
    ++m_done;
    if (!pending.base.isEmpty()) {
        QByteArray bytes = pending.base;
        if (!pending.overlay.isEmpty()) {
            // The annotation drawn onto the map: one tile, one layer offline.
            QImage image = TileSource::decodeTile(pending.base)
                               .convertToFormat(QImage::Format_ARGB32_Premultiplied);
            {
                QPainter painter(&image);
                painter.drawImage(image.rect(), TileSource::decodeTile(pending.overlay));
            }
            bytes.clear();
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
        }
        if (Status added = m_writer->add(id, bytes); !added) {
            m_queue.clear();
            stop(added);
            return;
        }
        ++m_downloaded;
    }
    Q_EMIT progress(m_done, m_total);
    if (m_queue.isEmpty() && m_active == 0)
        stop({});
}

void TilePrefetch::stop(const Status &result)
{
    if (!m_running)
        return;
    m_running = false;
    m_pace.stop();
    Status done = result;
    if (m_writer) {
        if (Status flushed = m_writer->flush(); !flushed && done)
            done = flushed;
        m_writer.reset();
    }
    if (done && m_downloaded < m_total)
        done = Error{tr("%1 of %2 tiles could not be fetched; the rest are kept. Try again to "
                        "fetch the missing ones.")
                         .arg(m_total - m_downloaded)
                         .arg(m_total)};
    Q_EMIT finished(bool(done), done ? QString() : done.errorMessage(), m_downloaded, m_skipped);
}
