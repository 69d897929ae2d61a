#pragma once

#include "core/CreateResult.h"
#include "core/Discovery.h"
#include "core/NewRequest.h"
#include "core/RequestQuery.h"
#include "core/RequestStatus.h"
#include "core/Result.h"
#include "core/Service.h"
#include "core/ServiceDefinition.h"

#include <QByteArray>
#include <QCoreApplication>
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
    QByteArray body; // v2's POST form; sent once, never re-sent by Qt
    QByteArray contentType;
    QByteArray accept;
    // The same call in XML, for a JSON answer that is not valid JSON; empty for a create, whose
    // answer being unreadable says nothing about whether it was filed.
    QUrl xmlFallback;
};

// A GeoReport dialect's wire format: what goes out for each call and how an answer becomes the
// domain model. The Client owns the network; a codec never touches it, so each is tested alone.
// v1 has only the first three calls; the rest answer "not offered" unless a codec has them.
class WireCodec
{
    Q_DECLARE_TR_FUNCTIONS(Open311::WireCodec)

public:
    enum class Call
    {
        Discovery,
        ServiceDefinition,
        Requests,
        Token,
    };

    virtual ~WireCodec() = default;

    virtual WireRequest serviceList(const Endpoint& endpoint, const QString& apiKey) const = 0;
    virtual WireRequest createRequest(
        const Endpoint& endpoint, const NewRequest& request, const QString& apiKey) const = 0;
    virtual WireRequest statusUpdate(
        const Endpoint& endpoint, const QString& requestId, const QString& apiKey) const = 0;

    virtual Result<ServiceList> parseServiceList(const QByteArray& body) const = 0;
    virtual Result<CreateResult> parseCreate(const QByteArray& body) const = 0;
    virtual Result<RequestStatus> parseStatus(const QByteArray& body) const = 0;

    virtual bool offers(Call) const { return false; }
    // Why a call is not offered, for people.
    static Error notOffered(const Endpoint& endpoint, Call call);
    virtual WireRequest discovery(const QUrl& url) const;
    virtual WireRequest serviceDefinition(
        const Endpoint& endpoint, const QString& serviceCode, const QString& apiKey) const;
    virtual WireRequest requests(
        const Endpoint& endpoint, const RequestQuery& query, const QString& apiKey) const;
    virtual WireRequest token(
        const Endpoint& endpoint, const QString& token, const QString& apiKey) const;
    virtual Result<Discovery> parseDiscovery(const QByteArray& body) const;
    virtual Result<ServiceDefinition> parseDefinition(const QByteArray& body) const;
    virtual Result<QList<RequestStatus>> parseRequests(const QByteArray& body) const;
    virtual Result<QList<RequestStatus>> parseTokens(const QByteArray& body) const;

    // True when an answer meant as JSON is not valid JSON, so the XML form is worth asking for.
    virtual bool isMalformedJson(const QByteArray&) const { return false; }

    // A short, printable, secret-free start of an unexpected answer, for error messages.
    virtual QString excerpt(const QByteArray& body) const = 0;

    static std::unique_ptr<WireCodec> forEndpoint(const Endpoint& endpoint);
};

} // namespace Open311
