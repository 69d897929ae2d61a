#include "session/KnownRequests.h"

namespace Open311 {

QList<FeedRequest> KnownRequests::fromTracker(const QList<TrackedRequest>& tracked)
{
    QList<FeedRequest> known;
    known.reserve(tracked.size());
    for (const TrackedRequest& request : tracked) {
        if (request.isUnknownToServer())
            continue;
        FeedRequest r;
        r.id = request.requestId;
        r.serviceName = request.serviceName;
        r.status = request.status.isEmpty() ? QStringLiteral("open") : request.status;
        r.address = request.address;
        r.description = request.statusNotes;
        r.requested = QDateTime::fromMSecsSinceEpoch(request.submittedMs);
        r.hasPosition = request.latitude && request.longitude;
        r.latitude = request.latitude.value_or(0);
        r.longitude = request.longitude.value_or(0);
        known.append(r);
    }
    return known;
}

QList<FeedRequest> KnownRequests::fromOutbox(
    const QList<OutboxEntry>& entries, qint64 excluded, bool withDescriptions)
{
    QList<FeedRequest> known;
    for (const OutboxEntry& entry : entries) {
        if (entry.localId == excluded || entry.state == OutboxEntry::State::Rejected)
            continue;
        FeedRequest r;
        r.id = outboxMarkerId(entry.localId);
        r.queued = true;
        r.serviceName = entry.serviceName.isEmpty() ? entry.request.serviceCode : entry.serviceName;
        r.status = QStringLiteral("open");
        r.address = entry.request.addressString;
        if (withDescriptions)
            r.description = entry.request.description;
        r.requested = QDateTime::fromMSecsSinceEpoch(entry.createdMs);
        r.hasPosition = entry.request.hasLocation();
        r.latitude = entry.request.latitude.value_or(0);
        r.longitude = entry.request.longitude.value_or(0);
        known.append(r);
    }
    return known;
}

QString KnownRequests::outboxMarkerId(qint64 localId)
{
    return QStringLiteral("outbox:%1").arg(localId);
}

bool KnownRequests::isOutboxMarker(const QString& id)
{
    return id.startsWith(QLatin1String("outbox:"));
}

} // namespace Open311
