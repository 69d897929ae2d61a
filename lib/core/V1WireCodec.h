#pragma once

#include "core/WireCodec.h"

namespace Open311 {

// GeoReport v1 as the Client speaks it: GET with api_key and city_id, XML answers (V1Codec).
class V1WireCodec : public WireCodec
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
    QString excerpt(const QByteArray& body) const override;
};

} // namespace Open311
