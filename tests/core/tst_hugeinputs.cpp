// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/fields.h"
#include "core/io/sheetreader.h"
#include "core/ledger/ledgerimport.h"
#include "core/ledger/projectquery.h"
#include "core/project/featuredetails.h"
#include "core/project/projectdocument.h"
#include "core/storage/projectfile.h"
#include "testutils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

// Files from elsewhere can be made to exhaust memory: a project whose texts are megabytes long
// (ledger list --json took 3.3 GB for one, the GUI 6.6 GB), a 2 MB workbook that unpacks to
// gigabytes (900 MB). Lists are streamed, what is shown is cut to Fields::kShownChars, imports
// refuse over-long texts, and the sheet reader refuses what no ledger is.
class TestHugeInputs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void ledgerListJsonStreamsHugeTexts();
    void shownTextsAreCut();
    void importRejectsOverlongText();
    void zipBombWorkbookIsRefused();
    void sheetWithTooManyRowsIsRefused();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_huge; // a project with 10 MB names and notes
    QList<qint64> m_fids;
};

namespace {

constexpr int kHugeProjects = 6;
constexpr int kHugeChars = 10 * 1024 * 1024;

} // namespace

void TestHugeInputs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_huge = path(QStringLiteral("huge.gpkg"));
    auto project = ProjectFile::create(m_huge);
    QVERIFY2(project, qPrintable(project.errorMessage()));
    // As a hostile or broken file has them: written past the rules, straight into the table.
    SqliteTransaction transaction((*project)->db());
    for (int i = 0; i < kHugeProjects; ++i) {
        const QString text = QString(kHugeChars, QLatin1Char('a' + i));
        auto fid = (*project)->insertFeature(QStringLiteral("projects"), nullptr,
                                             {{QStringLiteral("name"), text},
                                              {QStringLiteral("investor"), text},
                                              {QStringLiteral("notes"), text},
                                              {QStringLiteral("stage"), QStringLiteral("lead")},
                                              {QStringLiteral("confidential"), 0}});
        QVERIFY2(fid, qPrintable(fid.errorMessage()));
        m_fids << *fid;
    }
    QVERIFY(transaction.commit());
}

