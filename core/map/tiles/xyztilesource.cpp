// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/tiles/xyztilesource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>

namespace {

constexpr int kOfflinePauseSeconds = 30;
constexpr int kTransferTimeoutMs = 6000;

QString key(const TileId &id)
{
    return QStringLiteral("%1/%2/%3").arg(id.z).arg(id.x).arg(id.y);
}

} // namespace

XyzTileSource::XyzTileSource(Options options, QObject *parent)
    : TileSource(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{
    m_arrivals.setSingleShot(true);
    m_arrivals.setInterval(150);
    connect(&m_arrivals, &QTimer::timeout, this, &TileSource::tilesArrived);
}

XyzTileSource::~XyzTileSource() = default;

std::shared_ptr<XyzTileSource> XyzTileSource::openStreetMap(const QString &cacheDir)
{
    return std::make_shared<XyzTileSource>(
        Options{QStringLiteral("OpenStreetMap"),
                QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
                {},
                QStringLiteral("© OpenStreetMap contributors"),
                QByteArray(),
                QDir(cacheDir).filePath(QStringLiteral("osm")),
                19});
}

QString XyzTileSource::tiandituAttribution(const QString &approval)
{
    return tr("© Tianditu (National Platform for Common Geospatial Information Services) · map "
              "approval number %1")
        .arg(approval.trimmed().isEmpty() ? QString::fromUtf8(kTiandituApproval)
                                          : approval.trimmed());
}

Result<std::shared_ptr<XyzTileSource>> XyzTileSource::tianditu(const QString &layer,
                                                               const QString &token,
                                                               const QString &cacheDir,
                                                               const QString &approval)
{
    if (token.trimmed().isEmpty())
        return Error{tr("Tianditu needs a user token (tk). Enter yours in Preferences; it is free "
                        "from the Tianditu developer site.")};
    const QString url
        = QStringLiteral("https://t{s}.tianditu.gov.cn/%1_w/wmts?SERVICE=WMTS&REQUEST=GetTile&"
                         "VERSION=1.0.0&LAYER=%1&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&"
                         "TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=%2")
              .arg(layer, token.trimmed());
    // Users see the layer's name, never its WMTS code.
    const QString title = layer == QLatin1String("vec")   ? tr("Tianditu vector map")
                          : layer == QLatin1String("img") ? tr("Tianditu imagery")
                          : layer == QLatin1String("cva") ? tr("Tianditu vector labels")
                          : layer == QLatin1String("cia") ? tr("Tianditu imagery labels")
                                                          : tr("Tianditu %1").arg(layer);
    return std::make_shared<XyzTileSource>(Options{
        title,
        url,
        {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
         QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7")},
        tiandituAttribution(approval),
        QByteArrayLiteral("https://www.tianditu.gov.cn/"),
        QDir(cacheDir).filePath(QStringLiteral("tianditu-") + layer),
        18});
}

QString XyzTileSource::urlFor(const TileId &id) const
{
    QString url = m_options.urlTemplate;
    url.replace(QLatin1String("{z}"), QString::number(id.z))
        .replace(QLatin1String("{x}"), QString::number(id.x))
        .replace(QLatin1String("{y}"), QString::number(id.y));
    if (!m_options.subdomains.isEmpty())
        url.replace(QLatin1String("{s}"),
                    m_options.subdomains.at((id.x + id.y) % m_options.subdomains.size()));
    return url;
}

bool XyzTileSource::isOffline() const
{
    std::lock_guard lock(m_mutex);
    return m_offlineUntil.isValid() && QDateTime::currentDateTimeUtc() < m_offlineUntil;
}

QString XyzTileSource::cachePath(const TileId &id) const
{
    return QDir(m_options.cacheDir).filePath(key(id) + QStringLiteral(".tile"));
}

QByteArray XyzTileSource::fetch(const TileId &id)
{
    QFile cached(cachePath(id));
    if (cached.open(QIODevice::ReadOnly))
        return cached.readAll();
    {
        std::lock_guard lock(m_mutex);
        if (m_offlineUntil.isValid() && QDateTime::currentDateTimeUtc() < m_offlineUntil)
            return {};
        if (m_pending.contains(key(id)))
            return {};
        m_pending.insert(key(id));
    }
    QMetaObject::invokeMethod(
        this, [this, id] { download(id); }, Qt::QueuedConnection);
    return {};
}

void XyzTileSource::download(const TileId &id)
{
    QNetworkRequest request{QUrl(urlFor(id))};
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("InvestAtlas/%1").arg(QCoreApplication::applicationVersion()));
    if (!m_options.referer.isEmpty())
        request.setRawHeader("Referer", m_options.referer);
    request.setTransferTimeout(kTransferTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id] { finished(reply, id); });
}

void XyzTileSource::finished(QNetworkReply *reply, const TileId &id)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes
        = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    QString problem;
    if (status == 401 || status == 403)
        problem = tr("%1 refused the tile request (HTTP %2): check the token in Preferences.")
                      .arg(m_options.name)
                      .arg(status);
    else if (reply->error() != QNetworkReply::NoError
             && reply->error() != QNetworkReply::ContentNotFoundError)
        problem = tr("Basemap %1 is offline; showing cached tiles only.").arg(m_options.name);
    bool report = false;
    {
        std::lock_guard lock(m_mutex);
        m_pending.remove(key(id));
        if (!problem.isEmpty()) {
            m_offlineUntil = QDateTime::currentDateTimeUtc().addSecs(kOfflinePauseSeconds);
            report = !m_reported;
            m_reported = true;
        } else {
            m_offlineUntil = {};
            m_reported = false;
        }
    }
    if (report)
        Q_EMIT unavailable(problem);
    if (bytes.isEmpty())
        return;
    QDir().mkpath(QFileInfo(cachePath(id)).absolutePath());
    QSaveFile file(cachePath(id));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(bytes);
        file.commit();
    }
    m_arrivals.start();
}
