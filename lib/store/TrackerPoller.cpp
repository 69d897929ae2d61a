#include "store/TrackerPoller.h"

#include "core/Client.h"
#include "core/FutureCallback.h"
#include "core/Protocol.h"
#include "core/RequestQuery.h"
#include "store/PendingTokens.h"
#include "store/TrackerStore.h"

#include <QDateTime>
#include <QHash>
#include <QNetworkInformation>
#include <QTimer>

namespace Open311 {

TrackerPoller::TrackerPoller(
    TrackerStore* store, Client* client, const QString& profile, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_profile(profile)
    , m_timer(new QTimer(this))
    , m_random(QRandomGenerator::securelySeeded())
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &TrackerPoller::pollDue);
}

void TrackerPoller::setInterval(int milliseconds)
{
    m_intervalMs = milliseconds;
}

int TrackerPoller::interval() const
{
    return qMax(m_intervalMs, m_floorMs);
}

qint64 TrackerPoller::nextCheckFromNow() const
{
    // ±15% so that requests added together do not stay in step.
    const double jitter = 0.85 + 0.3 * m_random.generateDouble();
    const qint64 wait = qint64(double(interval()) * m_backoff * jitter);
    return QDateTime::currentMSecsSinceEpoch() + qMax<qint64>(wait, m_floorMs);
}

void TrackerPoller::start()
{
    m_running = true;
    scheduleNext();
}

void TrackerPoller::stop()
{
    m_running = false;
    m_timer->stop();
}

void TrackerPoller::setOnline(bool online)
{
    m_online = online;
    if (!online)
        m_timer->stop();
    else
        scheduleNext();
}

