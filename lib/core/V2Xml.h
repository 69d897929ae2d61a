#pragma once

#include "core/CreateResult.h"
#include "core/Discovery.h"
#include "core/Error.h"
#include "core/RequestStatus.h"
#include "core/Service.h"
#include "core/ServiceDefinition.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

class QXmlStreamReader;

namespace Open311 {

// The GeoReport v2 answers in XML: the document of each call, and the <errors> document any of
// them may be instead. The readers stand on the root element when called; a reader's error is
// only the answer's once the rest of the document has proved well-formed (readToEnd()).
class V2Xml
{
public:
    // Advances the reader to the root element; body is the reader's document. An empty body,
    // one that is not XML, a web page or a DTD becomes the error.
    static std::optional<Error> readToRoot(QXmlStreamReader& xml, const QByteArray& body);
    // An <errors> or <error> root, read as the server's error; nothing for any other root.
    static std::optional<Error> readServerError(QXmlStreamReader& xml, const QString& method);
    static Error unexpectedRoot(
        const QXmlStreamReader& xml, QStringView root, const QByteArray& body);
    // Reads the rest of the document: a truncated or not well-formed one becomes the error.
    static std::optional<Error> readToEnd(QXmlStreamReader& xml, const QByteArray& body);

    static std::optional<Error> readDiscovery(QXmlStreamReader& xml, Discovery& discovery);
    static std::optional<Error> readServices(QXmlStreamReader& xml, ServiceList& services);
    static std::optional<Error> readDefinition(
        QXmlStreamReader& xml, ServiceDefinition& definition);
    // account_id is no RequestStatus field, so the create answer reads its first <request>
    // itself.
    static std::optional<Error> readCreate(QXmlStreamReader& xml, CreateResult& result);
    // Every field, or none when the server gave neither an id nor a token.
    static std::optional<Error> readRequests(QXmlStreamReader& xml, QList<RequestStatus>& requests);
};

} // namespace Open311
