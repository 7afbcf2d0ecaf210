// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/layerpanel.h"

#include "core/map/tiles/tilesource.h"

#include <QActionGroup>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QScrollBar>
#include <QSet>
#include <QTreeWidgetItemIterator>

namespace {

constexpr int kLayerRole = Qt::UserRole + 1;
constexpr int kLinksRole = Qt::UserRole + 2;
constexpr int kBasemapRole = Qt::UserRole + 3;

QIcon swatch(const QColor &fill, const QColor &stroke, bool round, double radius = 6)
{
    QPixmap pixmap(28, 28);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(stroke.alpha() > 0 ? stroke : fill.darker(140), 1.5));
    painter.setBrush(fill);
    if (round)
        painter.drawEllipse(QPointF(14, 14), radius, radius);
    else
        painter.drawRect(QRectF(4, 6, 20, 16));
    return QIcon(pixmap);
}

} // namespace

LayerPanel::LayerPanel(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setColumnCount(2);
    setIconSize(QSize(20, 20));
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &LayerPanel::showMenu);
    connect(this, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_filling)
            return;
        const bool checked = item->checkState(0) == Qt::Checked;
        if (item->data(0, kLinksRole).toBool())
            Q_EMIT linksToggled(checked);
        else if (const QString id = item->data(0, kLayerRole).toString(); !id.isEmpty())
            Q_EMIT visibilityChanged(id, checked);
    });
    connect(this, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, kBasemapRole).toBool())
            Q_EMIT addBasemapRequested();
        else if (const QString id = item->data(0, kLayerRole).toString(); !id.isEmpty())
            Q_EMIT zoomToLayerRequested(id);
    });
}

void LayerPanel::setRowCounts(const QHash<QString, qint64> &rows)
{
    if (rows == m_rows)
        return;
    m_rows = rows;
    setLayers(m_map);
}

void LayerPanel::setLayers(const MapSettings &map)
{
    m_map = map;
    m_filling = true;
    // Rebuilt from scratch: keep what the user expanded and where the list was scrolled.
    QSet<QString> expanded;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->isExpanded())
            expanded.insert(topLevelItem(i)->data(0, kLayerRole).toString());
    }
    const bool firstFill = topLevelItemCount() == 0;
    const int scrolled = verticalScrollBar()->value();
    clear();
    for (auto it = map.layers.crbegin(); it != map.layers.crend(); ++it) {
        const MapLayer &layer = *it;
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, layer.opacity < 0.999
                             ? tr("%1 (%2%)").arg(layer.title).arg(qRound(layer.opacity * 100))
                             : layer.title);
        item->setData(0, kLayerRole, layer.id);
        item->setCheckState(0, layer.visible ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(
            0, tr("Double-click to zoom to the layer; right-click for style, opacity and order."));
        if (layer.source) {
            const qint64 located = layer.source->featureCount();
            const qint64 rows = m_rows.value(layer.id, located);
            item->setText(
                1, rows > located
                       ? tr("%1 of %2").arg(QLocale().toString(located), QLocale().toString(rows))
                       : QLocale().toString(located));
            if (rows > located)
                item->setToolTip(1, tr("%n row(s) have no location: they are in the ledger but "
                                       "not on the map.",
                                       nullptr, int(rows - located)));
        }
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        const bool points = layer.source && layer.source->geometryKind() == Wkb::Kind::Point;
        const LayerStyle &style = layer.style;
        // Enclaves and units share one look per kind; list every category where it matters.
        const bool legendByCategory
            = layer.id != QLatin1String("enclaves") && layer.id != QLatin1String("units");
        if (legendByCategory) {
            for (const LayerStyle::Category &c : style.categories) {
                auto *entry = new QTreeWidgetItem(item);
                entry->setText(0, c.label);
                entry->setIcon(0, swatch(c.fill, points ? Qt::white : style.stroke, points));
                entry->setFlags(Qt::ItemIsEnabled);
            }
            if (!style.defaultLabel.isEmpty()) {
                auto *entry = new QTreeWidgetItem(item);
                entry->setText(0, style.defaultLabel);
                entry->setIcon(0, swatch(style.defaultFill, style.stroke, points));
                entry->setFlags(Qt::ItemIsEnabled);
            }
        } else {
            item->setIcon(0, swatch(style.categories.isEmpty() ? style.defaultFill
                                                               : style.categories.front().fill,
                                    style.stroke, points));
        }
        for (const LayerStyle::SizeTier &tier : style.sizeTiers) {
            auto *entry = new QTreeWidgetItem(item);
            entry->setText(0, tier.label);
            entry->setIcon(0, swatch(QColor(0x88, 0x88, 0x88), Qt::white, true, tier.radius));
            entry->setFlags(Qt::ItemIsEnabled);
        }
        if (style.linksToHomeUnit) {
            auto *links = new QTreeWidgetItem(item);
            links->setText(0, tr("Links to home unit"));
            links->setData(0, kLinksRole, true);
            links->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            links->setCheckState(0, layer.showLinks ? Qt::Checked : Qt::Unchecked);
        }
        item->setExpanded(firstFill ? layer.id == QLatin1String("parcels")
                                          || layer.id == QLatin1String("enclaves")
                                    : expanded.contains(layer.id));
    }
    // The basemap sits at the bottom, under every layer.
    auto *basemap = new QTreeWidgetItem(this);
    basemap->setData(0, kBasemapRole, true);
    basemap->setText(0, map.basemap ? tr("Basemap: %1").arg(map.basemap->name())
                                    : tr("Basemap: none"));
    basemap->setToolTip(0, tr("Double-click to add an MBTiles file; online basemaps are in "
                              "View → Basemap."));
    basemap->setFlags(Qt::ItemIsEnabled);
    basemap->setFirstColumnSpanned(true); // the whole width for the name
    // A narrow panel (800 px wide windows) elides long entries: the whole text is a hover away.
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if ((*it)->toolTip(0).isEmpty())
            (*it)->setToolTip(0, (*it)->text(0));
    }
    verticalScrollBar()->setValue(scrolled);
    m_filling = false;
}

