// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/layersource.h"

#include "core/storage/gpkggeometry.h"

#include <QFileInfo>
#include <QScopeGuard>
#include <QThread>

#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <thread>

namespace {

// A whole layer with at least this many rows is read on several threads at once.
constexpr qint64 kParallelReadRows = 50000;
constexpr int kMaxReadThreads = 4;
constexpr int kLabelChars = 200; // characters of a label read from the file

// Area-weighted centroid of the largest ring; the first point for lines and points.
QPointF anchorOf(const std::vector<QPointF> &points, const std::vector<int> &parts, Wkb::Kind kind)
{
    if (points.empty())
        return {};
    if (kind != Wkb::Kind::Polygon)
        return points[points.size() / 2];
    double bestArea = -1;
    QPointF best = points.front();
    size_t start = 0;
    for (int n : parts) {
        double a = 0, cx = 0, cy = 0;
        for (int i = 0; i + 1 < n; ++i) {
            const QPointF &p = points[start + i], &q = points[start + i + 1];
            const double cross = p.x() * q.y() - q.x() * p.y();
            a += cross;
            cx += (p.x() + q.x()) * cross;
            cy += (p.y() + q.y()) * cross;
        }
        if (std::abs(a) > bestArea && a != 0) {
            bestArea = std::abs(a);
            best = QPointF(cx / (3 * a), cy / (3 * a));
        }
        start += size_t(n);
    }
    return best;
}

bool byFid(const MapFeature *a, const MapFeature *b)
{
    return a->fid < b->fid;
}

// The feature with this fid in a list sorted by fid, or nullptr.
const MapFeature *findIn(const std::vector<const MapFeature *> &sorted, qint64 fid)
{
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), fid,
                                     [](const MapFeature *f, qint64 id) { return f->fid < id; });
    return it != sorted.end() && (*it)->fid == fid ? *it : nullptr;
}

// A read-only connection that maps the file into memory: a whole-layer read then takes pages
// straight from the OS cache instead of a system call and a copy per page (a third of the time
// of reading a million parcels went to the kernel). Reading only; writers are unaffected.
Result<SqliteDb> openForReading(const QString &path)
{
    auto db = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
    if (db)
        (void)db->exec(QStringLiteral("PRAGMA mmap_size = 1073741824")); // best effort
    return db;
}

// Closed intervals, so that zero-sized bounds (points) on the view count. Written out: this runs
// for every cached feature on every frame.
bool touches(const MapFeature &f, const QRectF &view)
{
    const QRectF &b = f.bounds;
    return b.left() <= view.right() && b.right() >= view.left() && b.top() <= view.bottom()
           && b.bottom() >= view.top();
}

// The bounds and the number of the features on the map (those with a geometry), rows that
// `hiddenIf` hides left out: a hidden project must not show even as a count or in the extent.
QString boundsSql(const QString &rtree, const QString &table, const QString &hiddenIf)
{
    if (hiddenIf.isEmpty())
        return QStringLiteral("SELECT min(minx), min(miny), max(maxx), max(maxy), count(*) FROM %1")
            .arg(SqliteDb::quoted(rtree));
    return QStringLiteral("SELECT min(r.minx), min(r.miny), max(r.maxx), max(r.maxy), count(*) "
                          "FROM %1 r JOIN %2 t ON t.fid = r.id WHERE coalesce(t.%3, 0) = 0")
        .arg(SqliteDb::quoted(rtree), SqliteDb::quoted(table), SqliteDb::quoted(hiddenIf));
}

} // namespace

