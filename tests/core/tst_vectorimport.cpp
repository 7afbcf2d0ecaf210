// SPDX-License-Identifier: GPL-3.0-or-later
// Importing features from GIS files into project layers, and exporting them back out. The inputs
// are written by the test through GDAL: a GBK Shapefile in EPSG:4549 with and without .cpg, a
// self-intersecting polygon, a CSV with x/y, Gauss-Kruger files with and without zone number.
#include "core/geometry/geodesic.h"
#include "core/gis/importcheck.h"
#include "core/gis/vectorexport.h"
#include "core/gis/vectorimport.h"
#include "core/gis/vectorpresets.h"
#include "core/ledger/importpresets.h"
#include "core/map/crs/chinacoords.h"
#include "core/project/projectdocument.h"
#include "core/storage/gpkggeometry.h"
#include "core/storage/projectfile.h"
#include "core/storage/sqlitedb.h"

#include "gdaltestutils.h"
#include "testutils.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <geodesic.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

using GdalTestUtils::SourceFeature;
using GdalTestUtils::writeLayer;
using GdalTestUtils::zipAdd;

namespace {

// A known position in CGCS2000 and where PROJ puts it in the 3° zone of 120°E (EPSG:4549).
constexpr double kLon = 120.1;
constexpr double kLat = 30.2;
QPointF projected(int epsg = 4549)
{
    OGRSpatialReference from, to;
    from.importFromEPSG(4490);
    from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    to.importFromEPSG(epsg);
    to.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> t(OGRCreateCoordinateTransformation(&from, &to));
    double x = kLon, y = kLat;
    t->Transform(1, &x, &y);
    return {x, y};
}

// A 100 m square centred on `c`, as WKT.
QString square(QPointF c, double half = 50)
{
    return QStringLiteral("POLYGON ((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))")
        .arg(c.x() - half, 0, 'f', 3)
        .arg(c.y() - half, 0, 'f', 3)
        .arg(c.x() + half, 0, 'f', 3)
        .arg(c.y() + half, 0, 'f', 3);
}

double metresFromKnown(double lon, double lat)
{
    geod_geodesic g;
    geod_init(&g, 6378137.0, 1 / 298.257222101);
    double s12 = 0;
    geod_inverse(&g, kLat, kLon, lat, lon, &s12, nullptr, nullptr);
    return s12;
}

const QString kOwner = QStringLiteral("丽水某某新材料有限公司");

QList<SourceFeature> gbkParcels()
{
    const QPointF c = projected();
    return {
        {{QStringLiteral("LS-001"), QStringLiteral("工业用地"), QStringLiteral("闲置"),
          QStringLiteral("15"), kOwner},
         square(c)},
        {{QStringLiteral("LS-002"), QStringLiteral("仓储用地"), QStringLiteral("在建"),
          QStringLiteral("20"), QStringLiteral("浙江某公司")},
         square(c + QPointF(300, 0))},
        // A bow tie: self-intersecting, repaired into two triangles.
        {{QStringLiteral("LS-003"), QStringLiteral("工业用地"), QStringLiteral("储备"), QString(),
          QString()},
         QStringLiteral("POLYGON ((%1 %2,%3 %4,%3 %2,%1 %4,%1 %2))")
             .arg(c.x() + 600)
             .arg(c.y())
             .arg(c.x() + 700)
             .arg(c.y() + 100)},
        // No shape at all: rejected.
        {{QStringLiteral("LS-004"), QString(), QString(), QString(), QString()}, QString()},
    };
}

const QStringList kParcelFields{QStringLiteral("DKBH"), QStringLiteral("YDXZ"),
                                QStringLiteral("ZT"), QStringLiteral("MJ"), QStringLiteral("QLR")};

qint64 count(ProjectFile &project, const QString &sql)
{
    return project.db().scalar(sql).value().toLongLong();
}

} // namespace

class TestVectorImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::unique_ptr<ProjectDocument> newProject(const QString &name)
    {
        auto created = ProjectFile::create(path(name));
        if (!created)
            qFatal("%s", qPrintable(created.errorMessage()));
        return std::make_unique<ProjectDocument>(created.takeValue());
    }

