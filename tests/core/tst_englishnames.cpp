// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/i18n.h"
#include "core/demo/demobuilder.h"
#include "core/domain/fields.h"
#include "core/ledger/projectquery.h"
#include "core/map/projectlayers.h"
#include "core/project/featuredetails.h"
#include "core/project/localnames.h"
#include "core/report/brochure.h"
#include "core/storage/projectfile.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

// English names (schema 5): units and parks carry name_en, chains their chain_names row; the
// demo fills them with real names; in English the map labels, the ledger and the details show
// them (the Chinese name where there is none, and always in exports); an older project without
// them reads as before; a brochure in English is titled with the park's English name.
class TestEnglishNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void demoHasEveryName();
    void detailsInEnglish();
    void ledgerShowsEnglishExportsChinese();
    void mapLabelsInEnglish();
    void olderProjectKeepsChineseNames();
    void brochureInEnglish();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<ProjectFile> m_project;
};

void TestEnglishNames::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // an English UI
    QVERIFY(I18n::englishUi());
    m_demo = m_dir.filePath(QStringLiteral("demo.gpkg"));
    QVERIFY(DemoBuilder::write(m_demo));
    m_project = ProjectFile::open(m_demo, ProjectFile::Access::Read).takeValue();
    QVERIFY(m_project);
}

void TestEnglishNames::cleanupTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestEnglishNames::demoHasEveryName()
{
    SqliteDb &db = m_project->db();
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM units WHERE coalesce(name_en, '') = "
                                      "''"))
                 ->toInt(),
             0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM parks WHERE coalesce(name_en, '') = "
                                      "''"))
                 ->toInt(),
             0);
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT name_en FROM units WHERE name = '丽水经济技术开发区'"))
            ->toString(),
        QStringLiteral("Lishui Economic and Technological Development Zone"));
    // Every chain a project or park names has its English name.
    auto names = LocalNames::read(*m_project, true);
    QVERIFY(names);
    auto chains = db.prepare(QStringLiteral(
        "SELECT DISTINCT chain FROM projects WHERE chain IS NOT NULL UNION SELECT chains FROM "
        "parks"));
    QVERIFY(chains);
    QStringList missing;
    QVERIFY(chains->forEachRow([&] {
        for (const QString &chain : chains->text(0).split(QStringLiteral("、"))) {
            if (names->chain(chain) == chain)
                missing << chain;
        }
    }));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u' ')));
    QCOMPARE(names->chains(QStringLiteral("半导体、新能源")),
             QStringLiteral("Semiconductors, New energy"));
    auto chinese = LocalNames::read(*m_project, false);
    QCOMPARE(chinese->chains(QStringLiteral("半导体、新能源")), QStringLiteral("半导体、新能源"));
}

void TestEnglishNames::detailsInEnglish()
{
    auto unit = m_project->db().scalar(
        QStringLiteral("SELECT fid FROM units WHERE name = '丽水经济技术开发区'"));
    auto details = FeatureDetails::read(*m_project, QStringLiteral("units"), unit->toLongLong());
    QVERIFY2(details, qPrintable(details.errorMessage()));
    QCOMPARE(details->title, QStringLiteral("Lishui Economic and Technological Development Zone"));
    bool chineseLine = false;
    for (const auto &[label, value] : details->sections.first().fields)
        chineseLine = chineseLine || value == QStringLiteral("丽水经济技术开发区");
    QVERIFY(chineseLine);
    auto park = m_project->db().scalar(QStringLiteral("SELECT min(fid) FROM parks"));
    auto parkDetails
        = FeatureDetails::read(*m_project, QStringLiteral("parks"), park->toLongLong());
    QVERIFY(parkDetails);
    QString all;
    for (const auto &[label, value] : parkDetails->sections.first().fields)
        all += label + QLatin1Char('=') + value + QLatin1Char('\n');
    QVERIFY2(all.contains(QStringLiteral("Liandu District")), qPrintable(all)); // its unit
    QVERIFY2(all.contains(QStringLiteral("Digital economy")), qPrintable(all)); // its chains
}

