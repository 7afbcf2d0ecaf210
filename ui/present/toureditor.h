// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/present/tour.h"

#include <QDialog>

#include <functional>
#include <memory>

class MapCanvas;
class ProjectDocument;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class TilePrefetch;
class XyzTileSource;

// View → Tours: the project's tours and their slides. A slide is added from the map as it is
// (its extent and the layers shown) or as "a park, then its available plots"; each gets a title
// and a short text in Chinese and English and a time (0: by hand); slides are reordered and
// removed; Save writes the tour into the project as one undoable step (Tours::save). "Download
// basemap" fetches the Tianditu tiles the tour's slides need into an MBTiles file beside the
// project (TilePrefetch), for a fair without network. GUI thread.
class TourEditor : public QDialog
{
    Q_OBJECT
public:
    // Makes the Tianditu sources for a download (token, cache, approval number from the
    // settings); empty pointers when the project's basemap is not Tianditu.
    using TiandituSources = std::function<
        std::pair<std::shared_ptr<XyzTileSource>, std::shared_ptr<XyzTileSource>>()>;

    TourEditor(ProjectDocument &document, const MapCanvas &canvas, TiandituSources tianditu,
               QWidget *parent = nullptr);
    ~TourEditor() override;

    const Tour &tour() const { return m_tour; }
    // The MBTiles file a finished download wrote, empty otherwise (the shell may show it).
    QString downloadedBasemap() const { return m_downloaded; }

    // For tests and the shell.
    void addCurrentView();
    Status addParkPlots(qint64 parkId);
    Status save();
    QString offlinePath() const;

private:
    void loadTours(qint64 select);
    void showTour(int index);
    void showSlide(int row);
    void slideEdited();
    void refreshList();
    void moveSlide(int delta);
    void removeSlide();
    void newTour();
    void deleteTour();
    void download();
    void say(const QString &message, bool problem = false);

    ProjectDocument &m_document;
    const MapCanvas &m_canvas;
    TiandituSources m_tianditu;
    QList<Tour> m_tours;
    Tour m_tour;
    int m_row = -1;
    bool m_loading = false;
    QComboBox *m_tourBox;
    QLineEdit *m_name;
    QListWidget *m_slides;
    QComboBox *m_park;
    QLineEdit *m_titleZh, *m_titleEn;
    QPlainTextEdit *m_textZh, *m_textEn;
    QDoubleSpinBox *m_seconds;
    QList<QCheckBox *> m_layers;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_downloadButton;
    std::unique_ptr<TilePrefetch> m_prefetch;
    QString m_downloaded;
};
