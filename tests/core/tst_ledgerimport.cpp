// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/commands.h"
#include "core/demo/demobuilder.h"
#include "core/ledger/importpresets.h"
#include "core/ledger/ledgerimport.h"
#include "core/project/projectdocument.h"
#include "core/storage/projectfile.h"

#include <QDate>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

// Spreadsheets as offices send them: title row, Chinese headers, 序号, amounts in every form,
// dates in every form, a 合计 row; and export → import gives back the same ledger.
class TestLedgerImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void messySheet();
    void unknownUnitsCanBeCreated();
    void duplicatesSkipOrUpdate();
    void dryRunWritesNothing();
    void gbkCsv();
    void officeWorkbookWithNumbers();
    void badCellsRejectTheirRow_data();
    void badCellsRejectTheirRow();
    void unreadableFiles();
    void mappingPresets();

private:
    Sheet messy() const;
    qint64 count(const QString &sql)
    {
        auto v = m_project->db().scalar(sql);
        return v ? v->toLongLong() : -1;
    }
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_doc;
    ProjectFile *m_project = nullptr;
};

void TestLedgerImport::init()
{
    m_project = nullptr;
    m_doc.reset();
    const QString path = m_dir.filePath(QStringLiteral("demo.gpkg"));
    QFile::remove(path);
    QVERIFY(DemoBuilder::write(path));
    m_doc = std::make_unique<ProjectDocument>(ProjectFile::open(path).takeValue());
    m_project = &m_doc->store();
}

Sheet TestLedgerImport::messy() const
{
    auto row = [](std::initializer_list<const char *> cells) {
        QStringList list;
        for (const char *c : cells)
            list << QString::fromUtf8(c);
        return list;
    };
    Sheet sheet;
    sheet.rows = {
        row({"2023年1-6月丽水市招商引资项目台账", "", "", "", "", "", "", "", ""}),
        row({"", "", "", "", "", "", "", "", ""}),
        row({"序号", "项目名称", "投资方", "所属区县", "产业链", "总投资", "用地(亩)", "签约日期",
             "开工日期"}),
        row({"1", "甲新能源电池项目", "宁德某公司", "青田县", "新能源", "130亿元", "500",
             "2023/2/15", "2023年3月"}),
        row({"2", "乙半导体项目", "", "莲都区", "半导体", "5亿", "80", "2022.12", ""}),
        row({"3", "丙项目", "", "缙云", "装备制造", "8000万元", "", "2022.9.1", "待定"}),
        row({"4", "丁项目", "", "龙泉市", "汽车零部件", "13.3", "", "44972", ""}),
        row({"5", "戊外资项目", "", "遂昌县", "数字经济", "2.1亿美元", "", "2023-02-15", ""}),
        row({"6", "", "", "松阳县", "", "3亿", "", "", ""}),          // no name
        row({"7", "己项目", "", "庆元县", "", "-5亿", "", "", ""}),   // negative
        row({"8", "庚项目", "", "云和县", "", "好几亿", "", "", ""}), // unreadable
        row({"9", "辛项目", "", "景宁畲族自治县", "", "2亿", "", "2023/5/1", "2023/1/1"}), // order
        row({"10", "壬项目", "", "杭州市上城区", "", "1亿", "", "2023/1/1", ""}), // unknown unit
        row({"合计", "", "", "", "", "151.4亿", "580", "", ""}),
    };
    return sheet;
}