void TrackerPoller::watchNetwork()
{
    if (!QNetworkInformation::instance()
        && !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return; // no backend: assume the network is there, and let requests fail if not
    QNetworkInformation* info = QNetworkInformation::instance();
    connect(info, &QNetworkInformation::reachabilityChanged, this,
        [this](QNetworkInformation::Reachability r) {
            setOnline(r != QNetworkInformation::Reachability::Disconnected);
        });
    setOnline(info->reachability() != QNetworkInformation::Reachability::Disconnected);
}

void TrackerPoller::refresh(const QString& requestId)
{
    m_store->checkNow(m_profile, requestId);
    pollDue();
}

void TrackerPoller::refreshAll()
{
    // Not those the server said it does not know: a person retries them one by one.
    for (const TrackedRequest& r : m_store->list(m_profile)) {
        if (!r.isClosed() && !r.isUnknownToServer())
            m_store->checkNow(m_profile, r.requestId);
    }
    pollDue();
}

void TrackerPoller::pollDue()
{
    if (!m_online)
        return;
    const bool idle = m_inFlight.isEmpty();
    resolveTokens();
    takeBatch();
    if (idle && m_inFlight.isEmpty()) {
        scheduleNext();
        Q_EMIT roundFinished(0, 0);
    }
}

void TrackerPoller::takeBatch()
{
    if (m_unreachable)
        return; // until the next round
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<TrackedRequest> due = m_store->due(m_profile, now, kBatch + int(m_inFlight.size()));
    QHash<QString, QString> previous; // id -> status before this check
    QStringList ids;
    for (const TrackedRequest& tracked : due) {
        if (m_inFlight.contains(tracked.requestId))
            continue;
        m_inFlight.insert(tracked.requestId);
        previous.insert(tracked.requestId, tracked.status);
        ids.append(tracked.requestId);
    }
    if (ids.isEmpty())
        return;
    // GeoReport v2 answers many ids in one call; v1 has only one id a call.
    if (m_client->endpoint().protocol() != Protocol::GeoReportV2 || ids.size() == 1) {
        for (const QString& id : std::as_const(ids))
            checkOne(id, previous.value(id));
        return;
    }
    RequestQuery query;
    query.ids = ids;
    onResult(m_client->requests(query), this,
        [this, ids, previous](const Result<QList<RequestStatus>>& result) {
            if (!result.ok()) {
                const Error::Kind kind = result.error().kind();
                // A server that does not take lists is asked one id at a time; one that cannot be
                // reached is not asked again this round.
                const bool unreachable
                    = kind == Error::Kind::Network || kind == Error::Kind::Timeout;
                m_unreachable = m_unreachable || unreachable;
                for (const QString& id : ids) {
                    if (unreachable)
                        recordFailure(id, result.error());
                    else
                        checkOne(id, previous.value(id));
                }
                return;
            }
            QHash<QString, RequestStatus> answered;
            for (const RequestStatus& status : result.value())
                answered.insert(status.serviceRequestId.trimmed(), status);
            // Those the list left out are asked alone first, so that the round is not over
            // while they are.
            for (const QString& id : ids) {
                if (!answered.contains(id))
                    checkOne(id, previous.value(id));
            }
            for (const QString& id : ids) {
                if (answered.contains(id))
                    recordAnswer(id, previous.value(id), answered.value(id));
            }
        });
}

void TrackerPoller::checkOne(const QString& id, const QString& previous)
{
    // The client queues past its cap on concurrent requests, so the server never sees more.
    onResult(m_client->statusUpdate(id), this,
        [this, id, previous](const Result<RequestStatus>& result) {
            if (result.ok())
                recordAnswer(id, previous, result.value());
            else
                recordFailure(id, result.error());
        });
}

void TrackerPoller::recordAnswer(const QString& id, const QString& previous, RequestStatus status)
{
    m_inFlight.remove(id);
    status.serviceRequestId = id; // the id we asked for, whatever padding came back
    if (m_store->recordStatus(
            m_profile, status, QDateTime::currentMSecsSinceEpoch(), nextCheckFromNow())) {
        if (const std::optional<TrackedRequest> after = m_store->find(m_profile, id))
            Q_EMIT statusChanged(*after, previous);
    }
    Q_EMIT checked(id);
    finishOne(false);
}

void TrackerPoller::recordFailure(const QString& id, const Error& error)
{
    m_inFlight.remove(id);
    // v1 uses 302 for "unknown id" and for general errors alike; either way the row shows the
    // server's words and waits for a person to retry. v2 says 404.
    const bool unknownId
        = error.kind() == Error::Kind::Server && (error.code() == 302 || error.code() == 404);
    if (!unknownId)
        m_backoff = qMin(m_backoff * 2, kMaximumBackoff);
    m_store->recordFailure(
        m_profile, id, error, QDateTime::currentMSecsSinceEpoch(), nextCheckFromNow(), unknownId);
    Q_EMIT checkFailed(id, error);
    finishOne(!unknownId);
}

void TrackerPoller::resolveTokens()
{
    if (m_client->endpoint().protocol() != Protocol::GeoReportV2)
        return;
    for (const PendingTokens::Pending& pending : m_store->tokens().list(m_profile)) {
        // Newlines never reach an id, so these keys cannot meet a request's.
        const QString key = QStringLiteral("\ntoken:") + pending.token;
        if (m_inFlight.contains(key))
            continue;
        m_inFlight.insert(key);
        onResult(m_client->token(pending.token), this,
            [this, key, pending](const Result<QList<RequestStatus>>& result) {
                m_inFlight.remove(key);
                const QString id = result.ok() && !result.value().isEmpty()
                    ? result.value().constFirst().serviceRequestId
                    : QString();
                // Not yet an id, or the city did not answer: asked again next round.
                if (!id.isEmpty() && m_store->tokens().resolve(*m_store, pending, id))
                    Q_EMIT tokenResolved(pending.token, id);
                finishOne(!result.ok());
            });
    }
}

void TrackerPoller::finishOne(bool serverFailed)
{
    ++m_roundChecked;
    m_roundFailed += serverFailed ? 1 : 0;
    if (m_online && m_inFlight.size() <= kBatch / 2)
        takeBatch();
    if (!m_inFlight.isEmpty())
        return;
    // A round without a failure means the server is well again.
    if (m_roundFailed == 0)
        m_backoff = 1;
    m_unreachable = false;
    const int checked = m_roundChecked;
    const int failed = m_roundFailed;
    m_roundChecked = 0;
    m_roundFailed = 0;
    Q_EMIT roundFinished(checked, failed);
    scheduleNext();
}

void TrackerPoller::scheduleNext()
{
    if (!m_running || !m_online || !m_inFlight.isEmpty())
        return;
    qint64 next = m_store->nextDueMs(m_profile);
    // Tokens are asked about each round; with nothing else to check, a round still comes.
    if (next == 0 && m_store->tokens().count(m_profile) > 0)
        next = nextCheckFromNow();
    if (next == 0) {
        m_timer->stop();
        return;
    }
    const qint64 wait = qMax<qint64>(0, next - QDateTime::currentMSecsSinceEpoch());
    m_timer->start(int(qMin<qint64>(wait, 24 * 3600 * 1000)));
}

} // namespace Open311
