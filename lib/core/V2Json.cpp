#include "core/V2Json.h"

#include "core/JsonFieldReader.h"
#include "core/JsonScanner.h"
#include "core/SafeXml.h"
#include "core/V2Codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cstddef>
#include <cstring>
#include <iterator>

namespace Open311 {

namespace {

// --- Messages

Error notWhatWasAsked(const QString& method)
{
    return Error::protocol(
        V2Codec::tr("The server's answer is not the %1 answer that was asked for.").arg(method));
}

Error tooLargeNumber()
{
    return Error::protocol(V2Codec::tr("The server wrote an id as a number that cannot be read "
                                       "back as it was written, so it would come out as a "
                                       "different id."));
}

Error malformedJson(const QJsonParseError& parseError, const QByteArray& body)
{
    qsizetype end = body.size();
    while (end > 0 && V2Text::isSpace(body.at(end - 1)))
        --end;
    if (parseError.offset >= end)
        return Error::protocol(
            V2Codec::tr("The server's answer was cut short; it is not valid JSON."),
            SafeXml::excerpt(body));
    return Error::protocol(V2Codec::tr("The server's answer is not valid JSON (%1 at byte %2).")
                               .arg(parseError.errorString())
                               .arg(parseError.offset),
        SafeXml::excerpt(body));
}

Error jsonObjectWhereListExpected(const QByteArray& body)
{
    return Error::protocol(
        V2Codec::tr("The server answered with a JSON object where a list was expected."),
        SafeXml::excerpt(body));
}

Error jsonListWhereObjectExpected(const QByteArray& body)
{
    return Error::protocol(
        V2Codec::tr("The server answered with a JSON list where an object was expected."),
        SafeXml::excerpt(body));
}

Error jsonBadShape(const char* key)
{
    return Error::protocol(V2Codec::tr(
        "The server's JSON answer gives \u201c%1\u201d in a form GeoReport does not use.")
                               .arg(QLatin1String(key)));
}

bool isJsonError(const QJsonObject& object)
{
    return object.contains(QLatin1String("code")) && object.contains(QLatin1String("description"))
        && !object.contains(QLatin1String("service_request_id"))
        && !object.contains(QLatin1String("service_code"))
        && !object.contains(QLatin1String("token"));
}

// A list of JSON objects; a lone object is a list of one (Helsinki answers requests/{id}.json so).
QJsonArray jsonEntries(const QJsonDocument& document)
{
    if (document.isArray())
        return document.array();
    return QJsonArray { document.object() };
}

// --- Keys

// An inline comparison: most keys differ from the word by their size alone.
template <std::size_t N> bool isKey(const QString& key, const char16_t (&word)[N])
{
    return key.size() == qsizetype(N - 1)
        && std::memcmp(key.constData(), word, (N - 1) * sizeof(char16_t)) == 0;
}

enum class ServiceField
{
    Other,
    Code,
    Name,
    Description,
    Metadata,
    Type,
    Keywords,
    Group,
    Groups,
    RequestId,
};

ServiceField serviceField(const QString& key)
{
    if (isKey(key, u"service_code"))
        return ServiceField::Code;
    if (isKey(key, u"service_name"))
        return ServiceField::Name;
    if (isKey(key, u"description"))
        return ServiceField::Description;
    if (isKey(key, u"metadata"))
        return ServiceField::Metadata;
    if (isKey(key, u"type"))
        return ServiceField::Type;
    if (isKey(key, u"keywords"))
        return ServiceField::Keywords;
    if (isKey(key, u"group"))
        return ServiceField::Group;
    if (isKey(key, u"groups"))
        return ServiceField::Groups;
    if (isKey(key, u"service_request_id"))
        return ServiceField::RequestId;
    return ServiceField::Other;
}

template <std::size_t N> bool isKey(QByteArrayView key, const char (&word)[N])
{
    return key.size() == qsizetype(N - 1) && std::memcmp(key.data(), word, N - 1) == 0;
}

ServiceField serviceField(QByteArrayView key)
{
    if (isKey(key, "service_code"))
        return ServiceField::Code;
    if (isKey(key, "service_name"))
        return ServiceField::Name;
    if (isKey(key, "description"))
        return ServiceField::Description;
    if (isKey(key, "metadata"))
        return ServiceField::Metadata;
    if (isKey(key, "type"))
        return ServiceField::Type;
    if (isKey(key, "keywords"))
        return ServiceField::Keywords;
    if (isKey(key, "group"))
        return ServiceField::Group;
    if (isKey(key, "groups"))
        return ServiceField::Groups;
    if (isKey(key, "service_request_id"))
        return ServiceField::RequestId;
    return ServiceField::Other;
}

// --- Scanned values, as jsonText(), jsonFlag() and jsonWords() read them; what those would
// read from a number or a boolean is left to them.

void scanText(JsonScanner& json, QString& text)
{
    switch (json.peek()) {
    case JsonScanner::Kind::String:
        if (json.readString(text))
            V2Text::trimInPlace(text);
        return;
    case JsonScanner::Kind::Null:
        json.readNull();
        return;
    case JsonScanner::Kind::Array:
    case JsonScanner::Kind::Object:
        json.skipValue();
        return;
    default:
        json.decline();
        return;
    }
}

void scanWords(JsonScanner& json, QStringList& words)
{
    if (json.peek() != JsonScanner::Kind::Array) {
        QString word;
        scanText(json, word);
        if (!word.isEmpty())
            words.append(word);
        return;
    }
    json.enterArray();
    while (json.nextElement()) {
        QString word;
        scanText(json, word);
        if (!word.isEmpty())
            words.append(word);
    }
}

void scanFlag(JsonScanner& json, bool& flag)
{
    switch (json.peek()) {
    case JsonScanner::Kind::Bool:
        json.readBool(flag);
        return;
    case JsonScanner::Kind::String: {
        QString text;
        if (json.readString(text))
            flag = V2Text::textFlag(text, flag);
        return;
    }
    case JsonScanner::Kind::Null:
        json.readNull();
        return;
    default:
        json.decline();
        return;
    }
}

// The index of the key in V2Text::kRequestFields, or -1.
int requestField(const QString& key)
{
    for (qsizetype i = 0; i < qsizetype(std::size(V2Text::kRequestFields)); ++i) {
        if (key == V2Text::kRequestFields[i].name)
            return int(i);
    }
    return -1;
}

// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, as RFC 8259 writes numbers; Qt's parser also
// takes ".5". `integer` says whether it is digits alone.
bool isJsonNumber(const char* text, qsizetype size, bool& integer)
{
    qsizetype i = 0;
    const auto digits = [&] {
        const qsizetype from = i;
        while (i < size && text[i] >= '0' && text[i] <= '9')
            ++i;
        return i - from;
    };
    if (i < size && text[i] == '-')
        ++i;
    if (i < size && text[i] == '0')
        ++i;
    else if (i >= size || text[i] < '1' || text[i] > '9' || digits() == 0)
        return false;
    integer = i == size;
    if (i < size && text[i] == '.') {
        ++i;
        if (digits() == 0)
            return false;
    }
    if (i < size && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < size && (text[i] == '+' || text[i] == '-'))
            ++i;
        if (digits() == 0)
            return false;
    }
    return i == size;
}

// A key as the document means it: "service\u005fcode" is service_code.
QByteArray decodedKey(QByteArrayView raw)
{
    if (!raw.contains('\\'))
        return raw.toByteArray();
    const QJsonDocument wrapped
        = QJsonDocument::fromJson(QByteArray("[\"") + raw.toByteArray() + QByteArray("\"]"));
    return wrapped.array().first().toString().toUtf8();
}

// Whether `key`, in the object that `containers` (the key that opened each enclosing object
// or array, outermost first) ends in, is one that V2Json reads as an id: a request's, a
// service's or a token's at the top or in the top-level list, a question's code, a value's key.
// Extensions and an error's code are only numbers.
bool isIdAt(const QByteArray& key, const QList<QByteArray>& containers)
{
    if (key == "service_code" || key == "service_request_id" || key == "token"
        || key == "account_id")
        return containers.size() <= 2;
    const qsizetype list = containers.size() - 2;
    if (key == "code")
        return list >= 0 && containers.at(list) == "attributes";
    if (key == "key")
        return list >= 0 && containers.at(list) == "values";
    return false;
}

bool isNumberCharacter(char c)
{
    return (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.' || c == 'e' || c == 'E';
}

enum class NumberFault
{
    None,
    Grammar,
    Id
};

// What Qt's parser let through that changes meaning: a number JSON does not allow, or an id
// written as a number in any form but its digits ("12.0", "1e3", "-0"), whose text is unknown.
// Run only on a document Qt has parsed, so its strings are closed and its brackets match.
NumberFault numberFault(const QByteArray& body, qsizetype& at)
{
    const char* text = body.constData();
    const qsizetype size = body.size();
    QList<QByteArray> containers;
    QByteArray key;
    bool valueOfKey = false;
    for (qsizetype i = 0; i < size;) {
        const char c = text[i];
        if (c == '"') {
            qsizetype end = i + 1;
            while (end < size && text[end] != '"')
                end += text[end] == '\\' ? 2 : 1;
            const QByteArrayView string(text + i + 1, qMin(end, size) - i - 1);
            i = end + 1;
            qsizetype next = i;
            while (next < size && V2Text::isSpace(text[next]))
                ++next;
            valueOfKey = next < size && text[next] == ':';
            if (valueOfKey) {
                key = decodedKey(string);
                i = next + 1;
            }
            continue;
        }
        // "e" starts no number: it is in true and false.
        if (c != 'e' && c != 'E' && isNumberCharacter(c)) {
            qsizetype end = i;
            while (end < size && isNumberCharacter(text[end]))
                ++end;
            bool integer = false;
            const QByteArrayView token(text + i, end - i);
            if (!isJsonNumber(token.data(), token.size(), integer)) {
                at = i;
                return NumberFault::Grammar;
            }
            if (valueOfKey && (!integer || token == "-0") && isIdAt(key, containers)) {
                at = i;
                return NumberFault::Id;
            }
            valueOfKey = false;
            i = end;
            continue;
        }
        if (c == '{' || c == '[') {
            containers.append(valueOfKey ? key : QByteArray());
        } else if ((c == '}' || c == ']') && !containers.isEmpty()) {
            containers.removeLast();
        }
        if (c == ',' || c == '[' || c == '{' || c == ']' || c == '}')
            valueOfKey = false;
        ++i;
    }
    return NumberFault::None;
}

} // namespace

std::optional<Error> V2Json::read(
    const QByteArray& body, const QString& method, QJsonDocument& document)
{
    QJsonParseError parseError;
    document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformedJson(parseError, body);
    qsizetype at = 0;
    const NumberFault fault = numberFault(body, at);
    if (fault == NumberFault::Grammar) {
        QJsonParseError illegal;
        illegal.offset = int(at);
        illegal.error = QJsonParseError::IllegalNumber;
        return malformedJson(illegal, body);
    }
    // The server's own message comes first; it says more than its numbers.
    if (std::optional<Error> refusal = serverError(document, method))
        return refusal;
    if (fault == NumberFault::Id)
        return tooLargeNumber();
    return std::nullopt;
}

bool V2Json::isMalformed(const QByteArray& document)
{
    QJsonParseError parseError;
    QJsonDocument::fromJson(document, &parseError);
    qsizetype at = 0;
    return parseError.error != QJsonParseError::NoError
        || numberFault(document, at) != NumberFault::None;
}

std::optional<Error> V2Json::serverError(const QJsonDocument& document, const QString& method)
{
    QJsonObject first;
    if (document.isArray()) {
        const QJsonArray array = document.array();
        if (array.isEmpty() || !array.first().isObject())
            return std::nullopt;
        first = array.first().toObject();
    } else {
        first = document.object();
    }
    if (!isJsonError(first))
        return std::nullopt;
    const QJsonValue code = field(first, "code");
    int number = -1;
    if (code.isString()) {
        number = V2Text::errorCode(code.toString());
    } else if (code.isDouble()) {
        qint64 whole = 0;
        if (isWholeNumber(code, whole) && whole >= 0 && whole <= std::numeric_limits<int>::max())
            number = int(whole);
    }
    return Error::server(method, number, textField(first, "description"));
}

std::optional<Error> V2Json::readDiscovery(
    const QJsonDocument& document, const QByteArray& body, Discovery& discovery)
{
    if (!document.isObject())
        return jsonListWhereObjectExpected(body);
    const QJsonObject object = document.object();
    if (!object.contains(QLatin1String("endpoints")))
        return notWhatWasAsked(V2Codec::kDiscovery);
    discovery.changeset = textField(object, "changeset");
    discovery.contact = textField(object, "contact");
    discovery.keyService = textField(object, "key_service");
    const QJsonValue endpoints = field(object, "endpoints");
    if (!endpoints.isArray() && !endpoints.isNull())
        return jsonBadShape("endpoints");
    const QJsonArray list = endpoints.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return jsonBadShape("endpoints");
        const QJsonObject entry = list.at(i).toObject();
        DiscoveryEndpoint endpoint;
        endpoint.specification = textField(entry, "specification");
        endpoint.url = QUrl(textField(entry, "url"));
        endpoint.changeset = textField(entry, "changeset");
        endpoint.type = textField(entry, "type");
        endpoint.formats = wordsField(entry, "formats");
        discovery.endpoints.append(endpoint);
    }
    return std::nullopt;
}

