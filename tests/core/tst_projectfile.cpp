// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/mapviews.h"
#include "core/project/validator.h"
#include "core/storage/fileplacement.h"
#include "core/storage/gpkggeometry.h"
#include "core/storage/projectfile.h"
#include "core/storage/schema.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

class TestProjectFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void createAndReopen();
    void createRefusesExistingFile();
    void createInMissingFolder();
    void failedTransactionWritesNothing();
    void upgradesOlderSchema();
    void refusesNewerSchema();
    void upgradeConvertsParcelStatuses();
    void refuses_data();
    void refuses();
    void refusesLockedFile();
    void gdalReadsWhatWeWrite();
    void savedViews();
    void readingNeverWrites();
    void staleJournalIsNeverReplayed();
    void failedReplaceKeepsOldFile();
    void foreignTriggersBlockEditing();
    void pipeIsRefusedAtOnce();
    void readOnlyFileOpensReadOnly();

private:
    QTemporaryDir m_dir;
};

void TestProjectFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestProjectFile::createAndReopen()
{
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.gpkg"));
    {
        auto project = ProjectFile::create(path);
        QVERIFY2(project, qPrintable(project.errorMessage()));
        QCOMPARE((*project)->schemaVersion(), Schema::kCurrentVersion);
        OGRPoint point(119.92, 28.45);
        SqliteTransaction transaction((*project)->db());
        auto unit
            = (*project)->insertFeature(QStringLiteral("units"), nullptr,
                                        {{QStringLiteral("name"), QStringLiteral("莲都区")},
                                         {QStringLiteral("kind"), QStringLiteral("district")}});
        QVERIFY2(unit, qPrintable(unit.errorMessage()));
        auto fid = (*project)->insertFeature(QStringLiteral("projects"), &point,
                                             {{QStringLiteral("name"), QStringLiteral("测试项目")},
                                              {QStringLiteral("stage"), QStringLiteral("signed")},
                                              {QStringLiteral("unit_id"), *unit},
                                              {QStringLiteral("investment_wan"), 52000.0},
                                              {QStringLiteral("signed_date"), QDate(2023, 2, 15)}});
        QVERIFY2(fid, qPrintable(fid.errorMessage()));
        QVERIFY(transaction.commit());
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))
            || QFileInfo(path + QStringLiteral("-wal")).size() == 0);

    auto reopened = ProjectFile::open(path);
    QVERIFY2(reopened, qPrintable(reopened.errorMessage()));
    SqliteDb &db = (*reopened)->db();
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    auto stmt = db.prepare(
        QStringLiteral("SELECT name, investment_wan, signed_date, geom FROM projects"));
    QVERIFY(stmt);
    const SqliteStep row = stmt->step();
    QVERIFY2(row.hasRow(), qPrintable(row.errorMessage()));
    QCOMPARE(stmt->text(0), QStringLiteral("测试项目"));
    QCOMPARE(stmt->real(1), 52000.0);
    QCOMPARE(stmt->text(2), QStringLiteral("2023-02-15"));
    auto geometry = GpkgGeometry::decode(stmt->blob(3));
    QVERIFY(geometry);
    QCOMPARE(geometry->toPoint()->getX(), 119.92);
    // The R-tree trigger ran with our ST_* functions.
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM rtree_projects_geom"))->toInt(), 1);
    const QRectF extent = *(*reopened)->extent();
    QVERIFY(extent.contains(QPointF(119.92, 28.45)) || qAbs(extent.left() - 119.92) < 1e-4);
}

void TestProjectFile::createRefusesExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.gpkg"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    auto project = ProjectFile::create(path);
    QVERIFY(!project);
    QVERIFY(project.errorMessage().contains(QStringLiteral("existing.gpkg")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

void TestProjectFile::createInMissingFolder()
{
    auto project = ProjectFile::create(m_dir.filePath(QStringLiteral("no/such/dir/p.gpkg")));
    QVERIFY(!project);
    QVERIFY(!project.errorMessage().isEmpty());
}

void TestProjectFile::failedTransactionWritesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("rollback.gpkg"));
    auto project = ProjectFile::create(path);
    QVERIFY(project);
    {
        SqliteTransaction transaction((*project)->db());
        QVERIFY((*project)->insertFeature(QStringLiteral("units"), nullptr,
                                          {{QStringLiteral("name"), QStringLiteral("甲")},
                                           {QStringLiteral("kind"), QStringLiteral("county")}}));
        // An event for a project that does not exist violates the foreign key.
        auto bad
            = (*project)->insertRow(QStringLiteral("project_events"),
                                    {{QStringLiteral("project_id"), 999},
                                     {QStringLiteral("event_date"), QStringLiteral("2023-01-01")},
                                     {QStringLiteral("kind"), QStringLiteral("note")}});
        QVERIFY(!bad);
        // No commit: the destructor rolls back.
    }
    QCOMPARE(*(*project)->rowCount(QStringLiteral("units")), 0);
}

