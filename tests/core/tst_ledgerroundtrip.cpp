// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/commands.h"
#include "core/demo/demobuilder.h"
#include "core/domain/domain.h"
#include "core/ledger/ledgerexport.h"
#include "core/ledger/ledgerformat.h"
#include "core/ledger/ledgerimport.h"
#include "core/ledger/projectquery.h"
#include "core/project/projectdocument.h"
#include "core/storage/projectfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// Export → import into an empty project with the same units and parks gives back every column of
// every project and every entry of the activity log: for .xlsx and .csv, for the whole demo
// ledger, a filtered part of it, and a sparse ledger full of awkward text.
class TestLedgerRoundTrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void everyFilterOfTheDemoRoundTrips();
    void importingTheSameFileAgainAddsNothing();
    void csvCellsAreNotFormulas();
    void workbookReplacesCharactersXmlCannotHold_data();
    void workbookReplacesCharactersXmlCannotHold();

private:
    // A new, empty project with the units and parks (same fids, names and kinds) of `source`.
    std::unique_ptr<ProjectDocument> emptyTwin(ProjectFile &source, const QString &name);
    void buildSparse();
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_demo;
    std::unique_ptr<ProjectDocument> m_sparse;
};

namespace {

// A stored value as comparable text: doubles with every digit, NULL distinct from "".
QString canonical(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("∅");
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', 17);
    return v.toString();
}

// Every column of every project the filter would export, keyed by name and unit, with the
// location as longitude/latitude (rounded to `decimals` when the format stores fewer digits).
// Then each project's activity log, in the order it was written.
QStringList dump(ProjectFile &project, const ProjectFilter &filter, int decimals)
{
    auto rows = ProjectQuery::list(project, filter);
    if (!rows)
        return {rows.errorMessage()};
    QStringList wanted;
    for (const ProjectRow &row : *rows)
        wanted << QString::number(row.fid);
    QStringList columns;
    {
        auto info = project.db().prepare(QStringLiteral("PRAGMA table_info(projects)"));
        if (!info || !info->forEachRow([&] { columns << info->text(1); }))
            return {QStringLiteral("cannot read the columns")};
    }
    QStringList select;
    for (const QString &column : std::as_const(columns)) {
        if (column == QLatin1String("geom"))
            select << QStringLiteral("ST_MinX(p.geom)") << QStringLiteral("ST_MinY(p.geom)");
        else if (column != QLatin1String("fid"))
            select << QStringLiteral("p.") + column;
    }
    const QString where = QStringLiteral("WHERE p.fid IN (%1)").arg(wanted.join(u','));
    QStringList lines;
    auto stmt = project.db().prepare(
        QStringLiteral("SELECT p.fid, %1 FROM projects p %2 ORDER BY p.name, p.unit_id")
            .arg(select.join(QLatin1Char(',')), where));
    QList<qint64> fids;
    const int lon = int(select.indexOf(QStringLiteral("ST_MinX(p.geom)"))) + 1;
    if (!stmt->forEachRow([&] {
            fids << stmt->int64(0);
            QStringList cells;
            for (int c = 1; c < stmt->columnCount(); ++c) {
                QVariant v = stmt->value(c);
                if ((c == lon || c == lon + 1) && !v.isNull())
                    v = QString::number(v.toDouble(), 'f', decimals);
                cells << stmt->columnName(c) + QLatin1Char('=') + canonical(v);
            }
            lines << cells.join(QLatin1Char('|'));
        }))
        return {QStringLiteral("cannot read the projects")};
    for (int i = 0; i < fids.size(); ++i) {
        auto events = project.db().prepare(
            QStringLiteral("SELECT event_date, kind, stage, text, author FROM project_events "
                           "WHERE project_id = ?1 ORDER BY id"));
        events->bind(1, fids[i]);
        QStringList log;
        if (!events->forEachRow([&] {
                QStringList cells;
                for (int c = 0; c < events->columnCount(); ++c)
                    cells << canonical(events->value(c));
                log << cells.join(QLatin1Char('|'));
            }))
            return {QStringLiteral("cannot read the log")};
        lines[i] += QStringLiteral("\n  log: ") + log.join(QStringLiteral("\n       "));
    }
    return lines;
}

} // namespace

void TestLedgerRoundTrip::initTestCase()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.gpkg"));
    QVERIFY(DemoBuilder::write(path));
    m_demo = std::make_unique<ProjectDocument>(ProjectFile::open(path).takeValue());
    buildSparse();
}

