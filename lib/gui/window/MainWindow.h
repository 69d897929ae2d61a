#pragma once

#include "core/Profile.h"
#include "core/RequestStatus.h"
#include "core/Result.h"
#include "gui/kiosk/KioskController.h"
#include "map/FeedRequest.h"
#include "profiles/ProfileStore.h"
#include "session/AppSession.h"

#include <QFuture>
#include <QMainWindow>

#include <functional>
#include <memory>

class QComboBox;
class QDialog;
class QLabel;
class QPushButton;
class QTabWidget;

namespace Open311 {

class FeedLoader;
class Outbox;
class MapViewMemory;
class OutboxSender;
class OutboxTab;
class ReportForm;
class ReportPresenter;
class ReportSubmission;
class SettingsDialog;
class TrackerPanel;
class TrackerPoller;
class TrackerStore;
class TrackerTab;
class TrainingCity;
class WindowDialogs;
class WindowLayout;

// The reporter's window over the application core (AppSession): the Report tab, the Tracker
// and Outbox tabs, the menus and the status bar. Nothing slow happens before the first frame:
// the stores, the training city and the network start from start().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        QString outboxPath; // empty: Outbox::defaultPath()
        QString trackerPath; // empty: TrackerStore::defaultPath()
        QString trainingCityPath; // empty: TrainingCity::defaultPath(); kiosks keep it in memory
        QString cacheDirectory; // tiles and the service list; empty: the user's cache folder
        bool keepDrafts = true; // kiosks keep none on disk
        bool kiosk = false; // full screen, start screen, idle reset, PIN to leave
        KioskController::Options kioskOptions;
        // Found before anything read or wrote the settings (ProfileStore::repairFiles).
        QList<ProfileStore::Damage> settingsDamage;
    };

    explicit MainWindow(const Options& options, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the outbox and the training city, then loads the services. Call after show();
    // a second call does nothing.
    void start();
    // Calls start() once the first frame is painted, or after fallbackMs if no frame comes
    // (a window that starts hidden still sends what waits in the outbox).
    void startAfterFirstFrame(int fallbackMs = 2000);
    // Switches to a profile; the key provider is asked at each request.
    void setProfile(const Profile& profile, std::function<QString()> apiKey);

    AppSession* session() const { return m_session; }
    ReportSubmission* submission() const { return m_submission; }
    ReportForm* form() const { return m_form; }
    Outbox* outbox() const { return m_session->outbox(); }
    OutboxSender* sender() const { return m_session->sender(); }
    TrainingCity* trainingCity() const { return m_session->trainingCity(); }
    TrackerStore* tracker() const { return m_session->tracker(); }
    TrackerPoller* poller() const { return m_session->poller(); }
    TrackerPanel* trackerPanel() const;
    const Profile& profile() const { return m_session->profile(); }
    QTabWidget* tabs() const { return m_tabs; }

    static Profile trainingProfile(
        const TrainingCity& city, Protocol protocol = Protocol::GeoReportV2)
    {
        return AppSession::trainingProfile(city, protocol);
    }
    // Switches to a configured jurisdiction, fetching its key; a broken one is explained and
    // the training city opens instead.
    void activateProfile(const QString& id);
    bool isStarted() const { return m_started; }
    QComboBox* jurisdictionSelector() const { return m_jurisdiction; }
    SettingsDialog* openSettings();
    // Help: every key on one page (F1), and the version with where the data is kept.
    QDialog* openShortcuts();
    QDialog* openAbout();
    const QList<FeedLoader*>& feeds() const { return m_session->feeds(); }
    const QList<FeedRequest>& knownRequests() const { return m_session->knownRequests(); }
    KioskController* kiosk() const { return m_kiosk; }
    // Forgets the visitor: every field and its undo history, the pin, the geocoder's answers,
    // what the app put on the clipboard, and the personal fields of sent reports.
    void wipePersonalData();
    // One request's status, for the kiosk's look-up.
    QFuture<Result<RequestStatus>> statusOf(const QString& requestId);
    // Keeps what Quit keeps (the draft, the layout, the map's view) and ends the application,
    // also at a kiosk: for SIGTERM, when the system or a supervisor stops the app.
    void shutDown();

Q_SIGNALS:
    void servicesLoaded(int count);
    // A followed request changed; shown as a desktop notification when the window is not in front.
    void notification(const QString& title, const QString& message);
    void reportFiled(qint64 localId, const QString& serviceRequestId);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void buildMenus();
    void connectSession();
    void connectSubmission();
    void onProfileChanged(const Profile& profile);
    void populateJurisdictions();
    void showKnownRequests();
    void followRequest(const QString& requestId);
    void showRequestDetails(const QString& markerId);
    void openOutbox();
    void openTracker();
    void showTrayIcon();
    void keepState();
    void showStoreProblem(const QString& title, const QString& problem, bool damaged, int tabIndex,
        const QString& tabText, const QString& path, const QString& startedMessage,
        const std::function<bool()>& reopen);

    Options m_options;
    AppSession* m_session;
    ReportSubmission* m_submission;
    bool m_started = false;
    bool m_startOnPaint = false;
    QTabWidget* m_tabs;
    ReportForm* m_form;
    QLabel* m_profileLabel;
    QComboBox* m_jurisdiction;
    QLabel* m_connectionLabel;
    QLabel* m_outboxLabel;
    QPushButton* m_undoClear;
    OutboxTab* m_outboxTab;
    TrackerTab* m_trackerTab;
    ReportPresenter* m_presenter;
    WindowDialogs* m_dialogs;
    KioskController* m_kiosk = nullptr;
    std::unique_ptr<MapViewMemory> m_mapViews;
    std::unique_ptr<WindowLayout> m_layout;
};

} // namespace Open311
