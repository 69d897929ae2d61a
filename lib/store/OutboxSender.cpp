#include "store/OutboxSender.h"
#include "core/FutureCallback.h"

#include "core/Client.h"
#include "store/Outbox.h"

#include <optional>

#include <QDateTime>
#include <QTimer>

namespace Open311 {

OutboxSender::OutboxSender(Outbox* outbox, ClientFor clientFor, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_clientFor(std::move(clientFor))
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] { flush(false); });
}

void OutboxSender::setAutomaticRetries(bool enabled)
{
    m_automatic = enabled;
    if (!enabled)
        m_retryTimer->stop();
}

void OutboxSender::flush(bool includeWaiting)
{
    const QList<OutboxEntry> due
        = m_outbox->due(QDateTime::currentMSecsSinceEpoch(), includeWaiting);
    for (const OutboxEntry& entry : due) {
        if (!m_sending.contains(entry.localId))
            send(entry);
    }
    if (m_sending.isEmpty()) {
        scheduleNextRetry();
        Q_EMIT idle();
    }
}

bool OutboxSender::sendNow(qint64 localId)
{
    const std::optional<OutboxEntry> entry = m_outbox->find(localId);
    return entry && !m_sending.contains(localId) && send(*entry);
}

bool OutboxSender::send(const OutboxEntry& entry)
{
    Client* client = m_clientFor(entry);
    if (!client || !m_outbox->claim(entry.localId))
        return false;
    // due() lists reports without their photos; what goes out is the whole report.
    const std::optional<OutboxEntry> whole
        = entry.request.photos.isEmpty() ? m_outbox->find(entry.localId) : entry;
    if (!whole) {
        const Error unread
            = Error::network(tr("The report could not be read back from the outbox."), true);
        const OutboxEntry::State state
            = m_outbox->markFailed(entry.localId, unread, QDateTime::currentMSecsSinceEpoch());
        Q_EMIT entryChanged(entry.localId, state);
        return false;
    }
    m_sending.insert(entry.localId);
    Q_EMIT entryChanged(entry.localId, OutboxEntry::State::Sending);
    const qint64 id = entry.localId;
    onResult(client->createRequest(whole->request), this,
        [this, id](const Result<CreateResult>& result) {
            m_sending.remove(id);
            if (result.ok()) {
                m_outbox->markSent(id, result.value());
                Q_EMIT entryChanged(id, OutboxEntry::State::Sent);
                Q_EMIT entrySent(id, result.value());
            } else {
                const OutboxEntry::State state
                    = m_outbox->markFailed(id, result.error(), QDateTime::currentMSecsSinceEpoch());
                Q_EMIT entryChanged(id, state);
                Q_EMIT entryFailed(id, result.error(), state);
            }
            if (m_sending.isEmpty()) {
                scheduleNextRetry();
                Q_EMIT idle();
            }
        });
    return true;
}

void OutboxSender::scheduleNextRetry()
{
    if (!m_automatic)
        return;
    qint64 next = 0;
    for (const OutboxEntry& entry : m_outbox->list(true)) {
        if (entry.state == OutboxEntry::State::WaitingToRetry)
            next = next == 0 ? entry.nextAttemptMs : qMin(next, entry.nextAttemptMs);
    }
    if (next == 0) {
        m_retryTimer->stop();
        return;
    }
    const qint64 wait = qMax<qint64>(0, next - QDateTime::currentMSecsSinceEpoch());
    m_retryTimer->start(int(qMin<qint64>(wait, 3600 * 1000)));
}

} // namespace Open311
