// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>
#include <QList>

class CrsChooser;
class ProjectFile;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// File → Export layer…: a project layer, or the features of it selected on the map, to
// GeoPackage, Shapefile (UTF-8 .cpg), GeoJSON, KML, DXF or CSV, in a coordinate system of
// CrsCatalog (Gauss-Kruger zones included). Written by VectorExport, which only reads the project.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `selection`: the fids selected on the map, by layer.
    ExportDialog(ProjectFile &project, const QHash<QString, QList<qint64>> &selection,
                 QWidget *parent = nullptr);
    void accept() override;
    // What was written, for the status bar; empty until accepted.
    QString summary() const { return m_summary; }

private:
    void layerChanged();
    void formatChanged();
    void setFileName(const QString &base);
    QString target() const;

    ProjectFile &m_project;
    QHash<QString, QList<qint64>> m_selection;
    QComboBox *m_layer;
    QCheckBox *m_selectedOnly;
    QComboBox *m_format;
    CrsChooser *m_crs;
    QLineEdit *m_path;
    QLabel *m_status;
    QString m_summary;
};
