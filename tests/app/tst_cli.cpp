// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/projectfile.h"
#include "core/storage/schema.h"
#include "core/storage/sqlitedb.h"
#include "testutils.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The command line is a stable contract: exit codes 0 success, 1 usage, 2 bad input.
class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void version();
    void newRefusesToOverwrite();
    void infoJson();
    void validateReportsProblems();
    void ledgerList();
    void ledgerImportExport();
    void readingCommandsNeverWrite_data();
    void readingCommandsNeverWrite();
    void renderUsesTheSameOpenChecks();
    void renderDecorations();
    void renderNamesUnreadableLayer();

private:
    TestUtils::ProcessResult cli(const QStringList &args)
    {
        return TestUtils::run(TestUtils::cliPath(), args);
    }
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.gpkg"));
    const auto made = cli({QStringLiteral("demo"), m_demo});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    QFile text(m_dir.filePath(QStringLiteral("notes.gpkg")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("这不是一个项目文件\n");
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString missing = m_dir.filePath(QStringLiteral("missing.gpkg"));
    const QString notes = m_dir.filePath(QStringLiteral("notes.gpkg"));
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0;
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0;
    QTest::newRow("no arguments") << QStringList{} << 1;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 1;
    QTest::newRow("info without file") << QStringList{QStringLiteral("info")} << 1;
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("info"), m_demo, QStringLiteral("--yaml")} << 1;
    QTest::newRow("info missing file") << QStringList{QStringLiteral("info"), missing} << 2;
    QTest::newRow("info text file") << QStringList{QStringLiteral("info"), notes} << 2;
    QTest::newRow("validate text file") << QStringList{QStringLiteral("validate"), notes} << 2;
    QTest::newRow("info demo") << QStringList{QStringLiteral("info"), m_demo} << 0;
    QTest::newRow("validate demo") << QStringList{QStringLiteral("validate"), m_demo} << 0;
    QTest::newRow("new in missing folder")
        << QStringList{QStringLiteral("new"), m_dir.filePath(QStringLiteral("no/dir/x.gpkg"))} << 2;
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const auto result = cli(args);
    QVERIFY2(result.exitCode == exitCode, qPrintable(QStringLiteral("exit %1, stderr: %2")
                                                         .arg(result.exitCode)
                                                         .arg(QString::fromUtf8(result.err))));
    if (exitCode != 0)
        QVERIFY(!result.err.trimmed().isEmpty()); // always say why
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("usage");
    QTest::addColumn<QStringList>("mentions");
    auto row
        = [](const char *name, const QStringList &args, const QString &usage,
             const QStringList &mentions) { QTest::newRow(name) << args << usage << mentions; };
    const QString help = QStringLiteral("--help");
    row("tool", {help}, QStringLiteral("investatlas-cli"),
        {QStringLiteral("--version"), QStringLiteral("new"), QStringLiteral("demo"),
         QStringLiteral("info"), QStringLiteral("validate"), QStringLiteral("ledger"),
         QStringLiteral("render"), QStringLiteral("bench-render"), QStringLiteral("targets"),
         QStringLiteral("stats"), QStringLiteral("warnings"), QStringLiteral("bench-stats"),
         QStringLiteral("land"), QStringLiteral("match"), QStringLiteral("bench-land")});
    row("tool -h", {QStringLiteral("-h")}, QStringLiteral("investatlas-cli"),
        {QStringLiteral("bench-render")});
    row("new", {QStringLiteral("new"), help}, QStringLiteral("investatlas-cli new"),
        {QStringLiteral("OUT.gpkg"), QStringLiteral("--force")});
    row("demo", {QStringLiteral("demo"), help}, QStringLiteral("investatlas-cli demo"),
        {QStringLiteral("OUT.gpkg"), QStringLiteral("--force")});
    row("info", {QStringLiteral("info"), help}, QStringLiteral("investatlas-cli info"),
        {QStringLiteral("FILE.gpkg"), QStringLiteral("--json")});
    row("info -h", {QStringLiteral("info"), QStringLiteral("-h")},
        QStringLiteral("investatlas-cli info"), {QStringLiteral("--json")});
    row("validate", {QStringLiteral("validate"), help}, QStringLiteral("investatlas-cli validate"),
        {QStringLiteral("FILE.gpkg")});
    row("render", {QStringLiteral("render"), help}, QStringLiteral("investatlas-cli render"),
        {QStringLiteral("FILE.gpkg"), QStringLiteral("--out"), QStringLiteral("--size"),
         QStringLiteral("--extent"), QStringLiteral("--layers"), QStringLiteral("--dpi"),
         QStringLiteral("--no-labels")});
    row("bench-render", {QStringLiteral("bench-render"), help},
        QStringLiteral("investatlas-cli bench-render"),
        {QStringLiteral("GPKG"), QStringLiteral("--layer"), QStringLiteral("--view"),
         QStringLiteral("--runs"), QStringLiteral("--label"), QStringLiteral("--basemap")});
    row("ledger", {QStringLiteral("ledger"), help}, QStringLiteral("investatlas-cli ledger"),
        {QStringLiteral("list"), QStringLiteral("import"), QStringLiteral("export"),
         QStringLiteral("bench")});
    row("ledger list", {QStringLiteral("ledger"), QStringLiteral("list"), help},
        QStringLiteral("investatlas-cli ledger list"),
        {QStringLiteral("FILE.gpkg"), QStringLiteral("--json"), QStringLiteral("--stage"),
         QStringLiteral("--unit"), QStringLiteral("--search")});
    row("ledger import", {QStringLiteral("ledger"), QStringLiteral("import"), help},
        QStringLiteral("investatlas-cli ledger import"),
        {QStringLiteral("FILE.gpkg"), QStringLiteral("SHEET"), QStringLiteral("--sheet"),
         QStringLiteral("--mapping"), QStringLiteral("--dry-run"), QStringLiteral("--on-duplicate"),
         QStringLiteral("--create-units"), QStringLiteral("--json")});
    row("ledger export", {QStringLiteral("ledger"), QStringLiteral("export"), help},
        QStringLiteral("investatlas-cli ledger export"),
        {QStringLiteral("FILE.gpkg"), QStringLiteral("OUT"), QStringLiteral("--stage"),
         QStringLiteral("--unit"), QStringLiteral("--search")});
    row("ledger bench", {QStringLiteral("ledger"), QStringLiteral("bench"), help},
        QStringLiteral("investatlas-cli ledger bench"), {QStringLiteral("--help")});
    row("targets", {QStringLiteral("targets"), help}, QStringLiteral("investatlas-cli targets"),
        {QStringLiteral("import")});
    row("targets import", {QStringLiteral("targets"), QStringLiteral("import"), help},
        QStringLiteral("investatlas-cli targets import"),
        {QStringLiteral("FILE.gpkg"), QStringLiteral("TARGETS.csv"), QStringLiteral("--dry-run"),
         QStringLiteral("--json")});
    row("stats", {QStringLiteral("stats"), help}, QStringLiteral("investatlas-cli stats"),
        {QStringLiteral("FILE.gpkg"), QStringLiteral("--year"), QStringLiteral("--month"),
         QStringLiteral("--unit"), QStringLiteral("--json")});
    row("warnings", {QStringLiteral("warnings"), help}, QStringLiteral("investatlas-cli warnings"),
        {QStringLiteral("FILE.gpkg"), QStringLiteral("--today"), QStringLiteral("--signed-days"),
         QStringLiteral("--land-days"), QStringLiteral("--idle-months"), QStringLiteral("--json")});
    row("bench-stats", {QStringLiteral("bench-stats"), help},
        QStringLiteral("investatlas-cli bench-stats"),
        {QStringLiteral("--file"), QStringLiteral("--year"), QStringLiteral("--keep")});
    row("land", {QStringLiteral("land"), help}, QStringLiteral("investatlas-cli land"),
        {QStringLiteral("FILE.gpkg"), QStringLiteral("--year"), QStringLiteral("--unit"),
         QStringLiteral("--candidates"), QStringLiteral("--json")});
    row("match", {QStringLiteral("match"), help}, QStringLiteral("investatlas-cli match"),
        {QStringLiteral("FILE.gpkg"), QStringLiteral("--area"), QStringLiteral("--use"),
         QStringLiteral("--chain"), QStringLiteral("--unit"), QStringLiteral("--limit"),
         QStringLiteral("--project"), QStringLiteral("--max-price"), QStringLiteral("--json")});
    row("bench-land", {QStringLiteral("bench-land"), help},
        QStringLiteral("investatlas-cli bench-land"),
        {QStringLiteral("SOURCE.gpkg"), QStringLiteral("--keep"), QStringLiteral("--runs")});
}

