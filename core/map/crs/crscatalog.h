// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The coordinate systems Chinese offices use, in the order they need them: CGCS2000 geographic;
// CGCS2000 3° and 6° Gauss-Kruger zones with and without the zone number in the easting; the same
// for Xian 1980 and Beijing 1954; then WGS 84 and Web Mercator. A family with zones gives one
// EPSG code per central meridian (75°E–135°E). Constant data, any thread.
class CrsCatalog
{
    Q_DECLARE_TR_FUNCTIONS(CrsCatalog)
public:
    struct Family
    {
        QString id;        // "cgcs2000-gk3", stable
        QString title;     // translated: "CGCS2000 3° Gauss-Kruger, zone number in the easting"
        int zoneWidth = 0; // 3 or 6 degrees; 0: no zones (one EPSG code)
        bool zonePrefix = false; // the easting carries the zone number (40 500 000)
    };
    struct Zoned
    {
        QString family;
        int centralMeridian = 0; // 0 for families without zones
    };

    static QList<Family> families();
    static std::optional<Family> family(const QString &id);
    // The central meridians of a family's zones (75, 78 … 135 or 75, 81 … 135).
    static QList<int> centralMeridians(const QString &family);
    // The zone number of a central meridian: 3° zones 25–45, 6° zones 13–23.
    static int zoneNumber(int zoneWidth, int centralMeridian);
    // 0 when the family or meridian is unknown.
    static int epsg(const QString &family, int centralMeridian = 0);
    // The family and meridian of an EPSG code; nullopt for codes outside the catalogue.
    static std::optional<Zoned> find(int epsg);
};
