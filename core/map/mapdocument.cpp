// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/mapdocument.h"

#include "core/map/projectlayers.h"
#include "core/storage/projectfile.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {
const QString kStateKey = QStringLiteral("map");

struct BasemapKey
{
    BasemapChoice::Kind kind;
    const char *key;
};
constexpr BasemapKey kBasemapKeys[] = {
    {BasemapChoice::Kind::None, "none"},
    {BasemapChoice::Kind::MbTiles, "mbtiles"},
    {BasemapChoice::Kind::OpenStreetMap, "osm"},
    {BasemapChoice::Kind::TiandituVector, "tianditu-vec"},
    {BasemapChoice::Kind::TiandituImagery, "tianditu-img"},
};
} // namespace

QString BasemapChoice::key() const
{
    for (const BasemapKey &k : kBasemapKeys) {
        if (k.kind == kind)
            return QLatin1String(k.key);
    }
    return QStringLiteral("none");
}

BasemapChoice BasemapChoice::fromKey(const QString &key, const QString &path)
{
    for (const BasemapKey &k : kBasemapKeys) {
        if (key == QLatin1String(k.key))
            return {k.kind, k.kind == Kind::MbTiles ? path : QString()};
    }
    return {};
}

MapDocument::MapDocument(QObject *parent)
    : QObject(parent)
{}

Status MapDocument::open(ProjectFile &project)
{
    auto layers = ProjectLayers::open(project.path(), project.audience());
    if (!layers)
        return layers.error();
    m_layers = layers.takeValue();
    m_path = project.path();
    m_audience = project.audience();
    auto saved = project.db().scalar(QStringLiteral("SELECT value FROM map_state WHERE key = ?1"),
                                     {kStateKey});
    if (!saved)
        return saved.error();
    if (saved->isValid())
        applyState(QJsonDocument::fromJson(saved->toString().toUtf8()).object());
    m_savedJson = stateJson();
    Q_EMIT layersChanged();
    Q_EMIT basemapChanged();
    return {};
}

