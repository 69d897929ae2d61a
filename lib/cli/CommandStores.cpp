#include "cli/CommandStores.h"

#include "cli/CommandOutput.h"
#include "session/AppSession.h"
#include "store/Outbox.h"
#include "store/TrackerStore.h"

#include <QDateTime>

namespace Open311 {

CommandStores::CommandStores(AppSession& session, CommandOutput& output)
    : m_session(session)
    , m_output(output)
{ }

CommandStores::~CommandStores() = default;

Outbox* CommandStores::openOutbox()
{
    if (m_session.outbox())
        return m_session.outbox();
    const AppSession::StoreState state = m_session.openOutbox();
    if (!state.ok) {
        m_output.usageError(
            state.error + QLatin1Char(' ') + tr("Use --no-outbox to send without it."));
        return nullptr;
    }
    return m_session.outbox();
}

Outbox* CommandStores::outbox() const
{
    return m_session.outbox();
}

TrackerStore* CommandStores::tracker()
{
    if (!m_session.tracker() && !m_triedTracker) {
        m_triedTracker = true;
        m_trackerError = m_session.openTracker().error;
    }
    return m_session.tracker();
}

void CommandStores::followSent(qint64 localId, const CreateResult& created)
{
    // The entry as the outbox wrote it, so the tracker knows its service and place.
    const std::optional<OutboxEntry> entry = outbox() ? outbox()->find(localId) : std::nullopt;
    if (entry)
        followSent(*entry, created);
}

void CommandStores::followSent(const OutboxEntry& entry, const CreateResult& created)
{
    // The report has reached the city whatever happens here, so a tracker that cannot be
    // opened is only mentioned. A batch service's token is followed until it is an id.
    if (tracker()) {
        if (!tracker()->addSent(entry, created, QDateTime::currentMSecsSinceEpoch()))
            m_output.err() << AppSession::trackerNotWritten(
                created.serviceRequestId.isEmpty() ? created.token : created.serviceRequestId)
                           << Qt::endl;
    } else
        m_output.err() << m_trackerError << Qt::endl;
}

} // namespace Open311
