#pragma once

#include <QDir>
#include <QSettings>
#include <QString>

namespace Open311::Testing {

// Points user- and system-scope settings into a directory of the test's own, so that no test
// reads or writes the machine's /etc/xdg or ~/.config.
inline void isolateSettings(const QDir& dir)
{
    QSettings::setPath(
        QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("user")));
    QSettings::setPath(
        QSettings::NativeFormat, QSettings::SystemScope, dir.filePath(QStringLiteral("system")));
}

} // namespace Open311::Testing
