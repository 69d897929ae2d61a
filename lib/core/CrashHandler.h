#pragma once

namespace Open311 {

// On a fatal signal (an abort, a segmentation fault) writes the program's name, the signal and
// a backtrace to stderr, then dies of the same signal, so that a core file is still written.
// Only async-signal-safe calls run in the handler: the app's log keeps why it died even when
// nobody kept a core.
class CrashHandler
{
public:
    static void install(const char* programName);
};

} // namespace Open311
