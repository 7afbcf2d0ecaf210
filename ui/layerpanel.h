// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QTreeWidget>

class ProjectFile;

// The layer list: one checkable entry per map layer with its feature count, and the parcel
// status legend under the parcel layer.
class LayerPanel : public QTreeWidget
{
    Q_OBJECT
public:
    explicit LayerPanel(QWidget *parent = nullptr);
    void setProject(ProjectFile *project);
    QSet<QString> hiddenLayers() const;
    static QString layerTitle(const QString &table);

Q_SIGNALS:
    void visibilityChanged(const QSet<QString> &hidden);

private:
    bool m_filling = false;
};
