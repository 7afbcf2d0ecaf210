// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/present/flight.h"

#include "core/map/render/mapsettings.h"

#include <algorithm>
#include <cmath>

namespace {

// ρ balances zooming against panning; √2 is the value van Wijk and Nuij found people prefer.
constexpr double kRho = 1.42;
// Perceived speed: path length units per second.
constexpr double kSpeed = 1.1;
constexpr int kMinMs = 900, kMaxMs = 3200;

double smoothstep(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3 - 2 * t);
}

} // namespace

Flight::Flight(const QRectF &from, const QRectF &to, QSize screen)
{
    const QRectF a = MapSettings::fitted(from, screen), b = MapSettings::fitted(to, screen);
    m_aspect = screen.width() > 0 ? double(screen.height()) / screen.width() : 1;
    m_c0 = a.center();
    m_c1 = b.center();
    m_w0 = std::max(1e-6, a.width());
    m_w1 = std::max(1e-6, b.width());
    const QPointF d = m_c1 - m_c0;
    m_distance = std::hypot(d.x(), d.y());
    if (m_distance < 1e-9 * std::max(m_w0, m_w1)) {
        m_distance = 0;
        m_length = std::abs(std::log(m_w1 / m_w0)) / kRho;
        return;
    }
    const double rho2 = kRho * kRho, rho4 = rho2 * rho2, u1 = m_distance;
    const double b0 = (m_w1 * m_w1 - m_w0 * m_w0 + rho4 * u1 * u1) / (2 * m_w0 * rho2 * u1);
    const double b1 = (m_w1 * m_w1 - m_w0 * m_w0 - rho4 * u1 * u1) / (2 * m_w1 * rho2 * u1);
    m_r0 = std::log(-b0 + std::sqrt(b0 * b0 + 1));
    const double r1 = std::log(-b1 + std::sqrt(b1 * b1 + 1));
    m_length = (r1 - m_r0) / kRho;
}

QRectF Flight::extent(double s) const
{
    double u = 0, w = m_w0;
    if (m_distance == 0) {
        w = m_length > 0 ? m_w0 * std::exp((m_w1 > m_w0 ? 1 : -1) * kRho * s) : m_w1;
    } else {
        const double rho2 = kRho * kRho;
        u = m_w0 / rho2 * std::cosh(m_r0) * std::tanh(kRho * s + m_r0)
            - m_w0 / rho2 * std::sinh(m_r0);
        w = m_w0 * std::cosh(m_r0) / std::cosh(kRho * s + m_r0);
    }
    const QPointF c = m_distance == 0 ? m_c0 : m_c0 + (m_c1 - m_c0) * (u / m_distance);
    QRectF r(0, 0, w, w * m_aspect);
    r.moveCenter(c);
    return r;
}

QRectF Flight::at(double t) const
{
    if (t >= 1)
        return extent(m_length);
    return extent(m_length * smoothstep(t));
}

int Flight::durationMs() const
{
    return std::clamp(int(std::lround(m_length / kSpeed * 1000)), kMinMs, kMaxMs);
}

QRectF Flight::widest() const
{
    QRectF widest = extent(0);
    for (int i = 1; i <= 32; ++i) {
        const QRectF e = extent(m_length * i / 32.0);
        if (e.width() > widest.width())
            widest = e;
    }
    return widest;
}
