// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gis/importcheck.h"

#include "core/domain/fields.h"
#include "core/map/crs/chinacoords.h"
#include "core/map/crs/crscatalog.h"
#include "core/map/crs/gausskruger.h"
#include "core/storage/gpkggeometry.h"
#include "core/storage/projectfile.h"
#include "core/storage/schema.h"
#include "core/storage/sqlitedb.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cpl_error.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <cmath>

namespace {

// Longitudes and latitudes of China with its islands, generously.
const QRectF kChina(QPointF(73, 3), QPointF(136, 54));
// Data this far (degrees, ≈ 55 km) beyond the project's extent is "far from it".
constexpr double kNearDegrees = 0.5;

bool inChina(const QPointF &lonLat)
{
    return kChina.contains(lonLat);
}

bool inChina(const QRectF &extent)
{
    return !extent.isNull() && inChina(extent.center());
}

bool nearProject(const QRectF &extent, const QRectF &project)
{
    return project.isNull()
           || project.adjusted(-kNearDegrees, -kNearDegrees, kNearDegrees, kNearDegrees)
                  .intersects(extent.isEmpty() ? extent.adjusted(0, 0, 1e-9, 1e-9) : extent);
}

double kilometres(const QPointF &a, const QPointF &b)
{
    const double cosLat = std::cos((a.y() + b.y()) / 2 * M_PI / 180);
    return 111.2 * std::hypot((a.x() - b.x()) * cosLat, a.y() - b.y());
}

QString crsTitle(int epsg)
{
    OGRSpatialReference srs;
    CPLPushErrorHandler(CPLQuietErrorHandler);
    const bool known = srs.importFromEPSG(epsg) == OGRERR_NONE;
    CPLPopErrorHandler();
    return known && srs.GetName()
               ? QStringLiteral("EPSG:%1 (%2)").arg(epsg).arg(QString::fromUtf8(srs.GetName()))
               : QStringLiteral("EPSG:%1").arg(epsg);
}

// Where a point in `crs` lands in CGCS2000 longitude/latitude.
std::optional<QPointF> landing(int epsg, const QPointF &point)
{
    OGRSpatialReference from, to;
    CPLPushErrorHandler(CPLQuietErrorHandler);
    std::optional<QPointF> result;
    if (from.importFromEPSG(epsg) == OGRERR_NONE
        && to.importFromEPSG(Schema::kStorageSrsId) == OGRERR_NONE) {
        from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        to.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        std::unique_ptr<OGRCoordinateTransformation> t(
            OGRCreateCoordinateTransformation(&from, &to));
        double x = point.x(), y = point.y();
        if (t && t->Transform(1, &x, &y) && std::isfinite(x) && std::isfinite(y))
            result = QPointF(x, y);
    }
    CPLPopErrorHandler();
    return result;
}

struct Candidate
{
    int epsg = 0;
    bool swap = false; // x and y exchanged from the way they were read
    QString why;       // the fix, said to the user
};

QRectF swapped(const QRectF &r)
{
    return QRectF(QPointF(r.top(), r.left()), QPointF(r.bottom(), r.right()));
}

bool isDegrees(const QRectF &r)
{
    return r.left() >= -180 && r.right() <= 180 && r.top() >= -90 && r.bottom() <= 90;
}

// Eastings of a Gauss-Kruger zone without its number, with the number (13–45 million), and
// northings inside China.
bool isEasting(double v)
{
    return (v >= 0 && v < 1'000'000) || (v >= 13'000'000 && v < 46'000'000);
}
bool isNorthing(double v)
{
    return v >= 300'000 && v < 6'100'000;
}

} // namespace

VectorImport::Options ImportCheck::Suggestion::applied(VectorImport::Options options) const
{
    if (!sourceCrs.isEmpty())
        options.sourceCrs = sourceCrs;
    if (swapXY)
        options.swapXY = *swapXY;
    if (webOffset)
        options.webOffset = *webOffset;
    return options;
}

