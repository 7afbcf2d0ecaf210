// SPDX-License-Identifier: GPL-3.0-or-later
// GIS files in and out as a user drives them (issue 9): the import wizard on a GBK Shapefile
// without .cpg (the preview reads only after choosing GBK) and on a zipped Shapefile, a broken
// source, the export dialog's round trip of a selection, the go-to box, the Gauss-Kruger readout
// and filling in unit boundaries, each undone. Every dialog is saved as a PNG for a person to
// look at (gis-*-LANG.png in the test's folder; INVESTATLAS_LANGUAGE=en for English).
#include "core/base/i18n.h"
#include "core/demo/demobuilder.h"
#include "core/gis/vectorimport.h"
#include "core/gis/vectorpresets.h"
#include "core/map/crs/gausskruger.h"
#include "core/map/crs/mercator.h"
#include "core/project/projectdocument.h"
#include "core/storage/projectfile.h"
#include "core/storage/sqlitedb.h"
#include "ui/gis/boundarydialog.h"
#include "ui/gis/exportdialog.h"
#include "ui/gis/importwizard.h"
#include "ui/map/mapcanvas.h"
#include "ui/shell/mainwindow.h"

#include "gdaltestutils.h"
#include "testutils.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>
#include <QWheelEvent>

using GdalTestUtils::SourceFeature;
using GdalTestUtils::writeLayer;

namespace {

const QString kOwner = QStringLiteral("丽水某某新材料有限公司");

// Parcels near 莲都区 (the demo's area), written in EPSG:4549 as a land bureau sends them.
QList<SourceFeature> parcels()
{
    OGRSpatialReference from, to;
    from.importFromEPSG(4490);
    from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    to.importFromEPSG(4549);
    to.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> t(OGRCreateCoordinateTransformation(&from, &to));
    double x = 119.92, y = 28.45;
    t->Transform(1, &x, &y);
    QList<SourceFeature> list;
    const char *statuses[] = {"闲置", "在建", "征收中"};
    for (int i = 0; i < 3; ++i) {
        const double cx = x + i * 300;
        list << SourceFeature{{QStringLiteral("GUI-%1").arg(i + 1), QStringLiteral("工业用地"),
                               QString::fromUtf8(statuses[i]), QStringLiteral("15"), kOwner},
                              QStringLiteral("POLYGON ((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))")
                                  .arg(cx - 50, 0, 'f', 2)
                                  .arg(y - 50, 0, 'f', 2)
                                  .arg(cx + 50, 0, 'f', 2)
                                  .arg(y + 50, 0, 'f', 2)};
    }
    return list;
}

const QStringList kFields{QStringLiteral("DKBH"), QStringLiteral("YDXZ"), QStringLiteral("ZT"),
                          QStringLiteral("MJ"), QStringLiteral("QLR")};

qint64 count(ProjectFile &project, const QString &sql)
{
    return project.db().scalar(sql).value().toLongLong();
}

QString language()
{
    return qEnvironmentVariable("INVESTATLAS_LANGUAGE", QStringLiteral("zh_CN"));
}

// Saves what a person would see, and checks it fits a 1366×768 screen.
void shot(QWidget &widget, const QString &name)
{
    QVERIFY2(widget.height() <= 700, qPrintable(name + QStringLiteral(" is too tall")));
    QVERIFY2(widget.minimumSizeHint().height() <= 700, qPrintable(name));
    const QString file = QStringLiteral("gis-%1-%2.png").arg(name, language());
    QVERIFY(widget.grab().save(QDir::current().filePath(file)));
}

bool anyCell(QTableWidget *table, const QString &text)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        for (int c = 0; c < table->columnCount(); ++c) {
            if (table->item(r, c) && table->item(r, c)->text() == text)
                return true;
        }
    }
    return false;
}

} // namespace

