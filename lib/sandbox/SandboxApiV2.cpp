#include "sandbox/SandboxApiV2.h"

#include "core/NewRequest.h"
#include "sandbox/SandboxCatalogue.h"
#include "sandbox/SandboxCity.h"
#include "sandbox/SandboxLifeCycle.h"
#include "sandbox/SandboxMedia.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxV2Discovery.h"
#include "sandbox/SandboxV2Form.h"
#include "sandbox/SandboxV2Value.h"

#include <QDateTime>
#include <QUuid>

namespace Open311 {

namespace {

constexpr qint64 kWindowMs = 90LL * 24 * 60 * 60 * 1000;
constexpr int kMaxResults = 1000;

// "services/021.json": the method, what follows its slash, and the format the extension names.
struct Target
{
    QString method;
    QString argument;
    bool hasArgument = false;
    std::optional<WireFormat> format;
};

Target targetOf(const QString& path)
{
    Target target;
    QString stem = path;
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    if (dot > path.lastIndexOf(QLatin1Char('/'))) {
        target.format = formatFromName(path.mid(dot + 1));
        stem = path.left(dot);
    }
    const qsizetype slash = stem.indexOf(QLatin1Char('/'));
    target.method = slash < 0 ? stem : stem.left(slash);
    if (slash >= 0) {
        target.hasArgument = true;
        target.argument = stem.mid(slash + 1);
    }
    return target;
}

} // namespace

SandboxApiV2::SandboxApiV2(const SandboxOptions& options, const SandboxCatalogue& catalogue,
    SandboxStore& store, const SandboxLifeCycle& lifeCycle)
    : m_options(options)
    , m_catalogue(catalogue)
    , m_store(store)
    , m_lifeCycle(lifeCycle)
{ }

HttpResponse SandboxApiV2::error(WireFormat format, int status, const QString& description)
{
    SandboxV2Value errors = SandboxV2Value::array(QStringLiteral("error"));
    errors.append(SandboxV2Value::object()
                      .set(QStringLiteral("code"), SandboxV2Value::number(status))
                      .set(QStringLiteral("description"), SandboxV2Value::string(description)));
    return errors.toResponse(format, QStringLiteral("errors"), status);
}

HttpResponse SandboxApiV2::answer(const QString& path, const HttpRequest& request, bool backEndDown)
{
    // Photos are files, not a v2 method with a format.
    if (SandboxMedia::isMediaPath(path))
        return SandboxMedia::answer(m_store, path, request);
    const Target target = targetOf(path);
    if (!target.format) {
        // XML, the format every v2 server must speak, when the path names none.
        return error(WireFormat::Xml, 404,
            tr("There is no GeoReport v2 method %1 here; methods end in .json or .xml.").arg(path));
    }
    const WireFormat format = *target.format;
    const bool read = request.method == "GET" || request.method == "HEAD";
    const bool canPost = target.method == u"requests" && !target.hasArgument;
    if (!read && !(canPost && request.method == "POST")) {
        HttpResponse refusal = error(
            format, 405, tr("%1 is not supported here.").arg(QString::fromLatin1(request.method)));
        refusal.headers.append(qMakePair(QByteArray("Allow"),
            canPost ? QByteArray("GET, HEAD, POST") : QByteArray("GET, HEAD")));
        return refusal;
    }
    if (target.method == u"discovery" && !target.hasArgument)
        return discovery(format, request);
    if (target.method == u"services" && !target.hasArgument)
        return services(format, request, backEndDown);
    if (target.method == u"services")
        return definition(format, target.argument, request, backEndDown);
    if (target.method == u"requests" && !target.hasArgument)
        return read ? listRequests(format, request, backEndDown)
                    : createRequest(format, request, backEndDown);
    if (target.method == u"requests")
        return oneRequest(format, target.argument, request, backEndDown);
    if (target.method == u"tokens" && target.hasArgument)
        return token(format, target.argument, request, backEndDown);
    return error(format, 404, tr("There is no GeoReport v2 method %1 here.").arg(path));
}

std::optional<HttpResponse> SandboxApiV2::refused(
    WireFormat format, const HttpRequest& parameters, bool keyNeeded) const
{
    const QString key = parameters.queryValue(QStringLiteral("api_key"));
    if (key.isEmpty() && keyNeeded)
        return error(format, 403, tr("api_key was not provided."));
    // A key is never needed to read, but a wrong one is still wrong.
    if (!key.isEmpty() && !m_options.apiKeys.contains(key)) {
        return error(format, 403,
            keyNeeded ? tr("Invalid api_key received -- can't proceed with create_request.")
                      : tr("Invalid api_key received -- can't proceed."));
    }
    // This server serves one jurisdiction, so the spec lets clients leave the id out.
    const QString jurisdiction = parameters.queryValue(QStringLiteral("jurisdiction_id"));
    if (!jurisdiction.isEmpty() && jurisdiction != m_options.cityId)
        return error(format, 404,
            tr("jurisdiction_id %1 was not found; this server serves %2.")
                .arg(jurisdiction, m_options.cityId));
    return std::nullopt;
}

HttpResponse SandboxApiV2::discovery(WireFormat format, const HttpRequest& request) const
{
    if (const std::optional<HttpResponse> refusal = refused(format, request, false))
        return *refusal;
    return SandboxV2Discovery::document(m_options, request, m_baseUrl)
        .toResponse(format, QStringLiteral("discovery"));
}

HttpResponse SandboxApiV2::services(
    WireFormat format, const HttpRequest& request, bool backEndDown) const
{
    if (const std::optional<HttpResponse> refusal = refused(format, request, false))
        return *refusal;
    if (backEndDown)
        return error(format, 400, tr("The service list back-end is down; try again later."));
    SandboxV2Value services = SandboxV2Value::array(QStringLiteral("service"));
    const ServiceList listed = m_catalogue.servicesIn(request.queryValue(QStringLiteral("locale")));
    for (const Service& service : listed) {
        services.append(
            SandboxV2Value::object()
                .set(QStringLiteral("service_code"), SandboxV2Value::string(service.code))
                .set(QStringLiteral("service_name"), SandboxV2Value::string(service.name))
                .set(QStringLiteral("description"), SandboxV2Value::string(service.description))
                .set(QStringLiteral("metadata"), SandboxV2Value::boolean(service.metadata))
                .set(QStringLiteral("type"), SandboxV2Value::string(service.type))
                .set(QStringLiteral("keywords"),
                    SandboxV2Value::string(service.keywords.join(QStringLiteral(", "))))
                .set(QStringLiteral("group"), SandboxV2Value::string(service.group)));
    }
    return services.toResponse(format, QStringLiteral("services"));
}

HttpResponse SandboxApiV2::definition(
    WireFormat format, const QString& code, const HttpRequest& request, bool backEndDown) const
{
    if (const std::optional<HttpResponse> refusal = refused(format, request, false))
        return *refusal;
    const ServiceDefinition* definition = m_catalogue.definition(code);
    if (!definition) {
        return error(format, 404,
            m_catalogue.contains(code)
                ? tr("The service %1 has no definition; its metadata is false.").arg(code)
                : tr("service_code %1 was not found.").arg(code));
    }
    if (backEndDown)
        return error(format, 400, tr("The definitions back-end is down; try again later."));
    SandboxV2Value attributes = SandboxV2Value::array(QStringLiteral("attribute"));
    for (const ServiceAttribute& attribute : definition->attributes) {
        SandboxV2Value values = SandboxV2Value::array(QStringLiteral("value"));
        for (const AttributeValue& value : attribute.values) {
            values.append(SandboxV2Value::object()
                              .set(QStringLiteral("key"), SandboxV2Value::string(value.key))
                              .set(QStringLiteral("name"), SandboxV2Value::string(value.name)));
        }
        attributes.append(
            SandboxV2Value::object()
                .set(QStringLiteral("variable"), SandboxV2Value::boolean(attribute.variable))
                .set(QStringLiteral("code"), SandboxV2Value::string(attribute.code))
                .set(QStringLiteral("datatype"),
                    SandboxV2Value::string(ServiceAttribute::datatypeToName(attribute.datatype)))
                .set(QStringLiteral("required"), SandboxV2Value::boolean(attribute.required))
                .set(QStringLiteral("datatype_description"),
                    SandboxV2Value::string(attribute.datatypeDescription))
                .set(QStringLiteral("order"), SandboxV2Value::number(attribute.order))
                .set(QStringLiteral("description"), SandboxV2Value::string(attribute.description))
                .set(QStringLiteral("values"), values));
    }
    SandboxV2Value document = SandboxV2Value::object();
    document.set(QStringLiteral("service_code"), SandboxV2Value::string(definition->serviceCode))
        .set(QStringLiteral("attributes"), attributes);
    return document.toResponse(format, QStringLiteral("service_definition"));
}

HttpResponse SandboxApiV2::createRequest(
    WireFormat format, const HttpRequest& request, bool backEndDown)
{
    SandboxV2Form form(request);
    if (!form.error().isEmpty())
        return error(format, 400, form.error());
    const HttpRequest& parameters = form.parameters();
    if (const std::optional<HttpResponse> refusal = refused(format, parameters, true))
        return *refusal;
    const QString code = parameters.queryValue(QStringLiteral("service_code"));
    if (code.isEmpty())
        return error(format, 400, tr("service_code was not provided."));
    const Service* service = m_catalogue.find(code);
    if (!service)
        return error(format, 404, tr("service_code %1 was not found.").arg(code));

    SandboxStore::Request stored;
    NewRequest& fields = stored.request;
    bool invalid = false;
    fields.latitude = form.coordinate(QStringLiteral("lat"), 90.0, invalid);
    fields.longitude = form.coordinate(QStringLiteral("long"), 180.0, invalid);
    if (invalid || fields.latitude.has_value() != fields.longitude.has_value())
        return error(format, 400, tr("lat and long must both be given as WGS84 degrees."));
    fields.addressString = parameters.queryValue(QStringLiteral("address_string"));
    fields.addressId = parameters.queryValue(QStringLiteral("address_id"));
    if (!fields.latitude && fields.addressString.trimmed().isEmpty()
        && fields.addressId.trimmed().isEmpty())
        return error(
            format, 400, tr("A location is required: lat and long, address_string or address_id."));
    fields.description = parameters.queryValue(QStringLiteral("description"));
    if (NewRequest::codePointCount(fields.description) > NewRequest::kMaxDescriptionCodePoints)
        return error(format, 400, tr("The description is limited to 4,000 characters."));
    fields.attributes = form.attributes();
    ServiceDefinition none;
    none.serviceCode = service->code;
    const ServiceDefinition* definition = m_catalogue.definition(service->code);
    if (const std::optional<Error> wrong
        = (definition ? *definition : none).check(fields.attributes))
        return error(
            format, 400, tr("attribute[%1]: %2").arg(wrong->attributeCode(), wrong->message()));
    if (backEndDown)
        return error(
            format, 400, tr("The city's back-end is down; nothing was created. Try again later."));
    // Only what was answered is kept.
    for (auto it = fields.attributes.begin(); it != fields.attributes.end();)
        it = it->isEmpty() ? fields.attributes.erase(it) : std::next(it);

    stored.keyHash = SandboxStore::hashKey(parameters.queryValue(QStringLiteral("api_key")));
    fields.serviceCode = service->code;
    stored.serviceName = service->name;
    fields.email = parameters.queryValue(QStringLiteral("email"));
    fields.deviceId = parameters.queryValue(QStringLiteral("device_id"));
    fields.accountId = parameters.queryValue(QStringLiteral("account_id"));
    fields.firstName = parameters.queryValue(QStringLiteral("first_name"));
    fields.lastName = parameters.queryValue(QStringLiteral("last_name"));
    fields.phone = parameters.queryValue(QStringLiteral("phone"));
    fields.mediaUrl = parameters.queryValue(QStringLiteral("media_url"));
    stored.createdMs = QDateTime::currentMSecsSinceEpoch();
    const bool batch = m_catalogue.isBatch(service->code);
    if (batch) {
        // Stored now and found from readyMs on: the batch runs without anyone running it.
        stored.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        stored.readyMs = stored.createdMs + qint64(m_options.batchDelaySeconds * 1000.0);
    }
    QList<SandboxStore::Media> media;
    for (const MultipartForm::Part& photo : form.media())
        media.append({ photo.contentType, photo.data });
    const QString id = m_store.insert(stored, media);
    if (id.isEmpty())
        return error(format, 400, tr("The request could not be stored; nothing was created."));

    SandboxV2Value entry = SandboxV2Value::object();
    if (batch) {
        entry.set(QStringLiteral("token"), SandboxV2Value::string(stored.token));
    } else {
        entry.set(QStringLiteral("service_request_id"), SandboxV2Value::string(id))
            .set(QStringLiteral("service_notice"),
                SandboxV2Value::string(m_catalogue.serviceLevelAgreement(service->code)))
            .set(QStringLiteral("account_id"), SandboxV2Value::string(fields.accountId));
    }
    SandboxV2Value answer = SandboxV2Value::array(QStringLiteral("request"));
    answer.append(entry);
    return answer.toResponse(format, QStringLiteral("service_requests"));
}

HttpResponse SandboxApiV2::listRequests(
    WireFormat format, const HttpRequest& request, bool backEndDown) const
{
    if (const std::optional<HttpResponse> refusal = refused(format, request, false))
        return *refusal;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    SandboxStore::Selection selection;
    QStringList statuses;
    selection.ids
        = SandboxV2Form::commaList(request.queryValue(QStringLiteral("service_request_id")));
    if (selection.ids.size() > kMaxResults)
        return error(format, 400, tr("At most 1,000 service_request_id can be asked at once."));
    // Ids override every other argument, as the spec says.
    if (selection.ids.isEmpty()) {
        bool invalid = false;
        const std::optional<qint64> start
            = SandboxV2Form::dateTime(request.queryValue(QStringLiteral("start_date")), invalid);
        const std::optional<qint64> end
            = SandboxV2Form::dateTime(request.queryValue(QStringLiteral("end_date")), invalid);
        if (invalid)
            return error(format, 400,
                tr("start_date and end_date must be ISO 8601 dates, such as "
                   "2026-12-01T00:00:00Z."));
        // One end given: the window reaches 90 days from it. Neither: the last 90 days.
        selection.toMs = end ? *end : (start ? *start + kWindowMs : nowMs);
        selection.fromMs = start ? *start : selection.toMs - kWindowMs;
        if (selection.toMs < selection.fromMs)
            return error(format, 400, tr("end_date is before start_date."));
        if (selection.toMs - selection.fromMs > kWindowMs)
            return error(
                format, 400, tr("start_date and end_date may not span more than 90 days."));
        selection.serviceCodes
            = SandboxV2Form::commaList(request.queryValue(QStringLiteral("service_code")));
        statuses = SandboxV2Form::commaList(request.queryValue(QStringLiteral("status")));
        for (const QString& status : std::as_const(statuses)) {
            if (status != u"open" && status != u"closed")
                return error(format, 400, tr("status must be open or closed, not %1.").arg(status));
        }
    }
    bool invalid = false;
    const int page
        = SandboxV2Form::positive(request.queryValue(QStringLiteral("page")), 1, invalid);
    const int pageSize = qMin(kMaxResults,
        SandboxV2Form::positive(
            request.queryValue(QStringLiteral("page_size")), kMaxResults, invalid));
    if (invalid)
        return error(format, 400, tr("page and page_size must be whole numbers from 1."));
    if (backEndDown)
        return error(format, 400, tr("The requests back-end is down; try again later."));

    const bool extensions = request.queryValue(QStringLiteral("extensions")) == u"true";
    SandboxV2Value requests = SandboxV2Value::array(QStringLiteral("request"));
    const qint64 first = qint64(page - 1) * pageSize;
    qint64 matched = 0;
    for (const SandboxStore::Request& stored : m_store.select(selection)) {
        const RequestStatus status = m_lifeCycle.statusOf(stored, nowMs);
        if (!statuses.isEmpty() && !statuses.contains(status.status))
            continue;
        if (matched++ < first)
            continue;
        requests.append(describe(stored, status, extensions, request));
        if (matched - first >= pageSize)
            break;
    }
    return requests.toResponse(format, QStringLiteral("service_requests"));
}

HttpResponse SandboxApiV2::oneRequest(
    WireFormat format, const QString& id, const HttpRequest& request, bool backEndDown) const
{
    if (const std::optional<HttpResponse> refusal = refused(format, request, false))
        return *refusal;
    const std::optional<SandboxStore::Request> stored = m_store.find(id);
    if (!stored)
        return error(format, 404, tr("service_request_id %1 was not found.").arg(id));
    if (backEndDown)
        return error(format, 400, tr("The requests back-end is down; try again later."));
    SandboxV2Value requests = SandboxV2Value::array(QStringLiteral("request"));
    requests.append(
        describe(*stored, m_lifeCycle.statusOf(*stored, QDateTime::currentMSecsSinceEpoch()),
            request.queryValue(QStringLiteral("extensions")) == u"true", request));
    return requests.toResponse(format, QStringLiteral("service_requests"));
}

HttpResponse SandboxApiV2::token(
    WireFormat format, const QString& token, const HttpRequest& request, bool backEndDown) const
{
    if (const std::optional<HttpResponse> refusal = refused(format, request, false))
        return *refusal;
    const std::optional<SandboxStore::Request> stored = m_store.findByToken(token);
    if (!stored)
        return error(format, 404, tr("token %1 was not found.").arg(token));
    if (backEndDown)
        return error(format, 400, tr("The tokens back-end is down; try again later."));
    const bool ready = stored->readyMs <= QDateTime::currentMSecsSinceEpoch();
    SandboxV2Value answer = SandboxV2Value::array(QStringLiteral("request"));
    answer.append(SandboxV2Value::object()
                      .set(QStringLiteral("service_request_id"),
                          SandboxV2Value::string(ready ? stored->id : QString()))
                      .set(QStringLiteral("token"), SandboxV2Value::string(stored->token)));
    return answer.toResponse(format, QStringLiteral("service_requests"));
}

SandboxV2Value SandboxApiV2::describe(const SandboxStore::Request& stored,
    const RequestStatus& status, bool extensions, const HttpRequest& request) const
{
    const NewRequest& fields = stored.request;
    // A link the client gave wins over a photo it sent: it is what the client asked to show.
    QString mediaUrl = fields.mediaUrl;
    if (mediaUrl.isEmpty()) {
        if (const QByteArray type = m_store.mediaType(stored.id, 1); !type.isEmpty())
            mediaUrl
                = SandboxMedia::url(request, m_baseUrl, m_options.v2PathPrefix, stored.id, 1, type)
                      .toString();
    }
    // Like a real city's back-end, the training city completes a location from its own map.
    QString address = fields.addressString;
    std::optional<double> latitude = fields.latitude;
    std::optional<double> longitude = fields.longitude;
    if (address.isEmpty() && latitude && longitude) {
        if (const std::optional<SandboxCity::Place> place
            = SandboxCity::reverse(*latitude, *longitude))
            address = place->displayName;
    } else if (!latitude && !address.isEmpty()) {
        if (const std::optional<SandboxCity::Place> place = SandboxCity::locate(address)) {
            latitude = place->latitude;
            longitude = place->longitude;
        }
    }
    auto coordinate = [](const std::optional<double>& value) {
        return value ? SandboxV2Value::number(*value) : SandboxV2Value();
    };
    SandboxV2Value entry = SandboxV2Value::object();
    entry.set(QStringLiteral("service_request_id"), SandboxV2Value::string(stored.id))
        .set(QStringLiteral("status"), SandboxV2Value::string(status.status))
        .set(QStringLiteral("status_notes"), SandboxV2Value::string(status.statusNotes))
        .set(QStringLiteral("service_name"), SandboxV2Value::string(stored.serviceName))
        .set(QStringLiteral("service_code"), SandboxV2Value::string(fields.serviceCode))
        .set(QStringLiteral("description"), SandboxV2Value::string(fields.description))
        .set(QStringLiteral("agency_responsible"), SandboxV2Value::string(status.agencyResponsible))
        .set(QStringLiteral("service_notice"),
            SandboxV2Value::string(m_catalogue.serviceLevelAgreement(fields.serviceCode)))
        .set(QStringLiteral("requested_datetime"), SandboxV2Value::string(status.requestedDatetime))
        .set(QStringLiteral("updated_datetime"), SandboxV2Value::string(status.updatedDatetime))
        .set(QStringLiteral("expected_datetime"), SandboxV2Value::string(status.expectedDatetime))
        .set(QStringLiteral("address"), SandboxV2Value::string(address))
        .set(QStringLiteral("address_id"), SandboxV2Value::string(fields.addressId))
        .set(QStringLiteral("zipcode"), SandboxV2Value())
        .set(QStringLiteral("lat"), coordinate(latitude))
        .set(QStringLiteral("long"), coordinate(longitude))
        .set(QStringLiteral("media_url"), SandboxV2Value::string(mediaUrl));
    if (extensions) {
        // A code need not be an XML name, so each answer is an entry rather than an element.
        SandboxV2Value answers = SandboxV2Value::array(QStringLiteral("attribute"));
        for (auto it = fields.attributes.cbegin(); it != fields.attributes.cend(); ++it) {
            for (const QString& value : it.value()) {
                answers.append(SandboxV2Value::object()
                                   .set(QStringLiteral("code"), SandboxV2Value::string(it.key()))
                                   .set(QStringLiteral("value"), SandboxV2Value::string(value)));
            }
        }
        entry.set(QStringLiteral("extended_attributes"),
            SandboxV2Value::object().set(QStringLiteral("attributes"), answers));
    }
    return entry;
}

} // namespace Open311
