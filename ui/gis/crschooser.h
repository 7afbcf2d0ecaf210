// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;

// Chooses a coordinate system from CrsCatalog, Chinese needs first: a family (CGCS2000
// geographic, CGCS2000 3° Gauss-Kruger with or without zone number, Xian 1980, Beijing 1954,
// WGS 84, Web Mercator) and, for zoned families, the central meridian with its zone number.
// Both combo boxes ignore the mouse wheel unless focused.
class CrsChooser : public QWidget
{
    Q_OBJECT
public:
    explicit CrsChooser(QWidget *parent = nullptr);
    // 0 when nothing valid is chosen.
    int epsg() const;
    QString crs() const; // "EPSG:4549"; empty when nothing valid is chosen
    // Shows `epsg` when the catalogue has it; returns false (and changes nothing) otherwise.
    bool setEpsg(int epsg);
    // For a zoned family, the zone holding this longitude (the project's).
    void setPreferredLongitude(double lon) { m_longitude = lon; }

Q_SIGNALS:
    void changed();

private:
    void fillMeridians();
    QComboBox *m_family;
    QComboBox *m_meridian;
    double m_longitude = 120;
};
