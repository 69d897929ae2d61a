#pragma once

#include "gui/window/MainWindow.h"

#include <QTemporaryDir>

namespace Open311::Testing {

// A window's own outbox, Tracker and training city under the test's folder, so that no two
// windows of a test share a report.
inline MainWindow::Options windowFiles(const QTemporaryDir& dir, const QString& name)
{
    MainWindow::Options options;
    options.outboxPath = dir.filePath(name + QStringLiteral("-outbox.sqlite"));
    options.trackerPath = dir.filePath(name + QStringLiteral("-tracker.sqlite"));
    options.trainingCityPath = dir.filePath(name + QStringLiteral("-training.sqlite"));
    options.cacheDirectory = dir.filePath(QStringLiteral("cache"));
    return options;
}

} // namespace Open311::Testing
