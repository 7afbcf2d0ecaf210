// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/gis/importcheck.h"
#include "core/gis/vectorimport.h"

#include <QWizard>

#include <optional>

class ProjectDocument;

// File → Import GIS layer…: brings any GDAL vector source into a project layer, step by step.
// 1. the source (a file, a zipped Shapefile, a File Geodatabase folder; its layer), the project
//    layer, a saved preset; 2. the attribute encoding with a preview of decoded values, and the
//    x/y columns of a table; 3. the coordinate system, the web-map offset, and the sanity check's
//    warnings with their fixes; 4. the field mapping and the translation of unknown coded values,
//    saved as a preset on request; 5. the dry run's report, then the import as one undoable step.
// All the work is core's (VectorImport, ImportCheck, VectorPresets); the wizard holds the options
// the user chose and reads the source again when one that changes the reading does.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page { SourcePage, AttributesPage, CrsPage, FieldsPage, CheckPage };

    ImportWizard(ProjectDocument &document, const QString &path = {}, QWidget *parent = nullptr);

    ProjectDocument &document() const { return m_document; }
    VectorImport::Options &options() { return m_options; }
    QString path() const { return m_path; }
    void setPath(const QString &path);

    // The first features of the source, read with the current options (the preview); false
    // with error() set when the source cannot be read.
    bool readPreview();
    const VectorImport::Source *preview() const { return m_preview ? &*m_preview : nullptr; }
    QString error() const { return m_error; }
    // Every feature, read again only when an option that changes the reading has changed.
    const VectorImport::Source *fullSource();
    QList<ImportCheck::Suggestion> suggestions() const;
    QRectF projectExtent() const { return m_projectExtent; }
    // Plans the import of the full source; nullptr with error() set when it cannot be planned.
    const VectorImport::Plan *planImport();
    // Writes the plan as one undoable step.
    Status applyPlan();
    // What was imported (written), after the wizard was accepted.
    const VectorImport::Report &report() const { return m_report; }
    // Where the imported features lie (CGCS2000 longitude/latitude), after the wizard was
    // accepted; null when unknown.
    QRectF importedExtent() const { return m_importedExtent; }

private:
    ProjectDocument &m_document;
    QString m_path;
    VectorImport::Options m_options;
    std::optional<VectorImport::Source> m_preview;
    std::optional<VectorImport::Source> m_full;
    VectorImport::Options m_fullOptions; // what m_full was read with
    QString m_fullPath;
    std::optional<VectorImport::Plan> m_plan;
    VectorImport::Report m_report;
    QString m_error;
    QRectF m_projectExtent;
    QRectF m_importedExtent;
};
