#pragma once

#include "core/CreateResult.h"
#include "core/Error.h"
#include "store/OutboxEntry.h"

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace Open311 {

class SqliteConnection;
class StoredPhotos;

// The persistent outbox: every report is written here, durably, before a byte goes to the
// network, and its fate is recorded as it unfolds. SQLite in WAL mode with synchronous=FULL,
// safe for the window and the command line at the same time: a report is sent only by the
// process that claimed it, and one found "sending" after its sender died becomes "outcome
// unknown", never sent again silently.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Open311::Outbox)

public:
    static constexpr int kSchemaVersion = 4;

    explicit Outbox(const QString& path);
    ~Outbox();
    Outbox(const Outbox&) = delete;
    Outbox& operator=(const Outbox&) = delete;

    // The file under the user's data folder that the app and the command line share.
    static QString defaultPath();

    // Creates or migrates the schema and recovers reports abandoned by dead senders.
    bool open(QString& error);
    QString path() const;
    // open() failed because the file is damaged or no database: see SqliteConnection::setAside().
    bool isDamaged() const;

    // Writes a new report as queued; its local id, or 0 if it could not be written.
    qint64 add(const OutboxEntry& entry);
    // With its photos; list() and due() leave them out, to stay cheap.
    std::optional<OutboxEntry> find(qint64 localId) const;
    // Newest first. pendingOnly: everything not yet sent.
    QList<OutboxEntry> list(bool pendingOnly = true, const QString& profile = QString()) const;
    // Queued reports, and waiting ones whose time has come (all waiting ones with includeWaiting).
    QList<OutboxEntry> due(
        qint64 nowMs, bool includeWaiting = false, const QString& profile = QString()) const;
    int pendingCount(const QString& profile = QString()) const;

    // Takes a due report for sending; false when another process was first.
    bool claim(qint64 localId);
    void markSent(qint64 localId, const CreateResult& result);
    // Retry later, rejected or outcome unknown, as the error allows.
    OutboxEntry::State markFailed(qint64 localId, const Error& error, qint64 nowMs);

    // A person's decisions.
    bool resend(qint64 localId);
    bool recordRequestId(qint64 localId, const QString& serviceRequestId);
    bool discard(qint64 localId);
    bool updateRequest(qint64 localId, const NewRequest& request);

    // Drops the personal fields (names, contact, description, address) of every sent report;
    // kiosks keep nothing of a visitor once the city has the report. Returns how many.
    int scrubSent();

    // Reports left "sending" by a process that no longer runs; returns how many.
    int recoverAbandoned();

    void setRetryBaseDelay(qint64 milliseconds) { m_retryBaseMs = milliseconds; }
    qint64 retryDelayMs(int attempts) const;

private:
    bool setState(qint64 localId, const QString& sql, const QVariantList& values);
    QList<OutboxEntry> collect(QSqlQuery& query) const;
    QSqlDatabase db() const;
    StoredPhotos photos() const;
    void forgetDeletedPages();

    std::unique_ptr<SqliteConnection> m_connection;
    QString m_identity;
    qint64 m_retryBaseMs = 5000;
};

} // namespace Open311
