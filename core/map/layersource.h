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
#include <vector>

// One feature as the renderer needs it: geometry already in Web Mercator metres, plus the few
// attributes the style uses. Features too small to be more than a dot (kDotPixels) at the zoom
// they were first seen keep only their box; when a view needs their shape, the source reads it into
// a new copy. Immutable once a LayerSource hands it out: any thread may read it without a lock.
struct MapFeature
{
    // A feature smaller than this on screen (pixels, both sides) is drawn as the pixels of its
    // box: the same picture at that size, with no shape to read, decode or rasterise. At the full
    // view of a million parcels that is nearly all of them.
    static constexpr double kDotPixels = 3.0;

    qint64 fid = 0;
    QRectF bounds;  // Web Mercator
    QPointF anchor; // label / link anchor (Mercator): centroid of the largest ring, or the point
    Wkb::Kind kind = Wkb::Kind::Unknown;
    bool hasGeometry = false;
    std::vector<QPointF> points; // every ring, line and point, concatenated
    std::vector<int> partSizes;
    int category = -1; // index into the source's category values, -1 when none matches
    double size = std::numeric_limits<double>::quiet_NaN();
    qint64 link = 0; // e.g. an enclave's home unit fid
    QString label;
};

// A feature table of any GeoPackage, read for rendering. Owns its own read-only SQLite
// connection (readers never block the project's writer in WAL mode) and a cache of transformed
// features: a re-render only draws. To see edits, invalidate() the changed fids.
//
// Threads: render jobs read on a worker while the GUI thread hit-tests and highlights. Everything
// mutable is guarded by one mutex, held while reading the file. A MapFeature is written only
// before it is handed out; a fuller or newer version of a feature is a new copy that replaces
// the old one in the cache, and the old copy stays in memory, unchanged, until the source is
// destroyed — so a pointer a render holds never sees a write and never dangles. After every
// change the list of current copies is published as an immutable snapshot; the GUI thread reads
// that instead of waiting for the mutex while a render loads (features() with waitIfBusy false,
// cachedFeature()). The snapshot's own lock guards only the swap of one shared_ptr.
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
        // Read where `label` is empty or null (English names: name_en, else the Chinese name).
        QString labelFallback;
        QString link;
        // A column that hides its row when true (projects' `confidential` in public mode): such
        // rows never become features, so they are not drawn, labelled, hit or highlighted.
        QString hiddenIf;
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
    // With `waitIfBusy` false (hover, clicks, box selection on the GUI thread) it never waits:
    // while another thread is loading it returns at once what the cache already holds.
    Result<std::vector<const MapFeature *>> features(const QRectF &view, double metresPerPixel,
                                                     const std::atomic<bool> *cancel = nullptr,
                                                     bool waitIfBusy = true);
    // The feature with this fid with its full geometry, loading it if needed (waits while a
    // render loads); nullptr when there is none.
    const MapFeature *feature(qint64 fid);
    // The feature if it is already cached (possibly only its box); never reads the file and
    // never waits. For painting overlays on the GUI thread.
    const MapFeature *cachedFeature(qint64 fid) const;
    qint64 cachedCount() const; // features cached, never waits
    // The features `fids` were added, edited or deleted: read them again (deleted ones vanish),
    // so the next render shows the change without reopening the layer.
    Status invalidate(const QSet<qint64> &fids);

private:
    LayerSource() = default;
    using FeatureList = std::vector<const MapFeature *>;
    Status load(const QString &whereSql, const QVariantList &args, double metresPerPixel,
                const std::atomic<bool> *cancel);
    Status loadWholeInParallel(int parts, double metresPerPixel, const std::atomic<bool> *cancel);
    // Turns the rows of `stmt` into features stored in `store`, listed in `added`. Only reads
    // members that nobody writes while it runs, so several may run at once (one connection each).
    Status readRows(SqliteStatement &stmt, std::deque<MapFeature> &store, FeatureList &added,
                    double metresPerPixel, const std::atomic<bool> *cancel) const;
    Status loadGeometries(const FeatureList &features);
    void setGeometry(MapFeature &feature, const char *blob, qsizetype size) const;
    bool loaded(const QRectF &layerRect) const;
    void adopt(FeatureList added);
    void replace(const MapFeature *copy);
    void publish();
    std::shared_ptr<const FeatureList> published() const;
    FeatureList cachedIn(const QRectF &view) const;

    QString m_path, m_table, m_geometryColumn, m_rtree;
    Columns m_columns;
    QString m_selectColumns; // fid, geometry, then the style's columns the table has
    int m_categoryIndex = -1, m_sizeIndex = -1, m_labelIndex = -1, m_linkIndex = -1;
    int m_hiddenIndex = -1;
    Wkb::Kind m_kind = Wkb::Kind::Unknown;
    std::shared_ptr<const MercatorTransform> m_transform;
    QRectF m_layerExtent;    // layer CRS
    QRectF m_mercatorExtent; // Web Mercator
    std::atomic<qint64> m_featureCount = 0;

    mutable std::mutex m_mutex; // guards everything below but the snapshot
    SqliteDb m_db;
    std::deque<MapFeature> m_store; // every copy ever handed out, at stable addresses
    std::vector<std::unique_ptr<std::deque<MapFeature>>> m_bulkStores; // parallel reads' too
    FeatureList m_current;  // the current copy of each fid, sorted by fid (binary search)
    bool m_changed = false; // m_current is not published yet
    std::vector<QRectF> m_loadedRects; // layer CRS rectangles whose features are all cached
    // m_current as of the last change; replaced, never modified. Its lock is held only to copy
    // or swap the pointer, never while reading the file.
    mutable std::mutex m_publishedMutex;
    std::shared_ptr<const FeatureList> m_published;
};
