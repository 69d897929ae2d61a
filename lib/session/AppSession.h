#pragma once

#include "core/Client.h"
#include "core/CreateResult.h"
#include "core/Error.h"
#include "core/Profile.h"
#include "core/RequestStatus.h"
#include "core/Result.h"
#include "core/Service.h"
#include "map/FeedRequest.h"
#include "store/OutboxEntry.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>

#include <memory>

namespace Open311 {

class ServiceArea;
class ServiceAreaLoader;

class CityRequests;
class DefinitionCache;
class DraftStore;
class FeedLoader;
class Geocoder;
class KeyVault;
class Outbox;
class OutboxSender;
class ProfileStore;
class TrackerPoller;
class TrackerStore;
class TrainingCity;
struct TrackedRequest;

// The reporter without its widgets: the stores, the outbox's sender, the Tracker's poller, the
// client and geocoder of the active jurisdiction, the training city, the service-list cache and
// the requests already known (ours and the feeds'). The window shows it; tests drive it alone.
class AppSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString outboxPath; // empty: Outbox::defaultPath()
        QString trackerPath; // empty: TrackerStore::defaultPath()
        QString trainingCityPath; // empty: TrainingCity::defaultPath()
        QString cacheDirectory; // the service list and feeds; empty: the user's cache folder
        bool keepDrafts = true; // false: nothing personal on disk (kiosks)
        bool kiosk = false; // others' words stay off the map
    };

    // How a store's opening went, for the window to explain.
    struct StoreState
    {
        bool ok = false;
        bool damaged = false; // can be set aside and started anew
        QString error;
        QString path;
    };

    explicit AppSession(const Options& options, QObject* parent = nullptr);
    ~AppSession() override;

    const Options& options() const { return m_options; }
    QString outboxPath() const;
    QString trackerPath() const;
    QString trainingCityPath() const;
    QString draftsPath() const;
    QString cacheDirectory() const;

    // The drafts beside the outbox; the first run of this version brings in those the outbox's
    // own file kept. A broken file leaves the form without drafts, never without sending.
    void openDrafts();
    StoreState openOutbox();
    StoreState openTracker();
    Outbox* outbox() const { return m_outbox.get(); }
    OutboxSender* sender() const { return m_sender; }
    DraftStore* drafts() const { return m_drafts.get(); }
    TrackerStore* tracker() const { return m_tracker.get(); }
    TrackerPoller* poller() const { return m_poller; }

    // The jurisdictions and their keys; nothing is read before this.
    void openProfiles();
    ProfileStore* profiles() const { return m_profiles.get(); }
    KeyVault* keys() const { return m_keys; }
    // Switches to a configured jurisdiction, fetching its key; one that is missing or broken
    // is explained through notice() and the training city opens instead.
    void activateProfile(const QString& id);
    // Switches to a profile; the key provider is asked at each request.
    void setProfile(const Profile& profile, ApiKeyProvider apiKey);
    const Profile& profile() const { return m_profile; }
    Client* client() const { return m_client; }
    Geocoder* geocoder() const { return m_geocoder; }
    // The active jurisdiction's service area, once loaded; null when it has none (yet).
    std::shared_ptr<const ServiceArea> serviceArea() const;

    // Starts the in-process training city; false with the reason in `error`. A damaged record
    // file is kept aside first, and `notice` says so.
    bool startTrainingCity(QString& error, QString& notice);
    TrainingCity* trainingCity() const { return m_training; }
    static Profile trainingProfile(
        const TrainingCity& city, Protocol protocol = Protocol::GeoReportV2);
    // The v2 questions of the active jurisdiction's services.
    DefinitionCache* definitions() const { return m_definitions; }

    // The cached list at once (servicesCached), then the server's (servicesLoaded or
    // servicesFailed); `refresh` skips the cache.
    void loadServices(bool refresh);

    // Published feeds of the active jurisdiction, reloaded on their own schedule.
    void loadFeeds();
    const QList<FeedLoader*>& feeds() const { return m_feeds; }
    // v2: the open requests the city itself lists.
    CityRequests* cityRequests() const { return m_cityRequests; }
    QStringList feedProblems() const;
    // Ours count the moment they are sent or queued, except the one being sent now: it is no
    // duplicate of itself.
    void setReportInProgress(qint64 localId) { m_inProgress = localId; }
    void refreshKnownRequests();
    const QList<FeedRequest>& knownRequests() const { return m_knownRequests; }

    // Follows a request in the Tracker; false when there is no Tracker, or when its file could
    // not be written (notice() says so).
    bool follow(const QString& requestId);
    // The Tracker's file refused a new request: a full disk, most likely.
    static QString trackerNotWritten(const QString& requestId);
    // One request's status, for the kiosk's look-up.
    QFuture<Result<RequestStatus>> statusOf(const QString& requestId);
    QString deviceId() const;
    // The visitor's traces below the widgets: the geocoder's answers, the personal fields of
    // sent reports and, without drafts on disk, the draft.
    void wipePersonalData();

Q_SIGNALS:
    void profileChanged(const Open311::Profile& profile);
    // Null first, at every change of jurisdiction; then the area, once it is loaded.
    void serviceAreaChanged(std::shared_ptr<const Open311::ServiceArea> area);
    // Something people should read in the form (a broken jurisdiction, a missing key).
    void notice(const QString& message);
    void statusMessage(const QString& message, int timeoutMs);
    void connectionChanged(const QString& message);
    void servicesCached(const Open311::ServiceList& services);
    void servicesLoaded(const Open311::ServiceList& services);
    void servicesFailed(const Open311::Error& error);
    void knownRequestsChanged();
    void outboxChanged();
    void trackerChanged();
    // A new poller follows the active jurisdiction.
    void trackerAttached();
    void entrySent(qint64 localId, const Open311::CreateResult& result);
    void entryFailed(
        qint64 localId, const Open311::Error& error, Open311::OutboxEntry::State state);
    void statusChanged(const Open311::TrackedRequest& request);
    // A batch service's token has become a request id, now followed under it.
    void tokenResolved(const QString& token, const QString& requestId);

private:
    void attachTracker();
    void onEntrySent(qint64 localId, const CreateResult& result);
    QString serviceCachePath() const;
    QString cacheKey() const;

    Options m_options;
    Profile m_profile;
    ApiKeyProvider m_apiKey;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<TrackerStore> m_tracker;
    std::unique_ptr<ProfileStore> m_profiles;
    KeyVault* m_keys = nullptr;
    OutboxSender* m_sender = nullptr;
    TrackerPoller* m_poller = nullptr;
    TrainingCity* m_training = nullptr;
    Client* m_client = nullptr;
    Geocoder* m_geocoder = nullptr;
    DefinitionCache* m_definitions;
    CityRequests* m_cityRequests;
    ServiceAreaLoader* m_areaLoader;
    QList<FeedLoader*> m_feeds;
    QList<FeedRequest> m_knownRequests;
    qint64 m_inProgress = 0;
};

} // namespace Open311
