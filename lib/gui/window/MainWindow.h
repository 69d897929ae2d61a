#pragma once

#include "core/CreateResult.h"
#include "core/Error.h"
#include "core/Profile.h"
#include "core/RequestStatus.h"
#include "core/Result.h"
#include "gui/kiosk/KioskController.h"
#include "map/FeedRequest.h"
#include "map/TileSource.h"
#include "store/OutboxEntry.h"

#include <QFuture>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QComboBox;
class QDialog;
class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;

namespace Open311 {

class Client;
class FeedLoader;
class Geocoder;
class KeyVault;
class ProfileStore;
class SettingsDialog;
class StoreNotice;
class Outbox;
class OutboxModel;
class OutboxPanel;
class OutboxSender;
class ReportForm;
class TrackerModel;
class TrackerPanel;
class TrackerPoller;
class TrackerStore;
class TrainingCity;
struct TrackedRequest;

// The reporter's main window: the Report tab where reports are written and sent, and the Outbox
// tab with what has not reached the city. Nothing slow happens before the first frame: the
// outbox, the training city and the network start from start().
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

    ReportForm* form() const { return m_form; }
    Outbox* outbox() const { return m_outbox.get(); }
    OutboxSender* sender() const { return m_sender; }
    TrainingCity* trainingCity() const { return m_training; }
    TrackerStore* tracker() const { return m_tracker.get(); }
    TrackerPoller* poller() const { return m_poller; }
    TrackerPanel* trackerPanel() const { return m_trackerPanel; }
    const Profile& profile() const { return m_profile; }
    QTabWidget* tabs() const { return m_tabs; }

    static Profile trainingProfile(const TrainingCity& city);
    // Switches to a configured jurisdiction, fetching its key; a broken one is explained and
    // the training city opens instead.
    void activateProfile(const QString& id);
    bool isStarted() const { return m_started; }
    QComboBox* jurisdictionSelector() const { return m_jurisdiction; }
    SettingsDialog* openSettings();
    // Help: every key on one page (F1), and the version with where the data is kept.
    QDialog* openShortcuts();
    QDialog* openAbout();
    const QList<FeedLoader*>& feeds() const { return m_feeds; }
    const QList<FeedRequest>& knownRequests() const { return m_knownRequests; }
    KioskController* kiosk() const { return m_kiosk; }
    // Forgets the visitor: every field and its undo history, the pin, the geocoder's answers,
    // what the app put on the clipboard, and the personal fields of sent reports.
    void wipePersonalData();
    // One request's status, for the kiosk's look-up.
    QFuture<Result<RequestStatus>> statusOf(const QString& requestId);

Q_SIGNALS:
    void servicesLoaded(int count);
    // A followed request changed; shown as a desktop notification when the window is not in front.
    void notification(const QString& title, const QString& message);
    void reportFiled(qint64 localId, const QString& serviceRequestId);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void submit();
    void newReport();
    void loadServices(bool refresh);
    void saveDraftSoon();
    void onEntrySent(qint64 localId, const CreateResult& result);
    void onEntryFailed(qint64 localId, const Error& error, OutboxEntry::State state);
    void updateOutboxCount();
    void updateTrackerCount();
    void populateJurisdictions();
    void loadFeeds();
    void updateMapRequests();
    void followRequest(const QString& requestId);
    void showRequestDetails(const QString& markerId);
    QString setAside(StoreNotice* notice, const QString& path);
    QString outboxPath() const;
    QString trackerPath() const;
    QString trainingCityPath() const;
    bool startTrainingCity();
    void openOutbox();
    void openTracker();
    void attachTracker();
    void onStatusChanged(const TrackedRequest& request, const QString& previousStatus);
    void restoreLayout();
    void fitToScreen();
    void showStoreProblem(const QString& title, const QString& problem, bool damaged, int tabIndex,
        const QString& tabText, const QString& path, const QString& startedMessage,
        const std::function<bool()>& reopen);
    static QString outboxMarkerId(qint64 localId);
    static bool isOutboxMarker(const QString& id);
    QString serviceCachePath() const;
    QString mapViewKey() const;
    void saveMapView();
    void showMapHome();
    QString deviceId() const;

    Options m_options;
    bool m_started = false;
    bool m_startOnPaint = false;
    Profile m_profile;
    std::function<QString()> m_apiKey;
    QTabWidget* m_tabs;
    ReportForm* m_form;
    OutboxModel* m_outboxModel = nullptr;
    OutboxPanel* m_outboxPanel = nullptr;
    QLabel* m_profileLabel;
    QComboBox* m_jurisdiction;
    std::unique_ptr<ProfileStore> m_profiles;
    KeyVault* m_keys = nullptr;
    SettingsDialog* m_settings = nullptr;
    QPointer<QDialog> m_shortcuts;
    QPointer<QDialog> m_about;
    KioskController* m_kiosk = nullptr;
    QList<FeedLoader*> m_feeds;
    QList<FeedRequest> m_knownRequests; // from the feeds and the Tracker, for the map
    QLabel* m_connectionLabel;
    QLabel* m_outboxLabel;
    QPushButton* m_undoClear;
    QTimer* m_draftTimer;
    QTimer* m_undoTimer;
    QByteArray m_clearedDraft;

    std::unique_ptr<Outbox> m_outbox;
    OutboxSender* m_sender = nullptr;
    TrainingCity* m_training = nullptr;
    Client* m_client = nullptr;
    Geocoder* m_geocoder = nullptr;
    qint64 m_submission = 0; // the outbox entry the form is waiting for
    std::unique_ptr<TrackerStore> m_tracker;
    TrackerModel* m_trackerModel = nullptr;
    TrackerPanel* m_trackerPanel = nullptr;
    TrackerPoller* m_poller = nullptr;
    TileSource m_tileSource; // the active jurisdiction's map, for the Tracker's
    bool m_fittedToScreen = false;
    QSize m_restoredSize;
};

} // namespace Open311
