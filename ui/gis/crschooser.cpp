// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gis/crschooser.h"

#include "core/map/crs/crscatalog.h"
#include "ui/widgets/scrollsafecombobox.h"

#include <QHBoxLayout>

#include <cmath>

CrsChooser::CrsChooser(QWidget *parent)
    : QWidget(parent)
    , m_family(new ScrollSafeComboBox(this))
    , m_meridian(new ScrollSafeComboBox(this))
{
    m_family->setObjectName(QStringLiteral("CrsFamily"));
    m_meridian->setObjectName(QStringLiteral("CrsMeridian"));
    for (const CrsCatalog::Family &family : CrsCatalog::families())
        m_family->addItem(family.title, family.id);
    m_family->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_family->setMinimumContentsLength(24);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_family, 3);
    layout->addWidget(m_meridian, 1);
    connect(m_family, &QComboBox::currentIndexChanged, this, [this] {
        fillMeridians();
        Q_EMIT changed();
    });
    connect(m_meridian, &QComboBox::currentIndexChanged, this, &CrsChooser::changed);
    fillMeridians();
}

void CrsChooser::fillMeridians()
{
    const QString id = m_family->currentData().toString();
    const auto family = CrsCatalog::family(id);
    const QList<int> meridians = CrsCatalog::centralMeridians(id);
    const int previous = m_meridian->currentData().toInt();
    QSignalBlocker block(m_meridian);
    m_meridian->clear();
    for (int meridian : meridians)
        m_meridian->addItem(tr("%1°E (zone %2)")
                                .arg(meridian)
                                .arg(CrsCatalog::zoneNumber(family->zoneWidth, meridian)),
                            meridian);
    m_meridian->setVisible(!meridians.isEmpty());
    if (meridians.isEmpty())
        return;
    // The same meridian when it exists in the new family, else the zone of the project.
    int index = m_meridian->findData(previous);
    if (index < 0) {
        int best = 0;
        for (int i = 0; i < meridians.size(); ++i) {
            if (std::abs(meridians[i] - m_longitude) < std::abs(meridians[best] - m_longitude))
                best = i;
        }
        index = best;
    }
    m_meridian->setCurrentIndex(index);
}

int CrsChooser::epsg() const
{
    return CrsCatalog::epsg(m_family->currentData().toString(), m_meridian->currentData().toInt());
}

QString CrsChooser::crs() const
{
    const int code = epsg();
    return code ? QStringLiteral("EPSG:%1").arg(code) : QString();
}

bool CrsChooser::setEpsg(int epsg)
{
    const auto zoned = CrsCatalog::find(epsg);
    if (!zoned)
        return false;
    {
        QSignalBlocker block(m_family);
        m_family->setCurrentIndex(m_family->findData(zoned->family));
        fillMeridians();
        if (zoned->centralMeridian)
            m_meridian->setCurrentIndex(m_meridian->findData(zoned->centralMeridian));
    }
    Q_EMIT changed();
    return true;
}
