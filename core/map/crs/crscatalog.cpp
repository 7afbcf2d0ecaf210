// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/crs/crscatalog.h"

namespace {

struct Entry
{
    const char *id;
    const char *title;
    int zoneWidth;
    bool zonePrefix;
    int firstEpsg; // of central meridian 75°E, or the only code
};

// EPSG codes run by central meridian from 75°E, one per zone.
constexpr Entry kEntries[] = {
    {"cgcs2000", QT_TRANSLATE_NOOP("CrsCatalog", "CGCS2000 geographic (longitude/latitude)"), 0,
     false, 4490},
    {"cgcs2000-gk3", QT_TRANSLATE_NOOP("CrsCatalog", "CGCS2000 3° Gauss-Kruger, no zone number"), 3,
     false, 4534},
    {"cgcs2000-gk3-zone",
     QT_TRANSLATE_NOOP("CrsCatalog", "CGCS2000 3° Gauss-Kruger, zone number in the easting"), 3,
     true, 4513},
    {"cgcs2000-gk6", QT_TRANSLATE_NOOP("CrsCatalog", "CGCS2000 6° Gauss-Kruger, no zone number"), 6,
     false, 4502},
    {"cgcs2000-gk6-zone",
     QT_TRANSLATE_NOOP("CrsCatalog", "CGCS2000 6° Gauss-Kruger, zone number in the easting"), 6,
     true, 4491},
    {"xian1980", QT_TRANSLATE_NOOP("CrsCatalog", "Xian 1980 geographic"), 0, false, 4610},
    {"xian1980-gk3", QT_TRANSLATE_NOOP("CrsCatalog", "Xian 1980 3° Gauss-Kruger, no zone number"),
     3, false, 2370},
    {"xian1980-gk3-zone",
     QT_TRANSLATE_NOOP("CrsCatalog", "Xian 1980 3° Gauss-Kruger, zone number in the easting"), 3,
     true, 2349},
    {"xian1980-gk6", QT_TRANSLATE_NOOP("CrsCatalog", "Xian 1980 6° Gauss-Kruger, no zone number"),
     6, false, 2338},
    {"xian1980-gk6-zone",
     QT_TRANSLATE_NOOP("CrsCatalog", "Xian 1980 6° Gauss-Kruger, zone number in the easting"), 6,
     true, 2327},
    {"beijing1954", QT_TRANSLATE_NOOP("CrsCatalog", "Beijing 1954 geographic"), 0, false, 4214},
    {"beijing1954-gk3",
     QT_TRANSLATE_NOOP("CrsCatalog", "Beijing 1954 3° Gauss-Kruger, no zone number"), 3, false,
     2422},
    {"beijing1954-gk3-zone",
     QT_TRANSLATE_NOOP("CrsCatalog", "Beijing 1954 3° Gauss-Kruger, zone number in the easting"), 3,
     true, 2401},
    {"beijing1954-gk6",
     QT_TRANSLATE_NOOP("CrsCatalog", "Beijing 1954 6° Gauss-Kruger, no zone number"), 6, false,
     21453},
    {"beijing1954-gk6-zone",
     QT_TRANSLATE_NOOP("CrsCatalog", "Beijing 1954 6° Gauss-Kruger, zone number in the easting"), 6,
     true, 21413},
    {"wgs84", QT_TRANSLATE_NOOP("CrsCatalog", "WGS 84 geographic (GPS)"), 0, false, 4326},
    {"webmercator", QT_TRANSLATE_NOOP("CrsCatalog", "Web Mercator (online maps)"), 0, false, 3857},
};

constexpr int kFirstMeridian = 75;
constexpr int kLastMeridian = 135;

const Entry *entry(const QString &id)
{
    for (const Entry &e : kEntries) {
        if (id == QLatin1String(e.id))
            return &e;
    }
    return nullptr;
}

CrsCatalog::Family family(const Entry &e)
{
    return {QString::fromLatin1(e.id), CrsCatalog::tr(e.title), e.zoneWidth, e.zonePrefix};
}

} // namespace

QList<CrsCatalog::Family> CrsCatalog::families()
{
    QList<Family> list;
    for (const Entry &e : kEntries)
        list << ::family(e);
    return list;
}

std::optional<CrsCatalog::Family> CrsCatalog::family(const QString &id)
{
    if (const Entry *e = entry(id))
        return ::family(*e);
    return std::nullopt;
}

QList<int> CrsCatalog::centralMeridians(const QString &id)
{
    QList<int> meridians;
    if (const Entry *e = entry(id); e && e->zoneWidth) {
        for (int m = kFirstMeridian; m <= kLastMeridian; m += e->zoneWidth)
            meridians << m;
    }
    return meridians;
}

int CrsCatalog::zoneNumber(int zoneWidth, int centralMeridian)
{
    if (zoneWidth == 3)
        return centralMeridian / 3;
    if (zoneWidth == 6)
        return (centralMeridian + 3) / 6;
    return 0;
}

int CrsCatalog::epsg(const QString &id, int centralMeridian)
{
    const Entry *e = entry(id);
    if (!e)
        return 0;
    if (!e->zoneWidth)
        return e->firstEpsg;
    if (centralMeridian < kFirstMeridian || centralMeridian > kLastMeridian
        || (centralMeridian - kFirstMeridian) % e->zoneWidth)
        return 0;
    return e->firstEpsg + (centralMeridian - kFirstMeridian) / e->zoneWidth;
}

std::optional<CrsCatalog::Zoned> CrsCatalog::find(int epsg)
{
    for (const Entry &e : kEntries) {
        if (!e.zoneWidth) {
            if (epsg == e.firstEpsg)
                return Zoned{QString::fromLatin1(e.id), 0};
            continue;
        }
        const int zones = (kLastMeridian - kFirstMeridian) / e.zoneWidth + 1;
        if (epsg >= e.firstEpsg && epsg < e.firstEpsg + zones)
            return Zoned{QString::fromLatin1(e.id),
                         kFirstMeridian + (epsg - e.firstEpsg) * e.zoneWidth};
    }
    return std::nullopt;
}
