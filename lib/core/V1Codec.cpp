#include "core/V1Codec.h"

#include "core/FormEncoding.h"
#include "core/Logging.h"
#include "core/SafeXml.h"
#include "core/XmlQuoteRepair.h"

#include <QXmlStreamReader>

namespace Open311 {

namespace {

QByteArray authQuery(const QString& cityId, const QString& apiKey)
{
    QByteArray query;
    FormEncoding::append(query, "api_key", apiKey, true);
    FormEncoding::append(query, "city_id", cityId, true);
    return query;
}

enum class ParseFailure
{
    None,
    NotWellFormed,
    Other
};

template <typename T> using PayloadReader = std::optional<Error> (*)(QXmlStreamReader&, T&, bool&);

template <typename T>
Result<T> parseOnce(const QByteArray& body, QStringView root, const QString& method,
    QStringView payloadName, PayloadReader<T> readPayload, ParseFailure& failure)
{
    failure = ParseFailure::Other;
    QXmlStreamReader xml(body);
    switch (SafeXml::readToRoot(xml, body)) {
    case SafeXml::Problem::None:
        break;
    case SafeXml::Problem::WebPage:
        return Error::protocol(
            V1Codec::tr("The server answered with a web page instead of GeoReport data."),
            V1Codec::excerpt(body));
    case SafeXml::Problem::Dtd:
        // Debian's Qt 6.4 lacks the 2023 DTD fixes, and GeoReport never needs a DTD.
        return Error::protocol(
            V1Codec::tr("The answer declares a document type (DTD), which GeoReport never "
                        "uses; it was refused for safety."));
    case SafeXml::Problem::Empty:
        failure = ParseFailure::NotWellFormed;
        return Error::protocol(V1Codec::tr("The server sent an empty answer."));
    case SafeXml::Problem::NotXml:
        failure = ParseFailure::NotWellFormed;
        return Error::protocol(
            V1Codec::tr("The server's answer is not XML."), V1Codec::excerpt(body));
    }
    if (xml.name() != root) {
        return Error::protocol(V1Codec::tr("The server answered <%1> where <%2> was expected.")
                                   .arg(xml.name().toString(), root.toString()),
            V1Codec::excerpt(body));
    }

    T value {};
    bool havePayload = false;
    bool haveError = false;
    int errorCode = -1;
    QString errorDescription;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"Open311Error") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"errorCode") {
                    const QString text = SafeXml::elementText(xml);
                    if (!text.isEmpty()) {
                        haveError = true;
                        bool ok = false;
                        const int code = text.toInt(&ok);
                        errorCode = ok ? code : -1;
                    }
                } else if (xml.name() == u"errorDescription") {
                    errorDescription = SafeXml::elementText(xml);
                    haveError = haveError || !errorDescription.isEmpty();
                } else {
                    xml.skipCurrentElement();
                }
            }
        } else if (xml.name() == payloadName) {
            bool present = false;
            if (std::optional<Error> invalid = readPayload(xml, value, present)) {
                if (!xml.hasError())
                    return *invalid;
            }
            havePayload = havePayload || present;
        } else {
            xml.skipCurrentElement();
        }
    }
    // Trailing garbage after the root element is a sign of a mangled answer.
    SafeXml::readToEnd(xml);
    if (xml.hasError()) {
        failure = xml.error() == QXmlStreamReader::PrematureEndOfDocumentError
            ? ParseFailure::Other
            : ParseFailure::NotWellFormed;
        if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            return Error::protocol(
                V1Codec::tr("The server's answer was cut short."), V1Codec::excerpt(body));
        return Error::protocol(
            V1Codec::tr("The server's answer is not well-formed XML: %1.").arg(xml.errorString()),
            V1Codec::excerpt(body));
    }
    failure = ParseFailure::None;
    if (haveError)
        return Error::server(method, errorCode, errorDescription);
    if (!havePayload)
        return Error::protocol(V1Codec::tr("The server's answer holds neither a result nor an "
                                           "error."),
            V1Codec::excerpt(body));
    return value;
}

template <typename T>
Result<T> parse(const QByteArray& raw, QStringView root, const QString& method,
    QStringView payloadName, PayloadReader<T> readPayload)
{
    const QByteArray body = SafeXml::withoutPreamble(raw);
    ParseFailure failure = ParseFailure::None;
    Result<T> result = parseOnce<T>(body, root, method, payloadName, readPayload, failure);
    if (failure == ParseFailure::NotWellFormed) {
        const QByteArray repaired = XmlQuoteRepair::repair(body);
        if (!repaired.isEmpty()) {
            ParseFailure again = ParseFailure::None;
            Result<T> second
                = parseOnce<T>(repaired, root, method, payloadName, readPayload, again);
            if (again == ParseFailure::None) {
                qCDebug(lcCodec) << "repaired unescaped quotes in a" << method << "answer";
                return second;
            }
        }
    }
    return result;
}

