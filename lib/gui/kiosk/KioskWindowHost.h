#pragma once

#include "gui/window/MainWindow.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace Open311 {

// Owns the kiosk's window and builds it again in a visitor's language. Qt 6.4's widgets take
// their words once, when they are made, so another language is a new window; on the start
// screen nobody has typed anything yet, and nothing is lost. When the visitor's session ends
// the kiosk returns to its own language.
class KioskWindowHost : public QObject
{
    Q_OBJECT

public:
    // show puts each new window on screen and connects what the app needs of it.
    KioskWindowHost(const MainWindow::Options& options, const QString& kioskLanguage,
        std::function<void(MainWindow&)> show, QObject* parent = nullptr);
    ~KioskWindowHost() override;

    MainWindow* window() const { return m_window.get(); }
    // The language the window speaks now.
    QString language() const { return m_language; }

Q_SIGNALS:
    // A new window replaced the old one (which is gone).
    void windowReplaced(MainWindow* window);

private:
    void build(const QString& language, bool startSession);
    void adopt();

    MainWindow::Options m_options;
    QString m_kioskLanguage;
    QString m_language;
    std::function<void(MainWindow&)> m_show;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Open311
