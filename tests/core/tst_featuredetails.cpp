// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demobuilder.h"
#include "core/project/featuredetails.h"
#include "core/project/lookups.h"
#include "core/storage/projectfile.h"

#include <QTemporaryDir>
#include <QTest>

// What the details panel and the project editor read, from the catalogue and Lookups: every
// layer's details, the office's view and the audience's view of a project.
class TestFeatureDetails : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyLayerHasDetails_data();
    void everyLayerHasDetails();
    void audienceSeesNoConfidentialData();
    void lookups();

private:
    qint64 firstFid(const QString &sql);
    QString text(const FeatureDetails &details);
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectFile> m_project;
};

void TestFeatureDetails::initTestCase()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.gpkg"));
    QVERIFY(DemoBuilder::write(path));
    m_project = ProjectFile::open(path).takeValue();
}

qint64 TestFeatureDetails::firstFid(const QString &sql)
{
    auto fid = m_project->db().scalar(sql);
    return fid && fid->isValid() ? fid->toLongLong() : 0;
}

QString TestFeatureDetails::text(const FeatureDetails &details)
{
    QStringList lines{details.title};
    for (const FeatureDetails::Section &section : details.sections) {
        for (const auto &[label, value] : section.fields)
            lines << label + QLatin1Char('=') + value;
    }
    for (const auto &[heading, value] : details.related)
        lines << heading + QLatin1Char('=') + value;
    return lines.join(QLatin1Char('\n'));
}

void TestFeatureDetails::everyLayerHasDetails_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("expected");
    QTest::newRow("units") << QStringLiteral("units") << QStringLiteral("Kind=");
    QTest::newRow("parks") << QStringLiteral("parks") << QStringLiteral("Unit=");
    QTest::newRow("enclaves") << QStringLiteral("enclaves") << QStringLiteral("Home unit=");
    QTest::newRow("parcels") << QStringLiteral("parcels") << QStringLiteral("Registered area=");
    QTest::newRow("projects") << QStringLiteral("projects") << QStringLiteral("Current stage=");
}

void TestFeatureDetails::everyLayerHasDetails()
{
    QFETCH(QString, table);
    QFETCH(QString, expected);
    const qint64 fid = firstFid(QStringLiteral("SELECT min(fid) FROM %1").arg(table));
    auto details = FeatureDetails::read(*m_project, table, fid);
    QVERIFY2(details, qPrintable(details.errorMessage()));
    QVERIFY(!details->title.isEmpty());
    QVERIFY2(text(*details).contains(expected), qPrintable(text(*details)));
    QVERIFY(!FeatureDetails::read(*m_project, table, 999999));
    QVERIFY(!FeatureDetails::read(*m_project, QStringLiteral("targets"), 1));
}

void TestFeatureDetails::audienceSeesNoConfidentialData()
{
    const qint64 fid = firstFid(QStringLiteral(
        "SELECT min(fid) FROM projects WHERE confidential = 0 AND investor IS NOT NULL AND "
        "investment_wan IS NOT NULL AND signed_date IS NOT NULL"));
    QVERIFY(fid);
    auto office = FeatureDetails::read(*m_project, QStringLiteral("projects"), fid);
    auto audience = FeatureDetails::read(*m_project, QStringLiteral("projects"), fid,
                                         Fields::Audience::Public);
    QVERIFY(office && audience);
    for (const char *label : {"Investor=", "Total investment=", "Lead official="}) {
        QVERIFY2(text(*office).contains(QLatin1String(label)), label);
        QVERIFY2(!text(*audience).contains(QLatin1String(label)), label);
    }
    QVERIFY(text(*audience).contains(QStringLiteral("Signing date=")));
    QCOMPARE(audience->sections.size(), 2); // the fields, the milestones
    const qint64 secret
        = firstFid(QStringLiteral("SELECT min(fid) FROM projects WHERE confidential = 1"));
    QVERIFY(secret);
    auto shown = FeatureDetails::read(*m_project, QStringLiteral("projects"), secret);
    QVERIFY(shown && shown->confidential);
    QVERIFY(!FeatureDetails::read(*m_project, QStringLiteral("projects"), secret,
                                  Fields::Audience::Public));
}

void TestFeatureDetails::lookups()
{
    auto units = Lookups::units(*m_project);
    QVERIFY(units && units->size() == 10);
    auto parks = Lookups::parks(*m_project, Lookups::Order::Name);
    QVERIFY(parks && parks->size() == 23);
    for (int i = 1; i < parks->size(); ++i)
        QVERIFY(parks->at(i - 1).name <= parks->at(i).name);
    auto chains = Lookups::chains(*m_project);
    QVERIFY(chains && !chains->isEmpty() && !chains->contains(QString()));
    const qint64 linkedProject
        = firstFid(QStringLiteral("SELECT min(project_id) FROM project_parcels"));
    auto linked = Lookups::linkedParcels(*m_project, linkedProject);
    QVERIFY(linked && !linked->isEmpty());
    auto offered = Lookups::parcels(*m_project, QVariant(), *linked);
    QVERIFY(offered);
    QCOMPARE(offered->size(), linked->size());
    auto events = Lookups::events(*m_project, linkedProject);
    QVERIFY(events && !events->isEmpty());
    for (int i = 1; i < events->size(); ++i)
        QVERIFY(events->at(i - 1).date >= events->at(i).date); // newest first
}

QTEST_GUILESS_MAIN(TestFeatureDetails)
#include "tst_featuredetails.moc"
