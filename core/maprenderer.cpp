// SPDX-License-Identifier: GPL-3.0-or-later
#include "maprenderer.h"

#include "gpkggeometry.h"
#include "projectfile.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <numbers>

#include <ogr_geometry.h>

namespace {

constexpr double kEarthRadius = 6378137.0;

QPointF mercator(double lon, double lat)
{
    const double clamped = std::clamp(lat, -85.0, 85.0);
    return {kEarthRadius * qDegreesToRadians(lon),
            kEarthRadius * std::log(std::tan(std::numbers::pi / 4 + qDegreesToRadians(clamped) / 2))};
}

// Maps lon/lat to pixels for one frame.
class Viewport
{
public:
    Viewport(const QRectF &extent, QSize size)
    {
        const QPointF a = mercator(extent.left(), extent.top());
        const QPointF b = mercator(extent.right(), extent.bottom());
        const QRectF world = QRectF(a, b).normalized();
        m_scale = std::min(size.width() / std::max(world.width(), 1e-9),
                           size.height() / std::max(world.height(), 1e-9));
        m_centre = world.center();
        m_pixelCentre = QPointF(size.width() / 2.0, size.height() / 2.0);
    }
    QPointF toPixel(double lon, double lat) const
    {
        const QPointF m = mercator(lon, lat);
        return {m_pixelCentre.x() + (m.x() - m_centre.x()) * m_scale,
                m_pixelCentre.y() - (m.y() - m_centre.y()) * m_scale};
    }

private:
    double m_scale = 1;
    QPointF m_centre;
    QPointF m_pixelCentre;
};

void addRing(QPainterPath &path, const OGRLinearRing *ring, const Viewport &view)
{
    const int n = ring->getNumPoints();
    for (int i = 0; i < n; ++i) {
        const QPointF p = view.toPixel(ring->getX(i), ring->getY(i));
        i == 0 ? path.moveTo(p) : path.lineTo(p);
    }
    path.closeSubpath();
}

QPainterPath toPath(const OGRGeometry &geometry, const Viewport &view)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    auto addPolygon = [&](const OGRPolygon *polygon) {
        for (const OGRLinearRing *ring : *polygon)
            addRing(path, ring, view);
    };
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPolygon:
        addPolygon(geometry.toPolygon());
        break;
    case wkbMultiPolygon:
        for (const OGRPolygon *polygon : *geometry.toMultiPolygon())
            addPolygon(polygon);
        break;
    default:
        break;
    }
    return path;
}

struct Feature
{
    std::unique_ptr<OGRGeometry> geometry;
    QString label;
    QString code; // status, kind or stage: what the style keys on
};

Result<std::vector<Feature>> readLayer(ProjectFile &project, const QString &table,
                                       const QString &labelColumn, const QString &codeColumn,
                                       const QRectF &extent)
{
    auto stmt = project.db().prepare(
        QStringLiteral("SELECT t.geom, t.%2, t.%3 FROM %1 t JOIN rtree_%1_geom r ON r.id = t.fid "
                       "WHERE r.maxx >= ?1 AND r.minx <= ?2 AND r.maxy >= ?3 AND r.miny <= ?4")
            .arg(table, labelColumn, codeColumn));
    if (!stmt)
        return stmt.error();
    stmt->bindAll({extent.left(), extent.right(), extent.top(), extent.bottom()});
    std::vector<Feature> features;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        Feature feature;
        feature.geometry = GpkgGeometry::decode(stmt->blob(0));
        if (!feature.geometry)
            continue;
        feature.label = stmt->text(1);
        feature.code = stmt->text(2);
        features.push_back(std::move(feature));
    }
    return features;
}

QColor parkColour(const QString &kind)
{
    if (kind == QLatin1String("edz"))
        return QColor(0xA6, 0xCE, 0xE3);
    if (kind == QLatin1String("hitech"))
        return QColor(0xB2, 0xDF, 0x8A);
    if (kind == QLatin1String("innovation"))
        return QColor(0xCA, 0xB2, 0xD6);
    if (kind == QLatin1String("micro"))
        return QColor(0xFD, 0xBF, 0x6F);
    return QColor(0xFB, 0x9A, 0x99);
}

