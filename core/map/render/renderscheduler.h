// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/map/render/maprenderer.h"
#include "core/map/render/mapsettings.h"

#include <QImage>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

// Runs render jobs on a worker thread, one at a time: a new request cancels the running job.
// Lives on the GUI thread; `rendered` arrives there with the image, the layers that could not be
// drawn, and the settings it shows. A job reads only its copy of the settings.
class RenderScheduler : public QObject
{
    Q_OBJECT
public:
    explicit RenderScheduler(QObject *parent = nullptr);
    ~RenderScheduler() override;

    void request(const MapSettings &settings);
    void waitForIdle(); // for tests and shutdown

Q_SIGNALS:
    void rendered(const RenderedMap &map, const MapSettings &settings);

private:
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_latest = 0;
};
