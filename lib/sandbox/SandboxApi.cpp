#include "sandbox/SandboxApi.h"

#include "core/NewRequest.h"
#include "sandbox/SandboxCatalogue.h"
#include "sandbox/SandboxLifeCycle.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxStore.h"

#include <QDateTime>
#include <QXmlStreamWriter>

#include <cmath>
#include <optional>

namespace Open311 {

namespace {

class Document
{
public:
    explicit Document(const char* root)
        : m_writer(&m_bytes)
    {
        m_writer.setAutoFormatting(true);
        m_writer.writeStartDocument();
        m_writer.writeStartElement(QLatin1String(root));
    }
    QXmlStreamWriter& writer() { return m_writer; }
    void error(int code, const QString& description)
    {
        m_writer.writeStartElement(QStringLiteral("Open311Error"));
        if (code > 0) {
            m_writer.writeTextElement(QStringLiteral("errorCode"), QString::number(code));
            m_writer.writeTextElement(QStringLiteral("errorDescription"), description);
        }
        m_writer.writeEndElement();
    }
    HttpResponse finish()
    {
        m_writer.writeEndElement();
        m_writer.writeEndDocument();
        return HttpResponse::xml(m_bytes);
    }

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_writer;
};

// An error answer shaped like the spec's example: the error, then the empty payload element.
HttpResponse errorAnswer(const char* root, const char* payload, int code, const QString& text)
{
    Document doc(root);
    doc.error(code, text);
    doc.writer().writeEmptyElement(QLatin1String(payload));
    return doc.finish();
}

std::optional<double> coordinate(
    const HttpRequest& request, const QString& name, double limit, bool& invalid)
{
    if (!request.hasQueryItem(name) || request.queryValue(name).trimmed().isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = request.queryValue(name).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || std::abs(value) > limit) {
        invalid = true;
        return std::nullopt;
    }
    return value;
}

} // namespace

SandboxApi::SandboxApi(const SandboxOptions& options, const SandboxCatalogue& catalogue,
    SandboxStore& store, const SandboxLifeCycle& lifeCycle)
    : m_options(options)
    , m_catalogue(catalogue)
    , m_store(store)
    , m_lifeCycle(lifeCycle)
{ }

bool SandboxApi::keyIsValid(const QString& key) const
{
    return m_options.apiKeys.contains(key);
}

HttpResponse SandboxApi::serviceList(const HttpRequest& request, bool backEndDown) const
{
    const QString key = request.queryValue(QStringLiteral("api_key"));
    if (key.isEmpty())
        return errorAnswer("ServiceResponse", "Open311ServiceList", 100, tr("Missing API Key"));
    if (!keyIsValid(key))
        return errorAnswer("ServiceResponse", "Open311ServiceList", 101, tr("Invalid API Key"));
    if (request.queryValue(QStringLiteral("city_id")) != m_options.cityId)
        return errorAnswer("ServiceResponse", "Open311ServiceList", 102,
            tr("Unknown city_id; this server serves %1.").arg(m_options.cityId));
    if (backEndDown)
        return errorAnswer("ServiceResponse", "Open311ServiceList", 102,
            tr("Service list back-end is down; try again later."));
    Document doc("ServiceResponse");
    QXmlStreamWriter& w = doc.writer();
    w.writeStartElement(QStringLiteral("Open311ServiceList"));
    for (const Service& service : m_catalogue.services()) {
        w.writeEmptyElement(QStringLiteral("service"));
        w.writeAttribute(QStringLiteral("service_code"), service.code);
        w.writeAttribute(QStringLiteral("service_name"), service.name);
        w.writeAttribute(QStringLiteral("service_description"), service.description);
    }
    w.writeEndElement();
    doc.error(0, QString());
    return doc.finish();
}

HttpResponse SandboxApi::createRequest(const HttpRequest& request, bool backEndDown)
{
    auto fail = [](int code, const QString& text) {
        return errorAnswer("CreateResponse", "Open311Create", code, text);
    };
    const QString key = request.queryValue(QStringLiteral("api_key"));
    if (key.isEmpty())
        return fail(200, tr("Missing API Key"));
    if (!keyIsValid(key))
        return fail(201, tr("Invalid api_key received -- can't proceed with create_request."));
    if (request.queryValue(QStringLiteral("city_id")) != m_options.cityId)
        return fail(204, tr("Unknown city_id; this server serves %1.").arg(m_options.cityId));
    const QString code = request.queryValue(QStringLiteral("service_code"));
    if (code.isEmpty())
        return fail(202, tr("Missing service_code"));
    const Service* service = m_catalogue.find(code);
    if (!service)
        return fail(203, tr("Invalid service_code %1").arg(code));

    SandboxStore::Request stored;
    NewRequest& fields = stored.request;
    bool invalid = false;
    fields.latitude = coordinate(request, QStringLiteral("lat"), 90.0, invalid);
    fields.longitude = coordinate(request, QStringLiteral("lon"), 180.0, invalid);
    if (invalid || fields.latitude.has_value() != fields.longitude.has_value())
        return fail(204, tr("lat and lon must both be given as WGS84 degrees."));
    fields.addressString = request.queryValue(QStringLiteral("address_string"));
    if (!fields.latitude && fields.addressString.trimmed().isEmpty())
        return fail(204, tr("Either lat/lon or address_string is required."));
    fields.description = request.queryValue(QStringLiteral("description"));
    if (NewRequest::codePointCount(fields.description) > NewRequest::kMaxDescriptionCodePoints)
        return fail(204, tr("The description is limited to 4,000 characters."));
    if (backEndDown)
        return fail(204, tr("Lagan WS is down; nothing was created. Try again later."));

    stored.keyHash = SandboxStore::hashKey(key);
    fields.serviceCode = service->code;
    stored.serviceName = service->name;
    fields.email = request.queryValue(QStringLiteral("customer_email"));
    fields.deviceId = request.queryValue(QStringLiteral("device_id"));
    fields.accountId = request.queryValue(QStringLiteral("account_id"));
    fields.firstName = request.queryValue(QStringLiteral("first_name"));
    fields.lastName = request.queryValue(QStringLiteral("last_name"));
    fields.phone = request.queryValue(QStringLiteral("phone_number"));
    fields.mediaUrl = request.queryValue(QStringLiteral("media_url"));
    stored.createdMs = QDateTime::currentMSecsSinceEpoch();
    const QString id = m_store.insert(stored);
    if (id.isEmpty())
        return fail(204, tr("The request could not be stored; nothing was created."));

    Document doc("CreateResponse");
    doc.error(0, QString());
    QXmlStreamWriter& w = doc.writer();
    w.writeStartElement(QStringLiteral("Open311Create"));
    w.writeTextElement(QStringLiteral("service_request_id"), id);
    w.writeTextElement(QStringLiteral("service_level_agreement"),
        m_catalogue.serviceLevelAgreement(service->code));
    if (fields.accountId.isEmpty())
        w.writeEmptyElement(QStringLiteral("account_id"));
    else
        w.writeTextElement(QStringLiteral("account_id"), fields.accountId);
    w.writeEndElement();
    return doc.finish();
}

HttpResponse SandboxApi::statusUpdate(const HttpRequest& request, bool backEndDown) const
{
    auto fail = [](int code, const QString& text) {
        return errorAnswer("StatusResponse", "Open311Status", code, text);
    };
    const QString key = request.queryValue(QStringLiteral("api_key"));
    if (key.isEmpty())
        return fail(300, tr("Missing API key"));
    if (!keyIsValid(key))
        return fail(301, tr("Invalid API Key"));
    if (request.queryValue(QStringLiteral("city_id")) != m_options.cityId)
        return fail(302, tr("Unknown city_id; this server serves %1.").arg(m_options.cityId));
    if (backEndDown)
        return fail(302, tr("Status back-end is down; try again later."));
    const QString id = request.queryValue(QStringLiteral("service_request_id")).trimmed();
    const std::optional<SandboxStore::Request> stored = m_store.find(id);
    // A request filed with another key is as unknown as one never filed.
    if (!stored || stored->keyHash != SandboxStore::hashKey(key))
        return fail(302,
            tr("Id not valid or you are attempting to search for a service request "
               "you did not create"));
    const RequestStatus status = m_lifeCycle.statusOf(*stored, QDateTime::currentMSecsSinceEpoch());
    Document doc("StatusResponse");
    QXmlStreamWriter& w = doc.writer();
    w.writeStartElement(QStringLiteral("Open311Status"));
    w.writeTextElement(QStringLiteral("service_request_id"), status.serviceRequestId);
    w.writeTextElement(QStringLiteral("status"), status.status);
    if (status.statusNotes.isEmpty())
        w.writeEmptyElement(QStringLiteral("status_notes"));
    else
        w.writeTextElement(QStringLiteral("status_notes"), status.statusNotes);
    w.writeTextElement(QStringLiteral("service_name"), status.serviceName);
    w.writeEndElement();
    doc.error(0, QString());
    return doc.finish();
}

} // namespace Open311