class TestGisDialogs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::unique_ptr<ProjectDocument> demoCopy(const QString &name)
    {
        const QString copy = path(name);
        QFile::remove(copy);
        QFile::copy(m_demo, copy);
        auto doc = ProjectDocument::open(copy);
        if (!doc)
            qFatal("%s", qPrintable(doc.errorMessage()));
        return doc.takeValue();
    }
    QString gbkShapefile(const QString &name)
    {
        const QString shp = path(name + QStringLiteral(".shp"));
        writeLayer(shp, "ESRI Shapefile", 4549, kFields, parcels(),
                   {QStringLiteral("ENCODING=CP936")});
        QFile::remove(path(name + QStringLiteral(".cpg"))); // as offices send them
        return shp;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("InvestAtlasGisTest"));
        QCoreApplication::setApplicationName(QStringLiteral("InvestAtlasGisTest"));
        QSettings().clear();
        I18n::install(*QCoreApplication::instance(), language());
        m_demo = path(QStringLiteral("demo.gpkg"));
        QVERIFY(DemoBuilder::write(m_demo));
    }

    void wizardGbkShapefile()
    {
        auto doc = demoCopy(QStringLiteral("wizard.gpkg"));
        ProjectFile &project = doc->store();
        const qint64 before = count(project, QStringLiteral("SELECT count(*) FROM parcels"));
        const QString shp = gbkShapefile(QStringLiteral("gbk"));

        ImportWizard wizard(*doc, shp);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("SourceStatus"))
                    ->text()
                    .contains(QLatin1String("GBK")));
        shot(wizard, QStringLiteral("wizard-1-source"));
        wizard.next();

        // Read as UTF-8 the owner is garbage; as GBK it reads.
        auto *encoding = wizard.findChild<QComboBox *>(QStringLiteral("Encoding"));
        auto *preview = wizard.findChild<QTableWidget *>(QStringLiteral("PreviewTable"));
        encoding->setCurrentIndex(encoding->findData(QStringLiteral("UTF-8")));
        QCOMPARE(preview->rowCount(), 3);
        QVERIFY(!anyCell(preview, kOwner));
        encoding->setCurrentIndex(encoding->findData(QStringLiteral("GBK")));
        QVERIFY(anyCell(preview, kOwner));
        QVERIFY(anyCell(preview, QStringLiteral("征收中")));
        shot(wizard, QStringLiteral("wizard-2-attributes"));
        wizard.next();

        // It lands in the project's area: no warning.
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("CheckPassed")));
        QVERIFY(!wizard.findChild<QFrame *>(QStringLiteral("Suggestion")));
        shot(wizard, QStringLiteral("wizard-3-crs"));
        wizard.next();

        auto *fields = wizard.findChild<QTableWidget *>(QStringLiteral("FieldTable"));
        QVERIFY(fields->rowCount() >= 5);
        auto *first = qobject_cast<QComboBox *>(fields->cellWidget(0, 1));
        QCOMPARE(first->currentText(), QStringLiteral("DKBH"));
        // The wheel over an unfocused combo box scrolls the table, never the mapping.
        QWheelEvent wheel(QPointF(5, 5), first->mapToGlobal(QPointF(5, 5)), QPoint(),
                          QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(first, &wheel);
        QCOMPARE(first->currentText(), QStringLiteral("DKBH"));
        // 征收中 names no status: listed, and translated by the user.
        auto *values = wizard.findChild<QTableWidget *>(QStringLiteral("ValueTable"));
        QCOMPARE(values->rowCount(), 1);
        QCOMPARE(values->item(0, 1)->text(), QStringLiteral("征收中"));
        auto *means = qobject_cast<QComboBox *>(values->cellWidget(0, 3));
        means->setCurrentIndex(means->findData(QStringLiteral("reserve")));
        wizard.findChild<QLineEdit *>(QStringLiteral("PresetName"))
            ->setText(QStringLiteral("自然资源局地块"));
        wizard.findChild<QPushButton *>(QStringLiteral("SavePreset"))->click();
        QVERIFY(VectorPresets::names(project)->contains(QStringLiteral("自然资源局地块")));
        shot(wizard, QStringLiteral("wizard-4-fields"));
        wizard.next();

        auto *report = wizard.findChild<QTextBrowser *>(QStringLiteral("ReportText"));
        QVERIFY2(report->toPlainText().contains(QLatin1String("3")),
                 qPrintable(report->toPlainText()));
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM parcels")), before); // dry run
        shot(wizard, QStringLiteral("wizard-5-check"));
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(wizard.report().written);
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM parcels")), before + 3);
        QCOMPARE(project.db()
                     .scalar(QStringLiteral("SELECT owner || '/' || status FROM parcels WHERE "
                                            "code = 'GUI-3'"))
                     .value()
                     .toString(),
                 kOwner + QStringLiteral("/reserve"));

        // One step: Edit → Undo takes the whole import back.
        doc->undoStack().undo();
        QCOMPARE(count(project, QStringLiteral("SELECT count(*) FROM parcels")), before);
    }

    void wizardZippedShapefile()
    {
        auto doc = demoCopy(QStringLiteral("zip.gpkg"));
        const qint64 before = count(doc->store(), QStringLiteral("SELECT count(*) FROM parcels"));
        gbkShapefile(QStringLiteral("zipped"));
        const QString zip = path(QStringLiteral("地块.zip"));
        for (const char *suffix : {"shp", "shx", "dbf", "prj"}) {
            const QString s = QString::fromLatin1(suffix);
            QVERIFY(GdalTestUtils::zipAdd(zip, QStringLiteral("zipped.") + s,
                                          path(QStringLiteral("zipped.") + s)));
        }
        ImportWizard wizard(*doc, zip);
        wizard.show();
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        for (int page = 0; page < 4; ++page)
            wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(wizard.report().written);
        QCOMPARE(wizard.report().encoding, QStringLiteral("GBK"));
        QCOMPARE(count(doc->store(), QStringLiteral("SELECT count(*) FROM parcels")), before + 3);
    }

    // The check's warnings come with their fix, applied in one click: a .prj that expects the
    // zone number the eastings lack, and points copied from Amap.
    void wizardSuggestionsApply()
    {
        auto doc = demoCopy(QStringLiteral("suggest.gpkg"));
        const QString shp = path(QStringLiteral("nozone.shp"));
        writeLayer(shp, "ESRI Shapefile", 4528, kFields, parcels(),
                   {QStringLiteral("ENCODING=UTF-8")});
        ImportWizard wizard(*doc, shp);
        wizard.show();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::CrsPage));
        QVERIFY(wizard.findChild<QFrame *>(QStringLiteral("Suggestion")));
        QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("CheckPassed")));
        shot(wizard, QStringLiteral("wizard-3-crs-warning"));
        wizard.findChild<QPushButton *>(QStringLiteral("ApplySuggestion"))->click();
        QTest::qWait(0); // the page is rebuilt on the next turn
        QCoreApplication::processEvents();
        QCOMPARE(wizard.options().sourceCrs, QStringLiteral("EPSG:4549"));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("CheckPassed")));
        QVERIFY(wizard.findChild<QCheckBox *>(QStringLiteral("ChooseCrs"))->isChecked());

        const QString csv = path(QStringLiteral("amap.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,kind,gcj_lng,gcj_lat\n丽水科创飞地,科创飞地,119.9251,28.4531\n");
        file.close();
        ImportWizard points(*doc, csv);
        points.show();
        points.findChild<QComboBox *>(QStringLiteral("TargetLayer"))->setCurrentIndex(3);
        QCOMPARE(points.options().layer, QStringLiteral("enclaves"));
        points.next();
        QVERIFY(points.findChild<QWidget *>(QStringLiteral("XColumn"))->isVisible());
        points.next();
        points.findChild<QPushButton *>(QStringLiteral("ApplySuggestion"))->click();
        QCoreApplication::processEvents();
        QCOMPARE(points.options().webOffset, VectorImport::WebOffset::Gcj02);
        QCOMPARE(points.findChild<QComboBox *>(QStringLiteral("WebOffset"))->currentIndex(), 1);
    }

    // A file that is no GIS file: said with its name, no way forward, nothing written.
    void wizardBrokenSource()
    {
        auto doc = demoCopy(QStringLiteral("broken.gpkg"));
        const QByteArray sha = TestUtils::sha256(doc->path());
        const QString junk = path(QStringLiteral("junk.shp"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a shapefile at all");
        file.close();
        ImportWizard wizard(*doc, junk);
        wizard.show();
        const QString status = wizard.findChild<QLabel *>(QStringLiteral("SourceStatus"))->text();
        QVERIFY2(status.contains(QLatin1String("junk.shp")), qPrintable(status));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        shot(wizard, QStringLiteral("wizard-broken"));
        wizard.reject();
        QCOMPARE(doc->undoStack().count(), 0);
        doc.reset();
        QCOMPARE(TestUtils::sha256(path(QStringLiteral("broken.gpkg"))), sha);
    }

    // Export a selection; importing the file again gives the same features.
    void exportSelectionRoundTrip()
    {
        auto doc = demoCopy(QStringLiteral("export.gpkg"));
        ProjectFile &project = doc->store();
        const QList<qint64> fids{2, 5, 9};
        ExportDialog dialog(project, {{QStringLiteral("parcels"), fids}});
        dialog.show();
        auto *selected = dialog.findChild<QCheckBox *>(QStringLiteral("SelectedOnly"));
        QVERIFY(selected->isEnabled() && selected->isChecked());
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("ExportFormat"));
        format->setCurrentIndex(format->findData(QStringLiteral("shp")));
        const QString out = path(QStringLiteral("selection.shp"));
        dialog.findChild<QLineEdit *>(QStringLiteral("ExportPath"))->setText(out);
        shot(dialog, QStringLiteral("export"));
        dialog.findChild<QPushButton *>(QStringLiteral("ExportButton"))->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(QFile::exists(out));
        QVERIFY(QFile::exists(path(QStringLiteral("selection.cpg"))));

        auto created = ProjectFile::create(path(QStringLiteral("reimport.gpkg")));
        QVERIFY(created);
        ProjectDocument again(created.takeValue());
        auto report = VectorImport::run(again, out, {});
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->accepted, 3);
        auto rows = [](ProjectFile &p, const QString &where) {
            QStringList list;
            auto stmt = p.db().prepare(
                QStringLiteral("SELECT code, status, coalesce(land_use, ''), coalesce(owner, ''), "
                               "round(area_mu, 2) FROM parcels %1 ORDER BY code")
                    .arg(where));
            Status done = stmt->forEachRow([&] {
                list << QStringLiteral("%1|%2|%3|%4|%5")
                            .arg(stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3),
                                 stmt->text(4));
            });
            Q_UNUSED(done);
            return list;
        };
        QCOMPARE(rows(again.store(), {}), rows(project, QStringLiteral("WHERE fid IN (2, 5, 9)")));
    }

    void goToCoordinate()
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_demo));
        auto *line = window.findChild<QLineEdit *>(QStringLiteral("GoToLine"));
        QVERIFY(line && line->isVisible());
        line->setText(QStringLiteral("30°16'48\"N 120°09'00\"E"));
        QTest::keyClick(line, Qt::Key_Return);
        MapCanvas *canvas = window.mapCanvas();
        QVERIFY(canvas->marker());
        const QPointF at = WebMercator::toLonLat(canvas->marker()->x(), canvas->marker()->y());
        QVERIFY(qAbs(at.x() - 120.15) < 1e-6 && qAbs(at.y() - 30.28) < 1e-6);
        QVERIFY(canvas->extent().contains(*canvas->marker()));
        QVERIFY(canvas->metresPerPixel() <= 2.01);
        QTest::qWait(50);
        QVERIFY(window.grab().save(
            QDir::current().filePath(QStringLiteral("gis-goto-%1.png").arg(language()))));

        // Amap: the same text lands elsewhere, taken back from GCJ-02.
        auto *source = window.findChild<QComboBox *>(QStringLiteral("GoToSource"));
        source->setCurrentIndex(1);
        line->setText(QStringLiteral("120.15, 30.28"));
        QTest::keyClick(line, Qt::Key_Return);
        const QPointF amap = WebMercator::toLonLat(canvas->marker()->x(), canvas->marker()->y());
        QVERIFY(qAbs(amap.x() - 120.15) > 0.002);

        // Bad input: said in the status bar, naming the text; the marker stays.
        const QPointF kept = *canvas->marker();
        line->setText(QStringLiteral("120.15 abc"));
        QTest::keyClick(line, Qt::Key_Return);
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("120.15 abc")),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(*canvas->marker(), kept);
    }

    // X is the northing, Y the easting with the zone number, as surveys write them.
    void gaussKrugerReadout()
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(window.openProject(m_demo));
        window.findChild<QAction *>(QStringLiteral("ShowGaussKrugerAction"))->setChecked(true);
        Q_EMIT window.mapCanvas()->cursorMoved(QPointF(120.15, 30.28));
        const QString text = window.cursorPositionText();
        const auto p = GaussKruger::surveyPoint(120.15, 30.28);
        QVERIFY(p && p->x > 3'000'000 && p->y > 40'000'000);
        QVERIFY2(text.contains(QStringLiteral("X %1").arg(p->x, 0, 'f', 1)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Y %1").arg(p->y, 0, 'f', 1)), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("40")), qPrintable(text));
        QTest::qWait(50); // the status bar lays the longer text out on the next turn
        QVERIFY(window.grab().save(
            QDir::current().filePath(QStringLiteral("gis-readout-%1.png").arg(language()))));
    }

    void fillBoundariesAndUndo()
    {
        auto created = ProjectFile::create(path(QStringLiteral("units.gpkg")));
        QVERIFY(created);
        ProjectDocument doc(created.takeValue());
        ProjectFile &project = doc.store();
        for (const char *name : {"青田县", "景宁", "龙港市"}) {
            auto stmt = project.db().prepare(
                QStringLiteral("INSERT INTO units (name, kind) VALUES (?1, 'county')"));
            stmt->bindAll({QString::fromUtf8(name)});
            QVERIFY(stmt->run());
        }
        BoundaryDialog dialog(doc);
        dialog.show();
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("BoundaryTable"));
        QCOMPARE(table->rowCount(), 3);
        auto *third = qobject_cast<QComboBox *>(table->cellWidget(2, 1));
        QCOMPARE(third->currentData().toInt(), -1); // 龙港市: none proposed
        shot(dialog, QStringLiteral("boundaries"));
        dialog.findChild<QPushButton *>(QStringLiteral("FillButton"))->click();
        QCOMPARE(dialog.filled(), 2);
        QCOMPARE(
            count(project, QStringLiteral("SELECT count(*) FROM units WHERE geom IS NOT NULL")), 2);
        doc.undoStack().undo();
        QCOMPARE(
            count(project, QStringLiteral("SELECT count(*) FROM units WHERE geom IS NOT NULL")), 0);
    }

    // The menus name the new actions; a dropped file is accepted.
    void menus()
    {
        MainWindow window;
        for (const char *name :
             {"ImportGisAction", "ExportLayerAction", "FillBoundariesAction", "GoToAction"})
            QVERIFY2(window.findChild<QAction *>(QLatin1String(name)), name);
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("GoToAction"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_G));
        QVERIFY(window.acceptDrops());
    }
};

QTEST_MAIN(TestGisDialogs)
#include "tst_gisdialogs.moc"