std::optional<Error> V2Json::readServices(
    const QJsonDocument& document, const QByteArray& body, ServiceList& services)
{
    if (!document.isArray())
        return jsonObjectWhereListExpected(body);
    const QJsonArray array = document.array();
    services.reserve(array.size());
    V2Text::SharedKeywords sharedKeywords;
    JsonFieldReader<ServiceField> fields(&serviceField);
    for (QJsonArray::const_iterator entry = array.constBegin(); entry != array.constEnd();
         ++entry) {
        if (!(*entry).isObject())
            return jsonBadShape("service");
        Service service;
        bool exact = true;
        bool isRequest = false;
        fields.read(
            (*entry).toObject(), [&](ServiceField field, const QJsonValueConstRef& value, auto&&) {
                switch (field) {
                case ServiceField::Code:
                    service.code = jsonId(value, exact);
                    break;
                case ServiceField::Name:
                    service.name = jsonText(value);
                    break;
                case ServiceField::Description:
                    service.description = jsonText(value);
                    break;
                case ServiceField::Metadata:
                    service.metadata = jsonFlag(value, false);
                    break;
                case ServiceField::Type:
                    service.type = jsonText(value);
                    break;
                case ServiceField::Keywords:
                    service.keywords
                        = value.isArray() ? jsonWords(value) : sharedKeywords(jsonText(value));
                    break;
                case ServiceField::Group:
                    service.group = jsonText(value);
                    break;
                case ServiceField::Groups:
                    service.groups = jsonWords(value);
                    break;
                case ServiceField::RequestId:
                    isRequest = true;
                    break;
                case ServiceField::Other:
                    break;
                }
            });
        if (isRequest && services.isEmpty())
            return notWhatWasAsked(V2Codec::kServices);
        if (!exact)
            return tooLargeNumber();
        if (std::optional<Error> invalid = V2Text::finishService(service))
            return invalid;
        services.append(std::move(service));
    }
    return std::nullopt;
}

