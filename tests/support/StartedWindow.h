#pragma once

#include "gui/window/MainWindow.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace Open311::Testing {

// A main window as the app opens it: shown, then started, with the training city's services
// loaded. A window that cannot get there stops the test run.
inline std::unique_ptr<MainWindow> startedWindow(
    const MainWindow::Options& options, QSize size = QSize())
{
    auto window = std::make_unique<MainWindow>(options);
    QSignalSpy loaded(window.get(), &MainWindow::servicesLoaded);
    if (size.isValid())
        window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("window not exposed");
    window->start();
    if (!loaded.wait(10000))
        qFatal("services did not load");
    return window;
}

} // namespace Open311::Testing
