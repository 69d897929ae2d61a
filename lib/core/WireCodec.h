#pragma once

#include "core/CreateResult.h"
#include "core/NewRequest.h"
#include "core/RequestStatus.h"
#include "core/Result.h"
#include "core/Service.h"

#include <QByteArray>
#include <QUrl>

#include <memory>

namespace Open311 {

class Endpoint;

// One HTTP call as a codec wants it made; the Client adds the transport's rules.
struct WireRequest
{
    QString method; // for logs: "service_list"
    QUrl url; // with its query, which may hold the API key
    QByteArray verb = "GET";
    QByteArray body; // none in v1; the Client refuses one until a codec needs it
    QByteArray accept;
};

// A GeoReport dialect's wire format: what goes out for each call and how an answer becomes the
// domain model. The Client owns the network; a codec never touches it, so each is tested alone.
class WireCodec
{
public:
    virtual ~WireCodec() = default;

    virtual WireRequest serviceList(const Endpoint& endpoint, const QString& apiKey) const = 0;
    virtual WireRequest createRequest(
        const Endpoint& endpoint, const NewRequest& request, const QString& apiKey) const = 0;
    virtual WireRequest statusUpdate(
        const Endpoint& endpoint, const QString& requestId, const QString& apiKey) const = 0;

    virtual Result<ServiceList> parseServiceList(const QByteArray& body) const = 0;
    virtual Result<CreateResult> parseCreate(const QByteArray& body) const = 0;
    virtual Result<RequestStatus> parseStatus(const QByteArray& body) const = 0;

    // A short, printable, secret-free start of an unexpected answer, for error messages.
    virtual QString excerpt(const QByteArray& body) const = 0;

    static std::unique_ptr<WireCodec> forEndpoint(const Endpoint& endpoint);
};

} // namespace Open311