QRectF ImportCheck::projectExtent(ProjectFile &project)
{
    QRectF extent;
    for (const char *layer : {"units", "parks", "parcels", "enclaves"}) {
        const QString rtree = QStringLiteral("rtree_%1_geom").arg(QLatin1String(layer));
        if (!project.db().tableExists(rtree))
            continue;
        auto box = project.db().prepare(
            QStringLiteral("SELECT min(minx), min(miny), max(maxx), max(maxy) FROM %1")
                .arg(SqliteDb::quoted(rtree)));
        if (!box)
            continue;
        auto row = box->step();
        if (!row.hasRow() || box->isNull(0))
            continue;
        const QRectF r(QPointF(box->real(0), box->real(1)), QPointF(box->real(2), box->real(3)));
        extent = extent.isNull() ? r : extent.united(r);
    }
    return extent;
}

namespace {

// The source's title column for the options' layer (a parcel's code, a park's name …), -1 if none.
int titleColumn(const VectorImport::Source &source, const VectorImport::Options &options)
{
    const QList<const Field *> titles = Fields::withFlag(Fields::of(options.layer), Field::Title);
    if (titles.isEmpty())
        return -1;
    const QMap<QString, QString> mapping
        = options.mapping.isEmpty() ? VectorImport::guessMapping(options.layer, source.fields)
                                    : options.mapping;
    return int(source.fields.indexOf(mapping.value(Fields::key(*titles.first()))));
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

// A consistent offset of several hundred metres between the source's features and the
// project's features of the same name, which removing GCJ-02 or BD-09 takes away.
std::optional<ImportCheck::Suggestion> offsetAgainstKnown(const VectorImport::Source &source,
                                                          const VectorImport::Options &options,
                                                          const QHash<QString, QPointF> &known)
{
    const int column = titleColumn(source, options);
    if (column < 0 || known.isEmpty() || options.webOffset != VectorImport::WebOffset::None)
        return std::nullopt;
    QList<double> asRead, fromGcj, fromBd;
    for (const VectorImport::Feature &f : source.features) {
        const auto it = known.constFind(f.values.value(column).trimmed());
        if (it == known.cend() || !f.geometry || f.geometry->IsEmpty())
            continue;
        OGRPoint centre;
        if (f.geometry->Centroid(&centre) != OGRERR_NONE)
            continue;
        const QPointF at(centre.getX(), centre.getY());
        asRead << kilometres(at, *it) * 1000;
        fromGcj << kilometres(ChinaCoords::wgs84FromGcj02(at), *it) * 1000;
        fromBd << kilometres(ChinaCoords::wgs84FromBd09(at), *it) * 1000;
    }
    const double off = median(asRead);
    if (asRead.size() < 2 || off < 100 || off > 1500)
        return std::nullopt;
    const bool baidu = median(fromBd) < median(fromGcj);
    const double after = baidu ? median(fromBd) : median(fromGcj);
    if (after > off / 5)
        return std::nullopt;
    const QString name = baidu ? QStringLiteral("BD-09") : QStringLiteral("GCJ-02");
    ImportCheck::Suggestion s;
    s.warning = ImportCheck::tr("%n feature(s) named as in the project lie a median of %1 m from "
                                "the project's, a consistent offset: taken back from %2 (%3) they "
                                "lie %4 m from them.",
                                nullptr, int(asRead.size()))
                    .arg(std::round(off))
                    .arg(name, baidu ? ImportCheck::tr("Baidu Maps")
                                     : ImportCheck::tr("Amap (Gaode) or Tencent Maps"))
                    .arg(std::round(after));
    s.fix = ImportCheck::tr("Take them back from %1 to WGS 84.").arg(name);
    s.webOffset = baidu ? VectorImport::WebOffset::Bd09 : VectorImport::WebOffset::Gcj02;
    return s;
}

} // namespace

QHash<QString, QPointF> ImportCheck::knownPositions(ProjectFile &project,
                                                    const VectorImport::Source &source,
                                                    const VectorImport::Options &options)
{
    QHash<QString, QPointF> known;
    const int column = titleColumn(source, options);
    const QList<const Field *> titles = Fields::withFlag(Fields::of(options.layer), Field::Title);
    if (column < 0 || !VectorImport::layers().contains(options.layer))
        return known;
    QJsonArray names;
    for (const VectorImport::Feature &f : source.features) {
        if (const QString name = f.values.value(column).trimmed(); !name.isEmpty())
            names.append(name);
    }
    auto stmt = project.db().prepare(
        QStringLiteral("SELECT %1, geom FROM %2 WHERE geom IS NOT NULL AND %1 IN (SELECT value "
                       "FROM json_each(?1))")
            .arg(SqliteDb::quoted(Fields::column(*titles.first())),
                 SqliteDb::quoted(options.layer)));
    if (!stmt)
        return known;
    stmt->bindAll({QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact))});
    Status done = stmt->forEachRow([&] {
        auto geometry = GpkgGeometry::decode(stmt->blob(1));
        OGRPoint centre;
        if (geometry && !geometry->IsEmpty() && geometry->Centroid(&centre) == OGRERR_NONE)
            known.insert(stmt->text(0), QPointF(centre.getX(), centre.getY()));
    });
    Q_UNUSED(done); // without them the check only loses one of its clues
    return known;
}

