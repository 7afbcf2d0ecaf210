// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gis/unitboundaries.h"

#include "core/commands/commands.h"
#include "core/io/gdalutil.h"
#include "core/project/projectdocument.h"
#include "core/storage/gpkggeometry.h"
#include "core/storage/projectfile.h"
#include "core/storage/schema.h"
#include "core/storage/sqlitedb.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSet>

#include <ogr_geometry.h>

namespace {

// The code list of Zhejiang's county-level units (GB/T 2260), newer than the boundaries: it
// knows 临安区 (330112), whose boundary is still called 临安市.
struct CodeEntry
{
    QString name;
    QString cityCode;
};

const QHash<QString, CodeEntry> &codeList()
{
    static const QHash<QString, CodeEntry> list = [] {
        QHash<QString, CodeEntry> entries;
        QFile file(QStringLiteral(":/boundaries/zhejiang-adcodes-county.csv"));
        if (!file.open(QIODevice::ReadOnly))
            return entries;
        auto records = readGdalRecords(file.readAll(), QStringLiteral("adcodes.csv"));
        if (!records)
            return entries;
        for (const GdalRecord &r : *records)
            entries.insert(r.fields.value(QStringLiteral("code")),
                           {r.fields.value(QStringLiteral("name")),
                            r.fields.value(QStringLiteral("cityCode"))});
        return entries;
    }();
    return list;
}

// A name without its level: 青田县, 青田 → 青田; 景宁畲族自治县 → 景宁畲族.
QString baseName(QString name)
{
    name = name.trimmed();
    for (const QString &suffix : {QStringLiteral("自治县"), QStringLiteral("县"),
                                  QStringLiteral("市"), QStringLiteral("区")}) {
        if (name.size() > suffix.size() + 1 && name.endsWith(suffix))
            return name.chopped(suffix.size());
    }
    return name;
}

} // namespace

Result<QList<UnitBoundaries::Unit>> UnitBoundaries::withoutBoundary(ProjectFile &project)
{
    auto stmt = project.db().prepare(
        QStringLiteral("SELECT fid, name, coalesce(adcode, ''), coalesce(city, '') FROM units "
                       "WHERE geom IS NULL OR ST_IsEmpty(geom) ORDER BY fid"));
    if (!stmt)
        return stmt.error();
    QList<Unit> units;
    Status done = stmt->forEachRow([&] {
        units << Unit{stmt->int64(0), stmt->text(1), stmt->text(2), stmt->text(3)};
    });
    if (!done)
        return done.error();
    return units;
}