void TestCli::help()
{
    QFETCH(QStringList, args);
    QFETCH(QString, usage);
    QFETCH(QStringList, mentions);
    const auto result = cli(args);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QString out = QString::fromUtf8(result.out);
    // The usage line names the command as typed, not the path the program was started from.
    const QString firstLine = out.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(firstLine.contains(usage + QLatin1Char(' ')), qPrintable(firstLine));
    QVERIFY2(!out.contains(TestUtils::cliPath()), qPrintable(out));
    for (const QString &mention : mentions)
        QVERIFY2(out.contains(mention), qPrintable(mention + QStringLiteral(" in:\n") + out));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mention");
    const QString demo = m_demo;
    auto row = [](const char *name, const QStringList &args, const QString &mention) {
        QTest::newRow(name) << args << mention;
    };
    row("tool option", {QStringLiteral("--colour")}, QStringLiteral("colour"));
    row("unknown command", {QStringLiteral("frobnicate")}, QStringLiteral("frobnicate"));
    row("new without file", {QStringLiteral("new")}, QStringLiteral("OUT.gpkg"));
    row("demo option", {QStringLiteral("demo"), QStringLiteral("x.gpkg"), QStringLiteral("--fast")},
        QStringLiteral("fast"));
    row("info option", {QStringLiteral("info"), demo, QStringLiteral("--yaml")},
        QStringLiteral("yaml"));
    row("info two files", {QStringLiteral("info"), demo, QStringLiteral("extra.gpkg")},
        QStringLiteral("extra.gpkg"));
    row("validate without file", {QStringLiteral("validate")}, QStringLiteral("FILE.gpkg"));
    row("validate option", {QStringLiteral("validate"), demo, QStringLiteral("--strict")},
        QStringLiteral("strict"));
    row("render without file",
        {QStringLiteral("render"), QStringLiteral("--out"), QStringLiteral("x.png")},
        QStringLiteral("FILE.gpkg"));
    row("render option", {QStringLiteral("render"), demo, QStringLiteral("--colour")},
        QStringLiteral("colour"));
    row("render value missing", {QStringLiteral("render"), demo, QStringLiteral("--out")},
        QStringLiteral("out"));
    row("render without --out", {QStringLiteral("render"), demo}, QStringLiteral("--out"));
    row("render bad size",
        {QStringLiteral("render"), demo, QStringLiteral("--out"), QStringLiteral("x.png"),
         QStringLiteral("--size"), QStringLiteral("big")},
        QStringLiteral("--size"));
    row("bench-render without file", {QStringLiteral("bench-render")}, QStringLiteral("GPKG"));
    row("bench-render option",
        {QStringLiteral("bench-render"), demo, QStringLiteral("--layer"), QStringLiteral("units"),
         QStringLiteral("--fast")},
        QStringLiteral("fast"));
    row("ledger without command", {QStringLiteral("ledger")}, QStringLiteral("export"));
    row("ledger unknown command", {QStringLiteral("ledger"), QStringLiteral("sort")},
        QStringLiteral("sort"));
    row("ledger list without file", {QStringLiteral("ledger"), QStringLiteral("list")},
        QStringLiteral("FILE.gpkg"));
    row("ledger list option",
        {QStringLiteral("ledger"), QStringLiteral("list"), demo, QStringLiteral("--xml")},
        QStringLiteral("xml"));
    row("ledger import without sheet", {QStringLiteral("ledger"), QStringLiteral("import"), demo},
        QStringLiteral("SHEET"));
    row("ledger import option",
        {QStringLiteral("ledger"), QStringLiteral("import"), demo, QStringLiteral("s.csv"),
         QStringLiteral("--force")},
        QStringLiteral("force"));
    row("ledger export without file", {QStringLiteral("ledger"), QStringLiteral("export"), demo},
        QStringLiteral("OUT"));
    row("match without area", {QStringLiteral("match"), demo}, QStringLiteral("--area"));
    row("match bad area",
        {QStringLiteral("match"), demo, QStringLiteral("--area"), QStringLiteral("big")},
        QStringLiteral("--area"));
    row("match bad use",
        {QStringLiteral("match"), demo, QStringLiteral("--area"), QStringLiteral("50-120"),
         QStringLiteral("--use"), QStringLiteral("farm")},
        QStringLiteral("--use"));
    row("land bad year",
        {QStringLiteral("land"), demo, QStringLiteral("--year"), QStringLiteral("x")},
        QStringLiteral("--year"));
    row("ledger bench argument",
        {QStringLiteral("ledger"), QStringLiteral("bench"), QStringLiteral("now")},
        QStringLiteral("now"));
}