void TestProjectFile::upgradesOlderSchema()
{
    const QString path = TestUtils::copyFixture(QStringLiteral("project-schema1.gpkg"), m_dir);
    auto project = ProjectFile::open(path);
    QVERIFY2(project, qPrintable(project.errorMessage()));
    QCOMPARE((*project)->schemaVersion(), Schema::kCurrentVersion);
    QVERIFY((*project)->db().tableExists(QStringLiteral("map_views")));
    QVERIFY((*project)->db().tableExists(QStringLiteral("import_presets")));
    // Version 6: English names (a column added to the GDAL-made tables) and tours.
    for (const char *table : {"chain_names", "tours", "tour_slides"})
        QVERIFY2((*project)->db().tableExists(QLatin1String(table)), table);
    for (const char *table : {"units", "parks"})
        QVERIFY2((*project)->db().columnExists(QLatin1String(table), QStringLiteral("name_en")),
                 table);
    // Data survives the upgrade.
    QCOMPARE(*(*project)->rowCount(QStringLiteral("projects")), 1);
    QCOMPARE(*(*project)->rowCount(QStringLiteral("project_events")), 1);

    // The backup beside it is the untouched version-1 file.
    const QString backup = (*project)->backupPath();
    QVERIFY(QFile::exists(backup));
    QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(path).absolutePath());
    project->reset();
    auto old = SqliteDb::open(backup, SqliteDb::Mode::ReadOnly);
    QVERIFY(old);
    QCOMPARE(*Schema::readVersion(*old), 1);
    QVERIFY(!old->tableExists(QStringLiteral("map_views")));

    // Opening again does not upgrade (or back up) a second time.
    auto again = ProjectFile::open(path);
    QVERIFY(again);
    QVERIFY((*again)->backupPath().isEmpty());
}

// Schema 6 turned the statuses 闲置 and 低效 into a lifecycle status and an idle category, kept
// the date land fell idle as its finding in the new history and graded plots by their tax.
void TestProjectFile::upgradeConvertsParcelStatuses()
{
    const QString path = TestUtils::copyFixture(QStringLiteral("project-schema1.gpkg"), m_dir);
    {
        auto raw = SqliteDb::open(path, SqliteDb::Mode::ReadWrite);
        QVERIFY(raw);
        QVERIFY(GpkgGeometry::registerSqlFunctions(raw->handle()));
        QVERIFY(!raw->columnExists(QStringLiteral("parcels"), QStringLiteral("idle_category")));
        QVERIFY(raw->exec(
            QStringLiteral("INSERT INTO parcels (code, status, area_mu, idle_since) VALUES "
                           "('A-1', 'idle', 20, '2021-05-01');"
                           "INSERT INTO parcels (code, status, area_mu, tax_per_mu) VALUES "
                           "('A-2', 'inefficient', 30, 4.5);"
                           "INSERT INTO parcels (code, status, area_mu, tax_per_mu) VALUES "
                           "('A-3', 'producing', 40, 10);")));
    }
    auto project = ProjectFile::open(path);
    QVERIFY2(project, qPrintable(project.errorMessage()));
    SqliteDb &db = (*project)->db();
    auto row = [&](const QString &code) {
        return db
            .scalar(QStringLiteral("SELECT status || '|' || coalesce(idle_category, '') || "
                                   "'|' || coalesce(idle_since, '') || '|' || "
                                   "coalesce(grade, '') || '|' || standard_land "
                                   "FROM parcels WHERE code = ?1"),
                    {code})
            .value()
            .toString();
    };
    QCOMPARE(row(QStringLiteral("A-1")),
             QStringLiteral("transferred|supplied_unused|2021-05-01||0"));
    QCOMPARE(row(QStringLiteral("A-2")), QStringLiteral("producing|producing_below||D|0"));
    QCOMPARE(row(QStringLiteral("A-3")), QStringLiteral("producing|||B|0")); // 10 is B, inclusive
    QCOMPARE(db.scalar(QStringLiteral("SELECT kind || '|' || category || '|' || event_date FROM "
                                      "parcel_events"))
                 .value()
                 .toString(),
             QStringLiteral("category|supplied_unused|2021-05-01"));
    QCOMPARE(*(*project)->rowCount(QStringLiteral("parcel_events")), 1);
    for (const QString &table : Schema::ledgerTables())
        QVERIFY2(db.tableExists(table), qPrintable(table));
    // The new columns are the types GDAL gives its own: QGIS reads a date and a boolean.
    QCOMPARE(db.scalar(QStringLiteral("SELECT type FROM pragma_table_info('parcels') WHERE "
                                      "name = 'standard_land'"))
                 .value()
                 .toString(),
             QStringLiteral("BOOLEAN"));
    QVERIFY(Validator::check(**project).isEmpty());
}

