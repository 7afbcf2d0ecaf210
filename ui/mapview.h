// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QPoint>
#include <QRectF>
#include <QSet>
#include <QWidget>

class ProjectFile;

// Shows the project map rendered by core's MapRenderer. A plain canvas: it renders on the GUI
// thread when the view changes; wheel zooms around the cursor, dragging pans.
class MapView : public QWidget
{
    Q_OBJECT
public:
    explicit MapView(QWidget *parent = nullptr);

    void setProject(ProjectFile *project);
    void setHiddenLayers(const QSet<QString> &hidden);
    // The lon/lat area to show; the widget keeps the aspect ratio and shows at least this.
    void setExtent(const QRectF &extent);
    QRectF extent() const { return m_extent; }
    void zoomToHome();

Q_SIGNALS:
    void renderFailed(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void rerender();
    QPointF lonLatPerPixel() const;

    ProjectFile *m_project = nullptr;
    QSet<QString> m_hidden;
    QRectF m_extent;
    QRectF m_home;
    QImage m_image;
    QPoint m_dragStart;
    QPoint m_dragOffset;
    bool m_dragging = false;
};
