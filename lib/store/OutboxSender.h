#pragma once

#include "core/CreateResult.h"
#include "core/Error.h"
#include "store/OutboxEntry.h"

#include <QObject>
#include <QSet>

#include <functional>

class QTimer;

namespace Open311 {

class Client;
class Outbox;

// Sends what the outbox holds: claims each due report, sends it once, records the answer, and
// comes back for reports waiting to retry when their time comes.
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    // The client that speaks for an entry's endpoint, or nullptr when none can (no key).
    using ClientFor = std::function<Client*(const OutboxEntry&)>;

    OutboxSender(Outbox* outbox, ClientFor clientFor, QObject* parent = nullptr);

    // Sends every queued report, and every one waiting to retry when includeWaiting.
    void flush(bool includeWaiting = false);
    // Sends one report now, whatever its schedule, if it is queued or waiting; false when it
    // is not (or another process has it).
    bool sendNow(qint64 localId);
    bool isBusy() const { return !m_sending.isEmpty(); }
    // Automatic retries of reports that provably never arrived; off for one-shot commands.
    void setAutomaticRetries(bool enabled);

Q_SIGNALS:
    void entryChanged(qint64 localId, Open311::OutboxEntry::State state);
    void entrySent(qint64 localId, const Open311::CreateResult& result);
    void entryFailed(
        qint64 localId, const Open311::Error& error, Open311::OutboxEntry::State state);
    void idle();

private:
    bool send(const OutboxEntry& entry);
    void scheduleNextRetry();

    Outbox* m_outbox;
    ClientFor m_clientFor;
    QSet<qint64> m_sending;
    QTimer* m_retryTimer;
    bool m_automatic = true;
};

} // namespace Open311