// Unknown options and missing arguments: exit 1, a message naming the culprit on stderr, and
// nothing done.
void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mention);
    const auto result = cli(args);
    QVERIFY2(result.exitCode == 1, qPrintable(QStringLiteral("exit %1, stderr: %2")
                                                  .arg(result.exitCode)
                                                  .arg(QString::fromUtf8(result.err))));
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(mention), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("--help")) || err.contains(QLatin1String("Usage"))
                 || err.contains(QStringLiteral("用法")),
             qPrintable(err));
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFile::exists(QStringLiteral("x.gpkg")) && !QFile::exists(QStringLiteral("x.png")));
}

void TestCli::version()
{
    const auto result = cli({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith("investatlas-cli "), result.out.constData());
}

void TestCli::newRefusesToOverwrite()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.gpkg"));
    QCOMPARE(cli({QStringLiteral("new"), path}).exitCode, 0);
    const QByteArray before = TestUtils::sha256(path);
    const auto refused = cli({QStringLiteral("demo"), path});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains("--force"));
    QCOMPARE(TestUtils::sha256(path), before);
    QCOMPARE(cli({QStringLiteral("demo"), path, QStringLiteral("--force")}).exitCode, 0);
    QVERIFY(TestUtils::sha256(path) != before);
}

void TestCli::infoJson()
{
    const auto result = cli({QStringLiteral("info"), m_demo, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(result.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isObject());
    const QJsonObject info = doc.object();
    QCOMPARE(info.value(QStringLiteral("schema_version")).toInt(), Schema::kCurrentVersion);
    const QJsonObject layers = info.value(QStringLiteral("layers")).toObject();
    QCOMPARE(layers.value(QStringLiteral("units")).toInt(), 10);
    for (const char *layer : {"parks", "enclaves", "parcels", "projects"})
        QVERIFY2(layers.value(QLatin1String(layer)).toInt() > 0, layer);
    const QJsonObject tables = info.value(QStringLiteral("tables")).toObject();
    QVERIFY(tables.value(QStringLiteral("project_events")).toInt() > 0);
    QVERIFY(tables.value(QStringLiteral("targets")).toInt() > 0);
    const QJsonArray extent = info.value(QStringLiteral("extent")).toArray();
    QCOMPARE(extent.size(), 4);
    // Lishui and the enclave host cities, from Shenzhen to Beijing.
    QVERIFY(extent[0].toDouble() < 118.5 && extent[2].toDouble() > 121);
    QVERIFY(extent[1].toDouble() < 23 && extent[3].toDouble() > 39);
}

void TestCli::validateReportsProblems()
{
    const QString path = TestUtils::copyFixture(QStringLiteral("project-schema1.gpkg"), m_dir);
    {
        auto project = ProjectFile::open(path);
        QVERIFY(project);
        QVERIFY((*project)->db().exec(QStringLiteral("UPDATE projects SET stage = 'nonsense'")));
    }
    const auto result = cli({QStringLiteral("validate"), path});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.contains("nonsense"));
    QCOMPARE(result.out.trimmed().count('\n') + 1, 1); // one line per problem
}

void TestCli::ledgerList()
{
    const auto all
        = cli({QStringLiteral("ledger"), QStringLiteral("list"), m_demo, QStringLiteral("--json")});
    QCOMPARE(all.exitCode, 0);
    const QJsonArray projects = QJsonDocument::fromJson(all.out).array();
    QVERIFY(projects.size() >= 150);
    const QJsonObject first = projects.first().toObject();
    for (const char *key :
         {"name", "unit", "chain", "stage", "investment_wan", "land_mu", "signed_date"})
        QVERIFY2(first.contains(QLatin1String(key)), key);

    // A Chinese substring finds the article's project; filters combine.
    const auto found
        = cli({QStringLiteral("ledger"), QStringLiteral("list"), m_demo, QStringLiteral("--json"),
               QStringLiteral("--search"), QStringLiteral("新能源")});
    QCOMPARE(found.exitCode, 0);
    bool aima = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(found.out).array())
        aima = aima
               || v.toObject().value(QStringLiteral("name")).toString()
                      == QStringLiteral("爱玛新能源智慧出行");
    QVERIFY(aima);
    const auto filtered
        = cli({QStringLiteral("ledger"), QStringLiteral("list"), m_demo, QStringLiteral("--json"),
               QStringLiteral("--stage"), QStringLiteral("signed"), QStringLiteral("--unit"),
               QStringLiteral("青田县")});
    for (const QJsonValue &v : QJsonDocument::fromJson(filtered.out).array()) {
        QCOMPARE(v.toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("signed"));
        QCOMPARE(v.toObject().value(QStringLiteral("unit")).toString(), QStringLiteral("青田县"));
    }
    QCOMPARE(cli({QStringLiteral("ledger"), QStringLiteral("list"), m_demo,
                  QStringLiteral("--stage"), QStringLiteral("nope")})
                 .exitCode,
             1);
    QCOMPARE(cli({QStringLiteral("ledger"), QStringLiteral("list"),
                  m_dir.filePath(QStringLiteral("notes.gpkg"))})
                 .exitCode,
             2);
}

