// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QSize>

class QDockWidget;
class QMainWindow;

// Keeps each dock's share of the main window when the window is resized. QMainWindow gives every
// pixel gained or lost to the map: after a small window (a projector at 800×500) grew again, the
// ledger kept its two rows and the map took the rest. A share is the dock's width (left and
// right docks) or height (top and bottom) over the window's; dragging a dock's edge sets it anew.
// Lives on the GUI thread, a child of the window it serves.
class DockShares : public QObject
{
public:
    explicit DockShares(QMainWindow *window);

    // The share `dock` starts with (and gets back from reset()).
    void setDefaultShare(QDockWidget *dock, double share);
    // Every dock back to its default share.
    void reset();
    // The window restored the user's layout: its first layout sets the shares, not the defaults.
    void keepRestoredLayout();
    // Call from the window's resizeEvent: gives each docked dock its share of the new size.
    void windowResized();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool horizontal(QDockWidget *dock) const; // a left or right dock: its share is a width
    double shareOf(QDockWidget *dock) const;
    void apply();

    QMainWindow *m_window;
    QHash<QDockWidget *, double> m_defaults;
    QHash<QDockWidget *, double> m_shares;
    QSize m_size; // the window's size when the shares were last applied
    bool m_restored = false;
};
