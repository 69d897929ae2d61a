#pragma once

#include <QString>

namespace Open311 {

// What a create answered. GeoReport v2 gives a service_request_id or, for a batch service, a
// token that becomes an id later.
struct CreateResult
{
    QString serviceRequestId;
    // v1's service_level_agreement, v2's service_notice; may be empty.
    QString serviceLevelAgreement;
    QString accountId; // may be empty
    QString token {}; // v2 only; empty when the id came at once
};

} // namespace Open311