bool V2Json::scanServices(const QByteArray& document, ServiceList& services)
{
    JsonScanner json(document);
    if (!json.enterArray())
        return false;
    ServiceList read;
    V2Text::SharedKeywords sharedKeywords;
    while (json.nextElement()) {
        if (!json.enterObject())
            return false;
        Service service;
        unsigned seen = 0;
        bool isRequest = false;
        bool hasCodeKey = false;
        QByteArrayView key;
        while (json.nextMember(key)) {
            const ServiceField field = serviceField(key);
            const unsigned bit = 1u << unsigned(field);
            // QJsonDocument keeps one of two equal keys, and which one is its business.
            if (field != ServiceField::Other && (seen & bit) != 0)
                return false;
            seen |= bit;
            switch (field) {
            case ServiceField::Code:
                scanText(json, service.code);
                break;
            case ServiceField::Name:
                scanText(json, service.name);
                break;
            case ServiceField::Description:
                scanText(json, service.description);
                break;
            case ServiceField::Metadata:
                scanFlag(json, service.metadata);
                break;
            case ServiceField::Type:
                scanText(json, service.type);
                break;
            case ServiceField::Keywords:
                if (json.peek() == JsonScanner::Kind::Array) {
                    scanWords(json, service.keywords);
                } else {
                    QString text;
                    scanText(json, text);
                    service.keywords = sharedKeywords(text);
                }
                break;
            case ServiceField::Group:
                scanText(json, service.group);
                break;
            case ServiceField::Groups:
                scanWords(json, service.groups);
                break;
            case ServiceField::RequestId:
                isRequest = true;
                json.skipValue();
                break;
            case ServiceField::Other:
                hasCodeKey = hasCodeKey || isKey(key, "code");
                json.skipValue();
                break;
            }
        }
        if (!json.ok())
            return false;
        // An error document, a request list or a service without a code: readServices() says so.
        if (read.isEmpty() && (isRequest || hasCodeKey))
            return false;
        if (V2Text::finishService(service))
            return false;
        read.append(std::move(service));
    }
    if (!json.atEnd())
        return false;
    services = std::move(read);
    return true;
}

