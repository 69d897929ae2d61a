#include "core/V2WireCodec.h"

#include "core/Endpoint.h"
#include "core/FormEncoding.h"
#include "core/MultipartBody.h"
#include "core/V1Codec.h"
#include "core/V2Codec.h"

#include <QUrlQuery>

namespace Open311 {

namespace {

QByteArray acceptFor(WireFormat format)
{
    return format == WireFormat::Json ? "application/json, text/xml;q=0.5, */*;q=0.1"
                                      : "text/xml, application/xml;q=0.9, */*;q=0.1";
}

// path: "services" or "requests/ID" with ID already encoded; the format's extension follows.
QUrl v2Url(
    const Endpoint& endpoint, const QString& path, WireFormat format, QUrlQuery query = QUrlQuery())
{
    QUrl url = endpoint.methodUrl(QString());
    url.setPath(url.path(QUrl::FullyEncoded) + path + QLatin1Char('.') + formatName(format),
        QUrl::StrictMode);
    if (!endpoint.cityId().isEmpty())
        query.addQueryItem(QStringLiteral("jurisdiction_id"),
            QString::fromLatin1(QUrl::toPercentEncoding(endpoint.cityId())));
    if (!query.isEmpty())
        url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

// A GET in the endpoint's format, with the same call in XML to fall back on.
WireRequest v2Get(const Endpoint& endpoint, const QString& method, const QString& path,
    const QUrlQuery& query = QUrlQuery())
{
    WireRequest request;
    request.method = method;
    request.url = v2Url(endpoint, path, endpoint.format(), query);
    request.accept = acceptFor(endpoint.format());
    if (endpoint.format() == WireFormat::Json)
        request.xmlFallback = v2Url(endpoint, path, WireFormat::Xml, query);
    return request;
}

QString encodedSegment(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

void addItem(QUrlQuery& query, const QString& name, const QString& value)
{
    if (!value.isEmpty())
        query.addQueryItem(name, encodedSegment(value));
}

// What a city's staff wrote for residents (service names, descriptions, questions), in the
// reader's language where the server has it.
QUrlQuery inLocale(const Endpoint& endpoint)
{
    QUrlQuery query;
    addItem(query, QStringLiteral("locale"), endpoint.locale());
    return query;
}

} // namespace

template <typename Add>
void V2WireCodec::createFields(const NewRequest& request, const QString& jurisdictionId,
    const QString& apiKey, bool encodeNames, Add add)
{
    add("api_key", apiKey);
    add("jurisdiction_id", jurisdictionId);
    add("service_code", request.serviceCode.trimmed());
    if (request.hasLocation()) {
        add("lat", V1Codec::formatCoordinate(*request.latitude));
        add("long", V1Codec::formatCoordinate(*request.longitude));
    }
    add("address_string", request.addressString);
    add("address_id", request.addressId);
    add("email", request.email.trimmed());
    add("device_id", request.deviceId);
    add("account_id", request.accountId);
    add("first_name", request.firstName);
    add("last_name", request.lastName);
    add("phone", request.phone);
    add("description", request.description);
    add("media_url", request.mediaUrl.trimmed());
    for (auto it = request.attributes.cbegin(); it != request.attributes.cend(); ++it) {
        // A multipart name is taken as it is written; a form's is percent-decoded.
        const QByteArray name = "attribute["
            + (encodeNames ? QUrl::toPercentEncoding(it.key()) : it.key().toUtf8()) + ']';
        // One value is attribute[code]; a multivaluelist's several are attribute[code][] each.
        const bool several = it.value().size() > 1;
        for (const QString& value : it.value())
            add(several ? name + "[]" : name, value);
    }
}

QByteArray V2WireCodec::createForm(
    const NewRequest& request, const QString& jurisdictionId, const QString& apiKey)
{
    QByteArray form;
    createFields(
        request, jurisdictionId, apiKey, true, [&form](QByteArrayView name, const QString& value) {
            FormEncoding::append(form, name, value);
        });
    return form;
}

QByteArray V2WireCodec::createMultipart(const NewRequest& request, const QString& jurisdictionId,
    const QString& apiKey, QByteArray& contentType)
{
    MultipartBody body;
    createFields(request, jurisdictionId, apiKey, false,
        [&body](QByteArrayView name, const QString& value) { body.addField(name, value); });
    for (qsizetype i = 0; i < request.photos.size(); ++i) {
        // A camera's file name (IMG_20240501_143215.jpg) tells when the photo was taken.
        MediaFile photo = request.photos[i];
        photo.fileName = QStringLiteral("photo-%1.%2")
                             .arg(i + 1)
                             .arg(photo.contentType == "image/png" ? QStringLiteral("png")
                                                                   : QStringLiteral("jpg"));
        body.addFile("media", photo);
    }
    QByteArray bytes = body.finish();
    contentType = body.contentType();
    return bytes;
}

WireRequest V2WireCodec::serviceList(const Endpoint& endpoint, const QString&) const
{
    return v2Get(endpoint, V2Codec::kServices, QStringLiteral("services"), inLocale(endpoint));
}

WireRequest V2WireCodec::createRequest(
    const Endpoint& endpoint, const NewRequest& request, const QString& apiKey) const
{
    WireRequest wire;
    wire.method = V2Codec::kCreate;
    wire.verb = "POST";
    // The key and the jurisdiction travel in the body, so no URL, log line or proxy record
    // carries the key.
    wire.url = v2Url(endpoint, QStringLiteral("requests"), endpoint.format());
    wire.url.setQuery(QString());
    if (request.photos.isEmpty()) {
        wire.body = createForm(request, endpoint.cityId(), apiKey);
        wire.contentType = "application/x-www-form-urlencoded";
    } else {
        wire.body = createMultipart(request, endpoint.cityId(), apiKey, wire.contentType);
    }
    wire.accept = acceptFor(endpoint.format());
    return wire;
}

WireRequest V2WireCodec::statusUpdate(
    const Endpoint& endpoint, const QString& requestId, const QString&) const
{
    return v2Get(
        endpoint, V2Codec::kRequests, QStringLiteral("requests/") + encodedSegment(requestId));
}

WireRequest V2WireCodec::discovery(const QUrl& url) const
{
    WireRequest request;
    request.method = V2Codec::kDiscovery;
    request.url = url;
    const QString path = url.path();
    if (!path.endsWith(QLatin1String(".json")) && !path.endsWith(QLatin1String(".xml"))) {
        // An endpoint or a folder: its discovery document sits beside the methods.
        request.url.setPath((path.endsWith(QLatin1Char('/')) ? path : path + QLatin1Char('/'))
            + QStringLiteral("discovery.json"));
        QUrl xml = request.url;
        xml.setPath(xml.path().chopped(4) + QStringLiteral("xml"));
        request.xmlFallback = xml;
    }
    request.accept = acceptFor(WireFormat::Json);
    return request;
}

WireRequest V2WireCodec::serviceDefinition(
    const Endpoint& endpoint, const QString& serviceCode, const QString&) const
{
    return v2Get(endpoint, V2Codec::kDefinition,
        QStringLiteral("services/") + encodedSegment(serviceCode), inLocale(endpoint));
}

WireRequest V2WireCodec::requests(
    const Endpoint& endpoint, const RequestQuery& query, const QString&) const
{
    QUrlQuery items;
    addItem(items, QStringLiteral("service_request_id"), query.ids.join(QLatin1Char(',')));
    addItem(items, QStringLiteral("service_code"), query.serviceCode);
    if (query.start.isValid())
        addItem(items, QStringLiteral("start_date"), query.start.toString(Qt::ISODate));
    if (query.end.isValid())
        addItem(items, QStringLiteral("end_date"), query.end.toString(Qt::ISODate));
    addItem(items, QStringLiteral("status"), query.status);
    if (query.page > 0)
        addItem(items, QStringLiteral("page"), QString::number(query.page));
    if (query.pageSize > 0)
        addItem(items, QStringLiteral("page_size"), QString::number(query.pageSize));
    if (query.extensions)
        addItem(items, QStringLiteral("extensions"), QStringLiteral("true"));
    return v2Get(endpoint, V2Codec::kRequests, QStringLiteral("requests"), items);
}

WireRequest V2WireCodec::token(const Endpoint& endpoint, const QString& token, const QString&) const
{
    return v2Get(endpoint, V2Codec::kTokens, QStringLiteral("tokens/") + encodedSegment(token));
}

Result<ServiceList> V2WireCodec::parseServiceList(const QByteArray& body) const
{
    return V2Codec::parseServiceList(body);
}

Result<CreateResult> V2WireCodec::parseCreate(const QByteArray& body) const
{
    return V2Codec::parseCreate(body);
}

Result<RequestStatus> V2WireCodec::parseStatus(const QByteArray& body) const
{
    const Result<QList<RequestStatus>> list = V2Codec::parseRequests(body);
    if (!list.ok())
        return list.error();
    if (list.value().isEmpty())
        return Error::server(
            V2Codec::kRequests, 404, V2Codec::tr("The server listed no request with this id."));
    return list.value().first();
}

Result<Discovery> V2WireCodec::parseDiscovery(const QByteArray& body) const
{
    return V2Codec::parseDiscovery(body);
}

Result<ServiceDefinition> V2WireCodec::parseDefinition(const QByteArray& body) const
{
    return V2Codec::parseDefinition(body);
}

Result<QList<RequestStatus>> V2WireCodec::parseRequests(const QByteArray& body) const
{
    return V2Codec::parseRequests(body);
}

Result<QList<RequestStatus>> V2WireCodec::parseTokens(const QByteArray& body) const
{
    return V2Codec::parseTokens(body);
}

bool V2WireCodec::isMalformedJson(const QByteArray& body) const
{
    return V2Codec::isMalformedJson(body);
}

QString V2WireCodec::excerpt(const QByteArray& body) const
{
    return V2Codec::excerpt(body);
}

} // namespace Open311
