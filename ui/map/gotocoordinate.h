// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QWidget>

#include <functional>

class QComboBox;
class QLineEdit;

// The "go to a coordinate" box of the toolbar: a line that takes what CoordinateParser reads
// (120.15, 30.28 · 30°16'48"N 120°09'00"E · Gauss-Kruger X Y) and a choice of where typed
// degrees come from (GPS/Tianditu, Amap/Tencent GCJ-02, Baidu BD-09). Enter parses; a position is
// emitted, or the translated reason it cannot be read (the line turns red until edited).
class GoToCoordinate : public QWidget
{
    Q_OBJECT
public:
    // `mapCentre` gives the longitude/latitude the map shows: the zone of Gauss-Kruger
    // coordinates typed without their zone number.
    explicit GoToCoordinate(std::function<QPointF()> mapCentre, QWidget *parent = nullptr);
    QLineEdit *line() const { return m_line; }
    QComboBox *source() const { return m_source; }
    void go();

Q_SIGNALS:
    void positionChosen(const QPointF &lonLat, const QString &description);
    void failed(const QString &message);

private:
    static QString help();
    std::function<QPointF()> m_mapCentre;
    QLineEdit *m_line;
    QComboBox *m_source;
};
