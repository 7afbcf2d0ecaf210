// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/fields.h"
#include "core/storage/projectfile.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// The field catalogue is the one list of the project tables' columns: it must match the schema,
// name every project column, and never give one header word to two fields.
class TestFields : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void catalogueMatchesSchema_data();
    void catalogueMatchesSchema();
    void everyProjectColumnIsCatalogued();
    void everyParcelColumnIsCatalogued();
    void keysHeadersAndWordsAreUnique_data();
    void keysHeadersAndWordsAreUnique();
    void codeWordsReadBack();
    void displayUsesUnits();
    void confidentialFieldsStayInTheOffice();

private:
    QStringList columnsOf(const QString &table);
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectFile> m_project;
};

void TestFields::initTestCase()
{
    auto project = ProjectFile::create(m_dir.filePath(QStringLiteral("empty.gpkg")));
    QVERIFY2(project, qPrintable(project.errorMessage()));
    m_project = project.takeValue();
}

QStringList TestFields::columnsOf(const QString &table)
{
    QStringList columns;
    auto stmt = m_project->db().prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    if (!stmt || !stmt->forEachRow([&] { columns << stmt->text(1); }))
        return {};
    return columns;
}

void TestFields::catalogueMatchesSchema_data()
{
    QTest::addColumn<QString>("table");
    for (const QString &table : Fields::tables())
        QTest::newRow(qPrintable(table)) << table;
}

void TestFields::catalogueMatchesSchema()
{
    QFETCH(QString, table);
    const QStringList columns = columnsOf(table);
    QVERIFY(!columns.isEmpty());
    for (const Field &field : Fields::of(table)) {
        if (field.column)
            QVERIFY2(columns.contains(Fields::column(field)), field.key);
        if (field.type == Field::Type::Code)
            QVERIFY2(field.codes, field.key);
        if (field.type == Field::Type::Reference)
            QVERIFY2(field.target && !columnsOf(QLatin1String(field.target)).isEmpty(), field.key);
        QVERIFY2(!Fields::label(field).isEmpty() && field.header && *field.header, field.key);
    }
}

// What the exporter writes and the importer reads back: every column of projects.
void TestFields::everyProjectColumnIsCatalogued()
{
    for (const QString &column : columnsOf(QStringLiteral("projects")))
        QVERIFY2(Fields::byColumn(Fields::projects(), column), qPrintable(column));
}

// Parcels, their history and yearly figures: every column but the key and the shape.
void TestFields::everyParcelColumnIsCatalogued()
{
    for (const QString &table : {QStringLiteral("parcels"), QStringLiteral("parcel_events"),
                                 QStringLiteral("parcel_yearly")}) {
        for (const QString &column : columnsOf(table)) {
            if (column == QLatin1String("fid") || column == QLatin1String("id")
                || column == QLatin1String("geom"))
                continue;
            QVERIFY2(Fields::byColumn(Fields::of(table), column),
                     qPrintable(table + QLatin1Char('.') + column));
        }
    }
    const Field *far = Fields::find(Fields::parcels(), QStringLiteral("far_min"));
    QCOMPARE(Fields::displayNumber(*far, 1.25), QStringLiteral("1.25"));
    QCOMPARE(Fields::storedUnit(*far), QString());
    const Field *tax = Fields::find(Fields::parcelYearly(), QStringLiteral("tax"));
    QCOMPARE(Fields::exportHeader(*tax), QStringLiteral("税收(万元)"));
    QCOMPARE(Fields::displayNumber(*tax, 123.45), QStringLiteral("123.5"));
    QVERIFY(!Fields::isShownTo(*tax, Fields::Audience::Public));
    QVERIFY(Fields::find(Fields::parcels(), QStringLiteral("grade"))->has(Field::Derived));
}

void TestFields::keysHeadersAndWordsAreUnique_data()
{
    catalogueMatchesSchema_data();
}

void TestFields::keysHeadersAndWordsAreUnique()
{
    QFETCH(QString, table);
    QSet<QString> keys, words;
    for (const Field &field : Fields::of(table)) {
        QVERIFY2(!keys.contains(Fields::key(field)), field.key);
        keys.insert(Fields::key(field));
        for (const QString &word : Fields::headerWords(field)) {
            QVERIFY2(!words.contains(word), qPrintable(table + QLatin1Char(' ') + word));
            words.insert(word);
        }
    }
}

void TestFields::codeWordsReadBack()
{
    for (const QString &table : Fields::tables()) {
        for (const Field &field : Fields::of(table)) {
            if (field.type != Field::Type::Code)
                continue;
            QSet<QString> seen;
            for (const DomainValue &v : field.codes()) {
                const QString word = QString::fromUtf8(v.word);
                QVERIFY(!seen.contains(word));
                seen.insert(word);
                QCOMPARE(Domain::fromText(field.codes(), word), QLatin1String(v.code));
                QCOMPARE(Domain::fromText(field.codes(), QLatin1String(v.code)),
                         QLatin1String(v.code));
            }
        }
    }
    // A land use written without its last word.
    QCOMPARE(Domain::fromText(Domain::landUses(), QStringLiteral("工业")),
             QStringLiteral("industrial"));
}

void TestFields::displayUsesUnits()
{
    const Field *investment = Fields::find(Fields::projects(), QStringLiteral("investment"));
    QVERIFY(investment);
    QCOMPARE(Fields::exportHeader(*investment), QStringLiteral("总投资(万元)"));
    QCOMPARE(Fields::displayNumber(*investment, 133000.0), QStringLiteral("13.30"));
    QVERIFY(Fields::display(*investment, 133000.0).startsWith(QStringLiteral("13.30")));
    QCOMPARE(Fields::display(*investment, QVariant()), QString());
    const Field *land = Fields::find(Fields::projects(), QStringLiteral("land"));
    QCOMPARE(Fields::exportHeader(*land), QStringLiteral("用地(亩)"));
    QCOMPARE(Fields::displayNumber(*land, 80.0), QStringLiteral("80"));
    QCOMPARE(Fields::displayNumber(*land, 35.25), QStringLiteral("35.3"));
    const Field *stage = Fields::find(Fields::projects(), QStringLiteral("stage"));
    QCOMPARE(Fields::display(*stage, QStringLiteral("signed")), QStringLiteral("Signed"));
}

void TestFields::confidentialFieldsStayInTheOffice()
{
    for (const char *key : {"investor", "investment", "foreign", "output", "lead_official",
                            "task_force", "notes", "drop_reason"}) {
        const Field *field = Fields::find(Fields::projects(), QLatin1String(key));
        QVERIFY2(field && !Fields::isShownTo(*field, Fields::Audience::Public), key);
        QVERIFY(Fields::isShownTo(*field, Fields::Audience::Office));
    }
    for (const char *key : {"name", "unit", "park", "chain", "stage", "signed_date"}) {
        const Field *field = Fields::find(Fields::projects(), QLatin1String(key));
        QVERIFY2(field && Fields::isShownTo(*field, Fields::Audience::Public), key);
    }
    for (const Field &field : Fields::events()) {
        if (field.type == Field::Type::Text && field.column)
            QVERIFY2(field.has(Field::Confidential), field.key);
    }
}

QTEST_GUILESS_MAIN(TestFields)
#include "tst_fields.moc"
