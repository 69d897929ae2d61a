#include "mapwidget/FlickTracker.h"

#include <cmath>

namespace Open311 {

void FlickTracker::press(const QPointF& position)
{
    m_samples.clear();
    m_samples.append({ m_clock.elapsed(), position });
}

void FlickTracker::move(const QPointF& position)
{
    m_samples.append({ m_clock.elapsed(), position });
    while (m_samples.size() > 2 && m_clock.elapsed() - m_samples.first().first > 100)
        m_samples.removeFirst();
}

bool FlickTracker::release(const QPointF& position)
{
    if (m_samples.size() < 2)
        return false;
    const auto& first = m_samples.first();
    const qint64 dt = qMax<qint64>(1, m_clock.elapsed() - first.first);
    // A pointer that stopped before it let go does not flick.
    if (m_clock.elapsed() - m_samples.last().first >= 50)
        return false;
    m_velocity = (position - first.second) / qreal(dt);
    return std::hypot(m_velocity.x(), m_velocity.y()) > 0.3;
}

bool FlickTracker::step(int frameMilliseconds, QPointF& delta)
{
    m_velocity *= 0.9;
    if (std::hypot(m_velocity.x(), m_velocity.y()) < 0.02)
        return false;
    delta = m_velocity * frameMilliseconds;
    return true;
}

} // namespace Open311