std::optional<Error> readServiceList(QXmlStreamReader& xml, ServiceList& services, bool& present)
{
    present = true;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"service") {
            xml.skipCurrentElement();
            continue;
        }
        const QXmlStreamAttributes attributes = xml.attributes();
        Service service;
        service.code = attributes.value(QLatin1String("service_code")).toString().trimmed();
        service.name = attributes.value(QLatin1String("service_name")).toString().trimmed();
        service.description
            = attributes.value(QLatin1String("service_description")).toString().trimmed();
        // Some servers use child elements instead of attributes.
        while (xml.readNextStartElement()) {
            if (xml.name() == u"service_code")
                service.code = SafeXml::elementText(xml);
            else if (xml.name() == u"service_name")
                service.name = SafeXml::elementText(xml);
            else if (xml.name() == u"service_description")
                service.description = SafeXml::elementText(xml);
            else
                xml.skipCurrentElement();
        }
        if (service.code.isEmpty()) {
            qCWarning(lcCodec) << "skipped a service without a service_code";
            continue;
        }
        if (service.name.isEmpty())
            service.name = service.code;
        services.append(service);
    }
    return std::nullopt;
}

std::optional<Error> readCreate(QXmlStreamReader& xml, CreateResult& result, bool& present)
{
    bool sawAnything = false;
    while (xml.readNextStartElement()) {
        sawAnything = true;
        if (xml.name() == u"service_request_id")
            result.serviceRequestId = SafeXml::elementText(xml);
        else if (xml.name() == u"service_level_agreement")
            result.serviceLevelAgreement = SafeXml::elementText(xml);
        else if (xml.name() == u"account_id")
            result.accountId = SafeXml::elementText(xml);
        else
            xml.skipCurrentElement();
    }
    // An empty <Open311Create/> stands beside an error; it is no result.
    present = sawAnything;
    if (sawAnything && result.serviceRequestId.isEmpty())
        return Error::protocol(
            V1Codec::tr("The server's answer to the report has no service request id."));
    return std::nullopt;
}

std::optional<Error> readStatus(QXmlStreamReader& xml, RequestStatus& status, bool& present)
{
    bool sawAnything = false;
    while (xml.readNextStartElement()) {
        sawAnything = true;
        if (xml.name() == u"service_request_id")
            status.serviceRequestId = SafeXml::elementText(xml);
        else if (xml.name() == u"status")
            status.status = SafeXml::elementText(xml);
        else if (xml.name() == u"status_notes")
            status.statusNotes = SafeXml::elementText(xml);
        else if (xml.name() == u"service_name")
            status.serviceName = SafeXml::elementText(xml);
        else
            xml.skipCurrentElement();
    }
    present = sawAnything;
    if (sawAnything && status.status.isEmpty())
        return Error::protocol(V1Codec::tr("The server's status answer has no status."));
    return std::nullopt;
}

} // namespace

QByteArray V1Codec::serviceListQuery(const QString& cityId, const QString& apiKey)
{
    return authQuery(cityId, apiKey);
}

QByteArray V1Codec::createQuery(
    const NewRequest& request, const QString& cityId, const QString& apiKey)
{
    QByteArray query = authQuery(cityId, apiKey);
    FormEncoding::append(query, "service_code", request.serviceCode.trimmed());
    if (request.hasLocation()) {
        FormEncoding::append(query, "lat", formatCoordinate(*request.latitude));
        FormEncoding::append(query, "lon", formatCoordinate(*request.longitude));
    }
    FormEncoding::append(query, "address_string", request.addressString);
    FormEncoding::append(query, "customer_email", request.email.trimmed());
    FormEncoding::append(query, "device_id", request.deviceId);
    FormEncoding::append(query, "account_id", request.accountId);
    FormEncoding::append(query, "first_name", request.firstName);
    FormEncoding::append(query, "last_name", request.lastName);
    FormEncoding::append(query, "phone_number", request.phone);
    FormEncoding::append(query, "description", request.description);
    FormEncoding::append(query, "media_url", request.mediaUrl.trimmed());
    return query;
}

QByteArray V1Codec::statusQuery(
    const QString& requestId, const QString& cityId, const QString& apiKey)
{
    QByteArray query = authQuery(cityId, apiKey);
    FormEncoding::append(query, "service_request_id", requestId, true);
    return query;
}

Result<ServiceList> V1Codec::parseServiceList(const QByteArray& body)
{
    return parse<ServiceList>(
        body, u"ServiceResponse", kServiceList, u"Open311ServiceList", &readServiceList);
}

Result<CreateResult> V1Codec::parseCreate(const QByteArray& body)
{
    return parse<CreateResult>(
        body, u"CreateResponse", kCreateRequest, u"Open311Create", &readCreate);
}

Result<RequestStatus> V1Codec::parseStatus(const QByteArray& body)
{
    return parse<RequestStatus>(
        body, u"StatusResponse", kStatusUpdate, u"Open311Status", &readStatus);
}

QString V1Codec::excerpt(const QByteArray& body)
{
    return SafeXml::excerpt(body);
}

QString V1Codec::formatCoordinate(double degrees)
{
    // Seven decimals are about a centimetre; more would be noise.
    QString text = QString::number(degrees, 'f', 7);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace Open311
