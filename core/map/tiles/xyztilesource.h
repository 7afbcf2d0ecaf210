// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/map/tiles/tilesource.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

// Online XYZ/WMTS tiles (OpenStreetMap, Tianditu 天地图) with a disk cache. Rendering never waits
// for the network: fetch() returns what is on disk and queues a download; arriving tiles trigger
// a redraw. When the server cannot be reached the source says so once, shows what it has cached
// and stops asking for a while. Lives on the GUI thread; fetch() may be called from any thread.
class XyzTileSource : public TileSource
{
    Q_OBJECT
public:
    struct Options
    {
        QString name;
        QString urlTemplate; // {z} {x} {y}, and {s} for a subdomain
        QStringList subdomains;
        QString attribution;
        QByteArray referer;
        QString cacheDir;
        int maxZoom = 18;
    };

    explicit XyzTileSource(Options options, QObject *parent = nullptr);
    ~XyzTileSource() override;

    static std::shared_ptr<XyzTileSource> openStreetMap(const QString &cacheDir);
    // layer: "vec" (vector), "cva" (vector annotation), "img" (imagery), "cia" (imagery
    // annotation). The attribution carries the service's map approval number (审图号), which a
    // map printed or shown in public in China must show; `approval` empty: kTiandituApproval.
    static Result<std::shared_ptr<XyzTileSource>> tianditu(const QString &layer,
                                                           const QString &token,
                                                           const QString &cacheDir,
                                                           const QString &approval = {});
    // The approval number Tianditu published for its standard service when this version was
    // made; it changes every year or two, so the user can set the current one (Preferences).
    static constexpr const char *kTiandituApproval = "GS(2024)0650号";
    // What a Tianditu map must say: the service and its approval number.
    static QString tiandituAttribution(const QString &approval = {});

    QString name() const override { return m_options.name; }
    QString attribution() const override { return m_options.attribution; }
    int maxZoom() const override { return m_options.maxZoom; }
    QString urlFor(const TileId &id) const;
    const Options &options() const { return m_options; }
    bool isOffline() const;

protected:
    QByteArray fetch(const TileId &id) override;

private:
    QString cachePath(const TileId &id) const;
    void download(const TileId &id);
    void finished(QNetworkReply *reply, const TileId &id);

    Options m_options;
    QNetworkAccessManager *m_network = nullptr;
    mutable std::mutex m_mutex; // guards the three members below
    QSet<QString> m_pending;
    QDateTime m_offlineUntil;
    bool m_reported = false;
    QTimer m_arrivals; // collects arrivals into one redraw
};