void LayerPanel::showMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = itemAt(pos);
    const QString id = item ? item->data(0, kLayerRole).toString() : QString();
    QMenu menu(this);
    if (id.isEmpty()) {
        menu.addAction(tr("Add MBTiles basemap…"), this, &LayerPanel::addBasemapRequested);
        menu.addAction(tr("Remove basemap"), this, &LayerPanel::removeBasemapRequested);
        menu.exec(viewport()->mapToGlobal(pos));
        return;
    }
    menu.addAction(tr("Zoom to layer"), this, [this, id] { Q_EMIT zoomToLayerRequested(id); });
    // Units a ledger import made have no boundary, so they are not on the map.
    if (id == QLatin1String("units"))
        menu.addAction(tr("Fill in missing boundaries…"), this,
                       &LayerPanel::fillBoundariesRequested);
    menu.addSeparator();
    if (const QList<LayerStyle> styles = DefaultStyles::stylesFor(id); styles.size() > 1) {
        const MapLayer *layer = m_map.layer(id);
        QMenu *styleMenu = menu.addMenu(tr("Style"));
        auto *group = new QActionGroup(styleMenu);
        for (const LayerStyle &style : styles) {
            QAction *action = styleMenu->addAction(
                style.name, this, [this, id, style] { Q_EMIT styleChosen(id, style.id); });
            action->setCheckable(true);
            action->setChecked(layer && layer->style.id == style.id);
            group->addAction(action);
        }
    }
    menu.addAction(tr("Move up"), this, [this, id] { Q_EMIT moveRequested(id, +1); });
    menu.addAction(tr("Move down"), this, [this, id] { Q_EMIT moveRequested(id, -1); });
    QMenu *opacity = menu.addMenu(tr("Opacity"));
    for (int percent : {100, 75, 50, 25}) {
        opacity->addAction(tr("%1%").arg(percent), this,
                           [this, id, percent] { Q_EMIT opacityChanged(id, percent / 100.0); });
    }
    menu.exec(viewport()->mapToGlobal(pos));
}
