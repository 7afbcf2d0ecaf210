// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapview.h"

#include "maprenderer.h"
#include "projectfile.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <QtMath>

MapView::MapView(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(320, 240);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void MapView::setProject(ProjectFile *project)
{
    m_project = project;
    m_home = {};
    if (project) {
        // Start on the project's own units, not on every far-away enclave host city.
        auto units = project->layerExtent(QStringLiteral("units"));
        if (units && !units->isNull())
            m_home = units->adjusted(-0.05, -0.05, 0.05, 0.05);
        else if (auto all = project->extent(); all && !all->isNull())
            m_home = *all;
    }
    m_extent = m_home;
    rerender();
}

void MapView::setHiddenLayers(const QSet<QString> &hidden)
{
    m_hidden = hidden;
    rerender();
}

void MapView::setExtent(const QRectF &extent)
{
    m_extent = extent;
    rerender();
}

void MapView::zoomToHome()
{
    setExtent(m_home);
}

QPointF MapView::lonLatPerPixel() const
{
    return {m_extent.width() / std::max(1, width()), m_extent.height() / std::max(1, height())};
}

void MapView::rerender()
{
    m_dragOffset = {};
    if (!m_project) {
        m_image = {};
        update();
        return;
    }
    MapRenderer::Request request;
    request.size = size();
    request.devicePixelRatio = devicePixelRatioF();
    // Grow the extent to the widget's aspect ratio so the renderer's frame matches ours.
    QRectF view = m_extent;
    if (!view.isNull()) {
        const double aspect = double(width()) / std::max(1, height());
        const double midLat = qDegreesToRadians(view.center().y());
        const double w = view.width() * std::cos(midLat), h = view.height();
        if (w / h < aspect)
            view.setWidth(h * aspect / std::cos(midLat));
        else
            view.setHeight(w / aspect);
        view.moveCenter(m_extent.center());
        m_extent = view;
    }
    request.extent = view;
    request.hidden = m_hidden;
    auto image = MapRenderer::render(*m_project, request);
    if (!image) {
        Q_EMIT renderFailed(image.errorMessage());
        m_image = {};
    } else {
        m_image = *image;
    }
    update();
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0xF4, 0xF1, 0xEA));
    if (!m_project) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter,
                         tr("No project is open.\nUse File → Open to open a project (.gpkg)."));
        return;
    }
    painter.drawImage(m_dragOffset, m_image);
}

void MapView::resizeEvent(QResizeEvent *)
{
    rerender();
}

void MapView::wheelEvent(QWheelEvent *event)
{
    if (m_extent.isNull())
        return;
    const double factor = event->angleDelta().y() > 0 ? 0.8 : 1.25;
    const QPointF perPixel = lonLatPerPixel();
    const QPointF cursor = event->position();
    // Keep the point under the cursor fixed (approximately, in lon/lat).
    const QPointF anchor(m_extent.left() + cursor.x() * perPixel.x(),
                         m_extent.bottom() - cursor.y() * perPixel.y());
    QRectF next(QPointF(anchor.x() - (anchor.x() - m_extent.left()) * factor,
                        anchor.y() - (anchor.y() - m_extent.top()) * factor),
                QSizeF(m_extent.width() * factor, m_extent.height() * factor));
    setExtent(next);
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragStart = event->position().toPoint();
    }
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    m_dragOffset = event->position().toPoint() - m_dragStart;
    update();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    const QPoint delta = event->position().toPoint() - m_dragStart;
    const QPointF perPixel = lonLatPerPixel();
    setExtent(m_extent.translated(-delta.x() * perPixel.x(), delta.y() * perPixel.y()));
}
