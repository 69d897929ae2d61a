#include "gui/window/DisplayWait.h"

#include <QElapsedTimer>
#include <QThread>

#include <dlfcn.h>

namespace Open311 {

namespace {

QByteArray platformFromArguments(int argc, char** argv)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "-platform") == 0 || qstrcmp(argv[i], "--platform") == 0)
            return argv[i + 1];
    }
    return {};
}

// libxcb is what Qt's xcb plugin connects with; loading it at run time asks exactly its
// question (socket, authority, setup) without a build dependency on its headers.
struct Xcb
{
    using Connect = void* (*)(const char*, int*);
    using HasError = int (*)(void*);
    using Disconnect = void (*)(void*);

    void* library = dlopen("libxcb.so.1", RTLD_NOW | RTLD_LOCAL);
    Connect connect = nullptr;
    HasError hasError = nullptr;
    Disconnect disconnect = nullptr;

    Xcb()
    {
        if (!library)
            return;
        connect = reinterpret_cast<Connect>(dlsym(library, "xcb_connect"));
        hasError = reinterpret_cast<HasError>(dlsym(library, "xcb_connection_has_error"));
        disconnect = reinterpret_cast<Disconnect>(dlsym(library, "xcb_disconnect"));
    }
    ~Xcb()
    {
        if (library)
            dlclose(library);
    }
    bool usable() const { return connect && hasError && disconnect; }
    bool reachable() const
    {
        void* connection = connect(nullptr, nullptr);
        const bool ok = connection && hasError(connection) == 0;
        if (connection)
            disconnect(connection);
        return ok;
    }
};

} // namespace

QString DisplayWait::display()
{
    return qEnvironmentVariable("DISPLAY");
}

DisplayWait::Outcome DisplayWait::waitForX11(int argc, char** argv, int timeoutMs)
{
    QByteArray platform = platformFromArguments(argc, argv);
    if (platform.isEmpty())
        platform = qgetenv("QT_QPA_PLATFORM");
    // Qt may pick Wayland on its own; only a session it would open through xcb is checked.
    if (platform.isEmpty() ? !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
                           : !platform.startsWith("xcb"))
        return Outcome::NotChecked;
    if (display().isEmpty())
        return Outcome::Unreachable;
    const Xcb xcb;
    if (!xcb.usable())
        return Outcome::NotChecked;
    QElapsedTimer clock;
    clock.start();
    unsigned long pauseMs = 25;
    while (!xcb.reachable()) {
        if (clock.elapsed() >= timeoutMs)
            return Outcome::Unreachable;
        // Before the event loop exists, so a plain pause: there is nothing else to serve yet.
        QThread::msleep(pauseMs);
        pauseMs = qMin<unsigned long>(pauseMs * 2, 400);
    }
    return Outcome::Reachable;
}

} // namespace Open311