void TestCli::ledgerImportExport()
{
    const QString project = m_dir.filePath(QStringLiteral("ledger.gpkg"));
    QCOMPARE(cli({QStringLiteral("demo"), project, QStringLiteral("--force")}).exitCode, 0);
    const QString sheet = m_dir.filePath(QStringLiteral("sheet.csv"));
    QFile file(sheet);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("2023年台账,,,\n序号,项目名称,所属区县,总投资\n1,新导入项目,青田县,5亿\n2,,青田县,"
               "3亿\n合计,,,8亿\n");
    file.close();
    auto run = [&](QStringList extra) {
        QStringList args{QStringLiteral("ledger"), QStringLiteral("import"), project, sheet,
                         QStringLiteral("--json")};
        return cli(args + extra);
    };
    const auto dry = run({QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    QJsonObject report = QJsonDocument::fromJson(dry.out).object();
    QCOMPARE(report.value(QStringLiteral("accepted")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("written")).toBool(), false);
    const QJsonArray rejected = report.value(QStringLiteral("rejected")).toArray();
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().toObject().value(QStringLiteral("row")).toInt(), 4);
    QCOMPARE(report.value(QStringLiteral("skipped")).toArray().size(), 1);
    const auto real = run({});
    QCOMPARE(QJsonDocument::fromJson(real.out).object().value(QStringLiteral("written")).toBool(),
             true);
    QCOMPARE(run({QStringLiteral("--on-duplicate"), QStringLiteral("sometimes")}).exitCode, 1);
    QCOMPARE(cli({QStringLiteral("ledger"), QStringLiteral("import"), project,
                  m_dir.filePath(QStringLiteral("missing.xlsx"))})
                 .exitCode,
             2);
    const QString out = m_dir.filePath(QStringLiteral("out.xlsx"));
    const auto exported = cli({QStringLiteral("ledger"), QStringLiteral("export"), project, out,
                               QStringLiteral("--unit"), QStringLiteral("青田县")});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(QFile::exists(out));
    QCOMPARE(cli({QStringLiteral("ledger"), QStringLiteral("export"), project, out}).exitCode,
             2); // exists
}

void TestCli::readingCommandsNeverWrite_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("rollbackJournal");
    QTest::newRow("schema 1 (older)") << QStringLiteral("project-schema1.gpkg") << false;
    QTest::newRow("rollback journal") << QString() << true;
}

