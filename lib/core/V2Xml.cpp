#include "core/V2Xml.h"

#include "core/SafeXml.h"
#include "core/V2Codec.h"
#include "core/V2Text.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace Open311 {

namespace {

// An element the spec does not name, as JSON would give it: text alone as a string, children as
// an object, a repeated child as a list. Deeper than GeoReport ever goes, or past kMaxChildren,
// it is skipped: a hostile answer must not cost more than reading it.
constexpr int kMaxChildren = 10000;

QJsonValue extensionValue(QXmlStreamReader& xml, int depth)
{
    if (depth > 8) {
        xml.skipCurrentElement();
        return QJsonValue();
    }
    QString text;
    // Each name's values gathered first: an object rebuilt at every repeat would be quadratic.
    QHash<QString, QJsonArray> children;
    int count = 0;
    while (xml.readNext() != QXmlStreamReader::Invalid) {
        if (xml.isEndElement())
            break;
        if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isStartElement()) {
            if (++count > kMaxChildren) {
                xml.skipCurrentElement();
                continue;
            }
            const QString name = xml.name().toString();
            children[name].append(extensionValue(xml, depth + 1));
        }
    }
    if (children.isEmpty())
        return text.trimmed();
    QJsonObject object;
    for (auto it = children.cbegin(); it != children.cend(); ++it)
        object.insert(it.key(), it->size() == 1 ? it->first() : QJsonValue(*it));
    return object;
}

Error cutShort(const QByteArray& body)
{
    return Error::protocol(
        V2Codec::tr("The server's answer was cut short."), SafeXml::excerpt(body));
}

// <errors><error><code>403</code><description>...</description></error></errors>: this reads one
// <error>, and also Boston's and San Francisco's <error>plain text</error>.
void readXmlError(QXmlStreamReader& xml, int& code, QString& description)
{
    QString text;
    bool structured = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Characters) {
            text += xml.text();
        } else if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"code") {
                structured = true;
                code = V2Text::errorCode(SafeXml::elementText(xml));
            } else if (xml.name() == u"description") {
                structured = true;
                description = SafeXml::elementText(xml);
            } else {
                xml.skipCurrentElement();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            break;
        }
    }
    if (!structured)
        description = text.trimmed();
}

// The first error counts; a body with several gives them in no useful order.
Error readXmlErrors(QXmlStreamReader& xml, const QString& method)
{
    int code = -1;
    QString description;
    bool found = false;
    while (xml.readNextStartElement()) {
        if (!found && xml.name() == u"error") {
            readXmlError(xml, code, description);
            found = true;
        } else {
            xml.skipCurrentElement();
        }
    }
    return Error::server(method, code, description);
}

void readXmlValues(QXmlStreamReader& xml, QList<AttributeValue>& values)
{
    while (xml.readNextStartElement()) {
        if (xml.name() != u"value") {
            xml.skipCurrentElement();
            continue;
        }
        AttributeValue value;
        // Spec order is key then name; the Perl Open311::Endpoint writes name first.
        while (xml.readNextStartElement()) {
            if (xml.name() == u"key")
                value.key = SafeXml::elementText(xml);
            else if (xml.name() == u"name")
                value.name = SafeXml::elementText(xml);
            else
                xml.skipCurrentElement();
        }
        values.append(value);
    }
}

ServiceAttribute readXmlAttribute(QXmlStreamReader& xml)
{
    ServiceAttribute attribute;
    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        if (name == u"variable") {
            attribute.variable = V2Text::textFlag(SafeXml::elementText(xml), true);
        } else if (name == u"code") {
            attribute.code = SafeXml::elementText(xml);
        } else if (name == u"datatype") {
            attribute.datatypeName = SafeXml::elementText(xml);
            attribute.datatype = ServiceAttribute::datatypeFromName(attribute.datatypeName);
        } else if (name == u"required") {
            attribute.required = V2Text::textFlag(SafeXml::elementText(xml), false);
        } else if (name == u"datatype_description") {
            attribute.datatypeDescription = SafeXml::elementText(xml);
        } else if (name == u"order") {
            attribute.order = V2Text::textOrder(SafeXml::elementText(xml));
        } else if (name == u"description") {
            attribute.description = SafeXml::elementText(xml);
        } else if (name == u"values") {
            readXmlValues(xml, attribute.values);
        } else {
            xml.skipCurrentElement();
        }
    }
    return attribute;
}

