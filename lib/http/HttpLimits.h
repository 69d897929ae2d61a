#pragma once

#include <QtGlobal>

namespace Open311 {

// What one server allows its clients. `--bind` can put the training city on a network, so a
// peer that never finishes a request, or opens connections without end, must not hold it.
struct HttpLimits
{
    qsizetype maxHeadBytes = 64 * 1024; // request line and headers, else 431
    qsizetype maxBodyBytes = 1024 * 1024; // decoded body, else 413
    // Of every connection's unfinished requests together, else 503; 0: no cap.
    qsizetype maxBufferedBytes = 64 * 1024 * 1024;
    int idleTimeoutMs = 30 * 1000; // to deliver a whole request; 0 waits for ever
    int maxConnections = 256; // open at once; past it a new one gets 503
};

} // namespace Open311