QList<ImportCheck::Suggestion> ImportCheck::run(const VectorImport::Source &source,
                                                const VectorImport::Options &options,
                                                const QRectF &project,
                                                const QHash<QString, QPointF> &known)
{
    QList<Suggestion> suggestions;
    const VectorImport::Report &report = source.report;
    const QRectF raw = source.rawExtent;
    const QRectF lands = source.extent;

    // Candidate readings of the coordinates, most likely first.
    auto candidates = [&](bool outside) {
        QList<Candidate> list;
        const auto zoned = CrsCatalog::find(source.crsEpsg);
        const auto family = zoned ? CrsCatalog::family(zoned->family) : std::nullopt;
        if (source.projected && isDegrees(raw)) {
            list << Candidate{4490, false,
                              tr("The coordinates are degrees: read them as CGCS2000 "
                                 "longitude/latitude.")};
            list << Candidate{4490, true,
                              tr("The coordinates are degrees with latitude first: swap them "
                                 "and read them as CGCS2000 longitude/latitude.")};
        }
        if (!source.projected && isDegrees(swapped(raw)) && outside)
            list << Candidate{source.crsEpsg ? source.crsEpsg : 4490, true,
                              tr("Latitude and longitude are the wrong way round: swap them.")};
        if (family && family->zoneWidth) {
            const QString sibling = family->zonePrefix ? zoned->family.chopped(5) // "-zone"
                                                       : zoned->family + QStringLiteral("-zone");
            if (family->zonePrefix && raw.left() >= 0 && raw.right() < 1'000'000) {
                const int epsg = CrsCatalog::epsg(sibling, zoned->centralMeridian);
                list << Candidate{epsg, false,
                                  tr("The eastings have no zone number, which %1 expects: read "
                                     "them as %2.")
                                      .arg(crsTitle(source.crsEpsg), crsTitle(epsg))};
            }
            if (!family->zonePrefix && raw.left() >= 1'000'000) {
                const int zone = int(std::floor(raw.left() / 1'000'000));
                const int meridian = family->zoneWidth == 3 ? zone * 3 : zone * 6 - 3;
                if (const int epsg = CrsCatalog::epsg(sibling, meridian))
                    list << Candidate{epsg, false,
                                      tr("The eastings carry the zone number %1, and %2 adds its "
                                         "own false easting: the zone is counted twice. Read "
                                         "them as %3.")
                                          .arg(zone)
                                          .arg(crsTitle(source.crsEpsg), crsTitle(epsg))};
            }
        }
        // What the coordinates say about themselves, as they are and swapped.
        for (bool swap : {false, true}) {
            const QRectF r = swap ? swapped(raw) : raw;
            if (swap && !(isNorthing(raw.left()) && isEasting(raw.top())))
                continue;
            const auto guess = GaussKruger::guessCrs(r.left(), r.top(), r.right(), r.bottom());
            int epsg = 0;
            if (guess.kind == GaussKruger::Guess::Kind::Zoned)
                epsg = guess.epsg;
            else if (guess.kind == GaussKruger::Guess::Kind::ZoneMissing && !project.isNull())
                if (auto gk = GaussKruger::fromLonLat(project.center().x(), project.center().y()))
                    epsg = gk->epsg;
            if (!epsg)
                continue;
            if (swap)
                list << Candidate{epsg, true,
                                  tr("X and Y are the wrong way round (surveys write the "
                                     "northing first): swap them and read them as %1.")
                                      .arg(crsTitle(epsg))};
            else if (epsg != source.crsEpsg)
                list << Candidate{epsg, false, tr("Read them as %1.").arg(crsTitle(epsg))};
        }
        if (family && family->zoneWidth && !outside) {
            // The wrong zone: the meridian nearest the project.
            for (int meridian : CrsCatalog::centralMeridians(zoned->family)) {
                if (meridian == zoned->centralMeridian)
                    continue;
                const int epsg = CrsCatalog::epsg(zoned->family, meridian);
                list << Candidate{
                    epsg, false,
                    tr("The data may be in another zone: read it as %1.").arg(crsTitle(epsg))};
            }
        }
        return list;
    };
    // The first candidate that lands near the project, else the first that lands in China.
    auto bestFix = [&](bool outside) -> std::optional<Candidate> {
        std::optional<Candidate> inside;
        for (const Candidate &c : candidates(outside)) {
            // A candidate's swap is relative to the coordinates as they were read.
            const QPointF asRead = c.swap ? swapped(raw).center() : raw.center();
            const auto lonLat = landing(c.epsg, asRead);
            if (!lonLat || !inChina(*lonLat))
                continue;
            if (!project.isNull() && nearProject(QRectF(*lonLat, QSizeF()), project))
                return c;
            if (outside && !inside)
                inside = c;
        }
        return inside;
    };

    if (!raw.isNull() && !inChina(lands)) {
        Suggestion s;
        s.warning = lands.isNull()
                        ? tr("The coordinates (x %1, y %2) cannot be placed on the earth in %3.")
                              .arg(raw.center().x(), 0, 'f', 0)
                              .arg(raw.center().y(), 0, 'f', 0)
                              .arg(report.crs)
                        : tr("Read in %1, the data lands outside China (around %2°, %3°).")
                              .arg(report.crs)
                              .arg(lands.center().x(), 0, 'f', 2)
                              .arg(lands.center().y(), 0, 'f', 2);
        if (auto fix = bestFix(true)) {
            s.fix = fix->why;
            s.sourceCrs = QStringLiteral("EPSG:%1").arg(fix->epsg);
            s.swapXY = fix->swap != options.swapXY;
        }
        suggestions << s;
    } else if (!raw.isNull() && !project.isNull() && !nearProject(lands, project)) {
        Suggestion s;
        s.warning = tr("Read in %1, the data lands %2 km from the project's own data.")
                        .arg(report.crs)
                        .arg(std::round(kilometres(lands.center(), project.center())));
        if (auto fix = bestFix(false)) {
            s.fix = fix->why;
            s.sourceCrs = QStringLiteral("EPSG:%1").arg(fix->epsg);
            s.swapXY = fix->swap != options.swapXY;
        }
        suggestions << s;
    } else if (report.crsOrigin == QLatin1String("near")) {
        suggestions << Suggestion{
            tr("The file has no coordinate system and its eastings carry no zone number; it was "
               "read in the project's zone, %1. Check that it lands where it should.")
                .arg(report.crs),
            {},
            {},
            {},
            {}};
    }

    if (auto offset = offsetAgainstKnown(source, options, known)) {
        suggestions << *offset;
    } else if (options.webOffset == VectorImport::WebOffset::None
               && !report.suggestedOffset.isEmpty()) {
        const bool baidu = report.suggestedOffset == QLatin1String("bd09");
        Suggestion s;
        s.warning = tr("%1 suggests the coordinates come from %2 (%3), which are 300–700 m off "
                       "the true positions.")
                        .arg(report.offsetReason,
                             baidu ? tr("Baidu Maps") : tr("Amap (Gaode) or Tencent Maps"),
                             baidu ? QStringLiteral("BD-09") : QStringLiteral("GCJ-02"));
        s.fix = tr("Take them back from %1 to WGS 84.")
                    .arg(baidu ? QStringLiteral("BD-09") : QStringLiteral("GCJ-02"));
        s.webOffset = baidu ? VectorImport::WebOffset::Bd09 : VectorImport::WebOffset::Gcj02;
        suggestions << s;
    }
    return suggestions;
}
