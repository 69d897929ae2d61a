#pragma once

#include <QString>

namespace Open311 {

struct CreateResult
{
    QString serviceRequestId;
    QString serviceLevelAgreement; // may be empty: servers need not send it
    QString accountId; // may be empty
};

} // namespace Open311