void TestProjectFile::refusesNewerSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.gpkg"));
    {
        auto project = ProjectFile::create(path);
        QVERIFY(project);
        QVERIFY((*project)->db().exec(QStringLiteral(
            "UPDATE investatlas_meta SET value = '99' WHERE key = 'schema_version'")));
    }
    const QByteArray before = TestUtils::sha256(path);
    auto project = ProjectFile::open(path);
    QVERIFY(!project);
    QVERIFY2(project.errorMessage().contains(QStringLiteral("99")),
             qPrintable(project.errorMessage()));
    QCOMPARE(TestUtils::sha256(path), before);
}

void TestProjectFile::refuses_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("kind");
    QTest::newRow("text file renamed .gpkg")
        << QByteArray("项目名称,总投资\n一个项目,5亿\n") << QStringLiteral("text");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("text");
    QTest::newRow("truncated project") << QByteArray() << QStringLiteral("truncated");
    QTest::newRow("sqlite but not geopackage") << QByteArray() << QStringLiteral("sqlite");
    QTest::newRow("geopackage but not a project") << QByteArray() << QStringLiteral("gpkg");
    QTest::newRow("missing file") << QByteArray() << QStringLiteral("missing");
}

void TestProjectFile::refuses()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, kind);
    const QString path = m_dir.filePath(QStringLiteral("bad-%1.gpkg").arg(kind));
    QFile::remove(path);
    if (kind == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    } else if (kind == QLatin1String("truncated")) {
        const QString full = TestUtils::copyFixture(QStringLiteral("project-schema1.gpkg"), m_dir);
        QFile source(full);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(source.read(source.size() / 2));
    } else if (kind == QLatin1String("sqlite")) {
        auto db = SqliteDb::open(path, SqliteDb::Mode::Create);
        QVERIFY(db && db->exec(QStringLiteral("CREATE TABLE t (x)")));
    } else if (kind == QLatin1String("gpkg")) {
        GDALAllRegister();
        GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(
            path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        QVERIFY(ds);
        QVERIFY(ds->CreateLayer("roads", nullptr, wkbLineString, nullptr));
    }
    const QByteArray before = TestUtils::sha256(path);
    auto project = ProjectFile::open(path);
    QVERIFY(!project);
    QVERIFY(!project.errorMessage().isEmpty());
    qInfo().noquote() << "message:" << project.errorMessage();
    // Refusing never changes the file.
    QCOMPARE(TestUtils::sha256(path), before);
}

void TestProjectFile::refusesLockedFile()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.gpkg"));
    QVERIFY(ProjectFile::create(path));
    auto other = SqliteDb::open(path, SqliteDb::Mode::ReadWrite);
    QVERIFY(other);
    // Another program switched the file back to a rollback journal and holds it exclusively.
    QVERIFY(other->exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    QVERIFY(other->exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;")));
    auto project = ProjectFile::open(path);
    QVERIFY(!project);
    QVERIFY2(project.errorMessage().contains(QStringLiteral("locked.gpkg")),
             qPrintable(project.errorMessage()));
    QVERIFY(other->exec(QStringLiteral("ROLLBACK")));
}

void TestProjectFile::gdalReadsWhatWeWrite()
{
    const QString path = m_dir.filePath(QStringLiteral("gdal.gpkg"));
    {
        auto project = ProjectFile::create(path);
        QVERIFY(project);
        OGRLinearRing ring;
        ring.addPoint(119.0, 28.0);
        ring.addPoint(119.1, 28.0);
        ring.addPoint(119.1, 28.1);
        ring.addPoint(119.0, 28.0);
        OGRPolygon polygon;
        polygon.addRing(&ring);
        OGRMultiPolygon multi;
        multi.addGeometry(&polygon);
        QVERIFY((*project)->insertFeature(QStringLiteral("parcels"), &multi,
                                          {{QStringLiteral("code"), QStringLiteral("P-1")},
                                           {QStringLiteral("status"), QStringLiteral("listed")}}));
        QVERIFY((*project)->refreshContentsExtents());
    }
    GDALAllRegister();
    GDALDatasetUniquePtr ds(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_VERBOSE_ERROR));
    QVERIFY(ds);
    OGRLayer *layer = ds->GetLayerByName("parcels");
    QVERIFY(layer);
    QCOMPARE(layer->GetFeatureCount(), GIntBig(1));
    layer->SetSpatialFilterRect(119.05, 28.01, 119.06, 28.02);
    OGRFeatureUniquePtr feature(layer->GetNextFeature());
    QVERIFY(feature);
    QCOMPARE(QString::fromUtf8(feature->GetFieldAsString("code")), QStringLiteral("P-1"));
    QCOMPARE(layer->GetSpatialRef()->GetAuthorityCode(nullptr), "4490");
}

