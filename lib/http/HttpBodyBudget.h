#pragma once

#include <QtGlobal>

namespace Open311 {

// The bytes of unfinished requests that all connections of one server hold at once. A peer may
// send most of a large body and then stop until the idle timeout; many such peers together must
// not take more memory than this, whatever each one alone may send.
class HttpBodyBudget
{
public:
    explicit HttpBodyBudget(qsizetype capacity);

    // 0: no cap.
    void setCapacity(qsizetype capacity) { m_capacity = capacity; }
    qsizetype capacity() const { return m_capacity; }
    qsizetype used() const { return m_used; }

    // Moves one holder's share from `held` to `wanted` bytes. Growing past the capacity is
    // refused, and then nothing changes; shrinking always succeeds.
    bool resize(qsizetype& held, qsizetype wanted);

private:
    qsizetype m_capacity;
    qsizetype m_used = 0;
};

} // namespace Open311
