#pragma once

#include "core/CreateResult.h"
#include "core/Error.h"
#include "core/RequestStatus.h"
#include "store/OutboxEntry.h"
#include "store/TrackedRequest.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace Open311 {

class PendingTokens;
class SqliteConnection;

// The requests the Tracker follows and the history of their statuses, in SQLite.
class TrackerStore
{
    Q_DECLARE_TR_FUNCTIONS(Open311::TrackerStore)

public:
    static constexpr int kSchemaVersion = 3;

    explicit TrackerStore(const QString& path);
    ~TrackerStore();
    TrackerStore(const TrackerStore&) = delete;
    TrackerStore& operator=(const TrackerStore&) = delete;

    static QString defaultPath();
    bool open(QString& error);
    QString path() const;
    // open() failed because the file is damaged or no database: see SqliteConnection::setAside().
    bool isDamaged() const;

    // Starts following a request (again, if it was archived or stopped); due at once.
    bool add(const TrackedRequest& request);
    // Every report sent from this installation is followed.
    bool addSent(const OutboxEntry& entry, const QString& requestId, qint64 sentMs);
    // By its id, or by a batch service's token until that becomes one (tokens()).
    bool addSent(const OutboxEntry& entry, const CreateResult& created, qint64 sentMs);
    static TrackedRequest sentRequest(
        const OutboxEntry& entry, const QString& requestId, qint64 sentMs);
    PendingTokens tokens() const;
    std::optional<TrackedRequest> find(const QString& profile, const QString& requestId) const;
    QList<TrackedRequest> list(const QString& profile, bool includeArchived = false) const;
    // Those whose next check has come, earliest first.
    QList<TrackedRequest> due(const QString& profile, qint64 nowMs, int limit = -1) const;
    qint64 nextDueMs(const QString& profile) const;
    int count(const QString& profile) const;

    // Records an answer; true when the status or its notes changed (one history row per change).
    bool recordStatus(
        const QString& profile, const RequestStatus& status, qint64 nowMs, qint64 nextCheckMs);
    // A failed check. stopPolling: the server does not know the id (302).
    void recordFailure(const QString& profile, const QString& requestId, const Error& error,
        qint64 nowMs, qint64 nextCheckMs, bool stopPolling);
    QList<StatusChange> history(const QString& profile, const QString& requestId) const;

    bool setArchived(const QString& profile, const QString& requestId, bool archived);
    bool remove(const QString& profile, const QString& requestId);
    void markSeen(const QString& profile, const QString& requestId);
    int unseenChanges(const QString& profile) const;
    // Due again at once: "Refresh now", or "retry" after a 302.
    void checkNow(const QString& profile, const QString& requestId);

    // The table with its history, as CSV (RFC 4180).
    QByteArray exportCsv(const QString& profile) const;

private:
    std::unique_ptr<SqliteConnection> m_connection;
};

} // namespace Open311
