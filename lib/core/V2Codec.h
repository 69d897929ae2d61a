#pragma once

#include "core/CreateResult.h"
#include "core/Discovery.h"
#include "core/RequestStatus.h"
#include "core/Result.h"
#include "core/Service.h"
#include "core/ServiceDefinition.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Open311 {

// The GeoReport v2 answer formats, JSON and XML. Each parser reads whichever the body is: some
// servers answer a .json URL with XML, and put a status line or a warning before the document.
// An <errors> document (or its JSON form) in any answer becomes Error::server with the server's
// own code and description. Nothing here touches the network.
class V2Codec
{
    Q_DECLARE_TR_FUNCTIONS(Open311::V2Codec)

public:
    static inline const QString kDiscovery = QStringLiteral("discovery");
    static inline const QString kServices = QStringLiteral("services");
    static inline const QString kDefinition = QStringLiteral("service_definition");
    static inline const QString kCreate = QStringLiteral("post_requests");
    static inline const QString kRequests = QStringLiteral("requests");
    static inline const QString kTokens = QStringLiteral("tokens");

    static Result<Discovery> parseDiscovery(const QByteArray& body);
    static Result<ServiceList> parseServiceList(const QByteArray& body);
    // Sorted by order; both the <attributes> wrapper and the pre-2013 layout without it.
    static Result<ServiceDefinition> parseDefinition(const QByteArray& body);
    // The first entry of the answer: a service_request_id or a token.
    static Result<CreateResult> parseCreate(const QByteArray& body);
    // requests.{fmt} and requests/{id}.{fmt}: an empty list is a value, not an error.
    static Result<QList<RequestStatus>> parseRequests(const QByteArray& body);
    // tokens/{token}.{fmt}: each entry's token, and its service_request_id once there is one.
    static Result<QList<RequestStatus>> parseTokens(const QByteArray& body);

    // True when the body is meant as JSON (it starts with { or [) but is not valid JSON, such as
    // "service_code":001; the caller may ask again in XML.
    static bool isMalformedJson(const QByteArray& body);

    // A short, printable, secret-free start of an unexpected answer, for error messages.
    static QString excerpt(const QByteArray& body);
};

} // namespace Open311
