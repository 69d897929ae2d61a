#include "core/V1WireCodec.h"

#include "core/Endpoint.h"
#include "core/V1Codec.h"

namespace Open311 {

namespace {

WireRequest v1Get(const Endpoint& endpoint, const QString& method, const QByteArray& query)
{
    WireRequest request;
    request.method = method;
    request.url = endpoint.methodUrl(method);
    request.url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    request.accept = "application/xml, text/xml;q=0.9, */*;q=0.1";
    return request;
}

} // namespace

WireRequest V1WireCodec::serviceList(const Endpoint& endpoint, const QString& apiKey) const
{
    return v1Get(
        endpoint, V1Codec::kServiceList, V1Codec::serviceListQuery(endpoint.cityId(), apiKey));
}

WireRequest V1WireCodec::createRequest(
    const Endpoint& endpoint, const NewRequest& request, const QString& apiKey) const
{
    // v1 creates with a GET; the Client makes it a one-shot call all the same.
    return v1Get(endpoint, V1Codec::kCreateRequest,
        V1Codec::createQuery(request, endpoint.cityId(), apiKey));
}

WireRequest V1WireCodec::statusUpdate(
    const Endpoint& endpoint, const QString& requestId, const QString& apiKey) const
{
    return v1Get(endpoint, V1Codec::kStatusUpdate,
        V1Codec::statusQuery(requestId, endpoint.cityId(), apiKey));
}

Result<ServiceList> V1WireCodec::parseServiceList(const QByteArray& body) const
{
    return V1Codec::parseServiceList(body);
}

Result<CreateResult> V1WireCodec::parseCreate(const QByteArray& body) const
{
    return V1Codec::parseCreate(body);
}

Result<RequestStatus> V1WireCodec::parseStatus(const QByteArray& body) const
{
    return V1Codec::parseStatus(body);
}

QString V1WireCodec::excerpt(const QByteArray& body) const
{
    return V1Codec::excerpt(body);
}

} // namespace Open311