Result<std::shared_ptr<LayerSource>> LayerSource::open(const QString &path, const QString &table,
                                                       const Columns &columns)
{
    std::shared_ptr<LayerSource> source(new LayerSource);
    source->m_path = path;
    source->m_table = table;
    source->m_columns = columns;
    auto db = openForReading(path);
    if (!db)
        return db.error();
    source->m_db = db.takeValue();
    SqliteDb &sql = source->m_db;

    auto geometry = sql.prepare(QStringLiteral(
        "SELECT g.column_name, g.geometry_type_name, s.organization, s.organization_coordsys_id, "
        "s.definition FROM gpkg_geometry_columns g JOIN gpkg_spatial_ref_sys s ON s.srs_id = "
        "g.srs_id WHERE lower(g.table_name) = lower(?1)"));
    if (!geometry)
        return Error{tr("%1 is not a GeoPackage: %2")
                         .arg(QFileInfo(path).fileName(), geometry.errorMessage())};
    geometry->bind(1, table);
    const SqliteStep found = geometry->step();
    if (found.failed())
        return Error{
            tr("%1 is not a GeoPackage: %2").arg(QFileInfo(path).fileName(), found.errorMessage())};
    if (!found.hasRow())
        return Error{tr("%1 has no layer named %2.").arg(QFileInfo(path).fileName(), table)};
    source->m_geometryColumn = geometry->text(0);
    const QString type = geometry->text(1).toUpper();
    source->m_kind = type.contains(QLatin1String("POINT"))  ? Wkb::Kind::Point
                     : type.contains(QLatin1String("LINE")) ? Wkb::Kind::Line
                                                            : Wkb::Kind::Polygon;
    OGRSpatialReference srs;
    const bool epsg = geometry->text(2).compare(QLatin1String("EPSG"), Qt::CaseInsensitive) == 0;
    if ((epsg ? srs.importFromEPSG(int(geometry->int64(3)))
              : srs.importFromWkt(geometry->text(4).toUtf8().constData()))
        != OGRERR_NONE)
        return Error{tr("The coordinate system of layer %1 is not understood.").arg(table)};

    source->m_rtree = QStringLiteral("rtree_%1_%2").arg(table, source->m_geometryColumn);
    if (!sql.tableExists(source->m_rtree))
        return Error{tr("Layer %1 has no spatial index; open it in QGIS or run "
                        "\"ogrinfo -sql \\\"SELECT CreateSpatialIndex('%1','%2')\\\"\" first.")
                         .arg(table, source->m_geometryColumn)};
    if (!columns.hiddenIf.isEmpty() && !sql.columnExists(table, columns.hiddenIf))
        return Error{tr("Cannot read layer %1: it has no column %2.").arg(table, columns.hiddenIf)};
    auto extent = sql.prepare(boundsSql(source->m_rtree, table, columns.hiddenIf));
    if (!extent)
        return extent.error();
    const SqliteStep extentRow = extent->step();
    if (extentRow.failed())
        return extentRow.error();
    if (!extentRow.hasRow())
        return Error{tr("Cannot read the extent of layer %1.").arg(table)};
    if (!extent->isNull(0))
        source->m_layerExtent = QRectF(QPointF(extent->real(0), extent->real(1)),
                                       QPointF(extent->real(2), extent->real(3)));
    source->m_featureCount = extent->int64(4);

    auto transform = MercatorTransform::create(srs, source->m_layerExtent);
    if (!transform)
        return transform.error();
    source->m_transform = *transform;
    if (!source->m_layerExtent.isNull()) {
        const QPointF a = source->m_transform->forward(source->m_layerExtent.left(),
                                                       source->m_layerExtent.top());
        const QPointF b = source->m_transform->forward(source->m_layerExtent.right(),
                                                       source->m_layerExtent.bottom());
        source->m_mercatorExtent = QRectF(a, b).normalized();
    }

    // Only the columns the style needs, and the table has, are read (a million rows pay for
    // every column asked for); each one's position in the row is noted, -1 when it is not read.
    QStringList select{QStringLiteral("t.fid"),
                       QStringLiteral("t.") + SqliteDb::quoted(source->m_geometryColumn)};
    auto exists = [&](const QString &name) { return sql.columnExists(table, name); };
    auto column = [&](const QString &name, const QString &expression = QStringLiteral("%1")) {
        if (!exists(name))
            return -1;
        select << expression.arg(QStringLiteral("t.") + SqliteDb::quoted(name));
        return int(select.size()) - 1;
    };
    source->m_categoryIndex = column(columns.category);
    source->m_sizeIndex = column(columns.size);
    // A label is a few words; a file with megabytes in the column must not bring them along.
    // English labels of a project without English names (an older schema) are its own.
    const bool labelExists = exists(columns.label);
    const QString fallback = columns.labelFallback.isEmpty() || !exists(columns.labelFallback)
                                 ? QString()
                                 : QStringLiteral("t.") + SqliteDb::quoted(columns.labelFallback);
    source->m_labelIndex
        = column(labelExists ? columns.label : columns.labelFallback,
                 fallback.isEmpty() || !labelExists
                     ? QStringLiteral("substr(%1, 1, %2)")
                           .arg(QStringLiteral("%1"), QString::number(kLabelChars))
                     : QStringLiteral("substr(coalesce(nullif(%1, ''), %3), 1, %2)")
                           .arg(QStringLiteral("%1"), QString::number(kLabelChars), fallback));
    source->m_linkIndex = column(columns.link);
    source->m_hiddenIndex = column(columns.hiddenIf);
    source->m_selectColumns = select.join(QStringLiteral(", "));
    return source;
}

