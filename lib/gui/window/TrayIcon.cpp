#include "gui/window/TrayIcon.h"

#include <QWidget>

namespace Open311 {

TrayIcon::TrayIcon(QWidget* window)
    : QSystemTrayIcon(window->windowIcon(), window)
{
    setToolTip(tr("Open311 Reporter"));
}

TrayIcon* TrayIcon::showFor(QWidget* window)
{
    if (window->findChild<TrayIcon*>() || !QSystemTrayIcon::isSystemTrayAvailable())
        return nullptr;
    auto* tray = new TrayIcon(window);
    tray->show();
    return tray;
}

void TrayIcon::notify(const QString& title, const QString& message)
{
    showMessage(title, message);
}

} // namespace Open311