void TestLedgerImport::messySheet()
{
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM projects"));
    auto report = LedgerImport::run(*m_doc, messy(), {});
    QVERIFY2(report, qPrintable(report.errorMessage()));
    QCOMPARE(report->headerRow, 3);
    QCOMPARE(report->mapping.value(QStringLiteral("name")), QStringLiteral("项目名称"));
    QCOMPARE(report->mapping.value(QStringLiteral("investment")), QStringLiteral("总投资"));
    for (const auto &issue : report->rejected)
        qInfo().noquote() << "rejected row" << issue.row << issue.reason;
    QCOMPARE(report->accepted, 5);
    QCOMPARE(report->bareAmountUnit, QStringLiteral("亿元"));
    QList<int> rejectedRows;
    for (const auto &issue : report->rejected)
        rejectedRows << issue.row;
    QCOMPARE(rejectedRows, (QList<int>{9, 10, 11, 12, 13}));
    QCOMPARE(report->skipped.size(), 1); // the 合计 row
    QCOMPARE(report->skipped.first().row, 14);
    QCOMPARE(report->unknownUnits, QStringList{QStringLiteral("杭州市上城区")});
    QVERIFY(report->written);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM projects")), before + 5);
    QCOMPARE(count(QStringLiteral(
                 "SELECT investment_wan FROM projects WHERE name = '甲新能源电池项目'")),
             1300000);
    QCOMPARE(count(QStringLiteral("SELECT investment_wan FROM projects WHERE name = '丁项目'")),
             133000);
    QCOMPARE(count(QStringLiteral(
                 "SELECT foreign_investment_wan_usd FROM projects WHERE name = '戊外资项目'")),
             21000);
    QCOMPARE(m_project->db()
                 .scalar(QStringLiteral("SELECT signed_date FROM projects WHERE name = '丁项目'"))
                 ->toString(),
             QStringLiteral("2023-02-15"));
    QCOMPARE(
        m_project->db()
            .scalar(QStringLiteral("SELECT stage FROM projects WHERE name = '甲新能源电池项目'"))
            ->toString(),
        QStringLiteral("construction"));
    // "缙云" is 缙云县.
    QCOMPARE(m_project->db()
                 .scalar(QStringLiteral(
                     "SELECT u.name FROM projects p JOIN units u ON u.fid = p.unit_id "
                     "WHERE p.name = '丙项目'"))
                 ->toString(),
             QStringLiteral("缙云县"));
    // One undo takes the whole import back.
    QCOMPARE(m_doc->undoStack().count(), 1);
    m_doc->undoStack().undo();
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM projects")), before);
}

void TestLedgerImport::unknownUnitsCanBeCreated()
{
    LedgerImport::Options options;
    options.createUnits = true;
    auto report = LedgerImport::run(*m_doc, messy(), options);
    QVERIFY(report);
    QCOMPARE(report->accepted, 6);
    QCOMPARE(report->createdUnits, QStringList{QStringLiteral("杭州市上城区")});
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM units WHERE name = '杭州市上城区'")), 1);
}

void TestLedgerImport::duplicatesSkipOrUpdate()
{
    QVERIFY(LedgerImport::run(*m_doc, messy(), {}));
    Sheet again = messy();
    again.rows[4][5] = QStringLiteral("6亿"); // 乙 grows
    auto skipped = LedgerImport::run(*m_doc, again, {});
    QVERIFY(skipped);
    QCOMPARE(skipped->accepted, 0);
    QCOMPARE(skipped->skipped.size(), 6);
    LedgerImport::Options update;
    update.onDuplicate = LedgerImport::OnDuplicate::Update;
    auto updated = LedgerImport::run(*m_doc, again, update);
    QVERIFY(updated);
    QCOMPARE(updated->updated, 1); // 乙; the other four are already as the sheet says
    QCOMPARE(updated->skipped.size(), 5);
    QCOMPARE(updated->skipped.first().reason, QStringLiteral("already up to date"));
    QCOMPARE(
        count(QStringLiteral("SELECT investment_wan FROM projects WHERE name = '乙半导体项目'")),
        60000);
}

void TestLedgerImport::dryRunWritesNothing()
{
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM projects"));
    LedgerImport::Options options;
    options.dryRun = true;
    auto report = LedgerImport::run(*m_doc, messy(), options);
    QVERIFY(report);
    QCOMPARE(report->accepted, 5);
    QVERIFY(!report->written);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM projects")), before);
    QCOMPARE(m_doc->undoStack().count(), 0);
}