std::unique_ptr<ProjectDocument> TestLedgerRoundTrip::emptyTwin(ProjectFile &source,
                                                                const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    auto target = ProjectFile::create(path);
    if (!target)
        return nullptr;
    auto units = source.db().prepare(QStringLiteral("SELECT fid, name, kind FROM units"));
    if (!units->forEachRow([&] {
            (void)(*target)->insertFeature(QStringLiteral("units"), nullptr,
                                           {{QStringLiteral("fid"), units->int64(0)},
                                            {QStringLiteral("name"), units->text(1)},
                                            {QStringLiteral("kind"), units->text(2)}});
        }))
        return nullptr;
    auto parks = source.db().prepare(QStringLiteral("SELECT fid, name, kind, unit_id FROM parks"));
    if (!parks->forEachRow([&] {
            (void)(*target)->insertFeature(QStringLiteral("parks"), nullptr,
                                           {{QStringLiteral("fid"), parks->int64(0)},
                                            {QStringLiteral("name"), parks->text(1)},
                                            {QStringLiteral("kind"), parks->text(2)},
                                            {QStringLiteral("unit_id"), parks->int64(3)}});
        }))
        return nullptr;
    return std::make_unique<ProjectDocument>(target.takeValue());
}

// Projects as the editor would make them, with what breaks spreadsheets: no investor type or park
// anywhere, a column filled only once, a first row of numbers, quotes, commas, line breaks, a
// leading = sign, emoji and a character outside the Basic Multilingual Plane.
void TestLedgerRoundTrip::buildSparse()
{
    m_sparse = emptyTwin(m_demo->store(), QStringLiteral("sparse.gpkg"));
    QVERIFY(m_sparse);
    const QVariant none;
    const QList<QVariantMap> projects = {
        {{QStringLiteral("name"), QStringLiteral("20230415")},
         {QStringLiteral("chain"), QStringLiteral("2024")},
         {QStringLiteral("investor"), QStringLiteral("1234567")},
         {QStringLiteral("unit_id"), 1},
         {QStringLiteral("investment_wan"), 80000.5},
         {QStringLiteral("land_mu"), 12.25},
         {QStringLiteral("stage"), QStringLiteral("signed")},
         {QStringLiteral("lead_date"), QStringLiteral("2023-01-05")},
         {QStringLiteral("signed_date"), QStringLiteral("2023-04-15")},
         {QStringLiteral("lead_official"), QStringLiteral("7")}},
        {{QStringLiteral("name"), QStringLiteral("\"引号\"项目, 含逗号")},
         {QStringLiteral("unit_id"), 2},
         {QStringLiteral("stage"), QStringLiteral("lead")},
         {QStringLiteral("notes"), QStringLiteral("第一行\n第二行，\"引号\"\n=1+1")},
         {QStringLiteral("task_force"), QStringLiteral("只此一处的专班")}},
        {{QStringLiteral("name"), QStringLiteral("=HYPERLINK(\"x\")")},
         {QStringLiteral("unit_id"), 3},
         {QStringLiteral("stage"), QStringLiteral("negotiation")},
         {QStringLiteral("investor"), QStringLiteral("+86 投资方")},
         {QStringLiteral("chain"), QStringLiteral("-新材料")},
         {QStringLiteral("drop_reason"), QStringLiteral("'单引号开头")},
         {QStringLiteral("confidential"), 1},
         {QStringLiteral("foreign_investment_wan_usd"), 1234.56}},
        {{QStringLiteral("name"), QStringLiteral("表情🚀项目𠀀")},
         {QStringLiteral("unit_id"), none},
         {QStringLiteral("stage"), QStringLiteral("dropped")},
         {QStringLiteral("lead_date"), QStringLiteral("2022-02-01")},
         {QStringLiteral("dropped_date"), QStringLiteral("2022-03-01")},
         {QStringLiteral("drop_reason"), QStringLiteral("@资金 🚫")},
         {QStringLiteral("expected_output_wan"), 0.000001}},
    };
    for (const QVariantMap &values : projects) {
        auto fid = Commands::addProject(*m_sparse, values, QStringLiteral("记录人🙂"));
        QVERIFY2(fid, qPrintable(fid.errorMessage()));
        QVERIFY(Commands::addEvent(
            *m_sparse, *fid,
            {{QStringLiteral("event_date"), QStringLiteral("2023-05-06")},
             {QStringLiteral("kind"), QStringLiteral("visit")},
             {QStringLiteral("text"), QStringLiteral("走访,\"谈\"\n=再谈 𠀀")}}));
    }
}

