#pragma once

#include <QString>

namespace Open311 {

// Qt ends the process with an abort when it cannot reach the X server. A kiosk whose X server
// starts beside it, or a restart while the server is briefly busy, met that; this waits for the
// server first, so the answer is either a window or one clear message.
class DisplayWait
{
public:
    enum class Outcome
    {
        Reachable,
        Unreachable,
        NotChecked
    };

    // Checks only what Qt would use: xcb on a local or forwarded $DISPLAY, not another platform.
    static Outcome waitForX11(int argc, char** argv, int timeoutMs);
    static QString display();
};

} // namespace Open311