private Q_SLOTS:
    void gbkShapefile_data()
    {
        QTest::addColumn<bool>("withCpg");
        QTest::newRow("with .cpg") << true;
        QTest::newRow("without .cpg") << false;
    }

    void gbkShapefile()
    {
        QFETCH(bool, withCpg);
        const QString shp
            = path(withCpg ? QStringLiteral("gbk-cpg.shp") : QStringLiteral("gbk.shp"));
        writeLayer(shp, "ESRI Shapefile", 4549, kParcelFields, gbkParcels(),
                   {QStringLiteral("ENCODING=CP936")});
        QFile dbf(QString(shp).replace(QLatin1String(".shp"), QLatin1String(".dbf")));
        QVERIFY(dbf.open(QIODevice::ReadOnly));
        QVERIFY(!dbf.readAll().contains(kOwner.toUtf8())); // really GBK on disk
        if (!withCpg)
            QVERIFY(
                QFile::remove(QString(shp).replace(QLatin1String(".shp"), QLatin1String(".cpg"))));

        auto doc
            = newProject(withCpg ? QStringLiteral("gbk-cpg.gpkg") : QStringLiteral("gbk.gpkg"));
        VectorImport::Options options;
        auto report = VectorImport::run(*doc, shp, options);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->encoding, QStringLiteral("GBK"));
        QCOMPARE(report->encodingOrigin,
                 withCpg ? QStringLiteral("cpg") : QStringLiteral("detected"));
        QVERIFY(report->crs.startsWith(QLatin1String("EPSG:4549")));
        QCOMPARE(report->features, 4);
        QCOMPARE(report->accepted, 3);
        QCOMPARE(report->repaired, 1);
        QCOMPARE(report->rejected.size(), 1);
        QCOMPARE(report->rejected.first().index, 4);
        QVERIFY(report->written);
        QCOMPARE(report->mapping.value(QStringLiteral("owner")), QStringLiteral("QLR"));

        ProjectFile &project = doc->store();
        QCOMPARE(project.db()
                     .scalar(QStringLiteral("SELECT owner FROM parcels WHERE code = 'LS-001'"))
                     .value()
                     .toString(),
                 kOwner);
        QCOMPARE(project.db()
                     .scalar(QStringLiteral("SELECT land_use || '/' || status FROM parcels "
                                            "WHERE code = 'LS-002'"))
                     .value()
                     .toString(),
                 QStringLiteral("storage/construction"));
        // 闲置, a status of older files: now land sold and not used (已出让, 供而未用).
        QCOMPARE(project.db()
                     .scalar(QStringLiteral("SELECT status || '/' || idle_category FROM parcels "
                                            "WHERE code = 'LS-001'"))
                     .value()
                     .toString(),
                 QStringLiteral("transferred/supplied_unused"));
        // The R-tree follows (GDAL's triggers).
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM rtree_parcels_geom")), 3);

        // Areas on the ellipsoid: LS-001 says 15 亩 (a 100 m square is 15.0 亩), LS-002 says 20.
        QCOMPARE(report->flagged.size(), 1);
        QCOMPARE(report->flagged.first().index, 2);
        QVERIFY(qAbs(report->flagged.first().computedMu - 15.0) < 0.01);
        // LS-003 has no area in the file: the ellipsoidal one is stored.
        QVERIFY(count(project, QStringLiteral("SELECT area_mu > 0 FROM parcels WHERE code = "
                                              "'LS-003'"))
                == 1);
    }

    void positionsWithinFiveMetres_data()
    {
        QTest::addColumn<int>("epsg");      // the CRS the file is written in
        QTest::addColumn<bool>("withPrj");  // whether the file says so
        QTest::addColumn<double>("offset"); // easting added (the zone number)
        QTest::newRow("EPSG:4549 with .prj") << 4549 << true << 0.0;
        QTest::newRow("zone 40, no .prj") << 4528 << false << 0.0;
    }

    void positionsWithinFiveMetres()
    {
        QFETCH(int, epsg);
        QFETCH(bool, withPrj);
        QFETCH(double, offset);
        const QString shp = path(QStringLiteral("pos-%1.shp").arg(epsg));
        const QPointF c = projected(epsg) + QPointF(offset, 0);
        writeLayer(shp, "ESRI Shapefile", withPrj ? epsg : 0, {QStringLiteral("code")},
                   {{{QStringLiteral("P-1")}, square(c)}});
        auto doc = newProject(QStringLiteral("pos-%1.gpkg").arg(epsg));
        auto report = VectorImport::run(*doc, shp, {});
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QVERIFY2(report->crs.startsWith(QStringLiteral("EPSG:%1").arg(epsg)),
                 qPrintable(report->crs));
        QCOMPARE(report->crsOrigin, withPrj ? QStringLiteral("file") : QStringLiteral("guessed"));
        auto blob = doc->store().db().scalar(QStringLiteral("SELECT geom FROM parcels"));
        auto geometry = GpkgGeometry::decode(blob->toByteArray());
        QVERIFY(geometry);
        OGRPoint centre;
        QCOMPARE(geometry->Centroid(&centre), OGRERR_NONE);
        const double metres = metresFromKnown(centre.getX(), centre.getY());
        QVERIFY2(metres < 5, qPrintable(QString::number(metres)));
    }

    void zoneNumberMissing()
    {
        // Eastings around 500 km with no zone number and no .prj: which zone cannot be told.
        const QString shp = path(QStringLiteral("nozone.shp"));
        writeLayer(shp, "ESRI Shapefile", 0, {QStringLiteral("code")},
                   {{{QStringLiteral("P-1")}, square(projected())}});
        auto source = VectorImport::read(shp, {});
        QVERIFY(!source);
        QVERIFY2(source.errorMessage().contains(QLatin1String("nozone.shp"))
                     && source.errorMessage().contains(QLatin1String("EPSG:4534")),
                 qPrintable(source.errorMessage()));
        // Given the zone, it imports.
        VectorImport::Options options;
        options.sourceCrs = QStringLiteral("EPSG:4549");
        auto given = VectorImport::read(shp, options);
        QVERIFY2(given, qPrintable(given.errorMessage()));
        QCOMPARE(given->report.crsOrigin, QStringLiteral("option"));
    }

    void csvWithXY()
    {
        const QString csv = path(QStringLiteral("enclaves.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QPointF c = projected();
        file.write(QStringLiteral("名称,类型,x,y\n上海飞地,产业飞地,%1,%2\n")
                       .arg(c.x(), 0, 'f', 3)
                       .arg(c.y(), 0, 'f', 3)
                       .toUtf8());
        file.close();
        auto doc = newProject(QStringLiteral("csv.gpkg"));
        VectorImport::Options options;
        options.layer = QStringLiteral("enclaves");
        options.sourceCrs = QStringLiteral("EPSG:4549");
        auto report = VectorImport::run(*doc, csv, options);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->accepted, 1);
        auto &db = doc->store().db();
        QCOMPARE(db.scalar(QStringLiteral("SELECT name || '/' || kind FROM enclaves"))
                     .value()
                     .toString(),
                 QStringLiteral("上海飞地/industrial"));
        auto geometry = GpkgGeometry::decode(
            db.scalar(QStringLiteral("SELECT geom FROM enclaves")).value().toByteArray());
        QVERIFY(geometry);
        const OGRPoint *point = geometry->toPoint();
        QVERIFY(metresFromKnown(point->getX(), point->getY()) < 5);
    }

    void kmlFromWebMaps_data()
    {
        QTest::addColumn<int>("offset");
        QTest::newRow("GCJ-02") << int(VectorImport::WebOffset::Gcj02);
        QTest::newRow("BD-09") << int(VectorImport::WebOffset::Bd09);
    }

    // Points copied from Amap or Baidu: a KML whose positions are the known one shifted into
    // GCJ-02 (or BD-09); imported with the offset removed, they land within 5 m of it.
    void kmlFromWebMaps()
    {
        QFETCH(int, offset);
        const auto webOffset = VectorImport::WebOffset(offset);
        QPointF shifted = ChinaCoords::gcj02FromWgs84({kLon, kLat});
        if (webOffset == VectorImport::WebOffset::Bd09)
            shifted = ChinaCoords::bd09FromGcj02(shifted);
        const QString kml = path(QStringLiteral("web-%1.kml").arg(offset));
        writeLayer(kml, "KML", 4326, {QStringLiteral("Name")},
                   {{{QStringLiteral("丽水科创飞地")},
                     QStringLiteral("POINT (%1 %2)")
                         .arg(shifted.x(), 0, 'f', 9)
                         .arg(shifted.y(), 0, 'f', 9)}});
        auto doc = newProject(QStringLiteral("web-%1.gpkg").arg(offset));
        VectorImport::Options options;
        options.layer = QStringLiteral("enclaves");
        options.webOffset = webOffset;
        auto report = VectorImport::run(*doc, kml, options);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->accepted, 1);
        auto geometry
            = GpkgGeometry::decode(doc->store()
                                       .db()
                                       .scalar(QStringLiteral("SELECT geom FROM enclaves"))
                                       .value()
                                       .toByteArray());
        QVERIFY(geometry);
        const OGRPoint *point = geometry->toPoint();
        QVERIFY(metresFromKnown(shifted.x(), shifted.y()) > 300); // really shifted
        const double metres = metresFromKnown(point->getX(), point->getY());
        QVERIFY2(metres < 5, qPrintable(QString::number(metres)));
    }

    void dryRunWritesNothingAndUndoRestores()
    {
        const QString shp = path(QStringLiteral("undo.shp"));
        writeLayer(shp, "ESRI Shapefile", 4549, kParcelFields, gbkParcels(),
                   {QStringLiteral("ENCODING=UTF-8")});
        auto doc = newProject(QStringLiteral("undo.gpkg"));
        ProjectFile &project = doc->store();
        VectorImport::Options options;
        options.dryRun = true;
        auto dry = VectorImport::run(*doc, shp, options);
        QVERIFY(dry);
        QCOMPARE(dry->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(dry->accepted, 3);
        QVERIFY(!dry->written);
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM parcels")), 0);
        QCOMPARE(doc->undoStack().count(), 0);

        options.dryRun = false;
        auto report = VectorImport::run(*doc, shp, options);
        QVERIFY(report && report->written);
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM parcels")), 3);
        QCOMPARE(doc->undoStack().count(), 1);
        doc->undoStack().undo();
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM parcels")), 0);
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM rtree_parcels_geom")), 0);
        doc->undoStack().redo();
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM parcels")), 3);
    }

    void mapping()
    {
        const QString shp = path(QStringLiteral("mapping.shp"));
        writeLayer(shp, "ESRI Shapefile", 4549, {QStringLiteral("BH"), QStringLiteral("NAME")},
                   {{{QStringLiteral("A-1"), QStringLiteral("x")}, square(projected())}});
        auto doc = newProject(QStringLiteral("mapping.gpkg"));
        // BH is no header word of the catalogue: without a mapping the code is missing.
        auto guessed = VectorImport::run(*doc, shp, {});
        QVERIFY(guessed);
        QCOMPARE(guessed->accepted, 0);
        QCOMPARE(guessed->rejected.size(), 1);
        VectorImport::Options options;
        options.mapping.insert(QStringLiteral("code"), QStringLiteral("BH"));
        auto mapped = VectorImport::run(*doc, shp, options);
        QVERIFY2(mapped, qPrintable(mapped.errorMessage()));
        QCOMPARE(mapped->accepted, 1);
        options.mapping.insert(QStringLiteral("code"), QStringLiteral("NOPE"));
        QVERIFY(!VectorImport::run(*doc, shp, options));
    }

    void cliBrokenSourceAndDryRun()
    {
        const QString project = path(QStringLiteral("cli.gpkg"));
        QCOMPARE(TestUtils::run(TestUtils::cliPath(), {QStringLiteral("new"), project}).exitCode,
                 0);
        const QByteArray before = TestUtils::sha256(project);
        const QString broken = path(QStringLiteral("broken.shp"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a shapefile");
        file.close();
        auto result
            = TestUtils::run(TestUtils::cliPath(), {QStringLiteral("import"), project, broken});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("broken.shp"), result.err.constData());
        QCOMPARE(TestUtils::sha256(project), before);

        const QString shp = path(QStringLiteral("cli.shp"));
        writeLayer(shp, "ESRI Shapefile", 4549, kParcelFields, gbkParcels(),
                   {QStringLiteral("ENCODING=CP936")});
        result = TestUtils::run(TestUtils::cliPath(),
                                {QStringLiteral("import"), project, shp,
                                 QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("\"accepted\":3"), result.out.constData());
        QCOMPARE(TestUtils::sha256(project), before);

        result = TestUtils::run(TestUtils::cliPath(), {QStringLiteral("import"), project, shp});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(result.out.contains("GBK"));
    }

    // Parcel areas take a shortcut (Lambert's cylindrical equal-area projection of the
    // ellipsoid); GeographicLib measures the rest. Both agree with GeographicLib itself.
    void areasAgreeWithGeographicLib_data()
    {
        QTest::addColumn<double>("size"); // degrees across
        QTest::addColumn<int>("vertices");
        QTest::newRow("parcel 20 m, 12 vertices") << 0.0002 << 12;
        QTest::newRow("parcel 300 m, 40 vertices") << 0.003 << 40;
        QTest::newRow("park 5 km, long edges") << 0.05 << 6;
        QTest::newRow("county 60 km") << 0.6 << 200;
    }

    void areasAgreeWithGeographicLib()
    {
        QFETCH(double, size);
        QFETCH(int, vertices);
        geod_geodesic g;
        geod_init(&g, 6378137.0, 1 / 298.257222101);
        QRandomGenerator random(7);
        for (int round = 0; round < 20; ++round) {
            // A star-shaped ring around a point of China: simple, with uneven edges.
            const double lon = 100 + random.bounded(30.0), lat = 20 + random.bounded(25.0);
            OGRLinearRing ring;
            std::vector<double> lons, lats;
            for (int i = 0; i < vertices; ++i) {
                const double angle = 2 * M_PI * i / vertices;
                const double r = size / 2 * (0.6 + random.bounded(0.4));
                lons.push_back(lon + r * std::cos(angle));
                lats.push_back(lat + r * std::sin(angle));
                ring.addPoint(lons.back(), lats.back());
            }
            ring.closeRings();
            OGRPolygon polygon;
            polygon.addRing(&ring);
            double expected = 0;
            geod_polygonarea(&g, lats.data(), lons.data(), vertices, &expected, nullptr);
            const double area = Geodesic::areaM2(polygon);
            QVERIFY2(std::abs(area - std::abs(expected)) <= 1e-6 * std::abs(expected),
                     qPrintable(
                         QStringLiteral("%1 vs %2").arg(area, 0, 'f', 6).arg(expected, 0, 'f', 6)));
        }
    }

    // Validity is decided without GEOS only when certain: every invalid shape still reaches
    // GEOS and is repaired, and valid shapes with awkward vertices are left alone.
    void validityShortcut_data()
    {
        QTest::addColumn<QString>("wkt");
        QTest::addColumn<bool>("repaired");
        QTest::newRow("square") << "POLYGON ((0 0,100 0,100 100,0 100,0 0))" << false;
        QTest::newRow("straight vertex") << "POLYGON ((0 0,50 0,100 0,100 100,0 100,0 0))" << false;
        QTest::newRow("repeated vertex")
            << "POLYGON ((0 0,100 0,100 0,100 100,0 100,0 0))" << false;
        QTest::newRow("concave") << "POLYGON ((0 0,100 0,100 100,50 20,0 100,0 0))" << false;
        QTest::newRow("bow tie") << "POLYGON ((0 0,100 100,100 0,0 100,0 0))" << true;
        QTest::newRow("spike") << "POLYGON ((0 0,100 0,100 100,100 150,100 100,0 100,0 0))" << true;
        QTest::newRow("touches itself")
            << "POLYGON ((0 0,100 0,50 50,100 100,0 100,50 50,0 0))" << true;
        QTest::newRow("folds back") << "POLYGON ((0 0,100 0,50 0,50 100,0 0))" << true;
        QTest::newRow("with a hole")
            << "POLYGON ((0 0,100 0,100 100,0 100,0 0),(20 20,40 20,40 40,20 40,20 20))" << false;
        QTest::newRow("overlapping parts")
            << "MULTIPOLYGON (((0 0,100 0,100 100,0 100,0 0)),((50 50,150 50,150 150,50 150,50 "
               "50)))"
            << true;
    }

    void validityShortcut()
    {
        QFETCH(QString, wkt);
        QFETCH(bool, repaired);
        // In CGCS2000 degrees around the known point (1 unit = 1e-5°, about a metre), so that
        // the import reads exactly these coordinates.
        QString placed = wkt;
        static const QRegularExpression pair(QStringLiteral("(\\d+) (\\d+)"));
        placed.replace(pair, QStringLiteral("\\1e-5 \\2e-5"));
        OGRGeometry *shape = nullptr;
        QCOMPARE(OGRGeometryFactory::createFromWkt(placed.toLatin1().constData(), nullptr, &shape),
                 OGRERR_NONE);
        std::unique_ptr<OGRGeometry> owned(shape);
        struct Shift : OGRCoordinateTransformation
        {
            OGRSpatialReference *GetSourceCS() override { return nullptr; }
            OGRSpatialReference *GetTargetCS() override { return nullptr; }
            int Transform(int n, double *x, double *y, double *, double *, int *ok) override
            {
                for (int i = 0; i < n; ++i) {
                    x[i] += kLon;
                    y[i] += kLat;
                    if (ok)
                        ok[i] = TRUE;
                }
                return TRUE;
            }
            OGRCoordinateTransformation *Clone() const override { return new Shift(*this); }
            OGRCoordinateTransformation *GetInverse() const override { return nullptr; }
        } shift;
        owned->transform(&shift);
        CPLPushErrorHandler(CPLQuietErrorHandler);
        QCOMPARE(!owned->IsValid(), repaired); // GEOS's verdict, the one that counts
        CPLPopErrorHandler();
        char *text = nullptr;
        owned->exportToWkt(&text);
        const QString shifted = QString::fromLatin1(text);
        CPLFree(text);
        const QString name
            = QStringLiteral("valid-%1").arg(QTest::currentDataTag()).replace(u' ', u'-');
        writeLayer(path(name + QStringLiteral(".geojson")), "GeoJSON", 4490,
                   {QStringLiteral("DKBH")}, {{{QStringLiteral("V-1")}, shifted}});
        auto doc = newProject(name + QStringLiteral(".gpkg"));
        auto report = VectorImport::run(*doc, path(name + QStringLiteral(".geojson")), {});
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->accepted, 1);
        QCOMPARE(report->repaired, repaired ? 1 : 0);
    }

    // The formats offices send, each written by GDAL and read back into a layer.
    void formats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("layer"); // project layer
        QTest::newRow("GeoPackage") << "formats.gpkg"
                                    << "GPKG"
                                    << "parcels";
        QTest::newRow("File Geodatabase") << "formats.gdb"
                                          << "OpenFileGDB"
                                          << "parcels";
        QTest::newRow("KMZ") << "formats.kmz"
                             << "LIBKML"
                             << "parcels";
        QTest::newRow("DXF") << "formats.dxf"
                             << "DXF"
                             << "parcels";
        QTest::newRow("GPX") << "formats.gpx"
                             << "GPX"
                             << "enclaves";
        QTest::newRow("XLSX with 经度/纬度") << "formats.xlsx"
                                             << "XLSX"
                                             << "enclaves";
    }

    void formats()
    {
        QFETCH(QString, file);
        QFETCH(QString, driver);
        QFETCH(QString, layer);
        GDALAllRegister();
        if (!GetGDALDriverManager()->GetDriverByName(driver.toLatin1().constData()))
            QSKIP("GDAL was built without this driver");
        const QString target = path(file);
        const bool points = layer == QLatin1String("enclaves");
        const QPointF at(kLon, kLat);
        const QString shape = points ? QStringLiteral("POINT (%1 %2)").arg(kLon).arg(kLat)
                                     : QStringLiteral("POLYGON ((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))")
                                           .arg(kLon)
                                           .arg(kLat)
                                           .arg(kLon + 0.001)
                                           .arg(kLat + 0.001);
        if (driver == QLatin1String("XLSX")) {
            writeLayer(target, "XLSX", 0,
                       {QStringLiteral("名称"), QStringLiteral("类型"), QStringLiteral("经度"),
                        QStringLiteral("纬度")},
                       {{{QStringLiteral("上海飞地"), QStringLiteral("产业飞地"),
                          QString::number(kLon), QString::number(kLat)},
                         QString()}});
        } else if (driver == QLatin1String("GPX")) {
            writeLayer(target, "GPX", 4326, {QStringLiteral("name")},
                       {{{QStringLiteral("上海飞地")}, shape}}, {}, wkbPoint);
        } else if (driver == QLatin1String("DXF")) {
            // DXF keeps no attributes of ours: its Layer field (the CAD layer, "0") is mapped.
            writeLayer(target, "DXF", 0, {}, {{{}, shape}});
        } else {
            writeLayer(target, driver.toLatin1().constData(), 4490, {QStringLiteral("DKBH")},
                       {{{QStringLiteral("F-1")}, shape}}, {},
                       driver == QLatin1String("OpenFileGDB") || driver == QLatin1String("GPKG")
                           ? wkbPolygon
                           : wkbUnknown);
        }
        if (driver == QLatin1String("GPKG")) // a second layer, picked by name
            writeLayer(target, "GPKG", 4490, {QStringLiteral("DKBH")},
                       {{{QStringLiteral("G-2")}, shape}}, {}, wkbPolygon, "second");
        auto layers = VectorImport::sourceLayers(target);
        QVERIFY2(layers, qPrintable(layers.errorMessage()));
        VectorImport::Options options;
        options.layer = layer;
        if (driver == QLatin1String("GPKG")) {
            QCOMPARE(layers->size(), 2);
            options.sourceLayer = QStringLiteral("second");
        }
        if (driver == QLatin1String("DXF"))
            options.mapping = {{QStringLiteral("code"), QStringLiteral("Layer")}};
        if (driver == QLatin1String("GPX"))
            options.mapping = {{QStringLiteral("name"), QStringLiteral("name")}};
        auto doc = newProject(QStringLiteral("formats-%1.gpkg").arg(driver));
        auto report = VectorImport::run(*doc, target, options);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QVERIFY2(report->accepted == 1,
                 qPrintable(report->rejected.isEmpty() ? QStringLiteral("none read")
                                                       : report->rejected.first().reason));
        auto geometry
            = GpkgGeometry::decode(doc->store()
                                       .db()
                                       .scalar(QStringLiteral("SELECT geom FROM %1").arg(layer))
                                       .value()
                                       .toByteArray());
        QVERIFY(geometry);
        OGREnvelope box;
        geometry->getEnvelope(&box);
        QVERIFY(metresFromKnown(box.MinX, box.MinY) < 5);
        if (driver == QLatin1String("GPKG"))
            QCOMPARE(
                doc->store().db().scalar(QStringLiteral("SELECT code FROM parcels"))->toString(),
                QStringLiteral("G-2"));
        Q_UNUSED(at);
    }

    // A zipped Shapefile is read in place; an archive of several lists them as its layers.
    void zippedShapefile()
    {
        const QString folder = path(QStringLiteral("zip-src"));
        QVERIFY(QDir().mkpath(folder));
        writeLayer(folder + QStringLiteral("/dk.shp"), "ESRI Shapefile", 4549, kParcelFields,
                   gbkParcels(), {QStringLiteral("ENCODING=CP936")});
        QFile::remove(folder + QStringLiteral("/dk.cpg")); // GBK without .cpg, as offices send
        writeLayer(folder + QStringLiteral("/other.shp"), "ESRI Shapefile", 4549,
                   {QStringLiteral("DKBH")}, {{{QStringLiteral("X-1")}, square(projected())}});
        const QString one = path(QStringLiteral("one.zip"));
        const QString two = path(QStringLiteral("two.zip"));
        for (const char *suffix : {"shp", "shx", "dbf", "prj"}) {
            const QString s = QString::fromLatin1(suffix);
            QVERIFY(
                zipAdd(one, QStringLiteral("地块/dk.") + s, folder + QStringLiteral("/dk.") + s));
            QVERIFY(zipAdd(two, QStringLiteral("dk.") + s, folder + QStringLiteral("/dk.") + s));
            QVERIFY(
                zipAdd(two, QStringLiteral("other.") + s, folder + QStringLiteral("/other.") + s));
        }
        auto layers = VectorImport::sourceLayers(one);
        QVERIFY2(layers, qPrintable(layers.errorMessage()));
        QCOMPARE(layers->size(), 1);
        auto doc = newProject(QStringLiteral("zip.gpkg"));
        auto report = VectorImport::run(*doc, one, {});
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->encoding, QStringLiteral("GBK"));
        QCOMPARE(report->encodingOrigin, QStringLiteral("detected"));
        QCOMPARE(report->accepted, 3);
        QCOMPARE(doc->store()
                     .db()
                     .scalar(QStringLiteral("SELECT owner FROM parcels WHERE code = 'LS-001'"))
                     .value()
                     .toString(),
                 kOwner);

        layers = VectorImport::sourceLayers(two);
        QVERIFY(layers);
        QCOMPARE(layers->size(), 2);
        VectorImport::Options options;
        options.sourceLayer = QStringLiteral("other.shp");
        auto other = VectorImport::read(two, options);
        QVERIFY2(other, qPrintable(other.errorMessage()));
        QCOMPARE(other->features.size(), 1);
        QCOMPARE(other->features.first().values.first(), QStringLiteral("X-1"));

        // An archive with nothing GDAL reads is named in the message.
        const QString empty = path(QStringLiteral("empty.zip"));
        QVERIFY(zipAdd(empty, QStringLiteral("readme.txt"), folder + QStringLiteral("/dk.prj")));
        auto none = VectorImport::read(empty, {});
        QVERIFY(!none);
        QVERIFY2(none.errorMessage().contains(QLatin1String("empty.zip")),
                 qPrintable(none.errorMessage()));
    }

    // The preview reads a few features; the encoding can be overridden and re-read.
    void previewAndEncodingOverride()
    {
        const QString shp = path(QStringLiteral("preview.shp"));
        writeLayer(shp, "ESRI Shapefile", 4549, kParcelFields, gbkParcels(),
                   {QStringLiteral("ENCODING=CP936")});
        QVERIFY(QFile::remove(path(QStringLiteral("preview.cpg"))));
        VectorImport::Options options;
        options.limit = 2;
        auto preview = VectorImport::read(shp, options);
        QVERIFY(preview);
        QCOMPARE(preview->features.size(), 2);
        QCOMPARE(preview->report.encoding, QStringLiteral("GBK"));
        QCOMPARE(preview->features.first().values.last(), kOwner);
        // The extent is the whole layer's, and lands where it was written.
        QVERIFY(preview->rawExtent.width() > 650);
        QVERIFY(qAbs(preview->extent.center().y() - kLat) < 0.01);

        options.encoding = QStringLiteral("UTF-8");
        auto wrong = VectorImport::read(shp, options);
        QVERIFY(wrong);
        QCOMPARE(wrong->report.encodingOrigin, QStringLiteral("option"));
        QVERIFY(wrong->features.first().values.last() != kOwner);
        options.encoding = QStringLiteral("GBK");
        auto right = VectorImport::read(shp, options);
        QVERIFY(right);
        QCOMPARE(right->features.first().values.last(), kOwner);
    }

    // A CSV in GBK with 经度/纬度 columns: detected, decoded, and made into points.
    void gbkCsvWithLonLat()
    {
        const QString csv = path(QStringLiteral("gbk-points.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text = QStringLiteral("名称,类型,经度,纬度\n丽水科创飞地,科创飞地,%1,%2\n")
                              .arg(kLon)
                              .arg(kLat)
                              .toUtf8();
        char *gbk = CPLRecode(text.constData(), CPL_ENC_UTF8, "CP936");
        file.write(gbk);
        CPLFree(gbk);
        file.close();
        auto doc = newProject(QStringLiteral("gbk-csv.gpkg"));
        VectorImport::Options options;
        options.layer = QStringLiteral("enclaves");
        auto report = VectorImport::run(*doc, csv, options);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->encoding, QStringLiteral("GBK"));
        QCOMPARE(report->xField, QStringLiteral("经度"));
        QCOMPARE(report->accepted, 1);
        QCOMPARE(report->crs.left(9), QStringLiteral("EPSG:4490"));
        QCOMPARE(doc->store()
                     .db()
                     .scalar(QStringLiteral("SELECT name || '/' || kind FROM enclaves"))
                     .value()
                     .toString(),
                 QStringLiteral("丽水科创飞地/innovation"));
    }

    // Data that lands in the wrong place: the check names the likely fix, and the fix works.
    void sanityCheck_data()
    {
        QTest::addColumn<int>("prjEpsg");     // what the .prj says
        QTest::addColumn<int>("writtenEpsg"); // what the coordinates are
        QTest::addColumn<bool>("swapped");    // written northing first
        QTest::addColumn<QString>("fixCrs");  // the suggested CRS
        QTest::addColumn<bool>("fixSwap");
        QTest::newRow("zone number missing") << 4528 << 4549 << false << "EPSG:4549" << false;
        QTest::newRow("zone number twice") << 4549 << 4528 << false << "EPSG:4528" << false;
        QTest::newRow("x/y swapped") << 4549 << 4549 << true << "EPSG:4549" << true;
        QTest::newRow("degrees as metres") << 4549 << 4490 << false << "EPSG:4490" << false;
        QTest::newRow("wrong zone") << 4548 << 4549 << false << "EPSG:4549" << false;
    }

    void sanityCheck()
    {
        QFETCH(int, prjEpsg);
        QFETCH(int, writtenEpsg);
        QFETCH(bool, swapped);
        QFETCH(QString, fixCrs);
        QFETCH(bool, fixSwap);
        const QString shp
            = path(QStringLiteral("check-%1-%2-%3.shp").arg(prjEpsg).arg(writtenEpsg).arg(swapped));
        const QPointF c = projected(writtenEpsg);
        const double half = writtenEpsg == 4490 ? 0.001 : 50;
        QPointF at = swapped ? QPointF(c.y(), c.x()) : c;
        writeLayer(shp, "ESRI Shapefile", prjEpsg, {QStringLiteral("DKBH")},
                   {{{QStringLiteral("A-1")}, square(at, half)}});
        const QRectF project(QPointF(kLon - 0.2, kLat - 0.2), QSizeF(0.4, 0.4));
        auto source = VectorImport::read(shp, {});
        QVERIFY2(source, qPrintable(source.errorMessage()));
        const auto suggestions = ImportCheck::run(*source, {}, project);
        QCOMPARE(suggestions.size(), 1);
        const ImportCheck::Suggestion &s = suggestions.first();
        QVERIFY2(s.hasFix(), qPrintable(s.warning));
        QCOMPARE(s.sourceCrs, fixCrs);
        QCOMPARE(s.swapXY.value_or(false), fixSwap);
        const VectorImport::Options fixed = s.applied({});
        auto again = VectorImport::read(shp, fixed);
        QVERIFY(again);
        QVERIFY2(ImportCheck::run(*again, fixed, project).isEmpty(), qPrintable(s.fix));
        QVERIFY(metresFromKnown(again->extent.center().x(), again->extent.center().y()) < 5);
    }

    // Signs of a web map (a field called gcj_lng) suggest removing the GCJ-02 offset.
    void webOffsetSuggested()
    {
        const QString csv = path(QStringLiteral("shops.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QPointF gcj = ChinaCoords::gcj02FromWgs84({kLon, kLat});
        file.write(QStringLiteral("name,gcj_lng,gcj_lat\n店,%1,%2\n")
                       .arg(gcj.x(), 0, 'f', 7)
                       .arg(gcj.y(), 0, 'f', 7)
                       .toUtf8());
        file.close();
        auto source = VectorImport::read(csv, {});
        QVERIFY2(source, qPrintable(source.errorMessage()));
        QCOMPARE(source->report.suggestedOffset, QStringLiteral("gcj02"));
        QVERIFY(source->report.offsetReason.contains(QLatin1String("gcj_lng")));
        const auto suggestions = ImportCheck::run(*source, {}, {});
        QCOMPARE(suggestions.size(), 1);
        QCOMPARE(suggestions.first().webOffset, VectorImport::WebOffset::Gcj02);
        const VectorImport::Options fixed = suggestions.first().applied({});
        auto again = VectorImport::read(csv, fixed);
        QVERIFY(again);
        const auto *point = again->features.first().geometry->toPoint();
        QVERIFY(metresFromKnown(point->getX(), point->getY()) < 5);
        QVERIFY(ImportCheck::run(*again, fixed, {}).isEmpty());
    }

    // Features the project already has, copied again from Amap with nothing in the file saying
    // so: the consistent offset against the project's own positions gives it away.
    void webOffsetAgainstProject()
    {
        auto doc = newProject(QStringLiteral("known.gpkg"));
        QList<SourceFeature> truth, copied;
        for (int i = 0; i < 3; ++i) {
            const QPointF at(kLon + i * 0.01, kLat + i * 0.005);
            const QPointF gcj = ChinaCoords::gcj02FromWgs84(at);
            const QString name = QStringLiteral("丽水飞地%1").arg(i + 1);
            truth << SourceFeature{
                {name, QStringLiteral("产业飞地")},
                QStringLiteral("POINT (%1 %2)").arg(at.x(), 0, 'f', 8).arg(at.y(), 0, 'f', 8)};
            copied << SourceFeature{
                {name, QStringLiteral("产业飞地")},
                QStringLiteral("POINT (%1 %2)").arg(gcj.x(), 0, 'f', 8).arg(gcj.y(), 0, 'f', 8)};
        }
        writeLayer(path(QStringLiteral("truth.geojson")), "GeoJSON", 4490,
                   {QStringLiteral("name"), QStringLiteral("kind")}, truth);
        VectorImport::Options options;
        options.layer = QStringLiteral("enclaves");
        QVERIFY(VectorImport::run(*doc, path(QStringLiteral("truth.geojson")), options));

        const QString kml = path(QStringLiteral("copy.kml"));
        writeLayer(kml, "KML", 4326, {QStringLiteral("Name"), QStringLiteral("kind")}, copied);
        auto source = VectorImport::read(kml, options);
        QVERIFY2(source, qPrintable(source.errorMessage()));
        QVERIFY(source->report.suggestedOffset.isEmpty()); // no name gives it away
        const QRectF project = ImportCheck::projectExtent(doc->store());
        QVERIFY(ImportCheck::run(*source, options, project).isEmpty());
        const auto known = ImportCheck::knownPositions(doc->store(), *source, options);
        QCOMPARE(known.size(), 3);
        const auto suggestions = ImportCheck::run(*source, options, project, known);
        QCOMPARE(suggestions.size(), 1);
        QCOMPARE(suggestions.first().webOffset, VectorImport::WebOffset::Gcj02);
        QVERIFY2(suggestions.first().warning.contains(QLatin1String("GCJ-02")),
                 qPrintable(suggestions.first().warning));
        // Once removed, nothing is left to suggest.
        const VectorImport::Options fixed = suggestions.first().applied(options);
        auto again = VectorImport::read(kml, fixed);
        QVERIFY(again);
        QVERIFY(ImportCheck::run(*again, fixed, project,
                                 ImportCheck::knownPositions(doc->store(), *again, fixed))
                    .isEmpty());
    }

    // Unknown coded values are listed with their counts; the user's translation is taken.
    void valueTranslations()
    {
        const QString shp = path(QStringLiteral("values.shp"));
        QList<SourceFeature> features = gbkParcels().mid(0, 2);
        features[0].values[2] = QStringLiteral("征收中");
        features[1].values[2] = QStringLiteral("征收中");
        writeLayer(shp, "ESRI Shapefile", 4549, kParcelFields, features,
                   {QStringLiteral("ENCODING=UTF-8")});
        auto doc = newProject(QStringLiteral("values.gpkg"));
        auto source = VectorImport::read(shp, {});
        QVERIFY(source);
        VectorImport::Options options;
        const auto unknown = VectorImport::unknownValues(*source, options);
        QCOMPARE(unknown.size(), 1);
        QCOMPARE(unknown.first().field, QStringLiteral("status"));
        QCOMPARE(unknown.first().text, QStringLiteral("征收中"));
        QCOMPARE(unknown.first().count, 2);
        auto plan = VectorImport::plan(doc->store(), *source, options);
        QVERIFY(plan);
        QCOMPARE(plan->report.unknown.size(), 1);
        QCOMPARE(plan->report.unknown.first().count, 2);

        options.values[QStringLiteral("status")][QStringLiteral("征收中")]
            = QStringLiteral("reserve");
        QVERIFY(VectorImport::unknownValues(*source, options).isEmpty());
        plan = VectorImport::plan(doc->store(), *source, options);
        QVERIFY(plan && plan->report.unknown.isEmpty());
        QVERIFY(VectorImport::apply(*doc, *plan));
        QCOMPARE(count(doc->store(),
                       QStringLiteral("SELECT count(*) FROM parcels WHERE status = 'reserve'")),
                 2);
    }

    // GIS presets are saved in the project beside the spreadsheet ones, and never mixed up.
    void presets()
    {
        auto doc = newProject(QStringLiteral("presets.gpkg"));
        ProjectFile &project = doc->store();
        VectorImport::Options options;
        options.layer = QStringLiteral("parks");
        options.mapping = {{QStringLiteral("name"), QStringLiteral("YQMC")}};
        options.values[QStringLiteral("kind")][QStringLiteral("省级")]
            = QStringLiteral("provincial");
        options.encoding = QStringLiteral("GBK");
        options.sourceCrs = QStringLiteral("EPSG:4549");
        options.swapXY = true;
        options.webOffset = VectorImport::WebOffset::Bd09;
        QVERIFY(VectorPresets::save(project, QStringLiteral("自然资源局园区"), options));
        QVERIFY(ImportPresets::save(project, QStringLiteral("青田月报"),
                                    {{QStringLiteral("name"), QStringLiteral("项目名称")}}));
        QCOMPARE(VectorPresets::names(project).value(),
                 QStringList{QStringLiteral("自然资源局园区")});
        QCOMPARE(VectorPresets::names(project, QStringLiteral("parcels")).value(), QStringList());
        QCOMPARE(ImportPresets::names(project).value(), QStringList{QStringLiteral("青田月报")});
        auto loaded = VectorPresets::load(project, QStringLiteral("自然资源局园区"));
        QVERIFY(loaded);
        QCOMPARE(loaded->layer, options.layer);
        QCOMPARE(loaded->mapping, options.mapping);
        QCOMPARE(loaded->values, options.values);
        QCOMPARE(loaded->encoding, options.encoding);
        QCOMPARE(loaded->sourceCrs, options.sourceCrs);
        QCOMPARE(loaded->swapXY, true);
        QCOMPARE(loaded->webOffset, VectorImport::WebOffset::Bd09);
        // Neither kind replaces or reads the other.
        QVERIFY(!VectorPresets::save(project, QStringLiteral("青田月报"), options));
        QVERIFY(!ImportPresets::save(project, QStringLiteral("自然资源局园区"), {}));
        QVERIFY(!ImportPresets::load(project, QStringLiteral("自然资源局园区")));
        QVERIFY(!VectorPresets::load(project, QStringLiteral("青田月报")));
    }

    // Exporting a selection writes only those features; the CLI takes them with --fids.
    void exportSelection()
    {
        const QString project = path(QStringLiteral("selection.gpkg"));
        QCOMPARE(TestUtils::run(TestUtils::cliPath(), {QStringLiteral("new"), project}).exitCode,
                 0);
        const QString shp = path(QStringLiteral("selection-src.shp"));
        writeLayer(shp, "ESRI Shapefile", 4549, kParcelFields, gbkParcels(),
                   {QStringLiteral("ENCODING=CP936")});
        QCOMPARE(
            TestUtils::run(TestUtils::cliPath(), {QStringLiteral("import"), project, shp}).exitCode,
            0);
        auto file = ProjectFile::open(project, ProjectFile::Access::Read);
        QVERIFY(file);
        VectorExport::Options options;
        options.fids = {1, 3};
        const QString out = path(QStringLiteral("selection.geojson"));
        auto written = VectorExport::run(**file, out, options);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(*written, 2);
        const QString cliOut = path(QStringLiteral("selection-cli.shp"));
        auto result = TestUtils::run(TestUtils::cliPath(),
                                     {QStringLiteral("export"), project, cliOut,
                                      QStringLiteral("--fids"), QStringLiteral("2"),
                                      QStringLiteral("--crs"), QStringLiteral("EPSG:4549")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        GDALDatasetUniquePtr ds(GDALDataset::Open(cliOut.toUtf8().constData(), GDAL_OF_VECTOR));
        QVERIFY(ds);
        QCOMPARE(ds->GetLayer(0)->GetFeatureCount(), 1);
        result = TestUtils::run(TestUtils::cliPath(),
                                {QStringLiteral("export"), project, cliOut,
                                 QStringLiteral("--fids"), QStringLiteral("two")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("two"), result.err.constData());
    }

    // --mapping names a GIS preset of the project: its mapping, encoding and CRS are used.
    void cliPreset()
    {
        const QString project = path(QStringLiteral("cli-preset.gpkg"));
        QCOMPARE(TestUtils::run(TestUtils::cliPath(), {QStringLiteral("new"), project}).exitCode,
                 0);
        {
            auto file = ProjectFile::open(project, ProjectFile::Access::Edit);
            QVERIFY(file);
            VectorImport::Options options;
            options.mapping = {{QStringLiteral("code"), QStringLiteral("BH")}};
            options.sourceCrs = QStringLiteral("EPSG:4549");
            QVERIFY(VectorPresets::save(**file, QStringLiteral("bureau"), options));
        }
        const QString shp = path(QStringLiteral("cli-preset.shp"));
        writeLayer(shp, "ESRI Shapefile", 0, {QStringLiteral("BH")},
                   {{{QStringLiteral("B-1")}, square(projected())}});
        auto result
            = TestUtils::run(TestUtils::cliPath(),
                             {QStringLiteral("import"), project, shp, QStringLiteral("--mapping"),
                              QStringLiteral("bureau"), QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("\"accepted\":1"), result.out.constData());
        QVERIFY2(result.out.contains("\"crs_origin\":\"option\""), result.out.constData());
        result = TestUtils::run(TestUtils::cliPath(),
                                {QStringLiteral("import"), project, shp,
                                 QStringLiteral("--mapping"), QStringLiteral("nope")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("nope"), result.err.constData());
    }

    void exportRoundTrip_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("shp") << QStringLiteral("shp");
        QTest::newRow("geojson") << QStringLiteral("geojson");
        QTest::newRow("gpkg") << QStringLiteral("gpkg");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("kml") << QStringLiteral("kml");
        QTest::newRow("dxf") << QStringLiteral("dxf");
    }

    void exportRoundTrip()
    {
        QFETCH(QString, suffix);
        const QString project = path(QStringLiteral("export-%1.gpkg").arg(suffix));
        QCOMPARE(TestUtils::run(TestUtils::cliPath(), {QStringLiteral("new"), project}).exitCode,
                 0);
        const QString shp = path(QStringLiteral("export-src-%1.shp").arg(suffix));
        writeLayer(shp, "ESRI Shapefile", 4549, kParcelFields, gbkParcels(),
                   {QStringLiteral("ENCODING=CP936")});
        QCOMPARE(
            TestUtils::run(TestUtils::cliPath(), {QStringLiteral("import"), project, shp}).exitCode,
            0);
        const QByteArray before = TestUtils::sha256(project);
        const QString out = path(QStringLiteral("out/parcels.%1").arg(suffix));
        QVERIFY(QDir().mkpath(path(QStringLiteral("out"))));
        auto result = TestUtils::run(TestUtils::cliPath(),
                                     {QStringLiteral("export"), project, QStringLiteral("--layer"),
                                      QStringLiteral("parcels"), out});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(TestUtils::sha256(project), before); // only read
        QVERIFY(
            !QDir(path(QStringLiteral("out")))
                 .entryList({QStringLiteral(".investatlas-export-*")}, QDir::Dirs | QDir::Hidden)
                 .size());

        GDALDatasetUniquePtr ds(GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_VECTOR));
        QVERIFY(ds);
        OGRLayer *layer = ds->GetLayer(0);
        // DXF writes each part of the repaired bow tie as an entity of its own.
        if (suffix == QLatin1String("dxf"))
            QVERIFY(layer->GetFeatureCount() >= 3);
        else
            QCOMPARE(layer->GetFeatureCount(), 3);
        if (suffix == QLatin1String("shp")) {
            QFile cpg(path(QStringLiteral("out/parcels.cpg")));
            QVERIFY(cpg.open(QIODevice::ReadOnly));
            QCOMPARE(cpg.readAll().trimmed(), QByteArray("UTF-8"));
        }
        // DXF has no attribute table; the KML driver reads back names only.
        if (suffix != QLatin1String("dxf") && suffix != QLatin1String("kml")) {
            bool found = false;
            for (auto &feature : *layer)
                found |= QString::fromUtf8(feature->GetFieldAsString("owner")) == kOwner;
            QVERIFY(found);
        }
        const QString ogrinfo = QStandardPaths::findExecutable(QStringLiteral("ogrinfo"));
        if (!ogrinfo.isEmpty())
            QCOMPARE(TestUtils::run(ogrinfo, {QStringLiteral("-ro"), QStringLiteral("-so"),
                                              QStringLiteral("-al"), out})
                         .exitCode,
                     0);
    }
};

QTEST_GUILESS_MAIN(TestVectorImport)
#include "tst_vectorimport.moc"
