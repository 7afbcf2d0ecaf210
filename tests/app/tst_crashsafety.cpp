// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlitedb.h"
#include "testutils.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <functional>

#ifdef Q_OS_UNIX
#include <signal.h>
#include <sys/types.h>
#endif

// kill -9 at random points of the two commands that write projects: a ledger import must leave
// the project intact with all of the import or none of it, and demo --force must leave the old
// file or the complete new one under the final name. The kill points are drawn from a seeded
// generator (INVESTATLAS_CRASH_SEED repeats a run); half are timed over the command's measured
// duration, half aim at the write itself: the import's -wal reaching a random size, the last
// milliseconds of the demo from its commit through the checkpoint and the rename to the exit.
class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killDuringImport();
    void killDuringDemoReplace();

private:
    // How a run ended: killed by us, or finished on its own before the kill point.
    struct Run
    {
        bool killed = false;
        int exitCode = -1;
        qint64 elapsedMs = 0;
    };
    // Starts the CLI and sends SIGKILL once `due` says so (it is asked every millisecond with
    // the elapsed time), unless the command finishes first.
    Run runAndKill(const QStringList &args, const std::function<bool(qint64)> &due);
    TestUtils::ProcessResult cli(const QStringList &args)
    {
        return TestUtils::run(TestUtils::cliPath(), args);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString writeSheet(const QString &name, const QString &prefix, int rows) const;
    QJsonObject info(const QString &project);

    QTemporaryDir m_dir;
    quint32 m_seed = 20230315;
    QRandomGenerator m_random;
    QString m_demo;
    QJsonObject m_demoInfo;
    qint64 m_demoMs = 0;
    qint64 m_demoCommitBytes = 0; // the partial file's -wal holds this much once the fill commits
    qint64 m_demoTailMs = 0;      // from then to the exit
};

namespace {

constexpr int kImportRows = 3000;
constexpr int kImportKills = 8;
constexpr int kDemoKills = 8;

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size(); // 0 when missing
}

// PRAGMA integrity_check and foreign_key_check, and the row count of `table`; the connection
// is the next opening of the file after the crash (it reads, and on closing folds, the -wal).
struct DbState
{
    QString problem; // empty when intact
    qint64 rows = -1;
};

DbState inspect(const QString &path, const QString &table)
{
    auto db = SqliteDb::open(path, SqliteDb::Mode::ReadWrite);
    if (!db)
        return {db.errorMessage()};
    auto check = db->prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!check)
        return {check.errorMessage()};
    QStringList lines;
    if (Status read = check->forEachRow([&] { lines << check->text(0); }); !read)
        return {read.errorMessage()};
    if (lines != QStringList{QStringLiteral("ok")})
        return {lines.join(QLatin1Char('\n'))};
    auto foreign = db->scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
    if (!foreign)
        return {foreign.errorMessage()};
    if (foreign->toLongLong() != 0)
        return {QStringLiteral("%1 foreign key violations").arg(foreign->toLongLong())};
    auto rows = db->scalar(QStringLiteral("SELECT count(*) FROM ") + SqliteDb::quoted(table));
    if (!rows)
        return {rows.errorMessage()};
    return {QString(), rows->toLongLong()};
}

} // namespace

