// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/gotocoordinate.h"

#include "core/map/crs/coordinateparser.h"
#include "ui/widgets/scrollsafecombobox.h"

#include <QHBoxLayout>
#include <QLineEdit>

QString GoToCoordinate::help()
{
    return tr("Longitude and latitude (120.15, 30.28), degrees, minutes and seconds "
              "(30°16'48\"N 120°09'00\"E), or CGCS2000 Gauss-Kruger X (northing) and Y (easting, "
              "with or without the zone number). Enter goes there.");
}

GoToCoordinate::GoToCoordinate(std::function<QPointF()> mapCentre, QWidget *parent)
    : QWidget(parent)
    , m_mapCentre(std::move(mapCentre))
    , m_line(new QLineEdit(this))
    , m_source(new ScrollSafeComboBox(this))
{
    setObjectName(QStringLiteral("GoToCoordinate"));
    m_line->setObjectName(QStringLiteral("GoToLine"));
    m_source->setObjectName(QStringLiteral("GoToSource"));
    m_line->setPlaceholderText(tr("Go to: 120.15, 30.28 or X Y"));
    m_line->setToolTip(help());
    m_line->setClearButtonEnabled(true);
    m_line->setMinimumWidth(180);
    m_source->addItem(tr("GPS / Tianditu"), int(CoordinateParser::Source::Wgs84));
    m_source->addItem(tr("Amap / Tencent"), int(CoordinateParser::Source::Gcj02));
    m_source->addItem(tr("Baidu"), int(CoordinateParser::Source::Bd09));
    m_source->setToolTip(tr("Where typed degrees come from: points copied from Amap or Tencent "
                            "(GCJ-02) or Baidu (BD-09) are 300–700 m off until converted."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_line, 1);
    layout->addWidget(m_source);
    connect(m_line, &QLineEdit::returnPressed, this, &GoToCoordinate::go);
    connect(m_line, &QLineEdit::textEdited, this, [this] { m_line->setStyleSheet({}); });
}

void GoToCoordinate::go()
{
    auto position = CoordinateParser::parse(
        m_line->text(), CoordinateParser::Source(m_source->currentData().toInt()), m_mapCentre());
    if (!position) {
        m_line->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #A4262C; }"));
        m_line->setToolTip(position.errorMessage());
        Q_EMIT failed(position.errorMessage());
        return;
    }
    m_line->setStyleSheet({});
    m_line->setToolTip(help());
    Q_EMIT positionChosen(position->lonLat, position->description);
}