DiscoveryEndpoint readXmlEndpoint(QXmlStreamReader& xml)
{
    DiscoveryEndpoint endpoint;
    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        if (name == u"specification") {
            endpoint.specification = SafeXml::elementText(xml);
        } else if (name == u"url") {
            endpoint.url = QUrl(SafeXml::elementText(xml));
        } else if (name == u"changeset") {
            endpoint.changeset = SafeXml::elementText(xml);
        } else if (name == u"type") {
            endpoint.type = SafeXml::elementText(xml);
        } else if (name == u"formats") {
            while (xml.readNextStartElement()) {
                if (xml.name() != u"format") {
                    xml.skipCurrentElement();
                    continue;
                }
                const QString format = SafeXml::elementText(xml);
                if (!format.isEmpty())
                    endpoint.formats.append(format);
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return endpoint;
}

} // namespace

std::optional<Error> V2Xml::readToRoot(QXmlStreamReader& xml, const QByteArray& body)
{
    switch (SafeXml::readToRoot(xml, body)) {
    case SafeXml::Problem::None:
        break;
    case SafeXml::Problem::Empty:
        return V2Text::emptyAnswer();
    case SafeXml::Problem::NotXml:
        return Error::protocol(
            V2Codec::tr("The server's answer is not XML."), SafeXml::excerpt(body));
    case SafeXml::Problem::WebPage:
        return Error::protocol(
            V2Codec::tr("The server answered with a web page instead of GeoReport data."),
            SafeXml::excerpt(body));
    case SafeXml::Problem::Dtd:
        return Error::protocol(
            V2Codec::tr("The answer declares a document type (DTD), which GeoReport never "
                        "uses; it was refused for safety."));
    }
    return std::nullopt;
}

std::optional<Error> V2Xml::readServerError(QXmlStreamReader& xml, const QString& method)
{
    if (xml.name() == u"errors")
        return readXmlErrors(xml, method);
    if (xml.name() == u"error") {
        int code = -1;
        QString description;
        readXmlError(xml, code, description);
        return Error::server(method, code, description);
    }
    return std::nullopt;
}

Error V2Xml::unexpectedRoot(const QXmlStreamReader& xml, QStringView root, const QByteArray& body)
{
    return Error::protocol(V2Codec::tr("The server answered <%1> where <%2> was expected.")
                               .arg(xml.name().toString(), root.toString()),
        SafeXml::excerpt(body));
}

std::optional<Error> V2Xml::readToEnd(QXmlStreamReader& xml, const QByteArray& body)
{
    SafeXml::readToEnd(xml);
    if (!xml.hasError())
        return std::nullopt;
    if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        return cutShort(body);
    return Error::protocol(
        V2Codec::tr("The server's answer is not well-formed XML: %1.").arg(xml.errorString()),
        SafeXml::excerpt(body));
}

std::optional<Error> V2Xml::readDiscovery(QXmlStreamReader& xml, Discovery& discovery)
{
    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        if (name == u"changeset") {
            discovery.changeset = SafeXml::elementText(xml);
        } else if (name == u"contact") {
            discovery.contact = SafeXml::elementText(xml);
        } else if (name == u"key_service") {
            discovery.keyService = SafeXml::elementText(xml);
        } else if (name == u"endpoints") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"endpoint")
                    discovery.endpoints.append(readXmlEndpoint(xml));
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return std::nullopt;
}

