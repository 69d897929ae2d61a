#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QPointF>

namespace Open311 {

// Tells from the last moments of a drag whether it ended in a flick, and slows the glide that
// follows frame by frame.
class FlickTracker
{
public:
    FlickTracker() { m_clock.start(); }

    void press(const QPointF& position);
    void move(const QPointF& position);
    // True when the drag ended in a flick fast enough to glide on.
    bool release(const QPointF& position);
    // The next frame's pan; false once the glide has come to rest.
    bool step(int frameMilliseconds, QPointF& delta);

private:
    QList<QPair<qint64, QPointF>> m_samples; // the last 100 ms of the drag
    QElapsedTimer m_clock;
    QPointF m_velocity; // pixels per millisecond
};

} // namespace Open311
