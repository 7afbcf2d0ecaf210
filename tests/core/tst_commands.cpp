// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/commands.h"
#include "core/demo/demobuilder.h"
#include "core/demo/demorandom.h"
#include "core/project/projectdocument.h"
#include "core/project/projectnotifier.h"
#include "core/storage/gpkggeometry.h"
#include "core/storage/projectfile.h"
#include "core/storage/sqlitedb.h"
#include "tabledump.h"

#include <ogr_geometry.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// Every edit is one undoable command in one transaction; undoing everything gives back exactly
// what was there.
class TestCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void stageChangeIsLogged();
    void impossibleEditIsRefused();
    void deleteAndUndoRestoresEverything();
    void randomEditsUndoToIdenticalTables();
    void linkedParcelsAreOneCommand();
    void editReachesTheMainFile();
    void largeInsertIndexesEveryShape();

private:
    QString dump();
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_doc;
    ProjectFile *m_project = nullptr;
};

void TestCommands::init()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.gpkg"));
    QFile::remove(path);
    QVERIFY(DemoBuilder::write(path));
    m_doc = std::make_unique<ProjectDocument>(ProjectFile::open(path).takeValue());
    m_project = &m_doc->store();
}

void TestCommands::cleanup()
{
    m_project = nullptr;
    m_doc.reset();
}

QString TestCommands::dump()
{
    return TestUtils::tableDump(*m_project,
                                {QStringLiteral("projects"), QStringLiteral("project_events"),
                                 QStringLiteral("project_parcels"), QStringLiteral("targets")});
}

void TestCommands::stageChangeIsLogged()
{
    // Project 1 of the demo: find one that is signed and move it to land supplied.
    auto fid = m_project->db().scalar(
        QStringLiteral("SELECT fid FROM projects WHERE stage = 'signed' ORDER BY fid LIMIT 1"));
    QVERIFY(fid && fid->isValid());
    const QString signedDate
        = m_project->db()
              .scalar(QStringLiteral("SELECT signed_date FROM projects WHERE fid = ?1"), {*fid})
              ->toString();
    const QString landDate
        = QDate::fromString(signedDate, Qt::ISODate).addDays(30).toString(Qt::ISODate);
    QSignalSpy changed(&m_doc->notifier(), &ProjectNotifier::changed);
    const Status done = Commands::editProject(*m_doc, fid->toLongLong(),
                                              {{QStringLiteral("stage"), QStringLiteral("land")},
                                               {QStringLiteral("land_date"), landDate}},
                                              QStringLiteral("测试员"));
    QVERIFY2(done, qPrintable(done.errorMessage()));
    QCOMPARE(m_doc->undoStack().count(), 1);
    QCOMPARE(changed.count(), 1);
    const auto change = changed.first().first().value<ProjectChange>();
    QVERIFY(change.touches(QStringLiteral("project_events")));
    QCOMPARE(change.table(QStringLiteral("projects")).modified, QSet<qint64>{fid->toLongLong()});
    QVERIFY(change.table(QStringLiteral("projects")).fields.contains(QStringLiteral("stage")));
    QVERIFY(change.table(QStringLiteral("projects")).fields.contains(QStringLiteral("land_date")));
    QVERIFY(!change.table(QStringLiteral("projects")).fields.contains(QStringLiteral("name")));
    QCOMPARE(change.table(QStringLiteral("project_events")).added.size(), 1);
    auto logged = m_project->db().scalar(
        QStringLiteral(
            "SELECT count(*) FROM project_events WHERE project_id = ?1 AND kind = 'stage' AND "
            "stage = 'land' AND event_date = ?2 AND author = '测试员'"),
        {*fid, landDate});
    QCOMPARE(logged->toInt(), 1);
    m_doc->undoStack().undo();
    QCOMPARE(m_project->db()
                 .scalar(QStringLiteral("SELECT stage FROM projects WHERE fid = ?1"), {*fid})
                 ->toString(),
             QStringLiteral("signed"));
}

