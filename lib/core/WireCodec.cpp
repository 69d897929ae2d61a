#include "core/WireCodec.h"

#include "core/Endpoint.h"
#include "core/V1WireCodec.h"
#include "core/V2WireCodec.h"

namespace Open311 {

std::unique_ptr<WireCodec> WireCodec::forEndpoint(const Endpoint& endpoint)
{
    switch (endpoint.protocol()) {
    case Protocol::GeoReportV2:
        return std::make_unique<V2WireCodec>();
    case Protocol::GeoReportV1:
        break;
    }
    return std::make_unique<V1WireCodec>();
}

Error WireCodec::notOffered(const Endpoint& endpoint, Call call)
{
    QString what;
    switch (call) {
    case Call::Discovery:
        what = tr("discovery documents");
        break;
    case Call::ServiceDefinition:
        what = tr("service definitions");
        break;
    case Call::Requests:
        what = tr("lists of requests");
        break;
    case Call::Token:
        what = tr("tokens");
        break;
    }
    const QString version = endpoint.protocol() == Protocol::GeoReportV1 ? QStringLiteral("v1")
                                                                         : QStringLiteral("v2");
    return Error::validation(Error::Field::Endpoint,
        tr("This city's server speaks GeoReport %1, which has no %2. Use a GeoReport v2 "
           "endpoint (--protocol v2).")
            .arg(version, what));
}

// Reached only for a codec that does not offer the call; the Client asks offers() first.
WireRequest WireCodec::discovery(const QUrl&) const
{
    return {};
}

WireRequest WireCodec::serviceDefinition(const Endpoint&, const QString&, const QString&) const
{
    return {};
}

WireRequest WireCodec::requests(const Endpoint&, const RequestQuery&, const QString&) const
{
    return {};
}

WireRequest WireCodec::token(const Endpoint&, const QString&, const QString&) const
{
    return {};
}

Result<Discovery> WireCodec::parseDiscovery(const QByteArray&) const
{
    return Error::protocol(QString());
}

Result<ServiceDefinition> WireCodec::parseDefinition(const QByteArray&) const
{
    return Error::protocol(QString());
}

Result<QList<RequestStatus>> WireCodec::parseRequests(const QByteArray&) const
{
    return Error::protocol(QString());
}

Result<QList<RequestStatus>> WireCodec::parseTokens(const QByteArray&) const
{
    return Error::protocol(QString());
}

} // namespace Open311
