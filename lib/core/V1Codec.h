#pragma once

#include "core/CreateResult.h"
#include "core/NewRequest.h"
#include "core/RequestStatus.h"
#include "core/Result.h"
#include "core/Service.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Open311 {

// The GeoReport v1 wire format: query strings out, XML in. Nothing here touches the network, so
// v2 (JSON, POST) can sit beside it with the same domain types.
class V1Codec
{
    Q_DECLARE_TR_FUNCTIONS(Open311::V1Codec)

public:
    static inline const QString kServiceList = QStringLiteral("service_list");
    static inline const QString kCreateRequest = QStringLiteral("create_request");
    static inline const QString kStatusUpdate = QStringLiteral("status_update");

    // Percent-encoded query strings; every reserved character of a value is encoded, so '+',
    // '&', '=', '#' and newlines arrive as typed. Empty optional arguments are left out.
    static QByteArray serviceListQuery(const QString& cityId, const QString& apiKey);
    static QByteArray createQuery(
        const NewRequest& request, const QString& cityId, const QString& apiKey);
    static QByteArray statusQuery(
        const QString& requestId, const QString& cityId, const QString& apiKey);

    static Result<ServiceList> parseServiceList(const QByteArray& body);
    static Result<CreateResult> parseCreate(const QByteArray& body);
    static Result<RequestStatus> parseStatus(const QByteArray& body);

    // A short, printable, secret-free start of an unexpected answer, for error messages.
    static QString excerpt(const QByteArray& body);

    static QString formatCoordinate(double degrees);
};

} // namespace Open311
