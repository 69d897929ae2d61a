#include "gui/window/WindowLayout.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QWindow>

namespace Open311 {

WindowLayout::WindowLayout(QMainWindow* window, QSplitter* splitter)
    : m_window(window)
    , m_splitter(splitter)
{ }

void WindowLayout::restore()
{
    QSettings settings;
    m_window->restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        m_window->resize(1280, 800);
    fitToScreen();
    m_restoredSize = m_window->size();
}

void WindowLayout::fitOnFirstShow()
{
    if (m_fitted)
        return;
    m_fitted = true;
    if (m_window->size() == m_restoredSize)
        fitToScreen();
}

void WindowLayout::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), m_window->saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void WindowLayout::fitToScreen()
{
    // A geometry saved on a larger monitor can reach past this one's edge too.
    const QScreen* screen
        = m_window->screen() ? m_window->screen() : QGuiApplication::primaryScreen();
    if (!screen || m_window->isMaximized() || m_window->isFullScreen())
        return;
    const QRect available = screen->availableGeometry();
    // The window manager's frame, once the window exists.
    const QWindow* handle = m_window->windowHandle();
    const QMargins margins = handle ? handle->frameMargins() : QMargins();
    const QSize frame(margins.left() + margins.right(), margins.top() + margins.bottom());
    const QSize fitted = m_window->size().boundedTo(available.size() - frame);
    if (fitted != m_window->size())
        m_window->resize(fitted);
    if (!available.contains(QRect(m_window->pos(), fitted + frame)))
        m_window->move(available.topLeft());
}

} // namespace Open311