void TestLedgerRoundTrip::roundTrip_data()
{
    QTest::addColumn<QString>("ledger"); // demo or sparse
    QTest::addColumn<QString>("unit");   // the export's --unit filter
    QTest::addColumn<QString>("suffix");
    for (const QString suffix : {QStringLiteral("xlsx"), QStringLiteral("csv")}) {
        QTest::addRow("demo %s", qPrintable(suffix)) << "demo" << QString() << suffix;
        QTest::addRow("demo 云和县 %s", qPrintable(suffix))
            << "demo" << QStringLiteral("云和县") << suffix;
        QTest::addRow("sparse %s", qPrintable(suffix)) << "sparse" << QString() << suffix;
    }
}

void TestLedgerRoundTrip::roundTrip()
{
    QFETCH(QString, ledger);
    QFETCH(QString, unit);
    QFETCH(QString, suffix);
    ProjectDocument &source = ledger == QLatin1String("demo") ? *m_demo : *m_sparse;
    const QString out = m_dir.filePath(QStringLiteral("%1-%2.%3").arg(ledger, unit, suffix));
    for (const QString &file : LedgerExport::files(out))
        QFile::remove(file);
    ProjectFilter filter;
    filter.unit = unit;
    auto written = LedgerExport::write(source.store(), filter, out);
    QVERIFY2(written, qPrintable(written.errorMessage()));
    QVERIFY(written->projects > 0);

    auto target
        = emptyTwin(source.store(), QStringLiteral("twin-%1-%2-%3.gpkg").arg(ledger, unit, suffix));
    QVERIFY(target);
    auto report = LedgerImport::run(*target, out, {});
    QVERIFY2(report, qPrintable(report.errorMessage()));
    QStringList issues;
    for (const auto &issue : report->rejected + report->events.rejected)
        issues << QStringLiteral("row %1: %2").arg(issue.row).arg(issue.reason);
    QVERIFY2(issues.isEmpty(), qPrintable(issues.join(QLatin1Char('\n'))));
    QCOMPARE(report->accepted, written->projects);
    QCOMPARE(report->headerRow, 1);
    QVERIFY(!report->events.source.isEmpty());
    QVERIFY(report->events.skipped.isEmpty());
    QCOMPARE(target->undoStack().count(), 1);

    // A workbook stores 16 significant digits, 1e-11° (under a millimetre) for a location; CSV
    // text keeps every digit.
    const int decimals = suffix == QLatin1String("xlsx") ? 9 : 17;
    const QStringList expected = dump(source.store(), filter, decimals);
    const QStringList actual = dump(target->store(), {}, decimals);
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(actual[i], expected[i]);
}