// The JSON is written project by project as it is read: valid, complete, and the CLI's peak
// memory stays near one project's worth instead of every project many times over.
void TestHugeInputs::ledgerListJsonStreamsHugeTexts()
{
    const auto listed
        = TestUtils::run(TestUtils::cliPath(), {QStringLiteral("ledger"), QStringLiteral("list"),
                                                QStringLiteral("--json"), m_huge});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(listed.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(json.array().size(), kHugeProjects);
    for (int i = 0; i < kHugeProjects; ++i) {
        const QJsonObject row = json.array().at(i).toObject();
        QCOMPARE(row.value(QLatin1String("name")).toString().size(), kHugeChars);
        QCOMPARE(row.value(QLatin1String("investor")).toString().front(), QLatin1Char('a' + i));
    }
#ifdef Q_OS_LINUX
    // The largest child so far (every one before this was a small CLI run, or none): its peak
    // resident memory in KiB. The texts alone are 6 × 2 × 10 MB.
    rusage usage{};
    QCOMPARE(getrusage(RUSAGE_CHILDREN, &usage), 0);
    const double peakMiB = usage.ru_maxrss / 1024.0;
    qInfo("ledger list --json peak memory: %.0f MiB", peakMiB);
    QVERIFY2(peakMiB < 300, qPrintable(QString::number(peakMiB)));
#endif
}

// The ledger table and the details panel read and show at most kShownChars characters of a text.
void TestHugeInputs::shownTextsAreCut()
{
    auto project = ProjectFile::open(m_huge, ProjectFile::Access::Read);
    QVERIFY(project);
    const Field *name = Fields::find(Fields::projects(), QStringLiteral("name"));
    const Field *notes = Fields::find(Fields::projects(), QStringLiteral("notes"));
    QVERIFY(name && notes);
    auto values = ProjectQuery::values(**project, m_fids.mid(0, 2), {name, notes});
    QVERIFY2(values, qPrintable(values.errorMessage()));
    for (const ProjectQuery::Values &row : std::as_const(*values)) {
        QCOMPARE(row.at(0).toString().size(), Fields::kShownChars + 1);
        const QString shown = Fields::display(*name, row.at(0));
        QCOMPARE(shown.size(), Fields::kShownChars + 1);
        QVERIFY(shown.endsWith(QChar(0x2026)));
    }
    QCOMPARE(Fields::display(*name, QStringLiteral("短名称")), QStringLiteral("短名称"));

    auto details = FeatureDetails::read(**project, QStringLiteral("projects"), m_fids.first());
    QVERIFY2(details, qPrintable(details.errorMessage()));
    QCOMPARE(details->title.size(), Fields::kShownChars + 1);
    for (const FeatureDetails::Section &section : std::as_const(details->sections)) {
        for (const auto &[label, value] : section.fields)
            QVERIFY2(value.size() <= Fields::kShownChars + 1, qPrintable(label));
    }
}

// A cell longer than Fields::kMaxTextChars rejects its row, saying why; the others come in.
void TestHugeInputs::importRejectsOverlongText()
{
    const QString sheet = path(QStringLiteral("long.csv"));
    {
        QFile file(sheet);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QTextStream out(&file);
        out << "项目名称,备注\n正常项目,短备注\n超长备注项目,"
            << QString(Fields::kMaxTextChars + 1, QLatin1Char('x')) << "\n";
    }
    const QString target = path(QStringLiteral("target.gpkg"));
    auto project = ProjectFile::create(target);
    QVERIFY(project);
    ProjectDocument document(project.takeValue());
    auto report = LedgerImport::run(document, sheet, {});
    QVERIFY2(report, qPrintable(report.errorMessage()));
    QCOMPARE(report->accepted, 1);
    QCOMPARE(report->rejected.size(), 1);
    QCOMPARE(report->rejected.first().row, 3);
    QVERIFY2(report->rejected.first().reason.contains(QString::number(Fields::kMaxTextChars + 1))
                 || report->rejected.first().reason.contains(
                     QLocale().toString(Fields::kMaxTextChars + 1)),
             qPrintable(report->rejected.first().reason));
}

// A workbook of under 5 MB whose sheet unpacks to 170 MB of repetitive XML is refused
// from its zip directory, before anything is parsed, with a message naming it.
void TestHugeInputs::zipBombWorkbookIsRefused()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 makes the workbook");
    const QString bomb = path(QStringLiteral("bomb.xlsx"));
    const QString script = QStringLiteral(R"(
import sys, zipfile
ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
wb = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
wbrels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
cols = 'ABCDEFGHIJKLMNOPQRST'
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', ct)
    z.writestr('_rels/.rels', rels)
    z.writestr('xl/workbook.xml', wb)
    z.writestr('xl/_rels/workbook.xml.rels', wbrels)
    with z.open('xl/worksheets/sheet1.xml', 'w', force_zip64=True) as s:
        s.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        for r in range(1, 100001):
            s.write(''.join('<row r="%d">' % r).encode() + ''.join('<c r="%s%d" t="inlineStr"><is><t>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</t></is></c>' % (c, r) for c in cols).encode() + b'</row>')
        s.write(b'</sheetData></worksheet>')
)");
    const auto made = TestUtils::run(python, {QStringLiteral("-c"), script, bomb});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    QVERIFY(QFileInfo(bomb).size() < 8 * 1024 * 1024);

    auto read = SheetReader::read(bomb);
    QVERIFY(!read);
    QVERIFY2(read.errorMessage().contains(QStringLiteral("bomb.xlsx")),
             qPrintable(read.errorMessage()));
    QVERIFY2(read.errorMessage().contains(QLocale().formattedDataSize(SheetReader::kMaxBytes)),
             qPrintable(read.errorMessage()));
}

// More rows than any ledger has (a CSV file needs no zip to be made so): refused while reading,
// before the whole sheet is held.
void TestHugeInputs::sheetWithTooManyRowsIsRefused()
{
    const QString sheet = path(QStringLiteral("rows.csv"));
    {
        QFile file(sheet);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray row("项目,1\n");
        file.write(row.repeated(SheetReader::kMaxRows + 1));
    }
    auto read = SheetReader::read(sheet);
    QVERIFY(!read);
    QVERIFY2(read.errorMessage().contains(QStringLiteral("rows.csv")),
             qPrintable(read.errorMessage()));
    QVERIFY2(read.errorMessage().contains(QString::number(SheetReader::kMaxRows)),
             qPrintable(read.errorMessage()));
}

QTEST_GUILESS_MAIN(TestHugeInputs)
#include "tst_hugeinputs.moc"
