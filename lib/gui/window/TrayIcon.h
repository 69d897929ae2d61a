#pragma once

#include <QSystemTrayIcon>

class QWidget;

namespace Open311 {

// The notification area's icon, through which a status change reaches someone working in
// another window.
class TrayIcon : public QSystemTrayIcon
{
    Q_OBJECT

public:
    // Once per window: a new Tracker replacing a damaged one asks again. Null where the desktop
    // has no tray.
    static TrayIcon* showFor(QWidget* window);

    void notify(const QString& title, const QString& message);

private:
    explicit TrayIcon(QWidget* window);
};

} // namespace Open311