void TestCommands::impossibleEditIsRefused()
{
    auto fid = m_project->db()
                   .scalar(QStringLiteral(
                       "SELECT fid FROM projects WHERE stage = 'signed' ORDER BY fid LIMIT 1"))
                   ->toLongLong();
    const QString before = dump();
    // 开工 before 签约.
    Status refused = Commands::editProject(
        *m_doc, fid,
        {{QStringLiteral("stage"), QStringLiteral("construction")},
         {QStringLiteral("land_date"), QStringLiteral("2020-01-02")},
         {QStringLiteral("construction_date"), QStringLiteral("2020-01-01")}},
        QString());
    QVERIFY(!refused);
    QVERIFY(!refused.errorMessage().isEmpty());
    // 投产 without 开工.
    refused = Commands::editProject(
        *m_doc, fid, {{QStringLiteral("stage"), QStringLiteral("production")}}, QString());
    QVERIFY(!refused);
    // 开工 without its own date (the editor let a user do this).
    refused = Commands::editProject(
        *m_doc, fid, {{QStringLiteral("stage"), QStringLiteral("construction")}}, QString());
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("Construction started")),
             qPrintable(refused.errorMessage()));
    QVERIFY(!Commands::addProject(*m_doc,
                                  {{QStringLiteral("name"), QStringLiteral(" ")},
                                   {QStringLiteral("stage"), QStringLiteral("lead")}},
                                  QString()));
    QVERIFY(
        !Commands::editProject(*m_doc, fid, {{QStringLiteral("investment_wan"), -5}}, QString()));
    QCOMPARE(m_doc->undoStack().count(), 0);
    QCOMPARE(dump(), before);
}

void TestCommands::deleteAndUndoRestoresEverything()
{
    const qint64 fid
        = m_project->db()
              .scalar(QStringLiteral("SELECT project_id FROM project_parcels ORDER BY id LIMIT 1"))
              ->toLongLong();
    const QString before = dump();
    QVERIFY(Commands::deleteProject(*m_doc, fid));
    QCOMPARE(
        m_project->db()
            .scalar(QStringLiteral("SELECT count(*) FROM project_events WHERE project_id = ?1"),
                    {fid})
            ->toInt(),
        0);
    m_doc->undoStack().undo();
    QCOMPARE(dump(), before);
    m_doc->undoStack().redo();
    QCOMPARE(m_project->db()
                 .scalar(QStringLiteral("SELECT count(*) FROM projects WHERE fid = ?1"), {fid})
                 ->toInt(),
             0);
}

void TestCommands::randomEditsUndoToIdenticalTables()
{
    const QString before = dump();
    DemoRandom random(7);
    const QList<qint64> fids = [&] {
        QList<qint64> list;
        auto stmt
            = m_project->db().prepare(QStringLiteral("SELECT fid FROM projects ORDER BY fid"));
        if (stmt && !stmt->forEachRow([&] { list << stmt->int64(0); }))
            list.clear();
        return list;
    }();
    QVERIFY(!fids.isEmpty());
    int applied = 0;
    for (int i = 0; i < 200; ++i) {
        const qint64 fid = fids[random.between(0, int(fids.size()) - 1)];
        Status done;
        switch (random.between(0, 4)) {
        case 0:
            done = Commands::editProject(
                *m_doc, fid,
                {{QStringLiteral("investment_wan"), random.uniform(100, 900000)},
                 {QStringLiteral("notes"), QStringLiteral("第%1次修改").arg(i)}},
                QString());
            break;
        case 1:
            done = Commands::editProject(
                *m_doc, fid,
                {{QStringLiteral("lead_official"), QStringLiteral("李县长")},
                 {QStringLiteral("confidential"), random.between(0, 1)}},
                QString());
            break;
        case 2: {
            auto added = Commands::addProject(
                *m_doc,
                {{QStringLiteral("name"), QStringLiteral("新增项目%1").arg(i)},
                 {QStringLiteral("stage"), QStringLiteral("lead")},
                 {QStringLiteral("lead_date"), QStringLiteral("2023-05-01")}},
                QStringLiteral("测试"));
            done = added ? Status() : Status(added.error());
            break;
        }
        case 3:
            done = Commands::deleteProject(*m_doc, fid);
            break;
        default:
            done = Commands::addEvent(*m_doc, fid,
                                      {{QStringLiteral("event_date"), QStringLiteral("2023-06-01")},
                                       {QStringLiteral("kind"), QStringLiteral("visit")},
                                       {QStringLiteral("text"), QStringLiteral("走访企业")}});
        }
        if (done)
            ++applied;
    }
    QVERIFY(applied > 100);
    QVERIFY(dump() != before);
    while (m_doc->undoStack().canUndo())
        m_doc->undoStack().undo();
    QCOMPARE(dump(), before);
}