void TestLedgerImport::gbkCsv()
{
    const QString text = QStringLiteral("项目名称,所属区县,总投资(万元),签约日期\n"
                                        "某智能装备项目,青田县,8000,2023/4/1\n");
    QStringEncoder gbk("GB18030");
    QVERIFY(gbk.isValid());
    const QString path = m_dir.filePath(QStringLiteral("gbk.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(gbk.encode(text));
    file.close();
    auto report = LedgerImport::run(*m_doc, path, {});
    QVERIFY2(report, qPrintable(report.errorMessage()));
    QCOMPARE(report->accepted, 1);
    // The header says 万元, so a bare number is 万元.
    QCOMPARE(
        count(QStringLiteral("SELECT investment_wan FROM projects WHERE name = '某智能装备项目'")),
        8000);
}

// A workbook as Excel writes it: headers in row 1 and typed numbers and dates from row 2. GDAL's
// own header detection must stay off while the sheet is parsed, or row 1 is lost.
void TestLedgerImport::officeWorkbookWithNumbers()
{
    const QString path = m_dir.filePath(QStringLiteral("office.xlsx"));
    QFile::remove(path);
    {
        GDALAllRegister();
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("XLSX");
        QVERIFY(driver);
        GDALDatasetUniquePtr dataset(
            driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        QVERIFY(dataset);
        OGRLayer *layer = dataset->CreateLayer("Sheet1", nullptr, wkbNone, nullptr);
        QVERIFY(layer);
        const std::pair<const char *, OGRFieldType> columns[] = {{"项目名称", OFTString},
                                                                 {"所属区县", OFTString},
                                                                 {"总投资(万元)", OFTReal},
                                                                 {"用地(亩)", OFTInteger},
                                                                 {"签约日期", OFTDate}};
        for (const auto &[name, type] : columns) {
            OGRFieldDefn field(name, type);
            QCOMPARE(layer->CreateField(&field), OGRERR_NONE);
        }
        const std::tuple<const char *, const char *, double, int, QDate> rows[]
            = {{"表格一号项目", "青田县", 8000.5, 120, QDate(2023, 4, 1)},
               {"表格二号项目", "莲都区", 250000, 35, QDate(2022, 12, 30)}};
        for (const auto &[name, unit, wan, mu, date] : rows) {
            OGRFeature feature(layer->GetLayerDefn());
            feature.SetField(0, name);
            feature.SetField(1, unit);
            feature.SetField(2, wan);
            feature.SetField(3, mu);
            feature.SetField(4, date.year(), date.month(), date.day());
            QCOMPARE(layer->CreateFeature(&feature), OGRERR_NONE);
        }
    }
    auto report = LedgerImport::run(*m_doc, path, {});
    QVERIFY2(report, qPrintable(report.errorMessage()));
    QCOMPARE(report->headerRow, 1);
    QCOMPARE(report->accepted, 2);
    QCOMPARE(m_project->db()
                 .scalar(QStringLiteral("SELECT investment_wan FROM projects WHERE name = "
                                        "'表格一号项目'"))
                 ->toDouble(),
             8000.5);
    QCOMPARE(m_project->db()
                 .scalar(QStringLiteral("SELECT signed_date FROM projects WHERE name = "
                                        "'表格二号项目'"))
                 ->toString(),
             QStringLiteral("2022-12-30"));
    QCOMPARE(count(QStringLiteral("SELECT land_mu FROM projects WHERE name = '表格二号项目'")), 35);
}

// Every cell that cannot be stored as it says rejects its row, with the row number and the value:
// nothing is dropped quietly.
void TestLedgerImport::badCellsRejectTheirRow_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("cell");
    QTest::newRow("unknown park") << QStringLiteral("所在园区") << QStringLiteral("不存在的园区");
    QTest::newRow("confidential") << QStringLiteral("保密") << QStringLiteral("也许");
    QTest::newRow("stage") << QStringLiteral("当前进度") << QStringLiteral("快了");
    QTest::newRow("investor type") << QStringLiteral("投资方类型") << QStringLiteral("个体户");
    QTest::newRow("longitude alone") << QStringLiteral("经度") << QStringLiteral("119.9");
    QTest::newRow("latitude") << QStringLiteral("纬度") << QStringLiteral("北纬九十一度");
    QTest::newRow("land") << QStringLiteral("用地(亩)") << QStringLiteral("很大一片");
    QTest::newRow("date") << QStringLiteral("开工日期") << QStringLiteral("明年春天");
}

void TestLedgerImport::badCellsRejectTheirRow()
{
    QFETCH(QString, header);
    QFETCH(QString, cell);
    Sheet sheet;
    sheet.rows = {{QStringLiteral("项目名称"), QStringLiteral("所属区县"), header},
                  {QStringLiteral("好项目"), QStringLiteral("青田县"), QString()},
                  {QStringLiteral("坏项目"), QStringLiteral("青田县"), cell}};
    auto report = LedgerImport::run(*m_doc, sheet, {});
    QVERIFY2(report, qPrintable(report.errorMessage()));
    QCOMPARE(report->accepted, 1);
    QCOMPARE(report->rejected.size(), 1);
    QCOMPARE(report->rejected.first().row, 3);
    const QString reason = report->rejected.first().reason;
    QVERIFY2(reason.contains(cell) || header == QStringLiteral("经度"), qPrintable(reason));
}

void TestLedgerImport::unreadableFiles()
{
    const QString notSheet = m_dir.filePath(QStringLiteral("x.xlsx"));
    QFile file(notSheet);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a zip");
    file.close();
    QVERIFY(!LedgerImport::run(*m_doc, notSheet, {}));
    QVERIFY(!LedgerImport::run(*m_doc, m_dir.filePath(QStringLiteral("none.csv")), {}));
    QVERIFY(!LedgerImport::run(*m_doc, m_dir.filePath(QStringLiteral("old.xls")), {}));
    Sheet noHeader;
    noHeader.rows = {{QStringLiteral("a"), QStringLiteral("b")}};
    QVERIFY(!LedgerImport::run(*m_doc, noHeader, {}));
}

void TestLedgerImport::mappingPresets()
{
    // A county whose headers no guess understands.
    Sheet sheet;
    sheet.rows = {{QStringLiteral("编号"), QStringLiteral("工程"), QStringLiteral("金额"),
                   QStringLiteral("地区")},
                  {QStringLiteral("1"), QStringLiteral("预设测试项目"), QStringLiteral("2亿"),
                   QStringLiteral("青田县")}};
    QVERIFY(!LedgerImport::run(*m_doc, sheet, {})); // no header found
    sheet.rows[0][3] = QStringLiteral("所属区县");
    const ImportPresets::Mapping mapping{{QStringLiteral("name"), QStringLiteral("工程")},
                                         {QStringLiteral("investment"), QStringLiteral("金额")},
                                         {QStringLiteral("unit"), QStringLiteral("所属区县")}};
    QVERIFY(ImportPresets::save(*m_project, QStringLiteral("青田月报"), mapping));
    QCOMPARE(*ImportPresets::names(*m_project), QStringList{QStringLiteral("青田月报")});
    LedgerImport::Options options;
    options.mapping = *ImportPresets::load(*m_project, QStringLiteral("青田月报"));
    auto report = LedgerImport::run(*m_doc, sheet, options);
    QVERIFY2(report, qPrintable(report.errorMessage()));
    QCOMPARE(report->accepted, 1);
    QCOMPARE(
        count(QStringLiteral("SELECT investment_wan FROM projects WHERE name = '预设测试项目'")),
        20000);
    QVERIFY(!ImportPresets::load(*m_project, QStringLiteral("没有这个")));
    options.mapping.insert(QStringLiteral("nonsense"), QStringLiteral("金额")); // unknown field
    QVERIFY(!LedgerImport::run(*m_doc, sheet, options));
}

QTEST_GUILESS_MAIN(TestLedgerImport)
#include "tst_ledgerimport.moc"
