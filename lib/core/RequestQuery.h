#pragma once

#include <QDateTime>
#include <QStringList>

namespace Open311 {

// GET requests.{json,xml}: which service requests to list. Empty parts are left out, and the
// server's default window (90 days, 1,000 results) applies.
struct RequestQuery
{
    QStringList ids; // service_request_id, a comma list
    QString serviceCode;
    QDateTime start;
    QDateTime end;
    QString status; // open or closed
    int page = 0; // an extension some servers offer; 0 leaves it out
    int pageSize = 0;
    bool extensions = false; // Chicago's extensions=true
};

} // namespace Open311
