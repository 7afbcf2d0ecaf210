// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/map/render/mapsettings.h"

#include <QTreeWidget>

// The layer list: visibility, style, opacity and order of each layer, its legend generated from
// its style, and the enclave link toggle. Topmost layer first, as in every GIS. It only reports
// what the user asks for; the canvas does it.
class LayerPanel : public QTreeWidget
{
    Q_OBJECT
public:
    explicit LayerPanel(QWidget *parent = nullptr);
    void setLayers(const MapSettings &map);
    // Rows per layer table, located or not: a layer whose rows are not all on the map says so
    // (projects without a location are in the ledger only).
    void setRowCounts(const QHash<QString, qint64> &rows);

Q_SIGNALS:
    void visibilityChanged(const QString &layer, bool visible);
    void opacityChanged(const QString &layer, double opacity);
    void styleChosen(const QString &layer, const QString &style); // a LayerStyle::id
    void moveRequested(const QString &layer, int delta);
    void zoomToLayerRequested(const QString &layer);
    void linksToggled(bool visible);
    void addBasemapRequested();
    void removeBasemapRequested();
    void fillBoundariesRequested(); // the units layer's boundaries, where units have none

private:
    void showMenu(const QPoint &pos);
    bool m_filling = false;
    QHash<QString, qint64> m_rows;
    MapSettings m_map;
};