// Whatever subset the ledger's filters leave, its export imports into an empty project as it was:
// each stage, unit, park, chain, investor type and amount tier of the demo, a date range and a
// search (CSV here; the workbook is compared column by column in roundTrip()).
void TestLedgerRoundTrip::everyFilterOfTheDemoRoundTrips()
{
    QList<QPair<QString, ProjectFilter>> filters;
    auto add = [&](const QString &what, const std::function<void(ProjectFilter &)> &set) {
        ProjectFilter filter;
        set(filter);
        filters.append({what, filter});
    };
    for (const QString &stage : Domain::codes(Domain::stages()))
        add(QStringLiteral("stage ") + stage, [&](ProjectFilter &f) { f.stage = stage; });
    for (const QString &type : Domain::codes(Domain::investorTypes()))
        add(QStringLiteral("investor ") + type, [&](ProjectFilter &f) { f.investorType = type; });
    for (const QString &table : {QStringLiteral("units"), QStringLiteral("parks")}) {
        auto names = m_demo->store().db().prepare(QStringLiteral("SELECT name FROM %1").arg(table));
        QVERIFY(names);
        QStringList all;
        QVERIFY(names->forEachRow([&] { all << names->text(0); }));
        for (const QString &name : std::as_const(all)) {
            add(table + QLatin1Char(' ') + name, [&](ProjectFilter &f) {
                (table == QLatin1String("units") ? f.unit : f.park) = name;
            });
        }
    }
    auto chains = m_demo->store().db().prepare(
        QStringLiteral("SELECT DISTINCT chain FROM projects WHERE chain IS NOT NULL"));
    QVERIFY(chains);
    QStringList allChains;
    QVERIFY(chains->forEachRow([&] { allChains << chains->text(0); }));
    for (const QString &chain : std::as_const(allChains))
        add(QStringLiteral("chain ") + chain, [&](ProjectFilter &f) { f.chain = chain; });
    for (double yi : {1.0, 10.0, 50.0})
        add(QStringLiteral("≥ %1 亿元").arg(yi),
            [&](ProjectFilter &f) { f.minInvestmentWan = yi * Domain::kWanPerYi; });
    add(QStringLiteral("signed 2023 H1"), [](ProjectFilter &f) {
        f.signedFrom = QDate(2023, 1, 1);
        f.signedTo = QDate(2023, 6, 30);
    });
    add(QStringLiteral("search 年产"), [](ProjectFilter &f) { f.search = QStringLiteral("年产"); });
    QVERIFY(filters.size() > 40);

    int compared = 0;
    for (const auto &[what, filter] : std::as_const(filters)) {
        auto rows = ProjectQuery::list(m_demo->store(), filter);
        QVERIFY(rows);
        if (rows->isEmpty())
            continue; // nothing to export (e.g. a stage no demo project is in)
        const QString out = m_dir.filePath(QStringLiteral("filter-%1.csv").arg(compared));
        auto written = LedgerExport::write(m_demo->store(), filter, out);
        QVERIFY2(written, qPrintable(what + QLatin1String(": ") + written.errorMessage()));
        QCOMPARE(written->projects, int(rows->size()));
        auto target = emptyTwin(m_demo->store(), QStringLiteral("filter-%1.gpkg").arg(compared));
        QVERIFY(target);
        auto report = LedgerImport::run(*target, out, {});
        QVERIFY2(report, qPrintable(what + QLatin1String(": ") + report.errorMessage()));
        QVERIFY2(report->rejected.isEmpty() && report->events.rejected.isEmpty(), qPrintable(what));
        QCOMPARE(report->accepted, written->projects);
        const QStringList expected = dump(m_demo->store(), filter, 17);
        const QStringList actual = dump(target->store(), {}, 17);
        QVERIFY2(actual == expected, qPrintable(what));
        ++compared;
    }
    QVERIFY(compared > 30);
}

// The same export imported into the project it came from: every project is a duplicate, and with
// "update" every log entry is already there.
void TestLedgerRoundTrip::importingTheSameFileAgainAddsNothing()
{
    const QString out = m_dir.filePath(QStringLiteral("again.xlsx"));
    QFile::remove(out);
    auto written = LedgerExport::write(m_sparse->store(), {}, out);
    QVERIFY(written);
    const QStringList before = dump(m_sparse->store(), {}, 17);
    auto skipped = LedgerImport::run(*m_sparse, out, {});
    QVERIFY(skipped);
    const qint64 entries = m_sparse->store()
                               .db()
                               .scalar(QStringLiteral("SELECT count(*) FROM project_events"))
                               ->toLongLong();
    QCOMPARE(skipped->accepted, 0);
    QCOMPARE(skipped->skipped.size(), written->projects);
    QCOMPARE(skipped->events.skipped.size(), entries); // their projects are not imported
    QCOMPARE(skipped->events.accepted, 0);
    LedgerImport::Options update;
    update.onDuplicate = LedgerImport::OnDuplicate::Update;
    auto updated = LedgerImport::run(*m_sparse, out, update);
    QVERIFY2(updated, qPrintable(updated.errorMessage()));
    QCOMPARE(updated->updated, 0); // already up to date
    QCOMPARE(updated->skipped.size(), written->projects);
    QCOMPARE(updated->events.accepted, 0);
    QCOMPARE(updated->events.skipped.size(), entries); // already in the log
    QCOMPARE(m_sparse->undoStack().count(), 4 * 2);    // the edits that made it; no import
    QCOMPARE(dump(m_sparse->store(), {}, 17), before);
}

// Text a spreadsheet would run as a formula is written with an apostrophe in CSV.
void TestLedgerRoundTrip::csvCellsAreNotFormulas()
{
    const QString out = m_dir.filePath(QStringLiteral("formulas.csv"));
    for (const QString &file : LedgerExport::files(out))
        QFile::remove(file);
    QVERIFY(LedgerExport::write(m_sparse->store(), {}, out));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("'=HYPERLINK(")));
    QVERIFY(text.contains(QStringLiteral("'+86 投资方")));
    QVERIFY(text.contains(QStringLiteral("''单引号开头")));
    QVERIFY(!text.contains(QStringLiteral(",=")));
    QVERIFY(QFile::exists(LedgerFormat::eventsCsvPath(out)));
    QCOMPARE(LedgerFormat::unguardCsvText(LedgerFormat::guardCsvText(QStringLiteral("'=x"))),
             QStringLiteral("'=x"));
    QCOMPARE(LedgerFormat::unguardCsvText(QStringLiteral("'abc")), QStringLiteral("'abc"));
    // Exporting over an existing log is refused like over an existing ledger.
    QFile::remove(out);
    QVERIFY(!LedgerExport::write(m_sparse->store(), {}, out));
}