bool LayerSource::loaded(const QRectF &layerRect) const
{
    for (const QRectF &rect : m_loadedRects) {
        if (rect.contains(layerRect))
            return true;
    }
    return false;
}

void LayerSource::setGeometry(MapFeature &feature, const char *blob, qsizetype size) const
{
    if (size < 8 || blob[0] != 'G' || blob[1] != 'P')
        return;
    const int envelopeDoubles[] = {0, 4, 6, 6, 8};
    const int indicator = (static_cast<unsigned char>(blob[3]) >> 1) & 0x07;
    if (indicator > 4)
        return;
    const qsizetype offset = 8 + 8 * envelopeDoubles[indicator];
    Wkb::Parts parts;
    if (offset > size
        || !Wkb::read(reinterpret_cast<const unsigned char *>(blob) + offset, size_t(size - offset),
                      parts)
        || parts.xy.empty())
        return;
    m_transform->forward(parts.xy.data(), parts.xy.size() / 2);
    feature.points.resize(parts.xy.size() / 2);
    double minX = parts.xy[0], maxX = minX, minY = parts.xy[1], maxY = minY;
    for (size_t k = 0; k < feature.points.size(); ++k) {
        const double x = parts.xy[k * 2], y = parts.xy[k * 2 + 1];
        feature.points[k] = QPointF(x, y);
        minX = std::min(minX, x);
        maxX = std::max(maxX, x);
        minY = std::min(minY, y);
        maxY = std::max(maxY, y);
    }
    feature.partSizes = std::move(parts.partSizes);
    feature.kind = parts.kind;
    feature.bounds = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
    feature.anchor = anchorOf(feature.points, feature.partSizes, feature.kind);
    feature.hasGeometry = true;
}

Status LayerSource::load(const QString &whereSql, const QVariantList &args, double metresPerPixel,
                         const std::atomic<bool> *cancel)
{
    const int threads = std::min(QThread::idealThreadCount(), kMaxReadThreads);
    if (whereSql.isEmpty() && m_featureCount >= kParallelReadRows && threads > 1)
        return loadWholeInParallel(threads, metresPerPixel, cancel);
    FeatureList added;
    // What was read stays cached, also when cancelled or failing half-way: each feature is whole.
    auto adoptAdded = qScopeGuard([&] { adopt(std::move(added)); });
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 FROM %2 t %3")
                                 .arg(m_selectColumns, SqliteDb::quoted(m_table), whereSql));
    if (!stmt)
        return stmt.error();
    stmt->bindAll(args);
    return readRows(*stmt, m_store, added, metresPerPixel, cancel);
}

