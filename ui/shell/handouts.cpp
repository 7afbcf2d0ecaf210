// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/handouts.h"

#include "core/map/mapdocument.h"
#include "core/project/projectdocument.h"
#include "core/project/publiccopy.h"
#include "core/report/brochure.h"
#include "ui/shell/brochuredialog.h"
#include "ui/shell/mapexportdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>

Handouts::Handouts(QWidget *window, MapCanvas *canvas, QMenu *file)
    : QObject(window)
    , m_window(window)
    , m_canvas(canvas)
{
    m_brochures = file->addMenu(tr("Park &brochure"));
    m_brochures->setObjectName(QStringLiteral("BrochureMenu"));
    QAction *publicCopy
        = file->addAction(tr("Export p&ublic copy…"), this, &Handouts::exportPublicCopy);
    publicCopy->setObjectName(QStringLiteral("ExportPublicAction"));
    publicCopy->setStatusTip(tr("A copy of the project for investors, without confidential "
                                "projects and fields (opens in QGIS)"));
    QAction *map = file->addAction(tr("Export &map…"), this, &Handouts::exportMap);
    map->setObjectName(QStringLiteral("ExportMapAction"));
    map->setStatusTip(tr("The current map as a PNG or PDF with title, legend, scale bar, north "
                         "arrow and attribution"));
    refreshParks();
}

void Handouts::exportMap()
{
    if (!m_document)
        return;
    const QFileInfo project(m_document->path());
    const bool osm = m_document->map().basemap().kind == BasemapChoice::Kind::OpenStreetMap;
    const QString done = MapExportDialog::run(
        *m_canvas, project.completeBaseName(), project.absolutePath(), !osm, m_window,
        [this](const QString &problem) { Q_EMIT failed(tr("Export map"), problem); });
    if (!done.isEmpty())
        Q_EMIT message(done);
}

void Handouts::setDocument(ProjectDocument *document)
{
    m_document = document;
    refreshParks();
}

void Handouts::refreshParks()
{
    m_brochures->clear();
    auto parks
        = m_document ? Brochure::parks(m_document->store()) : Result<QStringList>(QStringList());
    if (!parks || parks->isEmpty()) {
        m_brochures->addAction(tr("(no parks)"))->setEnabled(false);
        return;
    }
    for (const QString &park : *parks)
        m_brochures->addAction(park, this, [this, park] { writeBrochure(park); });
}

void Handouts::writeBrochure(const QString &park)
{
    if (!m_document)
        return;
    const QString done
        = BrochureDialog::run(*m_document, park, m_window, [this](const QString &problem) {
              Q_EMIT failed(tr("Park brochure"), problem);
          });
    if (!done.isEmpty())
        Q_EMIT message(done);
}

void Handouts::exportPublicCopy()
{
    if (!m_document)
        return;
    const QFileInfo project(m_document->path());
    const QString suggested = project.dir().filePath(project.completeBaseName() + tr("-public")
                                                     + QStringLiteral(".gpkg"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export public copy"), suggested,
                                                tr("GeoPackage (*.gpkg)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive))
        path += QStringLiteral(".gpkg");
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = PublicCopy::write(m_document->store(), path);
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        Q_EMIT failed(tr("Export public copy"), written.errorMessage());
        return;
    }
    Q_EMIT message(tr("Public copy written: %1 (%2 projects; %3 confidential left out).")
                       .arg(QDir::toNativeSeparators(path))
                       .arg(written->projects)
                       .arg(written->removed));
}
