#pragma once

#include <QJsonObject>
#include <QString>

namespace Open311 {

// A service request as the server describes it. v1's status_update gives the first four; the
// rest are GeoReport v2's and stay empty when the server did not give them. Datetimes and
// coordinates are kept as the server wrote them: some servers swap lat and long, or send strings.
struct RequestStatus
{
    QString serviceRequestId;
    QString status;
    QString statusNotes; // may be empty
    QString serviceName;

    QString serviceCode {};
    QString description {};
    QString agencyResponsible {};
    QString serviceNotice {};
    QString requestedDatetime {};
    QString updatedDatetime {};
    QString expectedDatetime {};
    QString address {};
    QString addressId {};
    QString zipcode {};
    QString latitude {};
    QString longitude {};
    QString mediaUrl {};
    QString token {}; // tokens/{token} answers: the token, with the id once there is one
    // The fields the spec does not name (Helsinki's extended_attributes, what Chicago adds for
    // extensions=true), as the server gave them; XML elements become objects, strings and lists.
    QJsonObject extensions {};
};

} // namespace Open311