void TestCrashSafety::initTestCase()
{
#ifndef Q_OS_UNIX
    QSKIP("kill -9 is a Unix test");
#endif
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("INVESTATLAS_CRASH_SEED"))
        m_seed = qEnvironmentVariable("INVESTATLAS_CRASH_SEED").toUInt();
    m_random.seed(m_seed);
    qInfo("kill points from seed %u (INVESTATLAS_CRASH_SEED=%u repeats them)", m_seed, m_seed);

    // The reference demo: how long writing it takes here, and how its journal grows. The demo is
    // filled in one transaction, so the -wal jumps when it commits, moments before the checkpoint,
    // the rename into place and the exit.
    m_demo = path(QStringLiteral("demo.gpkg"));
    const QString partialWal = path(QStringLiteral("demo.partial.gpkg-wal"));
    QList<std::pair<qint64, qint64>> walSizes; // elapsed ms, bytes
    const Run made = runAndKill({QStringLiteral("demo"), m_demo}, [&](qint64 elapsed) {
        walSizes.append({elapsed, fileSize(partialWal)});
        return false;
    });
    QVERIFY(!made.killed);
    QCOMPARE(made.exitCode, 0);
    m_demoMs = made.elapsedMs;
    qint64 walPeak = 0;
    for (const auto &[elapsed, bytes] : walSizes)
        walPeak = std::max(walPeak, bytes);
    QVERIFY2(walPeak > 0, "the demo's -wal was never seen");
    m_demoCommitBytes = walPeak / 2;
    for (const auto &[elapsed, bytes] : walSizes) {
        if (bytes >= m_demoCommitBytes) {
            m_demoTailMs = m_demoMs - elapsed;
            break;
        }
    }
    qInfo("demo: %lld ms, -wal peak %lld bytes, %lld ms from the commit to the exit", m_demoMs,
          walPeak, m_demoTailMs);
    m_demoInfo = info(m_demo);
    QVERIFY(!m_demoInfo.isEmpty());
}

TestCrashSafety::Run TestCrashSafety::runAndKill(const QStringList &args,
                                                 const std::function<bool(qint64)> &due)
{
    Run run;
#ifdef Q_OS_UNIX
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    process.start(TestUtils::cliPath(), args);
    timer.start();
    if (!process.waitForStarted())
        return run;
    while (!process.waitForFinished(1)) {
        if (due(timer.elapsed())) {
            ::kill(pid_t(process.processId()), SIGKILL);
            process.waitForFinished(30000);
            break;
        }
    }
    run.elapsedMs = timer.elapsed();
    // A command that ended just before the signal counts as finished, whatever we sent.
    run.killed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = run.killed ? -1 : process.exitCode();
#else
    Q_UNUSED(args)
    Q_UNUSED(due)
#endif
    return run;
}

