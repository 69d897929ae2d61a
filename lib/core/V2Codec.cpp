#include "core/V2Codec.h"

#include "core/Logging.h"
#include "core/SafeXml.h"

#include <QCborMap>
#include <QCborValue>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QXmlStreamReader>

#include <cmath>
#include <cstring>
#include <iterator>
#include <limits>
#include <optional>

namespace Open311 {

namespace {

// --- Which format, and where the document starts

enum class Format
{
    Empty,
    Json,
    Xml,
    Unknown,
};

struct Sniffed
{
    Format format = Format::Empty;
    QByteArray document; // from the document's first byte
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

bool startsWithNoCase(QByteArrayView text, qsizetype at, QByteArrayView prefix)
{
    return text.size() - at >= prefix.size()
        && text.sliced(at, prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

// PHP's warnings with html_errors on: "<br />\n<b>Warning</b>:  ... on line <b>3</b><br />".
// No GeoReport document has a <br> or <b> root.
bool isPhpMarkup(QByteArrayView body, qsizetype at)
{
    if (startsWithNoCase(body, at, "<b>"))
        return true;
    if (!startsWithNoCase(body, at, "<br"))
        return false;
    const qsizetype next = at + 3;
    return next >= body.size() || isSpace(body.at(next)) || body.at(next) == '/'
        || body.at(next) == '>';
}

// The format is the body's, never the URL's: some servers answer a .json URL with XML. Before
// the document there may be a byte order mark, an HTTP status line with its headers (the spec's
// own error samples), PHP warnings as text or markup, and blank lines; each is a whole line.
Sniffed sniff(const QByteArray& body)
{
    const QByteArrayView view(body);
    qsizetype pos = body.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    bool sawText = false;
    for (;;) {
        while (pos < view.size() && isSpace(view.at(pos)))
            ++pos;
        if (pos >= view.size())
            return { sawText ? Format::Unknown : Format::Empty, QByteArray() };
        const char first = view.at(pos);
        if (first == '{' || first == '[')
            return { Format::Json, body.mid(pos) };
        qsizetype lineEnd = view.indexOf('\n', pos);
        if (lineEnd < 0)
            lineEnd = view.size();
        if (first == '<' && !isPhpMarkup(view, pos))
            return { Format::Xml, body.mid(pos) };
        // A warning printed without a line break still leaves the declaration to start from.
        const qsizetype declaration = view.sliced(pos, lineEnd - pos).indexOf("<?xml");
        if (declaration >= 0)
            return { Format::Xml, body.mid(pos + declaration) };
        sawText = true;
        pos = lineEnd;
    }
}

// --- Messages

Error emptyAnswer()
{
    return Error::protocol(V2Codec::tr("The server sent an empty answer."));
}

Error cutShort(const QByteArray& body)
{
    return Error::protocol(
        V2Codec::tr("The server's answer was cut short."), SafeXml::excerpt(body));
}

Error notWhatWasAsked(const QString& method)
{
    return Error::protocol(
        V2Codec::tr("The server's answer is not the %1 answer that was asked for.").arg(method));
}

Error tooLargeNumber()
{
    return Error::protocol(V2Codec::tr("The server wrote an id as a number too large to read "
                                       "exactly, so it would come out as a different id."));
}

Error malformedJson(const QJsonParseError& parseError, const QByteArray& body)
{
    qsizetype end = body.size();
    while (end > 0 && isSpace(body.at(end - 1)))
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

Error serviceWithoutCode(const Service& service)
{
    if (service.name.isEmpty())
        return Error::protocol(V2Codec::tr("The server listed a service without a service_code, "
                                           "so it could not be chosen."));
    return Error::protocol(V2Codec::tr("The server listed the service \u201c%1\u201d without a "
                                       "service_code, so it could not be chosen.")
                               .arg(service.name));
}

Error createWithoutRequest()
{
    return Error::protocol(V2Codec::tr("The server's answer to the report lists no request."));
}

Error createWithoutId()
{
    return Error::protocol(V2Codec::tr("The server's answer to the report has neither a "
                                       "service request id nor a token."));
}

Error requestWithoutId()
{
    return Error::protocol(V2Codec::tr("The server listed a request with neither a "
                                       "service_request_id nor a token."));
}

// --- Values

bool textFlag(QStringView text, bool fallback)
{
    const QStringView word = text.trimmed();
    if (word.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || word == u"1")
        return true;
    if (word.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 || word == u"0")
        return false;
    if (!word.isEmpty())
        qCWarning(lcCodec) << "unreadable boolean" << word << "taken as" << fallback;
    return fallback;
}

int textOrder(QStringView text)
{
    bool ok = false;
    const int order = text.trimmed().toInt(&ok);
    return ok ? order : 0;
}

int errorCode(QStringView text)
{
    bool ok = false;
    const int code = text.trimmed().toInt(&ok);
    return ok ? code : -1;
}

// "deep,hole,wow" and "lorem, ipsum, dolor" alike.
QStringList splitKeywords(QStringView text)
{
    QStringList keywords;
    for (const QStringView keyword : text.split(u',')) {
        const QStringView trimmed = keyword.trimmed();
        if (!trimmed.isEmpty())
            keywords.append(trimmed.toString());
    }
    return keywords;
}

// Most values need no trimming, and QString::trimmed() would still scan them.
void trimInPlace(QString& text)
{
    if (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()))
        text = std::move(text).trimmed();
}

// The JSON helpers below take a QJsonValue or, through the *Field() functions, the value in its
// object as QJsonValueConstRef: a list of 10,000 services is read without copying a QJsonValue
// (and touching its document's reference count) for every field.

template <typename Value> bool isWholeNumber(const Value& value, qint64& whole)
{
    whole = value.toInteger(0);
    return whole == value.toInteger(1);
}

// Numbers as plain decimals, never with an exponent: 37.762221815, 94122.
template <typename Value> QString numberText(const Value& value)
{
    qint64 whole = 0;
    if (isWholeNumber(value, whole))
        return QString::number(whole);
    return QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest);
}

// A text field: a string trimmed, a number as written, a boolean as its word; null and absent are
// empty. Objects and arrays are nothing GeoReport puts there.
template <typename Value> QString jsonText(const Value& value)
{
    switch (value.type()) {
    case QJsonValue::String: {
        QString text = value.toString();
        trimInPlace(text);
        return text;
    }
    case QJsonValue::Double:
        return numberText(value);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return QString();
    }
}

// An id or a code: text, and a whole number exactly. A whole number beyond 64 bits reached us as
// a double and lost its last digits; exact becomes false.
template <typename Value> QString jsonId(const Value& value, bool& exact)
{
    if (value.type() != QJsonValue::Double)
        return jsonText(value);
    qint64 whole = 0;
    if (isWholeNumber(value, whole))
        return QString::number(whole);
    const double number = value.toDouble();
    if (std::isfinite(number) && std::trunc(number) == number) {
        exact = false;
        return QString();
    }
    return QString::number(number, 'f', QLocale::FloatingPointShortest);
}

template <typename Value> bool jsonFlag(const Value& value, bool fallback)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::String:
        return textFlag(value.toString(), fallback);
    case QJsonValue::Double:
        return textFlag(numberText(value), fallback);
    default:
        return fallback;
    }
}

template <typename Value> int jsonOrder(const Value& value)
{
    if (value.type() == QJsonValue::String)
        return textOrder(value.toString());
    qint64 whole = 0;
    if (value.type() != QJsonValue::Double || !isWholeNumber(value, whole))
        return 0;
    if (whole < std::numeric_limits<int>::min() || whole > std::numeric_limits<int>::max())
        return 0;
    return int(whole);
}

// A list of words: ["text/xml", "application/json"], or one word alone.
template <typename Value> QStringList jsonWords(const Value& value)
{
    QStringList words;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString word = jsonText(array.at(i));
            if (!word.isEmpty())
                words.append(word);
        }
    } else {
        const QString word = jsonText(value);
        if (!word.isEmpty())
            words.append(word);
    }
    return words;
}