QColor stageColour(const QString &stage)
{
    static const QHash<QString, QColor> colours{
        {QStringLiteral("lead"), QColor(0x99, 0x99, 0x99)},
        {QStringLiteral("assessment"), QColor(0x99, 0x99, 0x99)},
        {QStringLiteral("negotiation"), QColor(0x56, 0xB4, 0xE9)},
        {QStringLiteral("signed"), QColor(0x00, 0x72, 0xB2)},
        {QStringLiteral("land"), QColor(0xE6, 0x9F, 0x00)},
        {QStringLiteral("construction"), QColor(0xD5, 0x5E, 0x00)},
        {QStringLiteral("production"), QColor(0x00, 0x9E, 0x73)},
        {QStringLiteral("statistics"), QColor(0x00, 0x9E, 0x73)},
        {QStringLiteral("capacity"), QColor(0x00, 0x6D, 0x4F)},
        {QStringLiteral("dropped"), QColor(0x33, 0x33, 0x33)},
    };
    return colours.value(stage, Qt::gray);
}

QFont labelFont(int pixelSize, bool bold)
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setStyleHint(QFont::SansSerif);
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Microsoft YaHei"),
                      QStringLiteral("PingFang SC"), QStringLiteral("Source Han Sans SC")});
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

// Draws a label with a white halo unless it would overlap one already placed.
void drawLabel(QPainter &painter, const QPointF &at, const QString &text, const QFont &font,
               QList<QRectF> &placed)
{
    const QFontMetricsF metrics(font);
    QRectF box = metrics.boundingRect(text);
    box.moveCenter(at);
    for (const QRectF &other : std::as_const(placed)) {
        if (other.intersects(box))
            return;
    }
    placed << box.adjusted(-2, -2, 2, 2);
    QPainterPath path;
    path.addText(box.left(), box.top() + metrics.ascent(), font, text);
    painter.setPen(QPen(QColor(255, 255, 255, 220), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x22, 0x22, 0x22));
    painter.drawPath(path);
}

QPointF labelPoint(const OGRGeometry &geometry, const Viewport &view)
{
    OGRPoint point;
    if (geometry.Centroid(&point) != OGRERR_NONE)
        return {};
    return view.toPixel(point.getX(), point.getY());
}

} // namespace

QStringList MapRenderer::layerOrder()
{
    return {QStringLiteral("units"), QStringLiteral("parks"), QStringLiteral("parcels"),
            QStringLiteral("enclaves"), QStringLiteral("projects")};
}

QColor MapRenderer::statusColour(const QString &status)
{
    static const QHash<QString, QColor> colours{
        {QStringLiteral("reserve"), QColor(0xBB, 0xBB, 0xBB)},
        {QStringLiteral("listed"), QColor(0x56, 0xB4, 0xE9)},
        {QStringLiteral("transferred"), QColor(0x00, 0x72, 0xB2)},
        {QStringLiteral("construction"), QColor(0xE6, 0x9F, 0x00)},
        {QStringLiteral("producing"), QColor(0x00, 0x9E, 0x73)},
        {QStringLiteral("idle"), QColor(0xD5, 0x5E, 0x00)},
        {QStringLiteral("inefficient"), QColor(0xCC, 0x79, 0xA7)},
    };
    return colours.value(status, Qt::gray);
}

