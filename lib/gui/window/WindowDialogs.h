#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QDialog;
class QWidget;

namespace Open311 {

class AppSession;
class SettingsDialog;

// The window's dialogs that stay open beside it: Settings, the keyboard shortcuts and About.
// Each opens once; asking again brings it to the front.
class WindowDialogs : public QObject
{
    Q_OBJECT

public:
    WindowDialogs(AppSession* session, QWidget* window);

    SettingsDialog* openSettings();
    QDialog* openShortcuts();
    QDialog* openAbout();

Q_SIGNALS:
    // The jurisdictions were edited: the window's list is to be filled again.
    void profilesChanged();
    void kineticPanningChanged(bool on);

private:
    QDialog* showOnce(QPointer<QDialog>& slot, const std::function<QDialog*()>& make);

    AppSession* m_session;
    QWidget* m_window;
    SettingsDialog* m_settings = nullptr;
    QPointer<QDialog> m_shortcuts;
    QPointer<QDialog> m_about;
};

} // namespace Open311