QJsonValue field(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key));
}

QString textField(const QJsonObject& object, const char* key)
{
    const QJsonObject::const_iterator it = object.constFind(QLatin1String(key));
    return it == object.constEnd() ? QString() : jsonText(*it);
}

QString idField(const QJsonObject& object, const char* key, bool& exact)
{
    const QJsonObject::const_iterator it = object.constFind(QLatin1String(key));
    return it == object.constEnd() ? QString() : jsonId(*it, exact);
}

bool flagField(const QJsonObject& object, const char* key, bool fallback)
{
    const QJsonObject::const_iterator it = object.constFind(QLatin1String(key));
    return it == object.constEnd() ? fallback : jsonFlag(*it, fallback);
}

int orderField(const QJsonObject& object, const char* key)
{
    const QJsonObject::const_iterator it = object.constFind(QLatin1String(key));
    return it == object.constEnd() ? 0 : jsonOrder(*it);
}

QStringList wordsField(const QJsonObject& object, const char* key)
{
    const QJsonObject::const_iterator it = object.constFind(QLatin1String(key));
    return it == object.constEnd() ? QStringList() : jsonWords(*it);
}

// Reads the objects of a long JSON list field by field. Qt keeps an object's keys sorted, so
// objects with the same keys have them in the same places; comparing each key with the key the
// previous object had there (inside the document, through QCborMap, which shares its data)
// costs less than reading every key out as a new QString. A key in a new place is read and named
// by classify() once, and its name remembered for the objects after it.
template <typename Field> class FieldReader
{
public:
    explicit FieldReader(Field (*classify)(const QString& key))
        : m_classify(classify)
    { }

    // visit(field, value) for each entry of object, in the order of its keys.
    template <typename Visit> void read(const QJsonObject& object, Visit&& visit)
    {
        const QCborMap keys = QCborMap::fromJsonObject(object);
        if (keys.size() != m_keys.size()) {
            m_keys.resize(keys.size());
            m_fields.resize(keys.size());
        }
        QCborMap::ConstIterator key = keys.constBegin();
        const QJsonObject::const_iterator end = object.constEnd();
        qsizetype i = 0;
        for (QJsonObject::const_iterator it = object.constBegin(); it != end; ++it, ++key, ++i) {
            const QCborValue name = key.key();
            if (name != m_keys.at(i)) {
                m_keys[i] = name;
                m_fields[i] = m_classify(it.key());
            }
            visit(m_fields.at(i), it.value());
        }
    }

private:
    Field (*m_classify)(const QString& key);
    QList<QCborValue> m_keys; // undefined until learnt, which no key equals
    QList<Field> m_fields;
};