void TestProjectFile::savedViews()
{
    const QString path = m_dir.filePath(QStringLiteral("views.gpkg"));
    {
        auto project = ProjectFile::create(path);
        QVERIFY(project);
        QVERIFY(MapViews::save(**project, QStringLiteral("缙云经济开发区"),
                               QRectF(120.0, 28.6, 0.1, 0.05)));
        QVERIFY(MapViews::save(**project, QStringLiteral("全市"), QRectF(118.7, 27.4, 1.8, 1.5)));
        // The same name replaces the view.
        QVERIFY(MapViews::save(**project, QStringLiteral("全市"), QRectF(118.6, 27.3, 2.0, 1.7)));
        QVERIFY(!MapViews::save(**project, QStringLiteral("  "), QRectF(1, 1, 1, 1)));
    }
    auto project = ProjectFile::open(path);
    auto views = MapViews::list(**project);
    QVERIFY(views);
    QCOMPARE(views->size(), 2);
    const MapView city = views->at(0).name == QStringLiteral("全市") ? views->at(0) : views->at(1);
    QCOMPARE(city.lonLat.left(), 118.6);
    QVERIFY(MapViews::remove(**project, city.id));
    QCOMPARE(MapViews::list(**project)->size(), 1);
}

// info, validate, list, export and render open for reading: an older schema is read as it is,
// nothing is upgraded, backed up or switched to WAL.
void TestProjectFile::readingNeverWrites()
{
    const QString path = TestUtils::copyFixture(QStringLiteral("project-schema1.gpkg"), m_dir);
    const QByteArray before = TestUtils::sha256(path);
    {
        auto project = ProjectFile::open(path, ProjectFile::Access::Read);
        QVERIFY2(project, qPrintable(project.errorMessage()));
        QVERIFY((*project)->isReadOnly());
        QCOMPARE((*project)->schemaVersion(), 1);
        QVERIFY((*project)->backupPath().isEmpty());
        QCOMPARE(*(*project)->rowCount(QStringLiteral("projects")), 1);
        QVERIFY(!(*project)->db().exec(QStringLiteral("DELETE FROM projects")));
    }
    QCOMPARE(TestUtils::sha256(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    const QStringList backups = QDir(m_dir.path()).entryList({QStringLiteral("*backup*")});
    for (const QString &backup : backups)
        QFile::remove(m_dir.filePath(backup));
}

// A -wal left by a crash belongs to the file it came from. Creating a new file of that name
// must neither replay it (a corrupt file) nor silently throw it away.
void TestProjectFile::staleJournalIsNeverReplayed()
{
    const QString source = m_dir.filePath(QStringLiteral("crashed.gpkg"));
    const QString target = m_dir.filePath(QStringLiteral("reused.gpkg"));
    FilePlacement::discard(target);
    {
        auto project = ProjectFile::create(source);
        QVERIFY(project);
        // Keep a checkpoint from happening while the WAL is copied: hold a read transaction.
        auto reader = SqliteDb::open(source, SqliteDb::Mode::ReadOnly);
        QVERIFY(reader);
        QVERIFY(reader->exec(QStringLiteral("BEGIN; SELECT count(*) FROM units;")));
        for (int i = 0; i < 20; ++i)
            QVERIFY((*project)->insertFeature(
                QStringLiteral("units"), nullptr,
                {{QStringLiteral("name"), QStringLiteral("单位%1").arg(i)},
                 {QStringLiteral("kind"), QStringLiteral("county")}}));
        QVERIFY(QFileInfo(source + QStringLiteral("-wal")).size() > 32);
        QVERIFY(QFile::copy(source + QStringLiteral("-wal"), target + QStringLiteral("-wal")));
        (void)reader->exec(QStringLiteral("COMMIT"));
    }
    QVERIFY(FilePlacement::existsWithCompanions(target));
    auto refused = ProjectFile::create(target);
    QVERIFY(!refused);
    QVERIFY(QFile::exists(target + QStringLiteral("-wal"))); // still there: it is someone's data

    QVERIFY(ProjectFile::build(target, {}, ProjectFile::Replace::Yes));
    auto fresh = ProjectFile::open(target);
    QVERIFY2(fresh, qPrintable(fresh.errorMessage()));
    QCOMPARE(*(*fresh)->rowCount(QStringLiteral("units")), 0);
    QCOMPARE((*fresh)->db().scalar(QStringLiteral("PRAGMA integrity_check"))->toString(),
             QStringLiteral("ok"));
}

// --force and Save As build the replacement beside the old file: when building fails, the old
// file is still there, byte for byte, and no temporary file is left behind.
void TestProjectFile::failedReplaceKeepsOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("precious.gpkg"));
    FilePlacement::discard(path);
    {
        auto project = ProjectFile::create(path);
        QVERIFY(project);
        QVERIFY((*project)->insertFeature(QStringLiteral("units"), nullptr,
                                          {{QStringLiteral("name"), QStringLiteral("莲都区")},
                                           {QStringLiteral("kind"), QStringLiteral("district")}}));
    }
    const QByteArray before = TestUtils::sha256(path);
    const Status failed = ProjectFile::build(
        path, [](ProjectFile &) -> Status { return Error{QStringLiteral("disk full")}; },
        ProjectFile::Replace::Yes);
    QVERIFY(!failed);
    QVERIFY(failed.errorMessage().contains(QStringLiteral("disk full")));
    QCOMPARE(TestUtils::sha256(path), before);
    QVERIFY(!QFile::exists(FilePlacement::partialPath(path)));
    QVERIFY(!ProjectFile::build(path, {})); // and without Replace::Yes it is refused
    QCOMPARE(TestUtils::sha256(path), before);
}

