#pragma once

#include <QFuture>
#include <QTest>

namespace Open311::Testing {

// Spins the event loop until the future is finished, so servers in this process keep answering.
template <typename T> T waitFor(QFuture<T> future, int timeoutMs = 15000)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs)) {
        QTest::qFail("the call did not finish in time", __FILE__, __LINE__);
        return T();
    }
    return future.result();
}

} // namespace Open311::Testing
