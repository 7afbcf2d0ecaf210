// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/render/mapsettings.h"

QRectF MapSettings::fitted(const QRectF &wanted, QSize size)
{
    if (wanted.isEmpty() || size.isEmpty())
        return wanted;
    const double aspect = double(size.width()) / size.height();
    QRectF r = wanted;
    if (r.width() / r.height() < aspect)
        r.setWidth(r.height() * aspect);
    else
        r.setHeight(r.width() / aspect);
    r.moveCenter(wanted.center());
    return r;
}

const MapLayer *MapSettings::layer(const QString &id) const
{
    for (const MapLayer &layer : layers) {
        if (layer.id == id)
            return &layer;
    }
    return nullptr;
}