// info, validate, ledger list/export, render, import --dry-run, stats, warnings and targets
// import --dry-run leave the file byte-identical:
// an older schema is not upgraded (no backup either), a rollback-journal file is not switched
// to WAL.
void TestCli::readingCommandsNeverWrite()
{
    QFETCH(QString, fixture);
    QFETCH(bool, rollbackJournal);
    QTemporaryDir dir;
    QString path;
    if (rollbackJournal) {
        path = dir.filePath(QStringLiteral("journal.gpkg"));
        QVERIFY(QFile::copy(m_demo, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto db = SqliteDb::open(path, SqliteDb::Mode::ReadWrite);
        QVERIFY(db && db->scalar(QStringLiteral("PRAGMA journal_mode = DELETE")));
    } else {
        path = TestUtils::copyFixture(fixture, dir);
    }
    const QByteArray before = TestUtils::sha256(path);
    const QStringList entriesBefore = QDir(dir.path()).entryList(QDir::Files);
    const QString sheet = dir.filePath(QStringLiteral("out.csv"));
    const QList<QStringList> commands{
        {QStringLiteral("info"), path, QStringLiteral("--json")},
        {QStringLiteral("validate"), path},
        {QStringLiteral("ledger"), QStringLiteral("list"), path, QStringLiteral("--json")},
        {QStringLiteral("render"), path, QStringLiteral("--out"),
         dir.filePath(QStringLiteral("map.png")), QStringLiteral("--size"),
         QStringLiteral("320x200")},
        {QStringLiteral("ledger"), QStringLiteral("export"), path, sheet},
        {QStringLiteral("ledger"), QStringLiteral("import"), path, sheet,
         QStringLiteral("--dry-run"), QStringLiteral("--json")},
        {QStringLiteral("stats"), path, QStringLiteral("--year"), QStringLiteral("2022"),
         QStringLiteral("--json")},
        {QStringLiteral("warnings"), path, QStringLiteral("--today"), QStringLiteral("2022-06-30"),
         QStringLiteral("--json")},
        {QStringLiteral("land"), path, QStringLiteral("--year"), QStringLiteral("2022"),
         QStringLiteral("--candidates"), QStringLiteral("--json")},
        {QStringLiteral("match"), path, QStringLiteral("--area"), QStringLiteral("50-120"),
         QStringLiteral("--json")},
        // The fixture may lack the file's units: rows rejected (exit 2), still nothing written.
        {QStringLiteral("targets"), QStringLiteral("import"), path,
         TestUtils::sourceDir() + QStringLiteral("/resources/demo/targets.csv"),
         QStringLiteral("--dry-run"), QStringLiteral("--json")},
    };
    for (const QStringList &command : commands) {
        const auto result = cli(command);
        QVERIFY2(
            result.exitCode == 0 || command.at(0) == QLatin1String("validate")
                || (command.at(0) == QLatin1String("targets") && result.exitCode == 2
                    && result.out.contains("\"rejected\""))
                // Land needs schema 6, which reading never upgrades to: refused, nothing written.
                || ((command.at(0) == QLatin1String("land")
                     || command.at(0) == QLatin1String("match"))
                    && !fixture.isEmpty() && result.exitCode == 2),
            qPrintable(command.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(result.err)));
        QVERIFY2(TestUtils::sha256(path) == before, qPrintable(command.join(u' ')));
    }
    QStringList entriesAfter = QDir(dir.path()).entryList(QDir::Files);
    entriesAfter.removeAll(QStringLiteral("map.png"));
    entriesAfter.removeAll(QStringLiteral("out.csv"));
    entriesAfter.removeAll(QStringLiteral("out.events.csv"));
    QCOMPARE(entriesAfter, entriesBefore); // no backup, no -wal left behind
}

// render used to accept files that every other command refuses (schema 99, not a GeoPackage).
void TestCli::renderUsesTheSameOpenChecks()
{
    QTemporaryDir dir;
    const QString newer = dir.filePath(QStringLiteral("newer.gpkg"));
    QVERIFY(QFile::copy(m_demo, newer));
    QFile::setPermissions(newer, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto db = SqliteDb::open(newer, SqliteDb::Mode::ReadWrite);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral(
            "UPDATE investatlas_meta SET value = '99' WHERE key = 'schema_version'")));
    }
    for (const QString &file : {newer, m_dir.filePath(QStringLiteral("notes.gpkg"))}) {
        const auto info = cli({QStringLiteral("info"), file});
        const auto render = cli({QStringLiteral("render"), file, QStringLiteral("--out"),
                                 dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(info.exitCode, 2);
        QCOMPARE(render.exitCode, 2);
        QCOMPARE(render.err, info.err);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
    }
}

// Dark pixels (the scale bar's ink) in the bottom-left corner of a rendered map.
static int inkInBottomLeft(const QImage &image)
{
    int ink = 0;
    for (int y = image.height() - 60; y < image.height(); ++y) {
        for (int x = 0; x < 200; ++x)
            ink += qGray(image.pixel(x, y)) < 80;
    }
    return ink;
}

void TestCli::renderDecorations()
{
    const QString with = m_dir.filePath(QStringLiteral("with.png"));
    const QString without = m_dir.filePath(QStringLiteral("without.png"));
    const QStringList args{QStringLiteral("render"), m_demo, QStringLiteral("--size"),
                           QStringLiteral("800x600")};
    const auto drawn = cli(args + QStringList{QStringLiteral("--out"), with});
    QVERIFY2(drawn.exitCode == 0, drawn.err.constData());
    const auto plain = cli(
        args + QStringList{QStringLiteral("--out"), without, QStringLiteral("--no-decorations")});
    QVERIFY2(plain.exitCode == 0, plain.err.constData());
    // The view of the units leaves the corner empty: ink there is the scale bar.
    QVERIFY(inkInBottomLeft(QImage(with)) > 50);
    QCOMPARE(inkInBottomLeft(QImage(without)), 0);
}

void TestCli::renderNamesUnreadableLayer()
{
    const QString project = m_dir.filePath(QStringLiteral("dropped.gpkg"));
    QVERIFY(TestUtils::copyWritable(m_demo, project));
    {
        auto db = SqliteDb::open(project, SqliteDb::Mode::ReadWrite);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("DROP TABLE parcels"))); // its index stays behind
    }
    const QString out = m_dir.filePath(QStringLiteral("dropped.png"));
    const auto result = cli({QStringLiteral("render"), project, QStringLiteral("--out"), out});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("parcels"), result.err.constData());
    QVERIFY(!QFile::exists(out)); // nothing written
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
