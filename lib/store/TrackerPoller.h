#pragma once

#include "core/Error.h"
#include "core/RequestStatus.h"
#include "store/TrackedRequest.h"

#include <QObject>
#include <QRandomGenerator>
#include <QSet>

class QTimer;

namespace Open311 {

class Client;
class TrackerStore;

// Polls status_update for one profile's tracked requests: each at its own time, spread with
// jitter rather than in bursts, never more often than the floor, with the client's cap on
// requests in flight, backing off while the server fails, and paused while offline.
class TrackerPoller : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalSeconds = 300;
    static constexpr int kMinimumIntervalMs = 30 * 1000;
    static constexpr int kMaximumBackoff = 64;
    // Requests taken from the store at a time; a 10,000-row round in one go stalled the GUI.
    static constexpr int kBatch = 48;

    TrackerPoller(
        TrackerStore* store, Client* client, const QString& profile, QObject* parent = nullptr);

    void setInterval(int milliseconds);
    int interval() const;
    // The floor every interval is raised to; tests lower it to run at a fast pace.
    void setMinimumInterval(int milliseconds) { m_floorMs = milliseconds; }
    int backoffFactor() const { return m_backoff; }

    // Automatic polling on the schedule.
    void start();
    void stop();
    void setOnline(bool online);
    bool isOnline() const { return m_online; }
    // Follows the system's network state where Qt can tell it.
    void watchNetwork();

    // Checks now whatever is due; "Refresh now" marks requests due first.
    void pollDue();
    void refresh(const QString& requestId);
    void refreshAll();
    int inFlight() const { return int(m_inFlight.size()); }

Q_SIGNALS:
    void statusChanged(const Open311::TrackedRequest& request, const QString& previousStatus);
    void checked(const QString& requestId);
    void checkFailed(const QString& requestId, const Open311::Error& error);
    void roundFinished(int checked, int failed);
    // A batch service's token became a request id, which is followed from now on.
    void tokenResolved(const QString& token, const QString& requestId);

private:
    qint64 nextCheckFromNow() const;
    void scheduleNext();
    void finishOne(bool serverFailed);
    void takeBatch();
    void checkOne(const QString& id, const QString& previous);
    void recordAnswer(const QString& id, const QString& previous, RequestStatus status);
    void recordFailure(const QString& id, const Error& error);
    void resolveTokens();

    TrackerStore* m_store;
    Client* m_client;
    QString m_profile;
    QTimer* m_timer;
    QSet<QString> m_inFlight;
    mutable QRandomGenerator m_random;
    int m_intervalMs = kDefaultIntervalSeconds * 1000;
    int m_floorMs = kMinimumIntervalMs;
    int m_backoff = 1;
    int m_roundChecked = 0;
    int m_roundFailed = 0;
    bool m_running = false;
    bool m_online = true;
    bool m_unreachable = false; // this round's list call found no city: no more calls this round
};

} // namespace Open311