// A trigger someone else put on a table runs inside our transactions and undo cannot revert
// what it does: such a file is not opened for editing (reading it is harmless).
void TestProjectFile::foreignTriggersBlockEditing()
{
    const QString path = m_dir.filePath(QStringLiteral("trojan.gpkg"));
    FilePlacement::discard(path);
    QVERIFY(ProjectFile::build(path, {}));
    {
        auto db = SqliteDb::open(path, SqliteDb::Mode::ReadWrite);
        QVERIFY(db);
        // Named like one of GeoPackage's own R-tree triggers, but it renames every unit.
        QVERIFY(db->exec(QStringLiteral(
            "CREATE TRIGGER rtree_projects_geom_update9 AFTER UPDATE ON projects BEGIN "
            "UPDATE units SET name = 'pwned'; END;")));
    }
    const QByteArray before = TestUtils::sha256(path);
    auto edit = ProjectFile::open(path);
    QVERIFY(!edit);
    QVERIFY2(edit.errorMessage().contains(QStringLiteral("rtree_projects_geom_update9")),
             qPrintable(edit.errorMessage()));
    auto read = ProjectFile::open(path, ProjectFile::Access::Read);
    QVERIFY2(read, qPrintable(read.errorMessage()));
    read->reset();
    QCOMPARE(TestUtils::sha256(path), before);
}

// A FIFO named *.gpkg used to hang the first read.
void TestProjectFile::pipeIsRefusedAtOnce()
{
#ifdef Q_OS_UNIX
    const QString path = m_dir.filePath(QStringLiteral("pipe.gpkg"));
    QFile::remove(path);
    QVERIFY(TestUtils::run(QStringLiteral("mkfifo"), {path}).exitCode == 0);
    auto project = ProjectFile::open(path);
    QVERIFY(!project);
    QVERIFY2(project.errorMessage().contains(QStringLiteral("pipe"))
                 || project.errorMessage().contains(QStringLiteral("管道")),
             qPrintable(project.errorMessage()));
#else
    QSKIP("FIFOs are a Unix thing");
#endif
}

// A project the user may not change opens read-only and says why, instead of "damaged".
void TestProjectFile::readOnlyFileOpensReadOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("locked-down.gpkg"));
    FilePlacement::discard(path);
    QVERIFY(ProjectFile::build(path, {}));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    if (QFileInfo(path).isWritable())
        QSKIP("running as a user (root) whom file permissions do not stop");
    const QByteArray before = TestUtils::sha256(path);
    auto project = ProjectFile::open(path);
    QVERIFY2(project, qPrintable(project.errorMessage()));
    QVERIFY((*project)->isReadOnly());
    QVERIFY(!(*project)->readOnlyReason().isEmpty());
    project->reset();
    QCOMPARE(TestUtils::sha256(path), before);
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
