// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/mapexport.h"

#include <QDialog>

#include <functional>

class MapCanvas;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

// File → Export map: the title, the size (the window's, a paper size or one of the user's own),
// the resolution, PNG or vector PDF, and whether to add the legend, scale bar and north arrow;
// then where to save. Core writes what the canvas shows (MapExport). Owned by its caller; GUI
// thread.
class MapExportDialog : public QDialog
{
    Q_OBJECT
public:
    MapExportDialog(const MapCanvas &canvas, const QString &title, QWidget *parent = nullptr);

    MapExportOptions options() const;
    QString suffix() const; // "pdf" or "png"

    // `withBasemap` false leaves the basemap out (OpenStreetMap: not an approved map of China,
    // never printed or handed out).
    static QString run(const MapCanvas &canvas, const QString &title, const QString &folder,
                       bool withBasemap, QWidget *parent,
                       const std::function<void(const QString &)> &failed);

private:
    void sizeChosen();

    const MapCanvas &m_canvas;
    QLineEdit *m_title = nullptr;
    QComboBox *m_size = nullptr;
    QDoubleSpinBox *m_width = nullptr, *m_height = nullptr;
    QSpinBox *m_dpi = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_legend = nullptr, *m_decorations = nullptr;
};
