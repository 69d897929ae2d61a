#pragma once

#include "core/Endpoint.h"
#include "core/Error.h"
#include "core/NewRequest.h"

#include <QString>
#include <QUrl>

namespace Open311 {

// One report in the outbox and what became of it.
struct OutboxEntry
{
    enum class State
    {
        Queued, // written, not yet sent
        Sending, // a process is sending it now
        Sent, // the city gave it an id
        WaitingToRetry, // it provably never arrived, or the city created nothing (204)
        Rejected, // the city answered with an error: kept, editable, resubmittable
        OutcomeUnknown, // it may have arrived; a person decides
    };

    qint64 localId = 0;
    QString profile; // the profile (or endpoint) it belongs to
    QUrl endpoint;
    QString cityId;
    bool allowPlainHttp = false;
    // A v2 report (with attributes) must not go out over v1, nor the other way round.
    Protocol protocol = Protocol::GeoReportV1;
    NewRequest request;
    QString serviceName;
    State state = State::Queued;
    int attempts = 0;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    qint64 nextAttemptMs = 0;
    QString reason; // the last error, in words
    QString errorKind; // Error::kindName()
    int errorCode = -1;
    QString serviceRequestId;
    QString serviceLevelAgreement;
    qint64 sentMs = 0;

    // A new report for the outbox, as the window and the command line both write it.
    static OutboxEntry forReport(const QString& profile, const Endpoint& endpoint,
        const NewRequest& request, const QString& serviceName);
    // Whether a client of this endpoint may send it: the same URL and the same protocol.
    bool goesTo(const Endpoint& endpoint) const;
    static QString stateName(State state);
    static State stateFromName(const QString& name);
    bool isPending() const { return state != State::Sent; }
};

} // namespace Open311
