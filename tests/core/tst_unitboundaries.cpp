// SPDX-License-Identifier: GPL-3.0-or-later
// Units without a boundary (a ledger import makes them by name) get their county's boundary from
// the bundled Zhejiang counties, by code or by name, as one undoable step; or from a file.
#include "core/gis/unitboundaries.h"
#include "core/project/projectdocument.h"
#include "core/storage/gpkggeometry.h"
#include "core/storage/projectfile.h"
#include "core/storage/sqlitedb.h"

#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

namespace {

qint64 count(ProjectFile &project, const QString &sql)
{
    return project.db().scalar(sql).value().toLongLong();
}

// Units as a ledger import leaves them: a name, sometimes a code or a city, no geometry.
void addUnits(ProjectFile &project)
{
    const std::tuple<const char *, const char *, const char *> units[] = {
        {"青田县", "331121", ""}, // by code
        {"景宁", "", ""},         // by name without its level: 景宁畲族自治县
        {"临安区", "330112", ""}, // renamed from 临安市: by the code list's name
        {"龙港市", "330383", ""}, // split off in 2019: no boundary
        {"普陀区", "", "舟山市"}, // one of a kind in Zhejiang; the city agrees
        {"玉环市", "", ""},       // renamed from 玉环县: by name without its level
    };
    for (const auto &[name, adcode, city] : units) {
        auto stmt = project.db().prepare(QStringLiteral(
            "INSERT INTO units (name, adcode, kind, city) VALUES (?1, nullif(?2, ''), 'county', "
            "nullif(?3, ''))"));
        QVERIFY(stmt);
        stmt->bindAll(
            {QString::fromUtf8(name), QString::fromUtf8(adcode), QString::fromUtf8(city)});
        QVERIFY(stmt->run());
    }
}

} // namespace