// A whole large layer (the first full view of a million parcels) is read in fid ranges, each on
// its own thread with its own connection: reading and decoding rows is CPU work once the file is
// in the page cache, and it parallelises without contention.
Status LayerSource::loadWholeInParallel(int parts, double metresPerPixel,
                                        const std::atomic<bool> *cancel)
{
    auto range = m_db.prepare(
        QStringLiteral("SELECT min(fid), max(fid) FROM %1").arg(SqliteDb::quoted(m_table)));
    if (!range)
        return range.error();
    const SqliteStep row = range->step();
    if (row.failed())
        return row.error();
    if (!row.hasRow() || range->isNull(0))
        return {};
    const qint64 first = range->int64(0), last = range->int64(1);
    std::vector<std::unique_ptr<std::deque<MapFeature>>> stores;
    std::vector<FeatureList> added(static_cast<size_t>(parts));
    std::vector<Status> results(static_cast<size_t>(parts));
    for (int i = 0; i < parts; ++i)
        stores.push_back(std::make_unique<std::deque<MapFeature>>());
    auto readPart = [&](int i) {
        const qint64 from = first + (last - first + 1) * i / parts;
        const qint64 to = first + (last - first + 1) * (i + 1) / parts - 1;
        std::optional<SqliteDb> own; // part 0 reads through m_db, the others each open one
        if (i > 0) {
            auto opened = openForReading(m_path);
            if (!opened) {
                results[size_t(i)] = opened.error();
                return;
            }
            own = opened.takeValue();
        }
        SqliteDb &db = own ? *own : m_db;
        auto stmt = db.prepare(QStringLiteral("SELECT %1 FROM %2 t WHERE t.fid BETWEEN ?1 AND ?2")
                                   .arg(m_selectColumns, SqliteDb::quoted(m_table)));
        if (!stmt) {
            results[size_t(i)] = stmt.error();
            return;
        }
        stmt->bindAll({from, to});
        results[size_t(i)]
            = readRows(*stmt, *stores[size_t(i)], added[size_t(i)], metresPerPixel, cancel);
    };
    std::vector<std::thread> workers;
    for (int i = 1; i < parts; ++i)
        workers.emplace_back(readPart, i);
    readPart(0);
    for (std::thread &worker : workers)
        worker.join();
    // Whatever was read is kept, as in load(); the parts come in fid order.
    FeatureList all;
    for (int i = 0; i < parts; ++i) {
        all.insert(all.end(), added[size_t(i)].begin(), added[size_t(i)].end());
        m_bulkStores.push_back(std::move(stores[size_t(i)]));
    }
    adopt(std::move(all));
    for (const Status &result : results) {
        if (!result)
            return result;
    }
    return {};
}

Status LayerSource::readRows(SqliteStatement &stmt, std::deque<MapFeature> &store,
                             FeatureList &added, double metresPerPixel,
                             const std::atomic<bool> *cancel) const
{
    // Below this size (Mercator metres) a feature is a dot at this zoom: keep only its box.
    const double dotSize = MapFeature::kDotPixels * metresPerPixel;
    int rows = 0;
    for (;;) {
        const SqliteStep row = stmt.step();
        if (row.failed())
            return row.error();
        if (!row.hasRow())
            break;
        if (cancel && (++rows & 0xFFF) == 0 && cancel->load())
            return {};
        const qint64 fid = stmt.int64(0);
        if (findIn(m_current, fid))
            continue;
        if (m_hiddenIndex >= 0 && stmt.int64(m_hiddenIndex) != 0)
            continue; // never a feature: not drawn, labelled or hit
        // Filled here, before anyone else can see it (adopt() hands it out).
        MapFeature &feature = store.emplace_back();
        feature.fid = fid;
        added.push_back(&feature);
        const QByteArrayView blob = stmt.blobView(1);
        double minX, maxX, minY, maxY;
        if (blob.isEmpty()
            || !GpkgGeometry::envelope(blob.data(), blob.size(), &minX, &maxX, &minY, &maxY))
            continue;
        const QPointF a = m_transform->forward(minX, minY), b = m_transform->forward(maxX, maxY);
        feature.bounds = QRectF(a, b).normalized();
        feature.anchor = feature.bounds.center();
        feature.kind = m_kind;
        if (m_kind == Wkb::Kind::Point || feature.bounds.width() >= dotSize
            || feature.bounds.height() >= dotSize)
            setGeometry(feature, blob.data(), blob.size());
        if (m_categoryIndex >= 0 && !stmt.isNull(m_categoryIndex))
            feature.category = int(m_columns.categoryValues.indexOf(stmt.text(m_categoryIndex)));
        if (m_sizeIndex >= 0 && !stmt.isNull(m_sizeIndex))
            feature.size = stmt.real(m_sizeIndex);
        if (m_labelIndex >= 0 && !stmt.isNull(m_labelIndex))
            feature.label = stmt.text(m_labelIndex);
        if (m_linkIndex >= 0)
            feature.link = stmt.int64(m_linkIndex);
    }
    return {};
}