void TestLedgerRoundTrip::workbookReplacesCharactersXmlCannotHold_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
    QTest::newRow("csv") << QStringLiteral("csv");
}

// Control characters, U+FFFE and U+FFFF made the workbook unreadable (its XML cannot hold them):
// they are written as U+FFFD, the export says how many values were, and the file imports back
// with the replaced values. CSV keeps every character and round-trips exactly.
void TestLedgerRoundTrip::workbookReplacesCharactersXmlCannotHold()
{
    QFETCH(QString, suffix);
    const bool workbook = suffix == QLatin1String("xlsx");
    auto source = emptyTwin(m_demo->store(), QStringLiteral("xmlbad-%1.gpkg").arg(suffix));
    QVERIFY(source);
    const QString bell = QString(QChar(0x07)), unitSeparator = QString(QChar(0x1F));
    auto fid = Commands::addProject(
        *source,
        {{QStringLiteral("name"), QStringLiteral("控制") + bell + QStringLiteral("字符")},
         {QStringLiteral("investor"),
          QStringLiteral("非字符") + QChar(0xFFFE) + QChar(0xFFFF) + QStringLiteral("公司")},
         {QStringLiteral("notes"), QStringLiteral("制表\t换行\n都可以")},
         {QStringLiteral("unit_id"), 1},
         {QStringLiteral("stage"), QStringLiteral("lead")}},
        QStringLiteral("记录人"));
    QVERIFY2(fid, qPrintable(fid.errorMessage()));
    QVERIFY(Commands::addEvent(*source, *fid,
                               {{QStringLiteral("event_date"), QStringLiteral("2023-05-06")},
                                {QStringLiteral("kind"), QStringLiteral("visit")},
                                {QStringLiteral("text"), QStringLiteral("走访") + unitSeparator
                                                             + QStringLiteral("再谈")}}));

    const QString out = m_dir.filePath(QStringLiteral("xmlbad.%1").arg(suffix));
    for (const QString &file : LedgerExport::files(out))
        QFile::remove(file);
    auto written = LedgerExport::write(source->store(), {}, out);
    QVERIFY2(written, qPrintable(written.errorMessage()));
    QCOMPARE(written->projects, 1);
    // The name (in the ledger and beside each of the two log entries: the stage the project
    // was added at, and the visit), the investor and the visit's text; the notes' tab and line
    // break are allowed.
    QCOMPARE(written->replacedValues, workbook ? 5 : 0);
    QCOMPARE(written->summary().contains(QChar(QChar::ReplacementCharacter)), workbook);

    auto target = emptyTwin(m_demo->store(), QStringLiteral("xmlbad-back-%1.gpkg").arg(suffix));
    QVERIFY(target);
    auto report = LedgerImport::run(*target, out, {});
    QVERIFY2(report, qPrintable(report.errorMessage()));
    QCOMPARE(report->accepted, 1);
    QCOMPARE(report->events.accepted, 2);
    QStringList expected = dump(source->store(), {}, 9);
    if (workbook) {
        for (QString &line : expected)
            line = LedgerFormat::workbookText(line, nullptr);
    }
    QCOMPARE(dump(target->store(), {}, 9), expected);

    // Lone surrogates (which no UTF-8 file holds, but a QString can) are replaced as well; a
    // surrogate pair is a character like any other.
    bool replaced = false;
    const QString lone = QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b") + QChar(0xDC00);
    QCOMPARE(LedgerFormat::workbookText(lone, &replaced), QStringLiteral("a\uFFFDb\uFFFD"));
    QVERIFY(replaced);
    QCOMPARE(LedgerFormat::workbookText(QStringLiteral("𠀀🚀\t"), &replaced),
             QStringLiteral("𠀀🚀\t"));
    QVERIFY(!replaced);
}

QTEST_GUILESS_MAIN(TestLedgerRoundTrip)
#include "tst_ledgerroundtrip.moc"