void TestCommands::linkedParcelsAreOneCommand()
{
    const qint64 fid
        = m_project->db()
              .scalar(QStringLiteral("SELECT project_id FROM project_parcels ORDER BY id LIMIT 1"))
              ->toLongLong();
    const QString before = dump();
    auto linked = [&] {
        return m_project->db()
            .scalar(QStringLiteral("SELECT group_concat(parcel_id) FROM (SELECT parcel_id FROM "
                                   "project_parcels WHERE project_id = ?1 ORDER BY parcel_id)"),
                    {fid})
            ->toString();
    };
    QVERIFY(Commands::editProject(*m_doc, fid, {}, QString(), QList<qint64>{5, 6}));
    QCOMPARE(linked(), QStringLiteral("5,6"));
    QCOMPARE(m_doc->undoStack().count(), 1);
    m_doc->undoStack().undo();
    QCOMPARE(dump(), before);
    // A parcel that does not exist breaks the foreign key: refused, nothing written.
    QVERIFY(!Commands::editProject(*m_doc, fid, {}, QString(), QList<qint64>{999999}));
    QCOMPARE(dump(), before);
}

// A committed edit lived only in the -wal journal: copying the .gpkg alone lost it.
void TestCommands::editReachesTheMainFile()
{
    auto fid = m_project->db().scalar(QStringLiteral("SELECT min(fid) FROM projects"));
    QVERIFY(fid && fid->isValid());
    QVERIFY(Commands::editProject(*m_doc, fid->toLongLong(),
                                  {{QStringLiteral("name"), QStringLiteral("邮件附件里的项目")}},
                                  QString()));
    const QString copy = m_dir.filePath(QStringLiteral("mailed.gpkg"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_project->path(), copy)); // the main file only, as a mail attachment
    auto mailed = SqliteDb::open(copy, SqliteDb::Mode::ReadOnly);
    QVERIFY(mailed);
    QCOMPARE(mailed->scalar(QStringLiteral("SELECT name FROM projects WHERE fid = ?1"), {*fid})
                 ->toString(),
             QStringLiteral("邮件附件里的项目"));
}

QTEST_GUILESS_MAIN(TestCommands)
// Over 10 000 new features are written with the R-tree trigger set aside and the index filled
// in one statement afterwards: every shape must be in the index, the trigger back as it was
// (a later insert is indexed), and undo takes the rows out of the index again.
void TestCommands::largeInsertIndexesEveryShape()
{
    SqliteDb &db = m_project->db();
    auto scalar = [&](const QString &sql) { return db.scalar(sql)->toLongLong(); };
    const QString triggerSql
        = db.scalar(QStringLiteral(
                        "SELECT sql FROM sqlite_master WHERE name = 'rtree_parcels_geom_insert'"))
              ->toString();
    QVERIFY(!triggerSql.isEmpty());
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM rtree_parcels_geom"));
    const qint64 firstFid = scalar(QStringLiteral("SELECT max(fid) FROM parcels")) + 1;
    constexpr int count = 10050;
    ChangeSet set;
    for (int i = 0; i < count; ++i) {
        OGRPoint p(120 + i * 1e-5, 28.5);
        OGRPolygon square;
        OGRLinearRing ring;
        ring.addPoint(p.getX(), p.getY());
        ring.addPoint(p.getX() + 5e-6, p.getY());
        ring.addPoint(p.getX() + 5e-6, p.getY() + 5e-6);
        ring.closeRings();
        square.addRing(&ring);
        OGRMultiPolygon shape;
        shape.addGeometry(&square);
        set.add({QStringLiteral("parcels"),
                 QStringLiteral("fid"),
                 firstFid + i,
                 {},
                 {{QStringLiteral("fid"), firstFid + i},
                  {QStringLiteral("code"), QStringLiteral("BULK-%1").arg(i)},
                  {QStringLiteral("status"), QStringLiteral("reserve")},
                  {QStringLiteral("geom"), GpkgGeometry::encode(shape, 4490)}}});
    }
    QVERIFY(Commands::apply(*m_doc, std::move(set), QStringLiteral("bulk")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM rtree_parcels_geom")), before + count);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM parcels p JOIN rtree_parcels_geom r ON "
                                   "r.id = p.fid WHERE p.code LIKE 'BULK-%' AND r.minx >= 119.99 "
                                   "AND r.maxx <= 120.2")),
             qint64(count));
    QCOMPARE(db.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = "
                                      "'rtree_parcels_geom_insert'"))
                 ->toString(),
             triggerSql);
    m_doc->undoStack().undo();
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM rtree_parcels_geom")), before);
    m_doc->undoStack().redo();
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM rtree_parcels_geom")), before + count);
}

#include "tst_commands.moc"
