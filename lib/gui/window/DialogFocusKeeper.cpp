#include "gui/window/DialogFocusKeeper.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace Open311 {

DialogFocusKeeper::DialogFocusKeeper(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    qApp->installEventFilter(this);
}

bool DialogFocusKeeper::eventFilter(QObject* watched, QEvent* event)
{
    // A window manager has activated the window by the time the timer runs.
    if (event->type() == QEvent::Hide && watched->isWidgetType()) {
        auto* widget = static_cast<QWidget*>(watched);
        const Qt::WindowType type = widget->windowType();
        if (widget != m_window && widget->isWindow() && type != Qt::Popup && type != Qt::ToolTip
            && widget->parentWidget() && widget->parentWidget()->window() == m_window) {
            QTimer::singleShot(0, m_window, [window = m_window] {
                const QWidget* active = QApplication::activeWindow();
                if (window->isVisible() && (!active || !active->isVisible()))
                    window->activateWindow();
            });
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Open311
