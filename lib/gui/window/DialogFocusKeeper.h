#pragma once

#include <QObject>

class QWidget;

namespace Open311 {

// Gives the keyboard back to a window when one of its dialogs closes. Without a window manager
// (a kiosk's bare X server, Xvfb) the window kept the keyboard but was no longer active, so
// Ctrl+L, Ctrl+Enter and the rest went into the field as plain keys.
class DialogFocusKeeper : public QObject
{
    Q_OBJECT

public:
    // Watches every widget of the application, for dialogs of `window`.
    explicit DialogFocusKeeper(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_window;
};

} // namespace Open311
