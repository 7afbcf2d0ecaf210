// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerpanel.h"

#include "domain.h"
#include "maprenderer.h"
#include "projectfile.h"

#include <QHeaderView>
#include <QPainter>
#include <QPixmap>

namespace {

constexpr int kTableRole = Qt::UserRole + 1;

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(colour.darker(140));
    painter.setBrush(colour);
    painter.drawRect(1, 1, 12, 12);
    return QIcon(pixmap);
}

} // namespace

LayerPanel::LayerPanel(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setColumnCount(2);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        if (!m_filling && !item->data(0, kTableRole).toString().isEmpty())
            Q_EMIT visibilityChanged(hiddenLayers());
    });
}

QString LayerPanel::layerTitle(const QString &table)
{
    if (table == QLatin1String("units"))
        return tr("Administrative units");
    if (table == QLatin1String("parks"))
        return tr("Parks and platforms");
    if (table == QLatin1String("parcels"))
        return tr("Land parcels");
    if (table == QLatin1String("enclaves"))
        return tr("Enclaves");
    if (table == QLatin1String("projects"))
        return tr("Projects");
    return table;
}

void LayerPanel::setProject(ProjectFile *project)
{
    m_filling = true;
    clear();
    if (project) {
        const QStringList order = MapRenderer::layerOrder();
        // Topmost layer first, as in every GIS layer list.
        for (auto it = order.crbegin(); it != order.crend(); ++it) {
            auto *item = new QTreeWidgetItem(this);
            item->setText(0, layerTitle(*it));
            item->setData(0, kTableRole, *it);
            item->setCheckState(0, Qt::Checked);
            if (auto count = project->rowCount(*it))
                item->setText(1, QLocale().toString(*count));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            if (*it == QLatin1String("parcels")) {
                for (const DomainValue &status : Domain::parcelStatuses()) {
                    auto *entry = new QTreeWidgetItem(item);
                    entry->setText(0, Domain::label(Domain::parcelStatuses(),
                                                    QLatin1String(status.code)));
                    entry->setIcon(0, swatch(MapRenderer::statusColour(
                                          QLatin1String(status.code))));
                    entry->setFlags(Qt::ItemIsEnabled);
                }
                item->setExpanded(true);
            }
        }
    }
    m_filling = false;
}

QSet<QString> LayerPanel::hiddenLayers() const
{
    QSet<QString> hidden;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = topLevelItem(i);
        if (item->checkState(0) != Qt::Checked)
            hidden.insert(item->data(0, kTableRole).toString());
    }
    return hidden;
}