Status MapDocument::save(ProjectFile &project)
{
    const QByteArray json = stateJson();
    if (json == m_savedJson)
        return {};
    auto stmt = project.db().prepare(
        QStringLiteral("INSERT INTO map_state (key, value) VALUES (?1, ?2) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!stmt)
        return stmt.error();
    stmt->bindAll({kStateKey, QString::fromUtf8(json)});
    if (Status done = stmt->run(); !done)
        return done;
    m_savedJson = json;
    return {};
}

QByteArray MapDocument::stateJson() const
{
    QJsonArray layers;
    for (const MapLayer &layer : m_layers) { // bottom to top, as drawn
        layers.append(QJsonObject{{QStringLiteral("id"), layer.id},
                                  {QStringLiteral("visible"), layer.visible},
                                  {QStringLiteral("opacity"), layer.opacity},
                                  {QStringLiteral("links"), layer.showLinks},
                                  {QStringLiteral("style"), layer.style.id}});
    }
    QJsonObject state{{QStringLiteral("layers"), layers},
                      {QStringLiteral("basemap"), m_basemap.key()}};
    if (!m_basemap.path.isEmpty())
        state.insert(QStringLiteral("basemap_path"), m_basemap.path);
    if (!m_extent.isNull())
        state.insert(QStringLiteral("extent"), QJsonArray{m_extent.left(), m_extent.top(),
                                                          m_extent.right(), m_extent.bottom()});
    return QJsonDocument(state).toJson(QJsonDocument::Compact);
}

// Tolerant of anything: a state written by another version, or edited by hand, never stops a
// project from opening. Unknown layers are ignored; layers the state does not name keep their
// designed place and settings.
void MapDocument::applyState(const QJsonObject &state)
{
    std::vector<MapLayer> ordered;
    for (const QJsonValue &value : state.value(QStringLiteral("layers")).toArray()) {
        const QJsonObject saved = value.toObject();
        const QString id = saved.value(QStringLiteral("id")).toString();
        auto it = std::find_if(m_layers.begin(), m_layers.end(),
                               [&](const MapLayer &l) { return l.id == id; });
        if (it == m_layers.end())
            continue;
        MapLayer layer = std::move(*it);
        m_layers.erase(it);
        layer.visible = saved.value(QStringLiteral("visible")).toBool(layer.visible);
        layer.opacity
            = std::clamp(saved.value(QStringLiteral("opacity")).toDouble(layer.opacity), 0.0, 1.0);
        layer.showLinks = saved.value(QStringLiteral("links")).toBool(layer.showLinks);
        if (Status done = restyle(layer, saved.value(QStringLiteral("style")).toString()); !done)
            Q_EMIT layerFailed(layer.id, done.errorMessage()); // drawn in its default style
        ordered.push_back(std::move(layer));
    }
    for (MapLayer &rest : m_layers)
        ordered.push_back(std::move(rest));
    m_layers = std::move(ordered);

    m_basemap = BasemapChoice::fromKey(state.value(QStringLiteral("basemap")).toString(),
                                       state.value(QStringLiteral("basemap_path")).toString());
    const QJsonArray extent = state.value(QStringLiteral("extent")).toArray();
    if (extent.size() == 4) {
        const QRectF rect(QPointF(extent[0].toDouble(), extent[1].toDouble()),
                          QPointF(extent[2].toDouble(), extent[3].toDouble()));
        if (rect.isValid() && !rect.isEmpty())
            m_extent = rect;
    }
}

const MapLayer *MapDocument::layer(const QString &id) const
{
    for (const MapLayer &layer : m_layers) {
        if (layer.id == id)
            return &layer;
    }
    return nullptr;
}

MapLayer *MapDocument::findLayer(const QString &id)
{
    return const_cast<MapLayer *>(std::as_const(*this).layer(id));
}

void MapDocument::setLayerVisible(const QString &id, bool visible)
{
    MapLayer *layer = findLayer(id);
    if (!layer || layer->visible == visible)
        return;
    layer->visible = visible;
    Q_EMIT layersChanged();
}

void MapDocument::setLayerOpacity(const QString &id, double opacity)
{
    MapLayer *layer = findLayer(id);
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (!layer || qFuzzyCompare(layer->opacity, opacity))
        return;
    layer->opacity = opacity;
    Q_EMIT layersChanged();
}

void MapDocument::moveLayer(const QString &id, int delta)
{
    auto it = std::find_if(m_layers.begin(), m_layers.end(),
                           [&](const MapLayer &l) { return l.id == id; });
    if (it == m_layers.end())
        return;
    const int from = int(it - m_layers.begin());
    const int to = std::clamp(from + delta, 0, int(m_layers.size()) - 1);
    if (from == to)
        return;
    MapLayer moving = std::move(m_layers[from]);
    m_layers.erase(m_layers.begin() + from);
    m_layers.insert(m_layers.begin() + to, std::move(moving));
    Q_EMIT layersChanged();
}

void MapDocument::setLayerStyle(const QString &id, const QString &styleId)
{
    MapLayer *layer = findLayer(id);
    if (!layer)
        return;
    const QString before = layer->style.id;
    if (Status done = restyle(*layer, styleId); !done) {
        Q_EMIT layerFailed(id, done.errorMessage());
        return;
    }
    if (layer->style.id != before)
        Q_EMIT layersChanged();
}

// A style may read other columns than the current one, so the layer gets a source of its own
// for it; the old source stays alive for any render still holding it.
Status MapDocument::restyle(MapLayer &layer, const QString &styleId)
{
    const LayerStyle style = DefaultStyles::style(layer.id, styleId);
    if (style.id.isEmpty() || style.id == layer.style.id || styleId.isEmpty())
        return {};
    auto source = ProjectLayers::openSource(m_path, layer.id, style, m_audience);
    if (!source)
        return source.error();
    layer.style = style;
    layer.source = *source;
    return {};
}

bool MapDocument::linksVisible() const
{
    return std::any_of(m_layers.begin(), m_layers.end(),
                       [](const MapLayer &l) { return l.style.linksToHomeUnit && l.showLinks; });
}

void MapDocument::setLinksVisible(bool visible)
{
    if (visible == linksVisible())
        return;
    for (MapLayer &layer : m_layers)
        layer.showLinks = visible;
    Q_EMIT layersChanged();
}

void MapDocument::setBasemap(const BasemapChoice &choice)
{
    if (choice == m_basemap)
        return;
    m_basemap = choice;
    Q_EMIT basemapChanged();
}

void MapDocument::setExtent(const QRectF &mercator)
{
    if (!mercator.isEmpty())
        m_extent = mercator;
}

Status MapDocument::reload(ProjectFile &project)
{
    m_path = project.path();
    m_audience = project.audience();
    // A layer that cannot be reopened is left without a source (drawn as empty) rather than
    // keeping the old one: after a switch to public mode that one would show confidential data.
    Status result;
    for (MapLayer &layer : m_layers) {
        auto source = ProjectLayers::openSource(m_path, layer.id, layer.style, m_audience);
        if (source) {
            layer.source = *source;
        } else {
            layer.source.reset();
            if (result)
                result = source.error();
            Q_EMIT layerFailed(layer.id, source.errorMessage());
        }
    }
    Q_EMIT layersChanged();
    return result;
}

Status MapDocument::retranslate()
{
    Status result;
    const QStringList projectLayers = ProjectLayers::order();
    for (MapLayer &layer : m_layers) {
        if (!projectLayers.contains(layer.id))
            continue;
        layer.title = ProjectLayers::title(layer.id);
        LayerStyle style = DefaultStyles::style(layer.id, layer.style.id);
        if (style.labelColumn != layer.style.labelColumn
            || style.labelFallback != layer.style.labelFallback) {
            auto source = ProjectLayers::openSource(m_path, layer.id, style, m_audience);
            if (!source) {
                if (result)
                    result = source.error();
                Q_EMIT layerFailed(layer.id, source.errorMessage());
                continue; // keeps its labels and source rather than losing the layer
            }
            layer.source = *source;
        }
        layer.style = std::move(style);
    }
    Q_EMIT layersChanged();
    return result;
}

void MapDocument::invalidate(const QString &table, const QSet<qint64> &fids)
{
    const MapLayer *changed = layer(table);
    if (!changed || !changed->source || fids.isEmpty())
        return;
    if (Status done = changed->source->invalidate(fids); !done)
        Q_EMIT layerFailed(changed->id, done.errorMessage());
    Q_EMIT featuresChanged(changed->id);
}
