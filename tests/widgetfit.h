// SPDX-License-Identifier: GPL-3.0-or-later
// Whether text fits its widget: English is the source language and must fit at 1366×768 (issue
// 12). Shared by the GUI tests that look at windows in English.
#pragma once

#include <QAbstractButton>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QStringList>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>

#include <functional>

namespace WidgetFit {

// What does not fit in `root` and its children, one line each ("QLabel 'Total …': needs 212 px,
// has 180"): labels, buttons, check boxes, group titles, combo boxes, tabs, dock titles, tree
// items and table headers whose text is wider than the room the widget gives it.
inline QStringList overflows(QWidget *root)
{
    QStringList problems;
    auto report = [&](const QWidget *w, const QString &text, double needed, double room) {
        // Half a pixel of rounding is not a cut.
        if (needed > room + 0.5)
            problems << QStringLiteral("%1 %2 '%3': needs %4 px, has %5")
                            .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                 text)
                            .arg(needed, 0, 'f', 0)
                            .arg(room, 0, 'f', 0);
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        // Outside its parent, nobody sees it: QMainWindow parks a spare dock tab bar there
        // after restoreState().
        if (w != root && !w->parentWidget()->rect().intersects(w->geometry()))
            continue;
        const QFontMetricsF metrics(w->font());
        if (auto *label = qobject_cast<QLabel *>(w)) {
            const QString text = label->text();
            if (text.isEmpty() || label->wordWrap() || Qt::mightBeRichText(text)
                || label->pixmap().cacheKey() != 0)
                continue;
            const QRect room = label->contentsRect().adjusted(label->indent(), 0, 0, 0);
            double needed = 0;
            for (const QString &line : text.split(QLatin1Char('\n')))
                needed = std::max(needed, metrics.horizontalAdvance(QString(line).remove(u'&')));
            report(w, text, needed, room.width() - 2 * std::max(0, label->margin()));
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->text().isEmpty())
                continue;
            if (auto *tool = qobject_cast<QToolButton *>(w);
                tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
                continue;
            // The button's own measure of text, icon, indicator and padding.
            report(w, button->text(), button->sizeHint().width(), button->width());
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            report(w, box->title(), metrics.horizontalAdvance(box->title()) + 16, box->width());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            if (combo->currentText().isEmpty() || combo->isEditable())
                continue;
            QStyleOptionComboBox option;
            option.initFrom(combo);
            const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                               QStyle::SC_ComboBoxEditField, combo);
            report(w, combo->currentText(), metrics.horizontalAdvance(combo->currentText()),
                   field.width());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                const int padding
                    = tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs);
                report(w, tabs->tabText(i),
                       metrics.horizontalAdvance(QString(tabs->tabText(i)).remove(u'&')) + padding,
                       tabs->tabRect(i).width());
            }
        } else if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            if (!dock->isFloating())
                report(w, dock->windowTitle(), metrics.horizontalAdvance(dock->windowTitle()) + 48,
                       dock->width());
        } else if (auto *tree = qobject_cast<QTreeView *>(w)) {
            // Every item the tree shows (the layer panel: layers and their legends).
            const QAbstractItemModel *model = tree->model();
            std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                for (int row = 0; model && row < model->rowCount(parent); ++row) {
                    for (int column = 0; column < model->columnCount(parent); ++column) {
                        const QModelIndex index = model->index(row, column, parent);
                        const QString text = index.data().toString();
                        const QRect cell = tree->visualRect(index);
                        if (text.isEmpty() || cell.isEmpty())
                            continue;
                        // The cell less the check box and the icon drawn before the text.
                        QStyle *style = tree->style();
                        const int margin
                            = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1;
                        double room
                            = std::min(cell.left() + cell.width(), tree->viewport()->width())
                              - cell.left() - 2 * margin;
                        if (index.data(Qt::CheckStateRole).isValid())
                            room -= style->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, tree)
                                    + 2 * margin;
                        if (!index.data(Qt::DecorationRole).isNull())
                            room -= tree->iconSize().width() + 2 * margin;
                        // Items lay text out in whole pixels.
                        report(w, text, QFontMetrics(w->font()).horizontalAdvance(text), room);
                    }
                    walk(model->index(row, 0, parent));
                }
            };
            walk({});
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            if (header->orientation() != Qt::Horizontal || !header->model())
                continue;
            // The titles over a selection are drawn bold (QHeaderView::highlightSections).
            QFont bold = header->font();
            bold.setBold(true);
            const QFontMetricsF plainMetrics(header->font()), boldMetrics(bold);
            const int margin
                = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            for (int s = 0; s < header->count(); ++s) {
                if (header->isSectionHidden(s))
                    continue;
                const QString text = header->model()->headerData(s, Qt::Horizontal).toString();
                const bool highlighted = header->highlightSections() && header->selectionModel()
                                         && header->selectionModel()->columnIntersectsSelection(
                                             s, header->rootIndex());
                double needed = (highlighted ? boldMetrics : plainMetrics).horizontalAdvance(text)
                                + 2 * margin;
                if (header->isSortIndicatorShown() && header->sortIndicatorSection() == s)
                    needed
                        += header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header)
                           + margin;
                report(w, text, needed, header->sectionSize(s));
            }
        }
    }
    return problems;
}

} // namespace WidgetFit
