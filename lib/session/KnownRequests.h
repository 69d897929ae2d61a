#pragma once

#include "map/FeedRequest.h"
#include "store/OutboxEntry.h"
#include "store/TrackedRequest.h"

#include <QList>

namespace Open311 {

// Our own reports as requests the city has or soon will have, beside the feeds' requests: a
// second caller with the same pothole is most likely minutes after the first.
class KnownRequests
{
public:
    // An id the city says it does not know is no report to repeat.
    static QList<FeedRequest> fromTracker(const QList<TrackedRequest>& tracked);
    // Every queued or sent report but `excluded` and those the city refused, which never
    // reached it; descriptions only where the next person may read them.
    static QList<FeedRequest> fromOutbox(
        const QList<OutboxEntry>& entries, qint64 excluded, bool withDescriptions);

    // Not a request id: the city has given none yet.
    static QString outboxMarkerId(qint64 localId);
    static bool isOutboxMarker(const QString& id);
};

} // namespace Open311