// --- Errors in any answer

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
                code = errorCode(SafeXml::elementText(xml));
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

bool isJsonError(const QJsonObject& object)
{
    return object.contains(QLatin1String("code")) && object.contains(QLatin1String("description"))
        && !object.contains(QLatin1String("service_request_id"))
        && !object.contains(QLatin1String("service_code"))
        && !object.contains(QLatin1String("token"));
}

// [{"code":403,"description":"..."}], or the same object alone.
std::optional<Error> jsonServerError(const QJsonDocument& document, const QString& method)
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
        number = errorCode(code.toString());
    } else if (code.isDouble()) {
        qint64 whole = 0;
        if (isWholeNumber(code, whole) && whole >= 0 && whole <= std::numeric_limits<int>::max())
            number = int(whole);
    }
    return Error::server(method, number, textField(first, "description"));
}

// --- The parse of every call

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
    switch (SafeXml::readToRoot(xml, body)) {
    case SafeXml::Problem::None:
        break;
    case SafeXml::Problem::Empty:
        return emptyAnswer();
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

    T value {};
    std::optional<Error> outcome;
    if (xml.name() == u"errors") {
        outcome = readXmlErrors(xml, call.method);
    } else if (xml.name() == u"error") {
        int code = -1;
        QString description;
        readXmlError(xml, code, description);
        outcome = Error::server(call.method, code, description);
    } else if (xml.name() != call.root) {
        return Error::protocol(V2Codec::tr("The server answered <%1> where <%2> was expected.")
                                   .arg(xml.name().toString(), call.root.toString()),
            SafeXml::excerpt(body));
    } else {
        outcome = call.readXml(xml, value);
    }
    // A mangled answer says nothing for sure, so it is checked to the end first.
    SafeXml::readToEnd(xml);
    if (xml.hasError()) {
        if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            return cutShort(body);
        return Error::protocol(
            V2Codec::tr("The server's answer is not well-formed XML: %1.").arg(xml.errorString()),
            SafeXml::excerpt(body));
    }
    if (outcome)
        return *outcome;
    return value;
}

