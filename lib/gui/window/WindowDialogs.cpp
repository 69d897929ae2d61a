#include "gui/window/WindowDialogs.h"

#include "gui/settings/SettingsDialog.h"
#include "gui/window/AboutDialog.h"
#include "gui/window/ShortcutsDialog.h"
#include "profiles/ProfileStore.h"
#include "session/AppSession.h"

#include <QSettings>

namespace Open311 {

WindowDialogs::WindowDialogs(AppSession* session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{ }

// Not modal: the operator may keep the list beside the form during a call.
QDialog* WindowDialogs::showOnce(QPointer<QDialog>& slot, const std::function<QDialog*()>& make)
{
    if (!slot) {
        slot = make();
        slot->setAttribute(Qt::WA_DeleteOnClose);
    }
    slot->show();
    slot->raise();
    // Without a window manager a new window gets no keyboard focus (see openSettings()).
    slot->activateWindow();
    return slot;
}

QDialog* WindowDialogs::openShortcuts()
{
    return showOnce(m_shortcuts, [this] { return new ShortcutsDialog(m_window); });
}

QDialog* WindowDialogs::openAbout()
{
    AboutDialog::Places places;
    places.outbox = m_session->outboxPath();
    places.tracker = m_session->trackerPath();
    const QString training = m_session->trainingCityPath();
    places.trainingCity
        = training == QLatin1String(":memory:") ? tr("Kept in memory only") : training;
    places.settings = QSettings().fileName();
    return showOnce(m_about, [this, places] { return new AboutDialog(places, m_window); });
}

SettingsDialog* WindowDialogs::openSettings()
{
    if (!m_session->profiles())
        return nullptr;
    if (!m_settings) {
        auto* dialog = new SettingsDialog(m_session->profiles(), m_session->keys(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_settings = dialog;
        // Forgotten when closed, not only when deleted: the deletion waits for the event loop,
        // and opening it again before then handed back a dialog about to go.
        const auto forget = [this, dialog] {
            if (m_settings == dialog)
                m_settings = nullptr;
        };
        connect(dialog, &QDialog::finished, this, forget);
        connect(dialog, &QObject::destroyed, this, forget);
        connect(dialog, &SettingsDialog::kineticPanningChanged, this,
            &WindowDialogs::kineticPanningChanged);
        connect(dialog, &SettingsDialog::profilesChanged, this, [this] {
            Q_EMIT profilesChanged();
            const QString id = m_session->profile().id;
            if (std::optional<Profile> current = m_session->profiles()->find(id);
                current && !current->isTraining)
                m_session->activateProfile(id);
        });
        connect(dialog, &SettingsDialog::keyChanged, this, [this](const QString& id) {
            if (id == m_session->profile().id)
                m_session->activateProfile(id);
        });
    }
    m_settings->selectProfile(m_session->profile().id);
    m_settings->setFeedProblems(m_session->feedProblems());
    m_settings->show();
    m_settings->raise();
    // Without a window manager (a kiosk's bare X server) a new window gets no keyboard focus:
    // the administrator's typing went on into the report form behind it.
    m_settings->activateWindow();
    return m_settings;
}

} // namespace Open311
