#pragma once

#include <QSize>

class QMainWindow;
class QSplitter;

namespace Open311 {

// The window's size and place as the user left them, and never larger than the screen it opens
// on: a 1366x768 laptop had the coordinates and the status bar below its edge at 1280x800.
class WindowLayout
{
public:
    WindowLayout(QMainWindow* window, QSplitter* splitter);

    void restore();
    // Once the window exists and its frame is known (at its first Show); a size someone chose
    // since (a test, a kiosk) stays.
    void fitOnFirstShow();
    void save() const;

private:
    void fitToScreen();

    QMainWindow* m_window;
    QSplitter* m_splitter;
    QSize m_restoredSize;
    bool m_fitted = false;
};

} // namespace Open311