template <typename T> Result<T> parseJson(const QByteArray& body, const Call<T>& call)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformedJson(parseError, body);
    if (std::optional<Error> serverError = jsonServerError(document, call.method))
        return *serverError;
    T value {};
    if (std::optional<Error> invalid = call.readJson(document, body, value))
        return *invalid;
    return value;
}

template <typename T> Result<T> parse(const QByteArray& body, const Call<T>& call)
{
    const Sniffed sniffed = sniff(body);
    const bool found = sniffed.format == Format::Json || sniffed.format == Format::Xml;
    if (found && sniffed.document.size() != body.size())
        qCDebug(lcCodec) << "skipped" << body.size() - sniffed.document.size() << "bytes before the"
                         << call.method << "answer";
    switch (sniffed.format) {
    case Format::Empty:
        break;
    case Format::Json:
        return parseJson(sniffed.document, call);
    case Format::Xml:
        return parseXml(sniffed.document, call);
    case Format::Unknown:
        return Error::protocol(
            V2Codec::tr("The server's answer is neither XML nor JSON."), SafeXml::excerpt(body));
    }
    return emptyAnswer();
}

// A list of JSON objects; a lone object is a list of one (Helsinki answers requests/{id}.json so).
QJsonArray jsonEntries(const QJsonDocument& document)
{
    if (document.isArray())
        return document.array();
    return QJsonArray { document.object() };
}

// --- services

// An inline comparison: most keys differ from the word by their size alone.
template <std::size_t N> bool isKey(const QString& key, const char16_t (&word)[N])
{
    return key.size() == qsizetype(N - 1)
        && std::memcmp(key.constData(), word, (N - 1) * sizeof(char16_t)) == 0;
}

// A list repeats its keyword lists from service to service; each distinct one is split once and
// shared, rather than split into new strings 10,000 times.
class SharedKeywords
{
public:
    QStringList operator()(const QString& text)
    {
        if (text.isEmpty())
            return QStringList();
        const auto known = m_keywords.constFind(text);
        if (known != m_keywords.cend())
            return *known;
        const QStringList keywords = splitKeywords(text);
        m_keywords.insert(text, keywords);
        return keywords;
    }

private:
    QHash<QString, QStringList> m_keywords;
};

std::optional<Error> finishService(Service& service)
{
    if (service.code.isEmpty())
        return serviceWithoutCode(service);
    if (service.name.isEmpty())
        service.name = service.code;
    if (service.group.isEmpty() && !service.groups.isEmpty())
        service.group = service.groups.first();
    return std::nullopt;
}

std::optional<Error> readXmlServices(QXmlStreamReader& xml, ServiceList& services)
{
    SharedKeywords sharedKeywords;
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
                service.metadata = textFlag(SafeXml::elementText(xml), false);
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
        if (std::optional<Error> invalid = finishService(service))
            return invalid;
        services.append(std::move(service));
    }
    return std::nullopt;
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

