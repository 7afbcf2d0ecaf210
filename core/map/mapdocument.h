// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/result.h"
#include "core/domain/fields.h"
#include "core/map/render/mapsettings.h"

#include <QJsonObject>
#include <QObject>
#include <QRectF>
#include <QSet>

#include <vector>

class ProjectFile;

// Which basemap the user chose. The tile sources themselves are made by the application (they
// need the user's token and cache folder); the project only remembers the choice.
struct BasemapChoice
{
    enum class Kind { None, MbTiles, OpenStreetMap, TiandituVector, TiandituImagery };
    Kind kind = Kind::None;
    QString path; // the MBTiles file, for Kind::MbTiles

    bool operator==(const BasemapChoice &) const = default;
    QString key() const; // "none", "mbtiles", "osm", "tianditu-vec", "tianditu-img"
    static BasemapChoice fromKey(const QString &key, const QString &path = {});
};

// The map of one open project as data (the role of QGIS's layer tree): the layers with their
// order, visibility, opacity and style, the enclave links, the basemap choice and the extent. The
// canvas and the layer panel observe it; it is saved in the project file (table map_state), so a
// project reopens as it was left. Layer settings are not undo steps. Owned by ProjectDocument;
// GUI thread only (render jobs take a copy of the layers).
class MapDocument : public QObject
{
    Q_OBJECT
public:
    explicit MapDocument(QObject *parent = nullptr);

    // Opens the project's layers with their designed styles, then applies the saved state.
    Status open(ProjectFile &project);
    // Writes the state when it differs from what was read or last written; otherwise nothing.
    Status save(ProjectFile &project);
    bool isModified() const { return stateJson() != m_savedJson; }

    const std::vector<MapLayer> &layers() const { return m_layers; } // bottom to top
    const MapLayer *layer(const QString &id) const;
    void setLayerVisible(const QString &id, bool visible);
    void setLayerOpacity(const QString &id, double opacity);
    void moveLayer(const QString &id, int delta); // +1 = up (drawn later)
    // Draws a layer in another of its designed styles (DefaultStyles::stylesFor), rereading that
    // layer's features with the columns the style needs. Unknown ids are ignored.
    void setLayerStyle(const QString &id, const QString &styleId);
    bool linksVisible() const;
    void setLinksVisible(bool visible); // enclave → home unit lines

    BasemapChoice basemap() const { return m_basemap; }
    void setBasemap(const BasemapChoice &choice);

    // Web Mercator metres; null until the user first moves the map (then the full extent applies).
    QRectF extent() const { return m_extent; }
    void setExtent(const QRectF &mercator);

    // Re-reads features of a layer that an edit added, changed or removed, so the next render
    // shows them; no layer reopens. Tables that are not map layers are ignored.
    void invalidate(const QString &table, const QSet<qint64> &fids);
    // Reopens every layer (another program changed the file, or public mode was switched: the
    // layers read as the project's audience, ProjectFile::audience()); settings and order stay.
    Status reload(ProjectFile &project);
    Fields::Audience audience() const { return m_audience; }
    // After a switch of the program's language: the project layers' titles, style names and
    // legends in the new one, and units and parks labelled in it (those two layers reread their
    // features with the other name column). Settings, order and style choices stay.
    Status retranslate();

Q_SIGNALS:
    void layersChanged(); // order, visibility, opacity, links
    void basemapChanged();
    void featuresChanged(const QString &layer);
    void layerFailed(const QString &layer, const QString &message);

private:
    QByteArray stateJson() const;
    void applyState(const QJsonObject &state);
    MapLayer *findLayer(const QString &id);
    Status restyle(MapLayer &layer, const QString &styleId);

    std::vector<MapLayer> m_layers;
    BasemapChoice m_basemap;
    QRectF m_extent;
    QString m_path;                                         // the project file the layers read
    Fields::Audience m_audience = Fields::Audience::Office; // what the layers let through
    QByteArray m_savedJson;
};