std::optional<Error> V2Json::readDefinition(
    const QJsonDocument& document, const QByteArray& body, ServiceDefinition& definition)
{
    if (!document.isObject())
        return jsonListWhereObjectExpected(body);
    const QJsonObject object = document.object();
    if (!object.contains(QLatin1String("service_code"))
        && !object.contains(QLatin1String("attributes")))
        return notWhatWasAsked(V2Codec::kDefinition);
    bool exact = true;
    definition.serviceCode = idField(object, "service_code", exact);
    const QJsonValue attributes = field(object, "attributes");
    if (!attributes.isArray() && !attributes.isNull() && !attributes.isUndefined())
        return jsonBadShape("attributes");
    const QJsonArray list = attributes.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return jsonBadShape("attributes");
        const QJsonObject entry = list.at(i).toObject();
        ServiceAttribute attribute;
        attribute.variable = flagField(entry, "variable", true);
        attribute.code = idField(entry, "code", exact);
        attribute.datatypeName = textField(entry, "datatype");
        attribute.datatype = ServiceAttribute::datatypeFromName(attribute.datatypeName);
        attribute.required = flagField(entry, "required", false);
        attribute.datatypeDescription = textField(entry, "datatype_description");
        attribute.order = orderField(entry, "order");
        attribute.description = textField(entry, "description");
        const QJsonValue values = field(entry, "values");
        if (!values.isArray() && !values.isNull() && !values.isUndefined())
            return jsonBadShape("values");
        const QJsonArray valueList = values.toArray();
        for (qsizetype j = 0; j < valueList.size(); ++j) {
            if (!valueList.at(j).isObject())
                return jsonBadShape("values");
            const QJsonObject valueObject = valueList.at(j).toObject();
            AttributeValue value;
            value.key = idField(valueObject, "key", exact);
            value.name = textField(valueObject, "name");
            attribute.values.append(value);
        }
        definition.attributes.append(attribute);
    }
    if (!exact)
        return tooLargeNumber();
    return V2Text::finishDefinition(definition);
}

