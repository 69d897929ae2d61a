#include "store/OutboxEntry.h"

namespace Open311 {

OutboxEntry OutboxEntry::forReport(const QString& profile, const Endpoint& endpoint,
    const NewRequest& request, const QString& serviceName)
{
    OutboxEntry entry;
    entry.profile = profile;
    entry.endpoint = endpoint.baseUrl();
    entry.cityId = endpoint.cityId();
    entry.allowPlainHttp = endpoint.allowPlainHttp();
    entry.protocol = endpoint.protocol();
    entry.request = request;
    entry.serviceName = serviceName;
    return entry;
}

bool OutboxEntry::goesTo(const Endpoint& endpoint) const
{
    return this->endpoint == endpoint.baseUrl() && protocol == endpoint.protocol();
}

QString OutboxEntry::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Sent:
        return QStringLiteral("sent");
    case State::WaitingToRetry:
        return QStringLiteral("waiting_to_retry");
    case State::Rejected:
        return QStringLiteral("rejected");
    case State::OutcomeUnknown:
        return QStringLiteral("outcome_unknown");
    }
    return QString();
}

OutboxEntry::State OutboxEntry::stateFromName(const QString& name)
{
    for (State state : { State::Queued, State::Sending, State::Sent, State::WaitingToRetry,
             State::Rejected, State::OutcomeUnknown }) {
        if (stateName(state) == name)
            return state;
    }
    return State::OutcomeUnknown;
}

} // namespace Open311
