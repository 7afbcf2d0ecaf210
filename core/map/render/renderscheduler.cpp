// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/render/renderscheduler.h"

#include "core/map/render/maprenderer.h"

#include <QCoreApplication>
#include <QPointer>

RenderScheduler::RenderScheduler(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1); // the renderer itself uses the other core
}

RenderScheduler::~RenderScheduler()
{
    if (m_cancel)
        m_cancel->store(true);
    m_pool.waitForDone();
}

void RenderScheduler::request(const MapSettings &settings)
{
    if (m_cancel)
        m_cancel->store(true);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    const quint64 id = ++m_latest;
    QPointer<RenderScheduler> self(this);
    m_pool.start([self, settings, cancel, id] {
        if (cancel->load())
            return;
        RenderedMap map = MapRenderer::render(settings, cancel.get());
        if (cancel->load() || map.image.isNull())
            return;
        QMetaObject::invokeMethod(
            qApp,
            [self, map = std::move(map), settings, id] {
                if (self && id == self->m_latest)
                    Q_EMIT self->rendered(map, settings);
            },
            Qt::QueuedConnection);
    });
}

void RenderScheduler::waitForIdle()
{
    m_pool.waitForDone();
}