std::optional<Error> readJsonServices(
    const QJsonDocument& document, const QByteArray& body, ServiceList& services)
{
    if (!document.isArray())
        return jsonObjectWhereListExpected(body);
    const QJsonArray array = document.array();
    services.reserve(array.size());
    SharedKeywords sharedKeywords;
    FieldReader<ServiceField> fields(&serviceField);
    for (QJsonArray::const_iterator entry = array.constBegin(); entry != array.constEnd();
         ++entry) {
        if (!(*entry).isObject())
            return jsonBadShape("service");
        Service service;
        bool exact = true;
        bool isRequest = false;
        fields.read((*entry).toObject(), [&](ServiceField field, const QJsonValueConstRef& value) {
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
        if (std::optional<Error> invalid = finishService(service))
            return invalid;
        services.append(std::move(service));
    }
    return std::nullopt;
}

// --- service definition

std::optional<Error> finishDefinition(ServiceDefinition& definition)
{
    for (ServiceAttribute& attribute : definition.attributes) {
        if (attribute.code.isEmpty() && attribute.variable)
            return Error::protocol(V2Codec::tr("The service definition has an attribute without "
                                               "a code, so it could not be answered."));
        for (AttributeValue& value : attribute.values) {
            if (value.key.isEmpty())
                return Error::protocol(
                    V2Codec::tr("The service definition lists a choice without a key for "
                                "\u201c%1\u201d.")
                        .arg(attribute.code));
            if (value.name.isEmpty())
                value.name = value.key;
        }
    }
    definition.sortByOrder();
    return std::nullopt;
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
            attribute.variable = textFlag(SafeXml::elementText(xml), true);
        } else if (name == u"code") {
            attribute.code = SafeXml::elementText(xml);
        } else if (name == u"datatype") {
            attribute.datatypeName = SafeXml::elementText(xml);
            attribute.datatype = ServiceAttribute::datatypeFromName(attribute.datatypeName);
        } else if (name == u"required") {
            attribute.required = textFlag(SafeXml::elementText(xml), false);
        } else if (name == u"datatype_description") {
            attribute.datatypeDescription = SafeXml::elementText(xml);
        } else if (name == u"order") {
            attribute.order = textOrder(SafeXml::elementText(xml));
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

std::optional<Error> readXmlDefinition(QXmlStreamReader& xml, ServiceDefinition& definition)
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
    return finishDefinition(definition);
}

std::optional<Error> readJsonDefinition(
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
    return finishDefinition(definition);
}

// --- requests, tokens and the answer to a create

struct RequestField
{
    QStringView name;
    QString RequestStatus::*member;
    bool isId;
};

constexpr RequestField kRequestFields[] = {
    { u"service_request_id", &RequestStatus::serviceRequestId, true },
    { u"token", &RequestStatus::token, true },
    { u"status", &RequestStatus::status, false },
    { u"status_notes", &RequestStatus::statusNotes, false },
    { u"service_name", &RequestStatus::serviceName, false },
    { u"service_code", &RequestStatus::serviceCode, true },
    { u"description", &RequestStatus::description, false },
    { u"agency_responsible", &RequestStatus::agencyResponsible, false },
    { u"service_notice", &RequestStatus::serviceNotice, false },
    { u"requested_datetime", &RequestStatus::requestedDatetime, false },
    { u"updated_datetime", &RequestStatus::updatedDatetime, false },
    { u"expected_datetime", &RequestStatus::expectedDatetime, false },
    { u"address", &RequestStatus::address, false },
    { u"address_id", &RequestStatus::addressId, true },
    { u"zipcode", &RequestStatus::zipcode, true },
    { u"lat", &RequestStatus::latitude, false },
    { u"long", &RequestStatus::longitude, false },
    { u"media_url", &RequestStatus::mediaUrl, false },
};

// Every field, or none when the server gave neither an id nor a token.
std::optional<Error> readXmlRequests(QXmlStreamReader& xml, QList<RequestStatus>& requests)
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
            for (const RequestField& known : kRequestFields) {
                if (name == known.name) {
                    member = known.member;
                    break;
                }
            }
            if (member)
                request.*member = SafeXml::elementText(xml);
            else
                xml.skipCurrentElement();
        }
        if (xml.hasError())
            return std::nullopt;
        if (request.serviceRequestId.isEmpty() && request.token.isEmpty())
            return requestWithoutId();
        requests.append(std::move(request));
    }
    return std::nullopt;
}