class TestUnitBoundaries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void bundledHasEveryCounty()
    {
        auto boundaries = UnitBoundaries::bundled();
        QVERIFY2(boundaries, qPrintable(boundaries.errorMessage()));
        QCOMPARE(boundaries->size(), 89);
        QVERIFY(std::any_of(boundaries->begin(), boundaries->end(), [](const auto &b) {
            return b.name == QStringLiteral("莲都区") && b.adcode == QLatin1String("331102");
        }));
    }

    void matchFillUndo()
    {
        auto created = ProjectFile::create(path(QStringLiteral("fill.gpkg")));
        QVERIFY(created);
        ProjectDocument doc(created.takeValue());
        ProjectFile &project = doc.store();
        addUnits(project);
        auto units = UnitBoundaries::withoutBoundary(project);
        QVERIFY(units);
        QCOMPARE(units->size(), 6);
        auto boundaries = UnitBoundaries::bundled();
        QVERIFY(boundaries);
        const auto matches = UnitBoundaries::match(*units, *boundaries);
        QStringList found;
        for (const auto &m : matches)
            found << (m.boundary >= 0 ? boundaries->at(m.boundary).name + u'/' + m.by
                                      : QStringLiteral("-"));
        QCOMPARE(found, (QStringList{
                            QStringLiteral("青田县/adcode"), QStringLiteral("景宁畲族自治县/name"),
                            QStringLiteral("临安市/name"), QStringLiteral("-"),
                            QStringLiteral("普陀区/name"), QStringLiteral("玉环县/name")}));

        auto filled = UnitBoundaries::apply(doc, matches, *boundaries);
        QVERIFY2(filled, qPrintable(filled.errorMessage()));
        QCOMPARE(*filled, 5);
        QCOMPARE(doc.undoStack().count(), 1);
        QCOMPARE(
            count(project, QStringLiteral("SELECT count(*) FROM units WHERE geom IS NOT NULL")), 5);
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM rtree_units_geom")), 5);
        // The boundary lies where 青田县 is (around 120.3°E, 28.1°N).
        auto blob
            = project.db().scalar(QStringLiteral("SELECT geom FROM units WHERE name = '青田县'"));
        auto geometry = GpkgGeometry::decode(blob->toByteArray());
        QVERIFY(geometry);
        QCOMPARE(wkbFlatten(geometry->getGeometryType()), wkbMultiPolygon);
        OGRPoint centre;
        QCOMPARE(geometry->Centroid(&centre), OGRERR_NONE);
        QVERIFY(qAbs(centre.getX() - 120.2) < 0.3 && qAbs(centre.getY() - 28.1) < 0.3);

        // Only 龙港市 is left; applying again changes nothing and adds no history.
        QCOMPARE(UnitBoundaries::withoutBoundary(project)->size(), 1);
        QCOMPARE(*UnitBoundaries::apply(doc, matches, *boundaries), 0);
        QCOMPARE(doc.undoStack().count(), 1);

        doc.undoStack().undo();
        QCOMPARE(
            count(project, QStringLiteral("SELECT count(*) FROM units WHERE geom IS NOT NULL")), 0);
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM rtree_units_geom")), 0);
        doc.undoStack().redo();
        QCOMPARE(
            count(project, QStringLiteral("SELECT count(*) FROM units WHERE geom IS NOT NULL")), 5);
    }

    // Boundaries from any file: its name column, in its own CRS.
    void fromFile()
    {
        GDALAllRegister();
        const QString geojson = path(QStringLiteral("towns.geojson"));
        {
            GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GeoJSON")->Create(
                geojson.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
            QVERIFY(ds);
            OGRSpatialReference srs;
            srs.importFromEPSG(4326);
            OGRLayer *layer = ds->CreateLayer("towns", &srs, wkbPolygon, nullptr);
            OGRFieldDefn name("XZQMC", OFTString);
            layer->CreateField(&name);
            OGRFeature feature(layer->GetLayerDefn());
            feature.SetField(0, "景宁");
            OGRGeometry *g = nullptr;
            OGRGeometryFactory::createFromWkt(
                "POLYGON ((119.6 27.9,119.7 27.9,119.7 28.0,119.6 28.0,119.6 27.9))", nullptr, &g);
            feature.SetGeometryDirectly(g);
            QCOMPARE(layer->CreateFeature(&feature), OGRERR_NONE);
        }
        auto boundaries = UnitBoundaries::fromFile(geojson);
        QVERIFY2(boundaries, qPrintable(boundaries.errorMessage()));
        QCOMPARE(boundaries->size(), 1);
        QCOMPARE(boundaries->first().name, QStringLiteral("景宁"));
        const QList<UnitBoundaries::Unit> units{{7, QStringLiteral("景宁畲族自治县"), {}, {}}};
        const auto matches = UnitBoundaries::match(units, *boundaries);
        QCOMPARE(matches.first().boundary, 0);
    }

    void cli()
    {
        const QString project = path(QStringLiteral("cli.gpkg"));
        QCOMPARE(TestUtils::run(TestUtils::cliPath(), {QStringLiteral("new"), project}).exitCode,
                 0);
        {
            auto file = ProjectFile::open(project, ProjectFile::Access::Edit);
            QVERIFY(file);
            addUnits(**file);
        }
        const QByteArray before = TestUtils::sha256(project);
        auto result = TestUtils::run(
            TestUtils::cliPath(), {QStringLiteral("units"), QStringLiteral("fill-boundaries"),
                                   project, QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("\"filled\":0"), result.out.constData());
        QCOMPARE(TestUtils::sha256(project), before);
        result = TestUtils::run(TestUtils::cliPath(),
                                {QStringLiteral("units"), QStringLiteral("fill-boundaries"),
                                 project, QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("\"filled\":5"), result.out.constData());
        QVERIFY(QString::fromUtf8(result.out).contains(QStringLiteral("景宁畲族自治县")));
        result
            = TestUtils::run(TestUtils::cliPath(),
                             {QStringLiteral("units"), QStringLiteral("fill-boundaries"), project,
                              QStringLiteral("--from"), path(QStringLiteral("no.shp"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("no.shp"), result.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestUnitBoundaries)
#include "tst_unitboundaries.moc"
