#pragma once

#include <QString>

#include <optional>

namespace Open311 {

// A request the Tracker follows, as it stood at the last check.
struct TrackedRequest
{
    QString profile;
    QString requestId;
    QString serviceName;
    QString address;
    std::optional<double> latitude;
    std::optional<double> longitude;
    qint64 submittedMs = 0; // 0 when added by hand and unknown
    QString status; // empty until the first answer
    QString statusNotes;
    // GeoReport v2's word on the request at the last check; empty over v1.
    QString agencyResponsible {};
    QString expectedDatetime {}; // as the city wrote it
    QString serviceNotice {};
    QString mediaUrl {};
    qint64 lastCheckedMs = 0;
    qint64 nextCheckMs = 0; // 0: not polled (archived, or stopped after an error 302)
    qint64 changedMs = 0; // when the status or notes last changed
    int failures = 0; // consecutive failed checks
    QString errorKind; // of the last failed check
    int errorCode = -1;
    QString errorMessage;
    bool archived = false;
    bool unseenChange = false; // changed since a person last looked

    bool isClosed() const
    {
        return status.compare(QLatin1String("closed"), Qt::CaseInsensitive) == 0;
    }
    // v1 says 302, v2 404; either way polling stopped for a person to retry.
    bool isUnknownToServer() const
    {
        return (errorCode == 302 || errorCode == 404) && nextCheckMs == 0;
    }
};

struct StatusChange
{
    qint64 atMs = 0;
    QString status;
    QString notes;
};

} // namespace Open311