QString TestCrashSafety::writeSheet(const QString &name, const QString &prefix, int rows) const
{
    // The shape offices send (see `ledger bench`): a title row, 序号, amounts and dates as
    // written by hand, a 合计 row.
    const QString file = path(name);
    QFile sheet(file);
    if (!sheet.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    QTextStream out(&sheet);
    static const char *const units[] = {"青田县", "莲都区", "缙云县", "龙泉市", "遂昌县"};
    out << "2023年项目台账,,,,,\n序号,项目名称,所属区县,总投资,签约日期,开工日期\n";
    for (int i = 0; i < rows; ++i)
        out << i + 1 << ',' << prefix << "项目" << i << ',' << units[i % 5] << ','
            << (i % 3 == 0   ? QStringLiteral("5亿元")
                : i % 3 == 1 ? QStringLiteral("8000万元")
                             : QStringLiteral("13.3"))
            << ",2023/2/15," << (i % 2 ? QStringLiteral("2023年3月") : QStringLiteral("待定"))
            << '\n';
    out << "合计,,,,,\n";
    return file;
}

QJsonObject TestCrashSafety::info(const QString &project)
{
    const auto shown = cli({QStringLiteral("info"), project, QStringLiteral("--json")});
    if (shown.exitCode != 0) {
        qWarning("info %s: exit %d: %s", qPrintable(project), shown.exitCode,
                 shown.err.constData());
        return {};
    }
    return QJsonDocument::fromJson(shown.out).object();
}

void TestCrashSafety::killDuringImport()
{
    const QString project = path(QStringLiteral("ledger.gpkg"));
    QVERIFY(QFile::copy(m_demo, project));
    const QString wal = project + QStringLiteral("-wal");

    // A full import on a scratch copy: how many rows it accepts, how long it takes and how far
    // the -wal grows while it writes.
    const QString scratch = path(QStringLiteral("scratch.gpkg"));
    QVERIFY(QFile::copy(m_demo, scratch));
    const QString measured
        = writeSheet(QStringLiteral("measure.csv"), QStringLiteral("测量"), kImportRows);
    QVERIFY(!measured.isEmpty());
    qint64 walPeak = 0;
    const Run full = runAndKill(
        {QStringLiteral("ledger"), QStringLiteral("import"), scratch, measured}, [&](qint64) {
            walPeak = std::max(walPeak, fileSize(scratch + QStringLiteral("-wal")));
            return false;
        });
    QVERIFY(!full.killed);
    QCOMPARE(full.exitCode, 0);
    const DbState imported = inspect(scratch, QStringLiteral("projects"));
    const DbState demo = inspect(m_demo, QStringLiteral("projects"));
    QVERIFY2(imported.problem.isEmpty(), qPrintable(imported.problem));
    // The sheet is one the importer takes whole, so "all" and "nothing" are far apart.
    const qint64 accepted = imported.rows - demo.rows;
    QCOMPARE(accepted, qint64(kImportRows));
    const qint64 importMs = full.elapsedMs;
    qInfo("full import: %lld rows in %lld ms, -wal peak %lld bytes", accepted, importMs, walPeak);

    int unchanged = 0, committed = 0, finished = 0;
    for (int round = 0; round < kImportKills; ++round) {
        const DbState before = inspect(project, QStringLiteral("projects"));
        QVERIFY2(before.problem.isEmpty(), qPrintable(before.problem));
        const DbState eventsBefore = inspect(project, QStringLiteral("project_events"));
        // New names every round: a finished import would otherwise make the next one skip all.
        const QString sheet = writeSheet(QStringLiteral("round%1.csv").arg(round),
                                         QStringLiteral("第%1轮").arg(round), kImportRows);
        const QStringList args{QStringLiteral("ledger"), QStringLiteral("import"), project, sheet};
        QString plan;
        Run run;
        if (round % 2 == 0) {
            const qint64 at = m_random.bounded(qint64(1), importMs + 1);
            plan = QStringLiteral("after %1 ms").arg(at);
            run = runAndKill(args, [&](qint64 elapsed) { return elapsed >= at; });
        } else {
            // Inside the write: once the -wal holds this many bytes (the transaction or the
            // checkpoint that follows it).
            const qint64 bytes = m_random.bounded(qint64(1), std::max<qint64>(2, walPeak));
            plan = QStringLiteral("at %1 bytes of -wal").arg(bytes);
            run = runAndKill(args, [&](qint64) { return fileSize(wal) >= bytes; });
        }
        const QString where
            = QStringLiteral("round %1, kill %2 (seed %3)").arg(round).arg(plan).arg(m_seed);
        // First as the crash left it (info only reads), then opened for writing again.
        const auto opened = cli({QStringLiteral("info"), project});
        QVERIFY2(opened.exitCode == 0, qPrintable(where + QStringLiteral(": ") + opened.err));
        const DbState after = inspect(project, QStringLiteral("projects"));
        QVERIFY2(after.problem.isEmpty(), qPrintable(where + QStringLiteral(": ") + after.problem));
        const DbState eventsAfter = inspect(project, QStringLiteral("project_events"));
        const qint64 added = after.rows - before.rows;
        QVERIFY2(
            added == 0 || added == accepted,
            qPrintable(where
                       + QStringLiteral(": %1 of %2 projects written").arg(added).arg(accepted)));
        // Each new project comes with its stage event, in the same transaction.
        QCOMPARE(eventsAfter.rows - eventsBefore.rows, added);
        if (!run.killed) {
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(added, accepted);
            ++finished;
        } else {
            ++(added == 0 ? unchanged : committed);
        }
        qInfo("%s: %s after %lld ms, %lld projects added", qPrintable(where),
              run.killed ? "killed" : "finished", run.elapsedMs, added);
    }
    qInfo("import: %d kills left the ledger unchanged, %d after the commit, %d runs finished",
          unchanged, committed, finished);
    // The kill points must have hit running imports, or the rounds above proved nothing.
    QVERIFY(unchanged + committed >= kImportKills / 2);

    // The project is still a working project: the next import writes everything.
    const DbState before = inspect(project, QStringLiteral("projects"));
    const QString last
        = writeSheet(QStringLiteral("last.csv"), QStringLiteral("最后"), kImportRows);
    const auto again = cli({QStringLiteral("ledger"), QStringLiteral("import"), project, last});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(inspect(project, QStringLiteral("projects")).rows, before.rows + accepted);
}

void TestCrashSafety::killDuringDemoReplace()
{
    // The file being replaced: a different project (empty, plus a few imported projects).
    const QString old = path(QStringLiteral("old.gpkg"));
    const auto created = cli({QStringLiteral("new"), old});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QString few = writeSheet(QStringLiteral("few.csv"), QStringLiteral("旧"), 5);
    const auto filled = cli({QStringLiteral("ledger"), QStringLiteral("import"), old, few,
                             QStringLiteral("--create-units")});
    QVERIFY2(filled.exitCode == 0, filled.err.constData());
    QVERIFY(!QFileInfo::exists(old + QStringLiteral("-wal")));
    const QByteArray oldSha = TestUtils::sha256(old);
    const QJsonObject oldInfo = info(old);
    QVERIFY(!oldInfo.isEmpty());
    QVERIFY(oldInfo != m_demoInfo);

    const QString out = path(QStringLiteral("out.gpkg"));
    const QString partialWal = path(QStringLiteral("out.partial.gpkg-wal"));
    int kept = 0, replaced = 0;
    for (int round = 0; round < kDemoKills; ++round) {
        for (const QString &leftover :
             {out, out + QStringLiteral("-wal"), out + QStringLiteral("-shm")})
            QFile::remove(leftover);
        QVERIFY(QFile::copy(old, out));
        QString plan;
        Run run;
        const QStringList args{QStringLiteral("demo"), out, QStringLiteral("--force")};
        if (round % 2 == 0) {
            const qint64 at = m_random.bounded(qint64(1), m_demoMs + 1);
            plan = QStringLiteral("after %1 ms").arg(at);
            run = runAndKill(args, [&](qint64 elapsed) { return elapsed >= at; });
        } else {
            // The last steps: from the commit of the fill through the checkpoint, the rename into
            // place and the exit.
            const qint64 delay = m_random.bounded(qint64(0), m_demoTailMs + 1);
            plan = QStringLiteral("%1 ms after the commit").arg(delay);
            // A -wal left by an earlier kill counts only once this run has discarded it.
            bool armed = false;
            qint64 committedAt = -1;
            run = runAndKill(args, [&](qint64 elapsed) {
                const qint64 bytes = fileSize(partialWal);
                armed = armed || bytes < m_demoCommitBytes;
                if (armed && committedAt < 0 && bytes >= m_demoCommitBytes)
                    committedAt = elapsed;
                return committedAt >= 0 && elapsed >= committedAt + delay;
            });
        }
        const QString where
            = QStringLiteral("round %1, kill %2 (seed %3)").arg(round).arg(plan).arg(m_seed);
        // Never missing, never empty, never half-filled.
        QVERIFY2(QFileInfo::exists(out), qPrintable(where + QStringLiteral(": no file")));
        const bool isOld = TestUtils::sha256(out) == oldSha;
        // No journal beside the file that the next opening would replay into it.
        QVERIFY2(fileSize(out + QStringLiteral("-wal")) <= 32,
                 qPrintable(where + QStringLiteral(": a -wal with data beside the file")));
        const QJsonObject now = info(out);
        QVERIFY2(!now.isEmpty(), qPrintable(where + QStringLiteral(": info fails")));
        QVERIFY2(now == (isOld ? oldInfo : m_demoInfo),
                 qPrintable(where + QStringLiteral(": ") + QJsonDocument(now).toJson()));
        const DbState state = inspect(out, QStringLiteral("projects"));
        QVERIFY2(state.problem.isEmpty(), qPrintable(where + QStringLiteral(": ") + state.problem));
        if (!run.killed)
            QCOMPARE(run.exitCode, 0);
        ++(isOld ? kept : replaced);
        qInfo("%s: %s after %lld ms, %s file", qPrintable(where),
              run.killed ? "killed" : "finished", run.elapsedMs, isOld ? "old" : "new");
    }
    qInfo("demo --force: %d kills kept the old file, %d found the new one", kept, replaced);
    QVERIFY(kept > 0);

    // Whatever the kills left behind (a partial file, its journal), the next run replaces it.
    const auto again = cli({QStringLiteral("demo"), out, QStringLiteral("--force")});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(info(out), m_demoInfo);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("out.partial.gpkg"))));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
