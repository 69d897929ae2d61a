#pragma once

#include "core/WireCodec.h"

namespace Open311 {

// GeoReport v2 as the Client speaks it: GETs of {method}.{json,xml} with jurisdiction_id in the
// query, a form-urlencoded POST that carries the API key in its body (never in a URL), and
// answers read by V2Codec in whichever format they arrive.
class V2WireCodec : public WireCodec
{
public:
    WireRequest serviceList(const Endpoint& endpoint, const QString& apiKey) const override;
    WireRequest createRequest(
        const Endpoint& endpoint, const NewRequest& request, const QString& apiKey) const override;
    WireRequest statusUpdate(
        const Endpoint& endpoint, const QString& requestId, const QString& apiKey) const override;

    Result<ServiceList> parseServiceList(const QByteArray& body) const override;
    Result<CreateResult> parseCreate(const QByteArray& body) const override;
    Result<RequestStatus> parseStatus(const QByteArray& body) const override;

    bool offers(Call) const override { return true; }
    WireRequest discovery(const QUrl& url) const override;
    WireRequest serviceDefinition(
        const Endpoint& endpoint, const QString& serviceCode, const QString& apiKey) const override;
    WireRequest requests(
        const Endpoint& endpoint, const RequestQuery& query, const QString& apiKey) const override;
    WireRequest token(
        const Endpoint& endpoint, const QString& token, const QString& apiKey) const override;
    Result<Discovery> parseDiscovery(const QByteArray& body) const override;
    Result<ServiceDefinition> parseDefinition(const QByteArray& body) const override;
    Result<QList<RequestStatus>> parseRequests(const QByteArray& body) const override;
    Result<QList<RequestStatus>> parseTokens(const QByteArray& body) const override;

    bool isMalformedJson(const QByteArray& body) const override;
    QString excerpt(const QByteArray& body) const override;

    // The POST body: every reserved character of a value is encoded, a multivaluelist's code is
    // repeated as attribute[code][] once per value, and empty optional fields are left out.
    static QByteArray createForm(
        const NewRequest& request, const QString& jurisdictionId, const QString& apiKey);
    // The same fields with each photo as a `media` part: the upload extension that Helsinki's
    // and Bloomington's servers offer. contentType receives the header with its boundary.
    static QByteArray createMultipart(const NewRequest& request, const QString& jurisdictionId,
        const QString& apiKey, QByteArray& contentType);

private:
    template <typename Add>
    static void createFields(const NewRequest& request, const QString& jurisdictionId,
        const QString& apiKey, bool encodeNames, Add add);
};

} // namespace Open311
