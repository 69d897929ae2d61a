#include "core/V2Codec.h"

#include "core/Logging.h"
#include "core/SafeXml.h"
#include "core/V2Json.h"
#include "core/V2Text.h"
#include "core/V2Xml.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QXmlStreamReader>

#include <optional>

namespace Open311 {

namespace {

// The parse of every call: the same steps for each, with the call's own readers.
template <typename T> struct Call
{
    const QString& method;
    QStringView root; // the XML root element
    std::optional<Error> (*readXml)(QXmlStreamReader&, T&);
    std::optional<Error> (*readJson)(const QJsonDocument&, const QByteArray&, T&);
};

template <typename T> Result<T> parseXml(const QByteArray& body, const Call<T>& call)
{
    QXmlStreamReader xml(body);
    if (std::optional<Error> unreadable = V2Xml::readToRoot(xml, body))
        return *unreadable;
    T value {};
    std::optional<Error> outcome = V2Xml::readServerError(xml, call.method);
    if (!outcome) {
        if (xml.name() != call.root)
            return V2Xml::unexpectedRoot(xml, call.root, body);
        outcome = call.readXml(xml, value);
    }
    // A mangled answer says nothing for sure, so it is checked to the end first.
    if (std::optional<Error> mangled = V2Xml::readToEnd(xml, body))
        return *mangled;
    if (outcome)
        return *outcome;
    return value;
}

template <typename T> Result<T> parseJson(const QByteArray& body, const Call<T>& call)
{
    QJsonDocument document;
    if (std::optional<Error> unreadable = V2Json::read(body, call.method, document))
        return *unreadable;
    T value {};
    if (std::optional<Error> invalid = call.readJson(document, body, value))
        return *invalid;
    return value;
}

template <typename T> Result<T> parse(const QByteArray& body, const Call<T>& call)
{
    const V2Text::Sniffed sniffed = V2Text::sniff(body);
    const bool found
        = sniffed.format == V2Text::Format::Json || sniffed.format == V2Text::Format::Xml;
    if (found && sniffed.document.size() != body.size())
        qCDebug(lcCodec) << "skipped" << body.size() - sniffed.document.size() << "bytes before the"
                         << call.method << "answer";
    switch (sniffed.format) {
    case V2Text::Format::Empty:
        break;
    case V2Text::Format::Json:
        return parseJson(sniffed.document, call);
    case V2Text::Format::Xml:
        return parseXml(sniffed.document, call);
    case V2Text::Format::Unknown:
        return Error::protocol(
            V2Codec::tr("The server's answer is neither XML nor JSON."), SafeXml::excerpt(body));
    }
    return V2Text::emptyAnswer();
}

} // namespace

Result<Discovery> V2Codec::parseDiscovery(const QByteArray& body)
{
    return parse<Discovery>(
        body, { kDiscovery, u"discovery", &V2Xml::readDiscovery, &V2Json::readDiscovery });
}

Result<ServiceList> V2Codec::parseServiceList(const QByteArray& body)
{
    // The common case, a plain list of 10,000 services, without building a document first.
    const V2Text::Sniffed sniffed = V2Text::sniff(body);
    ServiceList scanned;
    if (sniffed.format == V2Text::Format::Json && V2Json::scanServices(sniffed.document, scanned))
        return scanned;
    return parse<ServiceList>(
        body, { kServices, u"services", &V2Xml::readServices, &V2Json::readServices });
}

Result<ServiceDefinition> V2Codec::parseDefinition(const QByteArray& body)
{
    return parse<ServiceDefinition>(body,
        { kDefinition, u"service_definition", &V2Xml::readDefinition, &V2Json::readDefinition });
}

Result<CreateResult> V2Codec::parseCreate(const QByteArray& body)
{
    return parse<CreateResult>(
        body, { kCreate, u"service_requests", &V2Xml::readCreate, &V2Json::readCreate });
}

Result<QList<RequestStatus>> V2Codec::parseRequests(const QByteArray& body)
{
    return parse<QList<RequestStatus>>(
        body, { kRequests, u"service_requests", &V2Xml::readRequests, &V2Json::readRequests });
}

Result<QList<RequestStatus>> V2Codec::parseTokens(const QByteArray& body)
{
    return parse<QList<RequestStatus>>(
        body, { kTokens, u"service_requests", &V2Xml::readRequests, &V2Json::readRequests });
}

bool V2Codec::isMalformedJson(const QByteArray& body)
{
    const V2Text::Sniffed sniffed = V2Text::sniff(body);
    if (sniffed.format != V2Text::Format::Json)
        return false;
    return V2Json::isMalformed(sniffed.document);
}

QString V2Codec::excerpt(const QByteArray& body)
{
    return SafeXml::excerpt(body);
}

} // namespace Open311