// The index of the key in kRequestFields, or -1.
int requestField(const QString& key)
{
    for (qsizetype i = 0; i < qsizetype(std::size(kRequestFields)); ++i) {
        if (key == kRequestFields[i].name)
            return int(i);
    }
    return -1;
}

std::optional<Error> readJsonRequests(
    const QJsonDocument& document, const QByteArray&, QList<RequestStatus>& requests)
{
    const QJsonArray array = jsonEntries(document);
    requests.reserve(array.size());
    FieldReader<int> fields(&requestField);
    for (QJsonArray::const_iterator entry = array.constBegin(); entry != array.constEnd();
         ++entry) {
        if (!(*entry).isObject())
            return jsonBadShape("request");
        RequestStatus request;
        bool exact = true;
        fields.read((*entry).toObject(), [&](int field, const QJsonValueConstRef& value) {
            if (field < 0)
                return;
            const RequestField& known = kRequestFields[field];
            request.*known.member = known.isId ? jsonId(value, exact) : jsonText(value);
        });
        if (!exact)
            return tooLargeNumber();
        if (request.serviceRequestId.isEmpty() && request.token.isEmpty())
            return requestWithoutId();
        requests.append(std::move(request));
    }
    return std::nullopt;
}

// account_id is no RequestStatus field, so the create answer reads its first <request> itself.
std::optional<Error> readXmlCreate(QXmlStreamReader& xml, CreateResult& result)
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
        return createWithoutRequest();
    if (result.serviceRequestId.isEmpty() && result.token.isEmpty())
        return createWithoutId();
    return std::nullopt;
}

std::optional<Error> readJsonCreate(
    const QJsonDocument& document, const QByteArray&, CreateResult& result)
{
    const QJsonArray array = jsonEntries(document);
    if (array.isEmpty())
        return createWithoutRequest();
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
        return createWithoutId();
    return std::nullopt;
}

// --- discovery

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

std::optional<Error> readXmlDiscovery(QXmlStreamReader& xml, Discovery& discovery)
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

std::optional<Error> readJsonDiscovery(
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

} // namespace

Result<Discovery> V2Codec::parseDiscovery(const QByteArray& body)
{
    return parse<Discovery>(
        body, { kDiscovery, u"discovery", &readXmlDiscovery, &readJsonDiscovery });
}

Result<ServiceList> V2Codec::parseServiceList(const QByteArray& body)
{
    return parse<ServiceList>(
        body, { kServices, u"services", &readXmlServices, &readJsonServices });
}

Result<ServiceDefinition> V2Codec::parseDefinition(const QByteArray& body)
{
    return parse<ServiceDefinition>(
        body, { kDefinition, u"service_definition", &readXmlDefinition, &readJsonDefinition });
}

Result<CreateResult> V2Codec::parseCreate(const QByteArray& body)
{
    return parse<CreateResult>(
        body, { kCreate, u"service_requests", &readXmlCreate, &readJsonCreate });
}

Result<QList<RequestStatus>> V2Codec::parseRequests(const QByteArray& body)
{
    return parse<QList<RequestStatus>>(
        body, { kRequests, u"service_requests", &readXmlRequests, &readJsonRequests });
}

Result<QList<RequestStatus>> V2Codec::parseTokens(const QByteArray& body)
{
    return parse<QList<RequestStatus>>(
        body, { kTokens, u"service_requests", &readXmlRequests, &readJsonRequests });
}

bool V2Codec::isMalformedJson(const QByteArray& body)
{
    const Sniffed sniffed = sniff(body);
    if (sniffed.format != Format::Json)
        return false;
    QJsonParseError parseError;
    QJsonDocument::fromJson(sniffed.document, &parseError);
    return parseError.error != QJsonParseError::NoError;
}

QString V2Codec::excerpt(const QByteArray& body)
{
    return SafeXml::excerpt(body);
}

} // namespace Open311