// Reads the shapes of features cached with their box only, into new copies that replace them.
Status LayerSource::loadGeometries(const FeatureList &features)
{
    constexpr size_t batch = 500;
    for (size_t start = 0; start < features.size(); start += batch) {
        const size_t end = std::min(features.size(), start + batch);
        QStringList placeholders;
        QVariantList fids;
        for (size_t i = start; i < end; ++i) {
            placeholders << QStringLiteral("?%1").arg(fids.size() + 1);
            fids << features[i]->fid;
        }
        auto stmt
            = m_db.prepare(QStringLiteral("SELECT fid, %1 FROM %2 WHERE fid IN (%3)")
                               .arg(SqliteDb::quoted(m_geometryColumn), SqliteDb::quoted(m_table),
                                    placeholders.join(QLatin1Char(','))));
        if (!stmt)
            return stmt.error();
        stmt->bindAll(fids);
        Status done = stmt->forEachRow([&] {
            const MapFeature *cached = findIn(m_current, stmt->int64(0));
            if (!cached)
                return;
            MapFeature &copy = m_store.emplace_back(*cached);
            const QByteArrayView blob = stmt->blobView(1);
            setGeometry(copy, blob.data(), blob.size());
            if (copy.hasGeometry)
                replace(&copy);
            else
                m_store.pop_back(); // unreadable shape: keep the box rather than copy it each time
        });
        if (!done)
            return done;
    }
    return {};
}

void LayerSource::adopt(FeatureList added)
{
    if (added.empty())
        return;
    if (!std::is_sorted(added.begin(), added.end(), byFid)) // a whole-table scan comes sorted
        std::sort(added.begin(), added.end(), byFid);
    const auto middle = m_current.insert(m_current.end(), added.begin(), added.end());
    std::inplace_merge(m_current.begin(), middle, m_current.end(), byFid);
    m_changed = true;
}

void LayerSource::replace(const MapFeature *copy)
{
    const auto it = std::lower_bound(m_current.begin(), m_current.end(), copy, byFid);
    Q_ASSERT(it != m_current.end() && (*it)->fid == copy->fid);
    *it = copy;
    m_changed = true;
}

void LayerSource::publish()
{
    if (!m_changed)
        return;
    std::shared_ptr<const FeatureList> snapshot = std::make_shared<const FeatureList>(m_current);
    {
        std::lock_guard lock(m_publishedMutex);
        m_published.swap(snapshot); // the old one is freed outside the lock, or by its last reader
    }
    m_changed = false;
}

std::shared_ptr<const LayerSource::FeatureList> LayerSource::published() const
{
    std::lock_guard lock(m_publishedMutex);
    return m_published;
}

LayerSource::FeatureList LayerSource::cachedIn(const QRectF &view) const
{
    FeatureList result;
    if (const std::shared_ptr<const FeatureList> snapshot = published()) {
        for (const MapFeature *f : *snapshot) {
            if (touches(*f, view))
                result.push_back(f);
        }
    }
    return result;
}

