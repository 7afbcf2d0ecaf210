// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/map/crs/mercator.h"
#include "core/map/wkbreader.h"
#include "core/storage/sqlitedb.h"

#include <QCoreApplication>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <deque>
#include <limits>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

// One feature as the renderer needs it: geometry already in Web Mercator metres, plus the few
// attributes the style uses. Geometry of features too small to be more than a dot at the zoom
// they were first seen is loaded later, when a view needs it.
struct MapFeature
{
    qint64 fid = 0;
    QRectF bounds;  // Web Mercator
    QPointF anchor; // label / link anchor (Mercator): centroid of the largest ring, or the point
    Wkb::Kind kind = Wkb::Kind::Unknown;
    bool hasGeometry = false;
    // Replaced by a newer copy after an edit (see LayerSource::invalidate). Written only under
    // the source's lock; stale features stay in memory so a running render can finish with them.
    bool stale = false;
    std::vector<QPointF> points; // every ring, line and point, concatenated
    std::vector<int> partSizes;
    int category = -1; // index into the source's category values, -1 when none matches
    double size = std::numeric_limits<double>::quiet_NaN();
    qint64 link = 0; // e.g. an enclave's home unit fid
    QString label;
};

// A feature table of any GeoPackage, read for rendering. Owns its own read-only SQLite
// connection (readers never block the project's writer in WAL mode) and an append-only cache of
// transformed features: a re-render only draws. Thread-safe; features stay valid as long as the
// source lives. To see edits, invalidate() the changed fids.
class LayerSource
{
    Q_DECLARE_TR_FUNCTIONS(LayerSource)
public:
    struct Columns
    {
        QString category;
        QStringList categoryValues;
        QString size;
        QString label;
        QString link;
    };

    static Result<std::shared_ptr<LayerSource>> open(const QString &path, const QString &table,
                                                     const Columns &columns = {});

    QString table() const { return m_table; }
    Wkb::Kind geometryKind() const { return m_kind; }
    QRectF extent() const { return m_mercatorExtent; } // Web Mercator
    qint64 featureCount() const { return m_featureCount; }
    const MercatorTransform &transform() const { return *m_transform; }

    // Features whose bounds intersect `view` (Mercator). `metresPerPixel` decides which features
    // need their full geometry. Returns an empty list when cancelled.
    // With `waitIfBusy` false (hover on the GUI thread) it returns an empty list at once while
    // another thread is loading, instead of blocking the user interface.
    Result<std::vector<const MapFeature *>> features(const QRectF &view, double metresPerPixel,
                                                     const std::atomic<bool> *cancel = nullptr,
                                                     bool waitIfBusy = true);
    // The cached feature with this fid, loading it if needed; nullptr when there is none.
    const MapFeature *feature(qint64 fid);
    // The feature if it is already cached and the source is not busy loading; never reads the
    // file. For painting overlays on the GUI thread.
    const MapFeature *cachedFeature(qint64 fid) const;
    qint64 cachedCount() const;
    // The features `fids` were added, edited or deleted: read them again (deleted ones vanish),
    // so the next render shows the change without reopening the layer.
    Status invalidate(const QSet<qint64> &fids);

private:
    LayerSource() = default;
    Status load(const QString &whereSql, const QVariantList &args, double metresPerPixel,
                const std::atomic<bool> *cancel);
    Status loadGeometries(const std::vector<MapFeature *> &features);
    void setGeometry(MapFeature &feature, const char *blob, qsizetype size);
    bool loaded(const QRectF &layerRect) const;

    QString m_path, m_table, m_geometryColumn, m_rtree;
    Columns m_columns;
    QString m_selectColumns;
    Wkb::Kind m_kind = Wkb::Kind::Unknown;
    std::shared_ptr<const MercatorTransform> m_transform;
    QRectF m_layerExtent;    // layer CRS
    QRectF m_mercatorExtent; // Web Mercator
    std::atomic<qint64> m_featureCount = 0;

    mutable std::mutex m_mutex; // guards everything below
    SqliteDb m_db;
    std::deque<MapFeature> m_features; // stable addresses
    std::unordered_map<qint64, MapFeature *> m_byFid;
    std::vector<QRectF> m_loadedRects; // layer CRS rectangles whose features are all cached
};
