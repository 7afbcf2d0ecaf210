// SPDX-License-Identifier: GPL-3.0-or-later
// Importing features from GIS files into project layers, and exporting them back out. The inputs
// are written by the test through GDAL: a GBK Shapefile in EPSG:4549 with and without .cpg, a
// self-intersecting polygon, a CSV with x/y, Gauss-Kruger files with and without zone number.
#include "core/gis/vectorexport.h"
#include "core/gis/vectorimport.h"
#include "core/map/crs/chinacoords.h"
#include "core/project/projectdocument.h"
#include "core/storage/gpkggeometry.h"
#include "core/storage/projectfile.h"
#include "core/storage/sqlitedb.h"

#include "testutils.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gdal_priv.h>
#include <geodesic.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

namespace {

struct SourceFeature
{
    QStringList values;
    QString wkt;
};

// Writes a layer with string fields through GDAL; `epsg` 0 writes no CRS (no .prj).
void writeLayer(const QString &path, const char *driver, int epsg, const QStringList &fields,
                const QList<SourceFeature> &features, const QStringList &layerOptions = {})
{
    GDALAllRegister();
    GDALDriver *d = GetGDALDriverManager()->GetDriverByName(driver);
    QVERIFY(d);
    GDALDatasetUniquePtr ds(d->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    QVERIFY(ds);
    OGRSpatialReference srs;
    if (epsg)
        srs.importFromEPSG(epsg);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER); // x = longitude, as the WKT below
    CPLStringList options;
    for (const QString &option : layerOptions)
        options.AddString(option.toUtf8().constData());
    OGRLayer *layer = ds->CreateLayer("src", epsg ? &srs : nullptr, wkbUnknown, options.List());
    QVERIFY(layer);
    for (const QString &name : fields) {
        OGRFieldDefn field(name.toUtf8().constData(), OFTString);
        QCOMPARE(layer->CreateField(&field), OGRERR_NONE);
    }
    for (const SourceFeature &f : features) {
        OGRFeature feature(layer->GetLayerDefn());
        for (int i = 0; i < f.values.size(); ++i)
            feature.SetField(i, f.values[i].toUtf8().constData());
        OGRGeometry *geometry = nullptr;
        if (!f.wkt.isEmpty()) {
            const QByteArray wkt = f.wkt.toLatin1();
            QCOMPARE(OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &geometry),
                     OGRERR_NONE);
            feature.SetGeometryDirectly(geometry);
        }
        QCOMPARE(layer->CreateFeature(&feature), OGRERR_NONE);
    }
}

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