Result<QList<UnitBoundaries::Boundary>> UnitBoundaries::bundled()
{
    // Parsed once (ten megabytes of GeoJSON); the list is shared, never changed.
    static QMutex mutex;
    static QList<Boundary> cached;
    QMutexLocker lock(&mutex);
    if (!cached.isEmpty())
        return cached;
    QFile file(QStringLiteral(":/boundaries/zhejiang-counties.geojson"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The Zhejiang county boundaries are missing from this build.")};
    auto records = readGdalRecords(file.readAll(), QStringLiteral("zhejiang-counties.geojson"));
    if (!records)
        return records.error();
    for (const GdalRecord &r : *records) {
        if (!r.geometry)
            continue;
        cached << Boundary{r.fields.value(QStringLiteral("name")),
                           r.fields.value(QStringLiteral("adcode")),
                           r.fields.value(QStringLiteral("city")), r.geometry};
    }
    return cached;
}

Result<QList<UnitBoundaries::Boundary>>
UnitBoundaries::fromFile(const QString &path, const VectorImport::Options &options)
{
    auto source = VectorImport::read(path, options);
    if (!source)
        return source.error();
    const QMap<QString, QString> mapping
        = VectorImport::guessMapping(QStringLiteral("units"), source->fields);
    const int name = int(source->fields.indexOf(mapping.value(QStringLiteral("name"))));
    const int adcode = int(source->fields.indexOf(mapping.value(QStringLiteral("adcode"))));
    const int city = int(source->fields.indexOf(mapping.value(QStringLiteral("city"))));
    if (name < 0 && adcode < 0)
        return Error{tr("%1 has no column with the units' names or administrative codes "
                        "(名称, 行政区划代码, XZQMC, adcode …).")
                         .arg(path)};
    QList<Boundary> boundaries;
    for (const VectorImport::Feature &f : std::as_const(source->features)) {
        if (!f.geometry || f.geometry->IsEmpty())
            continue;
        const auto type = wkbFlatten(f.geometry->getGeometryType());
        if (type != wkbPolygon && type != wkbMultiPolygon)
            continue;
        boundaries << Boundary{name >= 0 ? f.values.value(name).trimmed() : QString(),
                               adcode >= 0 ? f.values.value(adcode).trimmed() : QString(),
                               city >= 0 ? f.values.value(city).trimmed() : QString(), f.geometry};
    }
    if (boundaries.isEmpty())
        return Error{tr("%1 holds no polygons to take boundaries from.").arg(path)};
    return boundaries;
}

QList<UnitBoundaries::Match> UnitBoundaries::match(const QList<Unit> &units,
                                                   const QList<Boundary> &boundaries)
{
    const auto &codes = codeList();
    QHash<QString, QString> cityOfCode; // city code → city name, as the boundaries name them
    for (auto it = codes.cbegin(); it != codes.cend(); ++it) {
        for (const Boundary &b : boundaries) {
            if (b.adcode == it.key() && !b.city.isEmpty())
                cityOfCode.insert(it->cityCode, b.city);
        }
    }
    QList<Match> matches;
    for (const Unit &unit : units) {
        Match m{unit.fid, -1, {}};
        if (!unit.adcode.isEmpty()) {
            for (int i = 0; i < boundaries.size() && m.boundary < 0; ++i) {
                if (boundaries[i].adcode == unit.adcode)
                    m = {unit.fid, i, QStringLiteral("adcode")};
            }
        }
        // By name: the unit's, and the code list's for its code; within its city when told.
        QStringList names{unit.name};
        QString city = unit.city;
        if (const auto entry = codes.constFind(unit.adcode); entry != codes.cend()) {
            names << entry->name;
            if (city.isEmpty())
                city = cityOfCode.value(entry->cityCode);
        }
        for (const QString &name : std::as_const(names)) {
            if (m.boundary >= 0 || name.trimmed().isEmpty())
                break;
            QList<int> found;
            // The exact name, then without the level (临安区 → 临安市), then the start of a
            // longer one (景宁 ↔ 景宁畲族自治县).
            for (int pass = 0; pass < 3 && found.isEmpty(); ++pass) {
                const QString base = baseName(name);
                for (int i = 0; i < boundaries.size(); ++i) {
                    const QString other = boundaries[i].name;
                    if (pass == 0   ? other == name.trimmed()
                        : pass == 1 ? baseName(other) == base
                                    : (base.size() >= 2 && other.startsWith(base))
                                          || (baseName(other).size() >= 2
                                              && base.startsWith(baseName(other))))
                        found << i;
                }
            }
            // Several with one name: the one in the unit's city.
            if (found.size() > 1 && !city.isEmpty()) {
                QList<int> inCity;
                for (int i : std::as_const(found)) {
                    if (boundaries[i].city == city)
                        inCity << i;
                }
                found = inCity;
            }
            if (found.size() == 1)
                m = {unit.fid, found.first(), QStringLiteral("name")};
        }
        matches << m;
    }
    return matches;
}

Result<int> UnitBoundaries::apply(ProjectDocument &document, const QList<Match> &matches,
                                  const QList<Boundary> &boundaries)
{
    auto open = withoutBoundary(document.store());
    if (!open)
        return open.error();
    QSet<qint64> stillOpen;
    for (const Unit &unit : std::as_const(*open))
        stillOpen.insert(unit.fid);
    ChangeSet changes;
    int count = 0;
    for (const Match &m : matches) {
        if (m.boundary < 0 || m.boundary >= boundaries.size() || !stillOpen.contains(m.unit))
            continue;
        const OGRGeometry &shape = *boundaries[m.boundary].geometry;
        std::unique_ptr<OGRGeometry> multi(OGRGeometryFactory::forceToMultiPolygon(shape.clone()));
        if (!multi || wkbFlatten(multi->getGeometryType()) != wkbMultiPolygon)
            continue;
        multi->flattenTo2D();
        auto before = ChangeSet::readRow(document.store(), QStringLiteral("units"),
                                         QStringLiteral("fid"), m.unit);
        if (!before)
            return before.error();
        changes.add(
            {QStringLiteral("units"),
             QStringLiteral("fid"),
             m.unit,
             {{QStringLiteral("geom"), before->value(QStringLiteral("geom"))}},
             {{QStringLiteral("geom"), GpkgGeometry::encode(*multi, Schema::kStorageSrsId)}}});
        stillOpen.remove(m.unit); // one boundary per unit, whatever the list says
        ++count;
    }
    if (!count)
        return 0;
    if (Status done = Commands::apply(document, std::move(changes),
                                      tr("Fill in %n unit boundary(ies)", nullptr, count));
        !done)
        return done.error();
    return count;
}
