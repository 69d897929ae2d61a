#include "session/AppSession.h"

#include "core/Endpoint.h"
#include "core/FutureCallback.h"
#include "i18n/Translations.h"
#include "map/FeedLoader.h"
#include "map/Geocoder.h"
#include "map/ServiceAreaLoader.h"
#include "profiles/KeyVault.h"
#include "profiles/ProfileStore.h"
#include "sandbox/SandboxCity.h"
#include "session/CityRequests.h"
#include "session/DefinitionCache.h"
#include "session/KnownRequests.h"
#include "session/ServiceCache.h"
#include "session/TrainingCity.h"
#include "store/DraftStore.h"
#include "store/Outbox.h"
#include "store/OutboxSender.h"
#include "store/SqliteConnection.h"
#include "store/TrackerPoller.h"
#include "store/TrackerStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

namespace Open311 {

AppSession::AppSession(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_definitions(new DefinitionCache(this))
    , m_cityRequests(new CityRequests(this))
    , m_areaLoader(new ServiceAreaLoader(this))
{
    connect(m_cityRequests, &CityRequests::loaded, this, &AppSession::refreshKnownRequests);
    connect(m_areaLoader, &ServiceAreaLoader::loaded, this, &AppSession::serviceAreaChanged);
    connect(m_areaLoader, &ServiceAreaLoader::failed, this, [this](const QString& message) {
        // The city's edge is a help, not a need: the report goes on without it.
        Q_EMIT statusMessage(
            tr("The city's service area could not be loaded: %1").arg(message), 10000);
    });
}

AppSession::~AppSession()
{
    // The poller and the sender hold plain pointers to the stores and the client.
    delete m_poller;
    delete m_sender;
}

QString AppSession::outboxPath() const
{
    return m_options.outboxPath.isEmpty() ? Outbox::defaultPath() : m_options.outboxPath;
}

QString AppSession::trackerPath() const
{
    return m_options.trackerPath.isEmpty() ? TrackerStore::defaultPath() : m_options.trackerPath;
}

QString AppSession::trainingCityPath() const
{
    // Kiosks keep nothing of their visitors on disk.
    if (!m_options.keepDrafts)
        return QStringLiteral(":memory:");
    return m_options.trainingCityPath.isEmpty() ? TrainingCity::defaultPath()
                                                : m_options.trainingCityPath;
}

QString AppSession::draftsPath() const
{
    return m_options.keepDrafts ? DraftStore::pathBeside(outboxPath()) : QStringLiteral(":memory:");
}

QString AppSession::cacheDirectory() const
{
    return m_options.cacheDirectory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        : m_options.cacheDirectory;
}

void AppSession::openDrafts()
{
    if (m_drafts)
        return;
    m_drafts = std::make_unique<DraftStore>(draftsPath());
    QString error;
    if (!m_drafts->open(error)) {
        qWarning("%s", qPrintable(error));
        m_drafts = std::make_unique<DraftStore>(QStringLiteral(":memory:"));
        m_drafts->open(error);
    } else if (m_drafts->isNew() && m_options.keepDrafts) {
        m_drafts->importFromOutbox(outboxPath());
    }
}

AppSession::StoreState AppSession::openOutbox()
{
    StoreState state;
    state.path = outboxPath();
    m_outbox = std::make_unique<Outbox>(state.path);
    if (!m_outbox->open(state.error)) {
        state.damaged = m_outbox->isDamaged();
        m_outbox.reset();
        Q_EMIT outboxChanged();
        return state;
    }
    state.ok = true;
    m_sender = new OutboxSender(
        m_outbox.get(),
        [this](const OutboxEntry& entry) -> Client* {
            return entry.profile == m_profile.id && m_client
                    && entry.protocol == m_client->endpoint().protocol()
                ? m_client
                : nullptr;
        },
        this);
    connect(m_sender, &OutboxSender::entrySent, this, &AppSession::onEntrySent);
    connect(m_sender, &OutboxSender::entryFailed, this, &AppSession::entryFailed);
    connect(m_sender, &OutboxSender::entryChanged, this, &AppSession::outboxChanged);
    Q_EMIT outboxChanged();
    return state;
}

AppSession::StoreState AppSession::openTracker()
{
    StoreState state;
    state.path = trackerPath();
    m_tracker = std::make_unique<TrackerStore>(state.path);
    if (!m_tracker->open(state.error)) {
        state.damaged = m_tracker->isDamaged();
        m_tracker.reset();
        return state;
    }
    state.ok = true;
    if (!m_profile.id.isEmpty())
        attachTracker();
    return state;
}

void AppSession::openProfiles()
{
    if (m_profiles)
        return;
    m_profiles = std::make_unique<ProfileStore>();
    m_keys = new KeyVault(m_profiles.get(), this);
}

bool AppSession::startTrainingCity(QString& error, QString& notice)
{
    if (m_training)
        return true;
    m_training = new TrainingCity(this);
    const QString path = trainingCityPath();
    // Practice data, but still nobody's to delete: a damaged file is kept aside.
    QString movedTo;
    if (SqliteConnection::isDamagedFile(path) && SqliteConnection::setAside(path, movedTo, error))
        notice = tr("The training city's records were damaged; they were kept as %1 and it "
                    "starts afresh.")
                     .arg(movedTo);
    if (!m_training->start(error, path)) {
        delete m_training;
        m_training = nullptr;
        return false;
    }
    return true;
}

Profile AppSession::trainingProfile(const TrainingCity& city, Protocol protocol)
{
    const Endpoint endpoint = city.endpoint(protocol);
    Profile profile;
    const bool v1 = protocol == Protocol::GeoReportV1;
    profile.id = v1 ? ProfileStore::kTrainingV1Id : ProfileStore::kTrainingId;
    profile.displayName
        = v1 ? tr("Training city over GeoReport v1") : tr("Training city (Sandbox City)");
    profile.protocol = endpoint.protocol();
    profile.format = endpoint.format();
    profile.baseUrl = endpoint.baseUrl();
    profile.cityId = endpoint.cityId();
    profile.tileUrlTemplate = city.tileUrlTemplate();
    profile.tileAttribution = tr("Training city map");
    profile.geocoderUrl = city.geocoderUrl();
    profile.cityLanguage = QStringLiteral("en");
    profile.serviceArea = city.serviceAreaUrl().toString();
    profile.pollIntervalSeconds = 60;
    profile.isTraining = true;
    // Over v2 it takes photos as Helsinki's server does, so a trainee sees the whole flow, and
    // it names its services in Spanish to whoever asks for them so.
    profile.acceptsPhotoUploads = !v1;
    if (!v1)
        profile.serverLocales = city.serverLocales();
    return profile;
}

void AppSession::activateProfile(const QString& id)
{
    std::optional<Profile> profile = m_profiles ? m_profiles->find(id) : std::nullopt;
    QString problem;
    if (!profile)
        problem = tr("The jurisdiction \u201c%1\u201d is not configured.").arg(id);
    else if (std::optional<Error> invalid = ProfileStore::validate(*profile))
        problem = tr("The jurisdiction %1 is not configured correctly: %2 Open Settings to fix it.")
                      .arg(profile->displayName, invalid->message());
    if (!problem.isEmpty() || profile->isTraining) {
        QString error;
        QString setAside;
        const bool started = startTrainingCity(error, setAside);
        if (!setAside.isEmpty())
            Q_EMIT statusMessage(setAside, 30000);
        if (!started) {
            Q_EMIT connectionChanged(tr("The training city could not start: %1").arg(error));
            return;
        }
        const QString key = m_training->apiKey();
        const Protocol protocol = problem.isEmpty() ? profile->protocol : Protocol::GeoReportV2;
        setProfile(trainingProfile(*m_training, protocol), [key] { return key; });
        if (!problem.isEmpty()) {
            // The app still opens, on the training city, and says what is wrong.
            Q_EMIT notice(problem);
            Q_EMIT statusMessage(problem, 20000);
        }
        return;
    }
    const Profile chosen = *profile;
    Q_EMIT connectionChanged(tr("Fetching the API key\u2026"));
    onResult(m_keys->key(chosen.id), this, [this, chosen](const Result<QString>& key) {
        const QString apiKey = key.ok() ? key.value() : QString();
        setProfile(chosen, [apiKey] { return apiKey; });
        if (!key.ok())
            Q_EMIT notice(key.error().message());
        else if (apiKey.isEmpty())
            Q_EMIT notice(tr("No API key is set for %1. Set it in Settings (Ctrl+,).")
                              .arg(chosen.displayName));
        if (const std::optional<QString> blocked = ProfileStore::submitBlocker(chosen))
            Q_EMIT notice(*blocked);
    });
}

void AppSession::setProfile(const Profile& profile, ApiKeyProvider apiKey)
{
    m_profile = profile;
    m_apiKey = std::move(apiKey);
    // The poller holds the client it was given, so it goes first; the sender asks for the
    // client per report.
    delete m_poller;
    m_poller = nullptr;
    delete m_client;
    delete m_geocoder;
    m_client = new Client(profile.endpointFor(Translations::language()), m_apiKey, this);
    // The training city answers at once from this process; a copy of it would only go stale.
    m_definitions->setClient(m_client,
        m_options.keepDrafts && !profile.isTraining
            ? QDir(cacheDirectory()).filePath(QStringLiteral("definitions-%1").arg(cacheKey()))
            : QString());
    m_cityRequests->setClient(m_client, profile.feedRefreshMinutes, !m_options.kiosk);
    m_geocoder = profile.geocoderUrl.isValid() ? new Geocoder(profile.geocoderUrl, this) : nullptr;
    if (m_geocoder) {
        m_geocoder->setAllowPlainHttp(profile.allowPlainHttp);
        // Street names in the caller's language where the geocoder has them, else the city's.
        m_geocoder->setLanguages({ Translations::language(), profile.cityLanguage });
        if (profile.isTraining)
            m_geocoder->setMinimumInterval(0); // our own server, no policy to respect
    }
    if (m_tracker)
        attachTracker();
    Q_EMIT profileChanged(m_profile);
    m_areaLoader->load(profile.serviceArea,
        profile.isTraining ? SandboxCity::cityName() : profile.displayName, profile.allowPlainHttp);
    Q_EMIT serviceAreaChanged(nullptr);
    loadServices(false);
    loadFeeds();
    Q_EMIT outboxChanged();
    if (m_sender)
        m_sender->flush(false);
}

// The Tracker follows the active jurisdiction; also when a new Tracker replaces a damaged one.
std::shared_ptr<const ServiceArea> AppSession::serviceArea() const
{
    return m_areaLoader->area();
}

void AppSession::attachTracker()
{
    delete m_poller;
    m_poller = new TrackerPoller(m_tracker.get(), m_client, m_profile.id, this);
    m_poller->setInterval(m_profile.pollIntervalSeconds * 1000);
    connect(m_poller, &TrackerPoller::statusChanged, this,
        [this](const TrackedRequest& request, const QString&) { Q_EMIT statusChanged(request); });
    connect(m_poller, &TrackerPoller::tokenResolved, this,
        [this](const QString& token, const QString& requestId) {
            Q_EMIT trackerChanged();
            Q_EMIT tokenResolved(token, requestId);
        });
    // The training city is on loopback and there offline too; watching the system's network
    // would pause its Tracker on an offline kiosk, and loads gio and two plug-ins for nothing.
    if (!Endpoint::isLoopbackHost(m_profile.baseUrl.host()))
        m_poller->watchNetwork();
    Q_EMIT trackerAttached();
    m_poller->start();
}

QString AppSession::serviceCachePath() const
{
    return QDir(cacheDirectory()).filePath(QStringLiteral("services-%1.json").arg(cacheKey()));
}

QString AppSession::cacheKey() const
{
    // Names kept in one language are not shown to a reader of another.
    QString key = QString::fromLatin1(m_profile.id.toUtf8().toHex());
    if (!m_client)
        return key;
    // So does a per-language server's list.
    const QUrl base = m_client->endpoint().baseUrl();
    if (base != m_profile.baseUrl)
        key += QLatin1Char('-')
            + QString::fromLatin1(
                QCryptographicHash::hash(base.toEncoded(), QCryptographicHash::Sha1)
                    .toHex()
                    .left(16));
    const QString locale = m_client->endpoint().locale();
    return locale.isEmpty() ? key
                            : key + QLatin1Char('-') + QString::fromLatin1(locale.toUtf8().toHex());
}

void AppSession::loadServices(bool refresh)
{
    if (!m_client)
        return;
    // The training city answers at once from this process; a copy of it would only go stale.
    const bool cached = !m_profile.isTraining;
    if (!refresh && cached) {
        const ServiceList services = ServiceCache::read(serviceCachePath());
        if (!services.isEmpty())
            Q_EMIT servicesCached(services);
    }
    Q_EMIT connectionChanged(tr("Loading services\u2026"));
    const QString profile = m_profile.id;
    onResult(m_client->serviceList(), this, [this, cached, profile](const Result<ServiceList>& r) {
        if (profile != m_profile.id)
            return; // an answer for the jurisdiction left behind
        if (!r.ok()) {
            Q_EMIT connectionChanged(tr("Not connected: %1").arg(r.error().message()));
            Q_EMIT servicesFailed(r.error());
            return;
        }
        Q_EMIT connectionChanged(tr("Connected: %n service(s)", nullptr, int(r.value().size())));
        if (m_options.keepDrafts && cached)
            ServiceCache::write(serviceCachePath(), r.value());
        Q_EMIT servicesLoaded(r.value());
    });
}

void AppSession::loadFeeds()
{
    qDeleteAll(m_feeds);
    m_feeds.clear();
    const QString cache = QDir(cacheDirectory()).filePath(QStringLiteral("feeds"));
    for (const QString& location : std::as_const(m_profile.feeds)) {
        auto* feed = new FeedLoader(location, cache, this);
        feed->setRefreshInterval(qMax(1, m_profile.feedRefreshMinutes) * 60 * 1000);
        connect(feed, &FeedLoader::loaded, this, &AppSession::refreshKnownRequests);
        connect(feed, &FeedLoader::failed, this, [this, location](const QString& message) {
            // A broken feed is reported; the app carries on without it.
            Q_EMIT statusMessage(
                tr("Existing requests could not be loaded from %1: %2").arg(location, message),
                15000);
        });
        m_feeds.append(feed);
        feed->refresh();
    }
    refreshKnownRequests();
}

QStringList AppSession::feedProblems() const
{
    QStringList problems;
    for (const FeedLoader* feed : std::as_const(m_feeds)) {
        if (!feed->lastError().isEmpty())
            problems << tr("%1: %2").arg(feed->location(), feed->lastError());
        else if (feed->skipped() > 0)
            problems << tr("%1: %n request(s) without usable coordinates were left out.", nullptr,
                feed->skipped())
                            .arg(feed->location());
    }
    return problems;
}

void AppSession::refreshKnownRequests()
{
    m_knownRequests.clear();
    for (const FeedLoader* feed : std::as_const(m_feeds))
        m_knownRequests += feed->requests();
    if (m_tracker)
        m_knownRequests += KnownRequests::fromTracker(m_tracker->list(m_profile.id));
    if (m_outbox) {
        // At a kiosk the next visitor would read what the last one wrote.
        m_knownRequests += KnownRequests::fromOutbox(
            m_outbox->list(true, m_profile.id), m_inProgress, !m_options.kiosk);
    }
    // The city lists ours too; they are already here, with what only we know of them.
    QSet<QString> known;
    for (const FeedRequest& request : std::as_const(m_knownRequests))
        known.insert(request.id);
    for (const FeedRequest& request : m_cityRequests->requests()) {
        if (!known.contains(request.id))
            m_knownRequests.append(request);
    }
    Q_EMIT knownRequestsChanged();
}

QString AppSession::trackerNotWritten(const QString& requestId)
{
    return tr("Request %1 could not be added to the Tracker: its file could not be written (the "
              "disk may be full). Nothing already followed was lost; free some space and follow "
              "it again from the Tracker tab.")
        .arg(requestId);
}

bool AppSession::follow(const QString& requestId)
{
    if (!m_tracker)
        return false;
    TrackedRequest tracked;
    tracked.profile = m_profile.id;
    tracked.requestId = requestId;
    for (const FeedRequest& known : std::as_const(m_knownRequests)) {
        if (known.id == requestId) {
            tracked.serviceName = known.serviceName;
            tracked.address = known.address;
            tracked.latitude = known.latitude;
            tracked.longitude = known.longitude;
        }
    }
    if (!m_tracker->add(tracked)) {
        Q_EMIT notice(trackerNotWritten(requestId));
        return false;
    }
    Q_EMIT trackerChanged();
    if (m_poller)
        m_poller->start();
    refreshKnownRequests();
    return true;
}

void AppSession::onEntrySent(qint64 localId, const CreateResult& result)
{
    bool followed = true;
    if (m_tracker && m_outbox) {
        if (const std::optional<OutboxEntry> entry = m_outbox->find(localId)) {
            followed = m_tracker->addSent(*entry, result, QDateTime::currentMSecsSinceEpoch());
            Q_EMIT trackerChanged();
            if (m_poller)
                m_poller->start();
        }
    }
    Q_EMIT outboxChanged();
    Q_EMIT entrySent(localId, result);
    // After the news of the send, which would replace it in the status bar.
    if (!followed)
        Q_EMIT statusMessage(
            trackerNotWritten(
                result.serviceRequestId.isEmpty() ? result.token : result.serviceRequestId),
            0);
}

QFuture<Result<RequestStatus>> AppSession::statusOf(const QString& requestId)
{
    if (!m_client)
        return readyFuture(Result<RequestStatus>(Error::network(tr("Not connected yet."), true)));
    return m_client->statusUpdate(requestId);
}

QString AppSession::deviceId() const
{
    QSettings settings;
    QString id = settings.value(QStringLiteral("deviceId")).toString();
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings.setValue(QStringLiteral("deviceId"), id);
    }
    return id;
}

void AppSession::wipePersonalData()
{
    m_inProgress = 0;
    if (m_geocoder)
        m_geocoder->clearCache();
    if (m_outbox)
        m_outbox->scrubSent();
    if (m_drafts && !m_options.keepDrafts)
        m_drafts->clear(m_profile.id);
}

} // namespace Open311
