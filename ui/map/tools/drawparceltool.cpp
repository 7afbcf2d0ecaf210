// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/tools/drawparceltool.h"

#include "core/commands/parcelshapes.h"
#include "core/domain/domain.h"
#include "core/geometry/geodesic.h"
#include "core/project/projectdocument.h"
#include "ui/map/mapcanvas.h"

#include <QDateTime>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace {

void drawCorner(QPainter &painter, const QPointF &p, const QColor &fill)
{
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(fill);
    painter.drawRect(QRectF(p - QPointF(4, 4), QSizeF(8, 8)));
}

} // namespace

DrawParcelTool::DrawParcelTool(MapCanvas *canvas)
    : EditTool(canvas)
{
    setObjectName(QStringLiteral("drawParcel"));
}

void DrawParcelTool::deactivate()
{
    m_corners.clear();
    m_hover.reset();
}

double DrawParcelTool::areaMu() const
{
    QList<QPointF> ring;
    for (const QPointF &c : m_corners)
        ring << lonLat(c);
    if (m_hover)
        ring << lonLat(m_hover->point);
    if (ring.size() < 3)
        return 0;
    return Geodesic::ringAreaM2(ring) / Domain::kSquareMetresPerMu;
}

void DrawParcelTool::canvasPressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    const Snapping::Result at = snapped(event->position(), m_corners);
    // A click on the first corner closes the shape.
    if (m_corners.size() >= 3 && at.kind == Snapping::Kind::Vertex
        && at.point == m_corners.first()) {
        finish();
        return;
    }
    if (m_corners.isEmpty() || at.point != m_corners.last())
        m_corners << at.point;
    canvas()->update();
}

void DrawParcelTool::canvasMoveEvent(QMouseEvent *event)
{
    m_hover = snapped(event->position(), m_corners);
    canvas()->update();
}

void DrawParcelTool::canvasReleaseEvent(QMouseEvent *) {}

void DrawParcelTool::canvasDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        finish();
}

void DrawParcelTool::keyPressEvent(QKeyEvent *event)
{
    pointKeys(event, m_corners, [this] { finish(); });
}

bool DrawParcelTool::finish()
{
    if (m_corners.size() < 3) {
        refused(tr("A parcel needs at least three corners: click them on the map."));
        return false;
    }
    if (cannotEdit())
        return false;
    m_hover.reset();
    QList<QPointF> ring;
    for (const QPointF &c : std::as_const(m_corners))
        ring << lonLat(c);
    // Refused before asking anything: a shape that cannot be a parcel stays drawn to be mended.
    if (const QString problem = ParcelShapes::shapeProblem(document()->store(), ring, {});
        !problem.isEmpty()) {
        refused(problem);
        return false;
    }
    const double mu = Geodesic::ringAreaM2(ring) / Domain::kSquareMetresPerMu;
    std::optional<QVariantMap> values = m_ask ? m_ask(mu) : std::nullopt;
    if (!m_ask)
        values = QVariantMap{{QStringLiteral("code"),
                              QStringLiteral("NEW-%1").arg(QDateTime::currentSecsSinceEpoch())},
                             {QStringLiteral("status"), QStringLiteral("reserve")}};
    if (!values)
        return false;
    auto added
        = ParcelShapes::addParcel(*document(), *values, ring, QDate::currentDate(), tr("map"));
    if (!added) {
        refused(added.errorMessage());
        return false;
    }
    done(
        tr("Parcel %1 drawn: %2 mu. Edit → Undo takes it back.")
            .arg(values->value(QStringLiteral("code")).toString(), QLocale().toString(mu, 'f', 1)));
    m_corners.clear();
    canvas()->update();
    return true;
}

void DrawParcelTool::paint(QPainter &painter) const
{
    if (m_corners.isEmpty() && !m_hover)
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    QPolygonF polygon;
    for (const QPointF &c : m_corners)
        polygon << toPixel(c);
    if (m_hover)
        polygon << toPixel(m_hover->point);
    if (polygon.size() >= 3) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xE6, 0x9F, 0x00, 70));
        painter.drawPolygon(polygon);
    }
    painter.setPen(QPen(QColor(0xD5, 0x5E, 0x00), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(polygon);
    if (polygon.size() >= 3) {
        painter.setPen(QPen(QColor(0xD5, 0x5E, 0x00), 1.5, Qt::DashLine));
        painter.drawLine(polygon.last(), polygon.first());
    }
    for (const QPointF &c : m_corners)
        drawCorner(painter, toPixel(c), QColor(0xD5, 0x5E, 0x00));
    if (m_hover) {
        // A snapped point shows how it snapped: a square on a vertex, a diamond on an edge.
        const QPointF p = toPixel(m_hover->point);
        if (m_hover->kind == Snapping::Kind::Vertex)
            drawCorner(painter, p, QColor(0x00, 0x72, 0xB2));
        else if (m_hover->kind == Snapping::Kind::Edge) {
            painter.setPen(QPen(Qt::white, 1.5));
            painter.setBrush(QColor(0x00, 0x72, 0xB2));
            painter.drawPolygon(QPolygonF{p + QPointF(0, -5), p + QPointF(5, 0), p + QPointF(0, 5),
                                          p + QPointF(-5, 0)});
        }
        const double mu = areaMu();
        if (mu > 0) {
            const QString text = tr("%1 mu").arg(QLocale().toString(mu, 'f', 1));
            QFont font = painter.font();
            font.setBold(true);
            painter.setFont(font);
            const QRectF box = painter.fontMetrics().boundingRect(text).adjusted(-4, -2, 4, 2);
            const QRectF placed = box.translated(p + QPointF(14, -10) - box.bottomLeft());
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(255, 255, 255, 220));
            painter.drawRoundedRect(placed, 3, 3);
            painter.setPen(QColor(0x33, 0x33, 0x33));
            painter.drawText(placed, Qt::AlignCenter, text);
        }
    }
}