std::optional<Error> V2Xml::readServices(QXmlStreamReader& xml, ServiceList& services)
{
    V2Text::SharedKeywords sharedKeywords;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"service") {
            xml.skipCurrentElement();
            continue;
        }
        Service service;
        while (xml.readNextStartElement()) {
            const QStringView name = xml.name();
            if (name == u"service_code") {
                service.code = SafeXml::elementText(xml);
            } else if (name == u"service_name") {
                service.name = SafeXml::elementText(xml);
            } else if (name == u"description") {
                service.description = SafeXml::elementText(xml);
            } else if (name == u"metadata") {
                service.metadata = V2Text::textFlag(SafeXml::elementText(xml), false);
            } else if (name == u"type") {
                service.type = SafeXml::elementText(xml);
            } else if (name == u"keywords") {
                service.keywords = sharedKeywords(SafeXml::elementText(xml));
            } else if (name == u"group") {
                service.group = SafeXml::elementText(xml);
            } else if (name == u"groups") {
                // FixMyStreet: <groups><group>sanitation</group><group>street</group></groups>
                while (xml.readNextStartElement()) {
                    if (xml.name() != u"group") {
                        xml.skipCurrentElement();
                        continue;
                    }
                    const QString group = SafeXml::elementText(xml);
                    if (!group.isEmpty())
                        service.groups.append(group);
                }
            } else {
                xml.skipCurrentElement();
            }
        }
        if (xml.hasError())
            return std::nullopt;
        if (std::optional<Error> invalid = V2Text::finishService(service))
            return invalid;
        services.append(std::move(service));
    }
    return std::nullopt;
}

std::optional<Error> V2Xml::readDefinition(QXmlStreamReader& xml, ServiceDefinition& definition)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == u"service_code") {
            definition.serviceCode = SafeXml::elementText(xml);
        } else if (xml.name() == u"attributes") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"attribute")
                    definition.attributes.append(readXmlAttribute(xml));
                else
                    xml.skipCurrentElement();
            }
        } else if (xml.name() == u"attribute") {
            // Before 2013 the attributes sat directly in <service_definition>.
            definition.attributes.append(readXmlAttribute(xml));
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return std::nullopt;
    return V2Text::finishDefinition(definition);
}

std::optional<Error> V2Xml::readCreate(QXmlStreamReader& xml, CreateResult& result)
{
    bool found = false;
    while (xml.readNextStartElement()) {
        if (found || xml.name() != u"request") {
            xml.skipCurrentElement();
            continue;
        }
        found = true;
        while (xml.readNextStartElement()) {
            const QStringView name = xml.name();
            if (name == u"service_request_id")
                result.serviceRequestId = SafeXml::elementText(xml);
            else if (name == u"token")
                result.token = SafeXml::elementText(xml);
            else if (name == u"service_notice")
                result.serviceLevelAgreement = SafeXml::elementText(xml);
            else if (name == u"account_id")
                result.accountId = SafeXml::elementText(xml);
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return std::nullopt;
    if (!found)
        return V2Text::createWithoutRequest();
    if (result.serviceRequestId.isEmpty() && result.token.isEmpty())
        return V2Text::createWithoutId();
    return std::nullopt;
}

std::optional<Error> V2Xml::readRequests(QXmlStreamReader& xml, QList<RequestStatus>& requests)
{
    while (xml.readNextStartElement()) {
        if (xml.name() != u"request") {
            xml.skipCurrentElement();
            continue;
        }
        RequestStatus request;
        while (xml.readNextStartElement()) {
            const QStringView name = xml.name();
            QString RequestStatus::*member = nullptr;
            for (const V2Text::RequestField& known : V2Text::kRequestFields) {
                if (name == known.name) {
                    member = known.member;
                    break;
                }
            }
            if (member)
                request.*member = SafeXml::elementText(xml);
            else {
                const QString key = name.toString(); // before the reader moves on
                request.extensions.insert(key, extensionValue(xml, 0));
            }
        }
        if (xml.hasError())
            return std::nullopt;
        if (request.serviceRequestId.isEmpty() && request.token.isEmpty())
            return V2Text::requestWithoutId();
        requests.append(std::move(request));
    }
    return std::nullopt;
}

} // namespace Open311
