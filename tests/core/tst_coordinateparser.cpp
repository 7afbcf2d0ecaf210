// SPDX-License-Identifier: GPL-3.0-or-later
// Go to a coordinate: what people type or paste (degrees in either order, degrees-minutes-
// seconds, Chinese notation, Gauss-Kruger X/Y with and without zone number, Amap/Baidu degrees)
// and the messages for what cannot be read; the survey-convention Gauss-Kruger readout.
#include "core/map/crs/chinacoords.h"
#include "core/map/crs/coordinateparser.h"
#include "core/map/crs/crscatalog.h"
#include "core/map/crs/gausskruger.h"

#include <QTest>

#include <geodesic.h>
#include <ogr_spatialref.h>

namespace {

double metres(QPointF a, QPointF b)
{
    geod_geodesic g;
    geod_init(&g, 6378137.0, 1 / 298.257222101);
    double s12 = 0;
    geod_inverse(&g, a.y(), a.x(), b.y(), b.x(), &s12, nullptr, nullptr);
    return s12;
}

// 30°16'48"N 120°09'00"E
const QPointF kHangzhou(120.15, 30.28);

// Where PROJ puts kHangzhou in a CGCS2000 zone (easting, northing).
QPointF projected(int epsg)
{
    OGRSpatialReference from, to;
    from.importFromEPSG(4490);
    from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    to.importFromEPSG(epsg);
    to.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> t(OGRCreateCoordinateTransformation(&from, &to));
    double x = kHangzhou.x(), y = kHangzhou.y();
    t->Transform(1, &x, &y);
    return {x, y};
}

} // namespace

class TestCoordinateParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void degrees_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::newRow("lon, lat") << QStringLiteral("120.15, 30.28") << 0;
        QTest::newRow("lat, lon") << QStringLiteral("30.28, 120.15") << 0;
        QTest::newRow("spaces") << QStringLiteral("  120.15   30.28 ") << 0;
        QTest::newRow("full-width") << QStringLiteral("１２０．１５，３０．２８") << 0;
        QTest::newRow("Chinese comma") << QStringLiteral("120.15，30.28") << 0;
        QTest::newRow("labels") << QStringLiteral("lat: 30.28 lon: 120.15") << 0;
        QTest::newRow("dms") << QStringLiteral("30°16'48\"N 120°09'00\"E") << 1;
        QTest::newRow("dms lon first") << QStringLiteral("120°9'0\"E, 30°16'48\"N") << 1;
        QTest::newRow("dms primes") << QStringLiteral("30°16′48″N 120°09′00″E") << 1;
        QTest::newRow("hemisphere first") << QStringLiteral("N30°16'48\" E120°9'") << 1;
        QTest::newRow("decimal minutes") << QStringLiteral("30°16.8'N 120°9'E") << 1;
        QTest::newRow("Chinese") << QStringLiteral("北纬30度16分48秒 东经120度9分") << 1;
        QTest::newRow("plain dms") << QStringLiteral("30 16 48 N 120 9 0 E") << 1;
        QTest::newRow("decimal hemispheres") << QStringLiteral("30.28N 120.15E") << 1;
    }

    void degrees()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        auto position = CoordinateParser::parse(text);
        QVERIFY2(position, qPrintable(position.errorMessage()));
        QCOMPARE(int(position->kind), kind);
        QVERIFY2(metres(position->lonLat, kHangzhou) < 0.5,
                 qPrintable(
                     QStringLiteral("%1, %2").arg(position->lonLat.x()).arg(position->lonLat.y())));
        QVERIFY2(position->description.contains(QStringLiteral("°N"))
                     && position->description.contains(QStringLiteral("°E")),
                 qPrintable(position->description));
    }

    void southAndWest()
    {
        auto position = CoordinateParser::parse(QStringLiteral("33°52'S 151°12'E"));
        QVERIFY(position);
        QVERIFY(qAbs(position->lonLat.y() + 33.8667) < 1e-3);
        position = CoordinateParser::parse(QStringLiteral("-33.8667, 151.2"));
        QVERIFY(position);
        QVERIFY(position->lonLat.y() < 0);
    }

    // A point copied from Amap or Baidu goes back to where it really is.
    void webMaps_data()
    {
        QTest::addColumn<int>("source");
        QTest::newRow("Amap") << int(CoordinateParser::Source::Gcj02);
        QTest::newRow("Baidu") << int(CoordinateParser::Source::Bd09);
    }

    void webMaps()
    {
        QFETCH(int, source);
        QPointF shown = ChinaCoords::gcj02FromWgs84(kHangzhou);
        if (CoordinateParser::Source(source) == CoordinateParser::Source::Bd09)
            shown = ChinaCoords::bd09FromGcj02(shown);
        const QString text
            = QStringLiteral("%1, %2").arg(shown.x(), 0, 'f', 7).arg(shown.y(), 0, 'f', 7);
        auto raw = CoordinateParser::parse(text);
        QVERIFY(raw && metres(raw->lonLat, kHangzhou) > 300);
        auto position = CoordinateParser::parse(text, CoordinateParser::Source(source));
        QVERIFY(position);
        QVERIFY2(metres(position->lonLat, kHangzhou) < 5,
                 qPrintable(QString::number(metres(position->lonLat, kHangzhou))));
    }

    void gaussKruger_data()
    {
        QTest::addColumn<int>("epsg");
        QTest::addColumn<bool>("northingFirst");
        QTest::newRow("zone 40, X first") << 4528 << true;
        QTest::newRow("zone 40, Y first") << 4528 << false;
        QTest::newRow("6° zone 20") << 4498 << true;
        QTest::newRow("no zone number") << 4549 << true;
    }

    void gaussKruger()
    {
        QFETCH(int, epsg);
        QFETCH(bool, northingFirst);
        const QPointF p = projected(epsg);
        const QString text
            = northingFirst
                  ? QStringLiteral("X=%1 Y=%2").arg(p.y(), 0, 'f', 2).arg(p.x(), 0, 'f', 2)
                  : QStringLiteral("%1 %2").arg(p.x(), 0, 'f', 2).arg(p.y(), 0, 'f', 2);
        auto position = CoordinateParser::parse(text, CoordinateParser::Source::Wgs84,
                                                QPointF(119.9, 28.5)); // the map is in Lishui
        QVERIFY2(position, qPrintable(position.errorMessage()));
        QCOMPARE(position->kind, CoordinateParser::Kind::GaussKruger);
        QVERIFY2(metres(position->lonLat, kHangzhou) < 0.05,
                 qPrintable(QString::number(metres(position->lonLat, kHangzhou))));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QString() << QStringLiteral("Type a coordinate");
        QTest::newRow("one number") << QStringLiteral("120.15") << QStringLiteral("one value");
        QTest::newRow("three numbers") << QStringLiteral("1, 2, 3") << QStringLiteral("3 values");
        QTest::newRow("letters") << QStringLiteral("Hangzhou") << QStringLiteral("hangzhou");
        QTest::newRow("symbol") << QStringLiteral("120.15 # 30.28") << QStringLiteral("#");
        QTest::newRow("latitude") << QStringLiteral("95N 120E") << QStringLiteral("latitude");
        QTest::newRow("minutes") << QStringLiteral("30°75'N 120°E") << QStringLiteral("60");
        QTest::newRow("two latitudes")
            << QStringLiteral("30N 31N") << QStringLiteral("both values are latitudes");
        QTest::newRow("no zone") << QStringLiteral("3350000, 500000")
                                 << QStringLiteral("zone number");
        QTest::newRow("bad zone") << QStringLiteral("3350000, 60500000")
                                  << QStringLiteral("not degrees");
        QTest::newRow("zone 24") << QStringLiteral("3350000, 24500000")
                                 << QStringLiteral("zone 24");
        QTest::newRow("metres both")
            << QStringLiteral("500000, 600000") << QStringLiteral("northing");
        QTest::newRow("dangling hemisphere")
            << QStringLiteral("30 120 N N") << QStringLiteral("hemisphere");
    }

    void badInput()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        auto position = CoordinateParser::parse(text);
        QVERIFY(!position);
        QVERIFY2(position.errorMessage().contains(says, Qt::CaseInsensitive),
                 qPrintable(position.errorMessage()));
        if (!text.isEmpty()) // the message names what was typed
            QVERIFY2(position.errorMessage().contains(text.trimmed()),
                     qPrintable(position.errorMessage()));
    }

    void gaussKrugerIsNeverAmap()
    {
        const QPointF p = projected(4528);
        auto position = CoordinateParser::parse(
            QStringLiteral("%1 %2").arg(p.y(), 0, 'f', 1).arg(p.x(), 0, 'f', 1),
            CoordinateParser::Source::Gcj02);
        QVERIFY(!position);
        QVERIFY(position.errorMessage().contains(QLatin1String("Amap")));
    }

    // The status bar writes X as the northing and Y as the easting with the zone number.
    void surveyReadout()
    {
        const auto p = GaussKruger::surveyPoint(kHangzhou.x(), kHangzhou.y());
        QVERIFY(p);
        QCOMPARE(p->zone, 40);
        QCOMPARE(p->centralMeridian, 120);
        QCOMPARE(p->epsg, 4528);
        const QPointF zoned = projected(4528); // easting with the zone number, northing
        QVERIFY(qAbs(p->x - zoned.y()) < 0.01);
        QVERIFY(qAbs(p->y - zoned.x()) < 0.01);
        QVERIFY(p->y > 40'000'000 && p->y < 41'000'000);
        QVERIFY(p->x > 3'000'000 && p->x < 4'000'000);
        const QString text = GaussKruger::surveyText(kHangzhou.x(), kHangzhou.y());
        QVERIFY2(text.contains(QStringLiteral("X %1").arg(p->x, 0, 'f', 1)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Y %1").arg(p->y, 0, 'f', 1)), qPrintable(text));
        // The readout parses back to the same place.
        auto back = CoordinateParser::parse(
            QStringLiteral("X %1 Y %2").arg(p->x, 0, 'f', 1).arg(p->y, 0, 'f', 1));
        QVERIFY(back && metres(back->lonLat, kHangzhou) < 0.1);
    }

    void crsCatalog()
    {
        QCOMPARE(CrsCatalog::epsg(QStringLiteral("cgcs2000-gk3"), 120), 4549);
        QCOMPARE(CrsCatalog::epsg(QStringLiteral("cgcs2000-gk3-zone"), 120), 4528);
        QCOMPARE(CrsCatalog::epsg(QStringLiteral("cgcs2000-gk6-zone"), 117), 4498);
        QCOMPARE(CrsCatalog::epsg(QStringLiteral("xian1980-gk3"), 120), 2385);
        QCOMPARE(CrsCatalog::epsg(QStringLiteral("beijing1954-gk3-zone"), 120), 2416);
        QCOMPARE(CrsCatalog::epsg(QStringLiteral("cgcs2000"), 0), 4490);
        QCOMPARE(CrsCatalog::epsg(QStringLiteral("cgcs2000-gk6"), 120), 0); // no such zone
        QCOMPARE(CrsCatalog::zoneNumber(3, 120), 40);
        QCOMPARE(CrsCatalog::zoneNumber(6, 117), 20);
        for (const CrsCatalog::Family &family : CrsCatalog::families()) {
            const QList<int> meridians
                = family.zoneWidth ? CrsCatalog::centralMeridians(family.id) : QList<int>{0};
            for (int meridian : meridians) {
                const int epsg = CrsCatalog::epsg(family.id, meridian);
                const auto back = CrsCatalog::find(epsg);
                QVERIFY(back);
                QCOMPARE(back->family, family.id);
                QCOMPARE(back->centralMeridian, meridian);
                OGRSpatialReference srs; // every code is one PROJ knows
                QCOMPARE(srs.importFromEPSG(epsg), OGRERR_NONE);
                if (family.zoneWidth)
                    QCOMPARE(srs.GetProjParm(SRS_PP_CENTRAL_MERIDIAN), double(meridian));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCoordinateParser)
#include "tst_coordinateparser.moc"