void TestEnglishNames::ledgerShowsEnglishExportsChinese()
{
    const Field *unit = Fields::find(Fields::projects(), QStringLiteral("unit"));
    const Field *chain = Fields::find(Fields::projects(), QStringLiteral("chain"));
    auto ordered = ProjectQuery::fids(*m_project, {});
    QVERIFY(ordered && !ordered->fids.isEmpty());
    auto shown = ProjectQuery::values(*m_project, ordered->fids, {unit, chain});
    auto exported = ProjectQuery::records(*m_project, {}, {unit, chain});
    QVERIFY(shown && exported);
    QSet<QString> shownUnits, exportedUnits;
    for (const ProjectQuery::Values &v : *shown)
        shownUnits.insert(v.value(0).toString());
    for (const ProjectQuery::Record &r : *exported)
        exportedUnits.insert(r.values.value(0).toString());
    QVERIFY(shownUnits.contains(QStringLiteral("Qingtian County")));
    QVERIFY(!shownUnits.contains(QStringLiteral("青田县")));
    QVERIFY(exportedUnits.contains(QStringLiteral("青田县")));
}

void TestEnglishNames::mapLabelsInEnglish()
{
    auto layers = ProjectLayers::open(m_demo);
    QVERIFY(layers);
    QStringList labels;
    for (const MapLayer &layer : *layers) {
        if (layer.id != QLatin1String("units"))
            continue;
        QCOMPARE(layer.style.labelColumn, QStringLiteral("name_en"));
        auto features = layer.source->features(layer.source->extent(), 1000);
        QVERIFY(features);
        for (const MapFeature *f : *features)
            labels << f->label;
    }
    QVERIFY2(labels.contains(QStringLiteral("Jingning She Autonomous County")),
             qPrintable(labels.join(u'|')));
}

void TestEnglishNames::olderProjectKeepsChineseNames()
{
    const QString old = TestUtils::copyFixture(QStringLiteral("project-schema1.gpkg"), m_dir);
    auto project = ProjectFile::open(old, ProjectFile::Access::Read);
    QVERIFY(project);
    QCOMPARE((*project)->schemaVersion(), 1);
    auto layers = ProjectLayers::open(old);
    QVERIFY2(layers, qPrintable(layers.errorMessage()));
    for (const MapLayer &layer : *layers) {
        if (layer.id != QLatin1String("units"))
            continue;
        auto features = layer.source->features(layer.source->extent(), 1000);
        QVERIFY(features);
        for (const MapFeature *f : *features)
            QVERIFY2(f->label != QLatin1String("name_en"), qPrintable(f->label));
    }
    auto fids = ProjectQuery::fids(**project, {});
    QVERIFY(fids);
    QVERIFY(ProjectQuery::values(**project, fids->fids,
                                 {Fields::find(Fields::projects(), QStringLiteral("unit"))}));
    auto names = LocalNames::read(**project, true);
    QVERIFY(names);
    QCOMPARE(names->name(QStringLiteral("units"), QStringLiteral("莲都区")),
             QStringLiteral("莲都区"));
}

void TestEnglishNames::brochureInEnglish()
{
    BrochureOptions options;
    options.park = QStringLiteral("丽水经开区半导体产业园");
    options.language = QStringLiteral("en");
    const QString pdf = m_dir.filePath(QStringLiteral("en.pdf"));
    auto written = Brochure::write(*m_project, options, pdf);
    QVERIFY2(written, qPrintable(written.errorMessage()));
    const QString text = QString::fromUtf8(
        TestUtils::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out);
    if (text.isEmpty())
        QSKIP("pdftotext is not installed");
    QVERIFY2(text.contains(QStringLiteral("Lishui ETDZ Semiconductor Industrial Park")),
             qPrintable(text.left(300)));
    // The English name finds the park too.
    options.park = QStringLiteral("Lishui ETDZ Semiconductor Industrial Park");
    QVERIFY(Brochure::write(*m_project, options, pdf));
}

QTEST_MAIN(TestEnglishNames)
#include "tst_englishnames.moc"
