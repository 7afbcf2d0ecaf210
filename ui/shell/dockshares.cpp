// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/dockshares.h"

#include <QDockWidget>
#include <QEvent>
#include <QGuiApplication>
#include <QMainWindow>

DockShares::DockShares(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{}

void DockShares::setDefaultShare(QDockWidget *dock, double share)
{
    m_defaults.insert(dock, share);
    m_shares.insert(dock, share);
    dock->installEventFilter(this);
}

void DockShares::reset()
{
    m_shares = m_defaults;
    apply();
}

bool DockShares::horizontal(QDockWidget *dock) const
{
    const Qt::DockWidgetArea area = m_window->dockWidgetArea(dock);
    return area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea;
}

void DockShares::keepRestoredLayout()
{
    m_restored = true;
}

void DockShares::windowResized()
{
    if (m_window->size() == m_size)
        return;
    const bool first = !m_size.isValid();
    m_size = m_window->size();
    if (first && m_restored) {
        // The layout of the last session: its docks' sizes are the shares.
        for (auto it = m_shares.begin(); it != m_shares.end(); ++it)
            it.value() = shareOf(it.key());
        return;
    }
    apply();
}

double DockShares::shareOf(QDockWidget *dock) const
{
    return horizontal(dock) ? double(dock->width()) / m_window->width()
                            : double(dock->height()) / m_window->height();
}

void DockShares::apply()
{
    QList<QDockWidget *> across, down;
    QList<int> widths, heights;
    for (auto it = m_shares.cbegin(); it != m_shares.cend(); ++it) {
        QDockWidget *dock = it.key();
        if (dock->isFloating() || dock->isHidden())
            continue;
        if (horizontal(dock)) {
            across << dock;
            widths << qRound(it.value() * m_window->width());
        } else {
            down << dock;
            heights << qRound(it.value() * m_window->height());
        }
    }
    m_window->resizeDocks(across, widths, Qt::Horizontal);
    m_window->resizeDocks(down, heights, Qt::Vertical);
}

bool DockShares::eventFilter(QObject *watched, QEvent *event)
{
    // A dock resized with a mouse button held while the window kept its size: the user dragged
    // its edge, and that is its share from now on. (Resizes by the layout itself, which may have
    // had to squeeze a dock on a small window, leave the share as it was.)
    auto *dock = qobject_cast<QDockWidget *>(watched);
    if (dock && event->type() == QEvent::Resize && m_window->size() == m_size
        && QGuiApplication::mouseButtons() != Qt::NoButton && !dock->isFloating()
        && dock->isVisible())
        m_shares.insert(dock, shareOf(dock));
    return QObject::eventFilter(watched, event);
}