std::optional<Error> V2Json::readCreate(
    const QJsonDocument& document, const QByteArray&, CreateResult& result)
{
    const QJsonArray array = jsonEntries(document);
    if (array.isEmpty())
        return V2Text::createWithoutRequest();
    if (!array.first().isObject())
        return jsonBadShape("request");
    const QJsonObject object = array.first().toObject();
    bool exact = true;
    result.serviceRequestId = idField(object, "service_request_id", exact);
    result.token = idField(object, "token", exact);
    result.serviceLevelAgreement = textField(object, "service_notice");
    result.accountId = idField(object, "account_id", exact);
    if (!exact)
        return tooLargeNumber();
    if (result.serviceRequestId.isEmpty() && result.token.isEmpty())
        return V2Text::createWithoutId();
    return std::nullopt;
}

std::optional<Error> V2Json::readRequests(
    const QJsonDocument& document, const QByteArray&, QList<RequestStatus>& requests)
{
    const QJsonArray array = jsonEntries(document);
    requests.reserve(array.size());
    JsonFieldReader<int> fields(&requestField);
    for (QJsonArray::const_iterator entry = array.constBegin(); entry != array.constEnd();
         ++entry) {
        if (!(*entry).isObject())
            return jsonBadShape("request");
        RequestStatus request;
        bool exact = true;
        fields.read(
            (*entry).toObject(), [&](int field, const QJsonValueConstRef& value, auto&& key) {
                if (field < 0) {
                    request.extensions.insert(key(), value);
                    return;
                }
                const V2Text::RequestField& known = V2Text::kRequestFields[field];
                request.*known.member = known.isId ? jsonId(value, exact) : jsonText(value);
            });
        if (!exact)
            return tooLargeNumber();
        if (request.serviceRequestId.isEmpty() && request.token.isEmpty())
            return V2Text::requestWithoutId();
        requests.append(std::move(request));
    }
    return std::nullopt;
}

} // namespace Open311
