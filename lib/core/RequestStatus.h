#pragma once

#include <QString>

namespace Open311 {

struct RequestStatus
{
    QString serviceRequestId;
    QString status;
    QString statusNotes; // may be empty
    QString serviceName;
};

} // namespace Open311