Result<std::vector<const MapFeature *>> LayerSource::features(const QRectF &view,
                                                              double metresPerPixel,
                                                              const std::atomic<bool> *cancel,
                                                              bool waitIfBusy)
{
    std::unique_lock lock(m_mutex, std::defer_lock);
    if (waitIfBusy)
        lock.lock();
    else if (!lock.try_lock())
        return cachedIn(view);
    // Declared after the lock, so it runs before the unlock, on every way out.
    auto publishing = qScopeGuard([this] { publish(); });
    FeatureList result;
    if (m_layerExtent.isNull())
        return result;
    const QRectF layerRect = m_transform->inverseBounds(view);
    if (!loaded(layerRect)) {
        const bool whole = layerRect.contains(m_layerExtent);
        // Read a margin around the view so that small pans need no query at all.
        const QRectF margin
            = whole ? m_layerExtent
                    : layerRect.adjusted(-layerRect.width() * 0.1, -layerRect.height() * 0.1,
                                         layerRect.width() * 0.1, layerRect.height() * 0.1);
        Status done = whole ? load(QString(), {}, metresPerPixel, cancel)
                            : load(QStringLiteral("JOIN %1 r ON r.id = t.fid WHERE r.maxx >= ?1 "
                                                  "AND r.minx <= ?2 AND r.maxy >= ?3 AND "
                                                  "r.miny <= ?4")
                                       .arg(SqliteDb::quoted(m_rtree)),
                                   {margin.left(), margin.right(), margin.top(), margin.bottom()},
                                   metresPerPixel, cancel);
        if (!done)
            return Error{tr("Cannot read layer %1: %2").arg(m_table, done.errorMessage())};
        if (cancel && cancel->load())
            return result;
        m_loadedRects.push_back(whole ? m_layerExtent.adjusted(-1e12, -1e12, 1e12, 1e12) : margin);
    }
    const double dotSize = MapFeature::kDotPixels * metresPerPixel;
    std::vector<size_t> inView; // positions in m_current, which upgrades below keep
    FeatureList needGeometry;
    for (size_t i = 0; i < m_current.size(); ++i) {
        const MapFeature &feature = *m_current[i];
        if (!touches(feature, view))
            continue;
        inView.push_back(i);
        if (!feature.hasGeometry
            && (feature.bounds.width() >= dotSize || feature.bounds.height() >= dotSize))
            needGeometry.push_back(&feature);
    }
    if (!needGeometry.empty()) {
        if (Status done = loadGeometries(needGeometry); !done)
            return Error{tr("Cannot read layer %1: %2").arg(m_table, done.errorMessage())};
    }
    result.reserve(inView.size());
    for (size_t i : inView)
        result.push_back(m_current[i]);
    return result;
}

const MapFeature *LayerSource::feature(qint64 fid)
{
    std::lock_guard lock(m_mutex);
    auto publishing = qScopeGuard([this] { publish(); });
    const MapFeature *found = findIn(m_current, fid);
    if (!found) {
        if (!load(QStringLiteral("WHERE t.fid = ?1"), {fid}, 0, nullptr))
            return nullptr;
        found = findIn(m_current, fid);
        if (!found)
            return nullptr;
    }
    if (!found->hasGeometry) {
        (void)loadGeometries({found});
        found = findIn(m_current, fid);
    }
    return found;
}

const MapFeature *LayerSource::cachedFeature(qint64 fid) const
{
    const std::shared_ptr<const FeatureList> snapshot = published();
    return snapshot ? findIn(*snapshot, fid) : nullptr;
}

qint64 LayerSource::cachedCount() const
{
    const std::shared_ptr<const FeatureList> snapshot = published();
    return snapshot ? qint64(snapshot->size()) : 0;
}

Status LayerSource::invalidate(const QSet<qint64> &fids)
{
    if (fids.isEmpty())
        return {};
    std::lock_guard lock(m_mutex);
    auto publishing = qScopeGuard([this] { publish(); });
    QStringList placeholders;
    QVariantList args;
    for (const qint64 fid : fids) {
        placeholders << QStringLiteral("?%1").arg(args.size() + 1);
        args << fid;
    }
    // The old copies leave the cache (a render holding them finishes with them); deleted
    // features stay gone, the others come back below.
    std::erase_if(m_current, [&fids](const MapFeature *f) { return fids.contains(f->fid); });
    m_changed = true;
    // Fresh copies, full geometry: an edited feature is usually the one the user looks at.
    if (Status done = load(QStringLiteral("WHERE t.fid IN (%1)").arg(placeholders.join(u',')), args,
                           0, nullptr);
        !done)
        return done;
    // Features on the map: rows with a geometry, as counted when the layer was opened.
    if (auto count = m_db.prepare(boundsSql(m_rtree, m_table, m_columns.hiddenIf))) {
        if (const SqliteStep row = count->step(); row.hasRow())
            m_featureCount = count->int64(4);
    }
    return {};
}
