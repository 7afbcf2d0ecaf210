// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

// Lays widgets out left to right and wraps them onto the next line when the width runs out, so
// a bar of filters stays whole on a narrow window (at 800 px the ledger's one-line filter bar
// squeezed its search box to nothing). The layout reports its height for a width, so the panel
// around it grows by a line instead of clipping. An item added with a stretch fills the rest of
// its line (at least its minimum width).
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    // A widget that takes the room left on its line (the search box).
    void addStretchedWidget(QWidget *widget);
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const; // the height used

    QList<QLayoutItem *> m_items;
    QLayoutItem *m_stretched = nullptr;
    int m_spacing;
};