Result<QImage> MapRenderer::render(ProjectFile &project, const Request &request)
{
    QImage image(request.size * request.devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(request.devicePixelRatio);
    image.fill(QColor(0xF4, 0xF1, 0xEA));
    if (request.extent.isNull())
        return image;

    const Viewport view(request.extent, request.size);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QList<QRectF> placedLabels;
    auto visible = [&](const char *layer) {
        return !request.hidden.contains(QLatin1String(layer));
    };

    std::vector<Feature> units;
    QList<std::pair<QPointF, QString>> parkLabels;
    if (visible("units")) {
        auto read = readLayer(project, QStringLiteral("units"), QStringLiteral("name"),
                              QStringLiteral("kind"), request.extent);
        if (!read)
            return read.error();
        units = std::move(*read);
        for (const Feature &unit : units) {
            const bool zone = unit.code == QLatin1String("zone");
            painter.setPen(QPen(zone ? QColor(0xC0, 0x39, 0x2B) : QColor(0x6B, 0x6B, 0x6B),
                                zone ? 1.5 : 1.2, zone ? Qt::DashLine : Qt::SolidLine));
            painter.setBrush(zone ? QColor(0xC0, 0x39, 0x2B, 18) : QColor(0xFF, 0xFF, 0xFF, 150));
            painter.drawPath(toPath(*unit.geometry, view));
        }
    }
    if (visible("parks")) {
        auto parks = readLayer(project, QStringLiteral("parks"), QStringLiteral("name"),
                               QStringLiteral("kind"), request.extent);
        if (!parks)
            return parks.error();
        for (const Feature &park : *parks) {
            QColor fill = parkColour(park.code);
            const QPainterPath path = toPath(*park.geometry, view);
            painter.setPen(QPen(fill.darker(170), 1));
            // At county scale a park is a few pixels wide: draw it as a marker so it is seen.
            if (path.boundingRect().width() < 8) {
                painter.setBrush(fill.darker(115));
                painter.drawEllipse(path.boundingRect().center(), 4.5, 4.5);
                continue;
            }
            fill.setAlpha(150);
            painter.setBrush(fill);
            painter.drawPath(path);
            if (path.boundingRect().width() > 60)
                parkLabels.append({path.boundingRect().center(), park.label});
        }
    }
    if (visible("parcels")) {
        auto parcels = readLayer(project, QStringLiteral("parcels"), QStringLiteral("code"),
                                 QStringLiteral("status"), request.extent);
        if (!parcels)
            return parcels.error();
        painter.setPen(QPen(QColor(255, 255, 255, 160), 0.5));
        for (const Feature &parcel : *parcels) {
            const QPainterPath path = toPath(*parcel.geometry, view);
            painter.setBrush(statusColour(parcel.code));
            // A parcel smaller than a pixel is still shown, as a dot.
            if (path.boundingRect().width() < 1.5)
                painter.drawRect(QRectF(path.boundingRect().center() - QPointF(0.75, 0.75),
                                        QSizeF(1.5, 1.5)));
            else
                painter.drawPath(path);
        }
    }
    if (visible("projects")) {
        auto projects = readLayer(project, QStringLiteral("projects"), QStringLiteral("name"),
                                  QStringLiteral("stage"), request.extent);
        if (!projects)
            return projects.error();
        for (const Feature &p : *projects) {
            if (wkbFlatten(p.geometry->getGeometryType()) != wkbPoint)
                continue;
            const OGRPoint *point = p.geometry->toPoint();
            painter.setPen(QPen(Qt::white, 1));
            painter.setBrush(stageColour(p.code));
            painter.drawEllipse(view.toPixel(point->getX(), point->getY()), 3.5, 3.5);
        }
    }
    if (visible("enclaves")) {
        auto enclaves = readLayer(project, QStringLiteral("enclaves"), QStringLiteral("name"),
                                  QStringLiteral("kind"), request.extent);
        if (!enclaves)
            return enclaves.error();
        for (const Feature &e : *enclaves) {
            const OGRPoint *point = e.geometry->toPoint();
            const QPointF at = view.toPixel(point->getX(), point->getY());
            QPolygonF diamond{at + QPointF(0, -7), at + QPointF(6, 0), at + QPointF(0, 7),
                              at + QPointF(-6, 0)};
            painter.setPen(QPen(Qt::white, 1.5));
            painter.setBrush(QColor(0x7B, 0x2D, 0x8E));
            painter.drawPolygon(diamond);
            drawLabel(painter, at + QPointF(0, 16), e.label, labelFont(11, false), placedLabels);
        }
    }
    for (const Feature &unit : units)
        drawLabel(painter, labelPoint(*unit.geometry, view), unit.label, labelFont(15, true),
                  placedLabels);
    for (const auto &[at, text] : std::as_const(parkLabels))
        drawLabel(painter, at, text, labelFont(12, false), placedLabels);
    return image;
}
