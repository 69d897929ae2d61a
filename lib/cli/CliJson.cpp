#include "cli/CliJson.h"

#include "core/DefinitionJson.h"

#include "core/SecretRedactor.h"
#include "store/RequestJson.h"

#include <QDateTime>
#include <QJsonArray>

namespace Open311 {

namespace {

// The spec's create_request arguments, as the outbox keeps them (RequestJson's names).
const char* const kRequestFields[] = {
    "service_code",
    "lat",
    "lon",
    "address_string",
    "address_id",
    "customer_email",
    "device_id",
    "account_id",
    "first_name",
    "last_name",
    "phone_number",
    "description",
    "media_url",
    "attributes",
};

const QJsonValue kNull = QJsonValue(QJsonValue::Null);

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? kNull : QJsonValue(text);
}

QJsonValue orNull(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : kNull;
}

// Error codes and HTTP statuses are never negative; -1 stands for "none".
QJsonValue codeOrNull(int code)
{
    return code >= 0 ? QJsonValue(code) : kNull;
}

// 0 stands for "not known" (a request followed by hand, one never checked).
QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(CliJson::time(ms)) : kNull;
}

} // namespace

QString CliJson::time(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject CliJson::error(const Error& error)
{
    QJsonObject object {
        { QStringLiteral("kind"), error.kindName() },
        { QStringLiteral("code"), codeOrNull(error.code()) },
        { QStringLiteral("message"), SecretRedactor::redact(error.message()) },
    };
    if (!error.detail().isEmpty())
        object.insert(QStringLiteral("detail"), error.detail());
    return object;
}

QJsonObject CliJson::failure(const Error& error)
{
    return { { QStringLiteral("error"), CliJson::error(error) } };
}

QJsonObject CliJson::service(const Service& service)
{
    return {
        { QStringLiteral("service_code"), service.code },
        { QStringLiteral("service_name"), service.name },
        { QStringLiteral("service_description"), service.description },
        { QStringLiteral("group"), orNull(service.group) },
        { QStringLiteral("type"), orNull(service.type) },
        { QStringLiteral("metadata"), service.metadata },
        { QStringLiteral("keywords"), QJsonArray::fromStringList(service.keywords) },
    };
}

QJsonObject CliJson::definition(const ServiceDefinition& definition)
{
    return DefinitionJson::toJson(definition);
}

QJsonObject CliJson::discoveryEndpoint(const DiscoveryEndpoint& endpoint, bool preferred)
{
    return {
        { QStringLiteral("specification"), endpoint.specification },
        { QStringLiteral("url"), endpoint.url.toString() },
        { QStringLiteral("changeset"), orNull(endpoint.changeset) },
        { QStringLiteral("type"), orNull(endpoint.type) },
        { QStringLiteral("formats"), QJsonArray::fromStringList(endpoint.formats) },
        { QStringLiteral("preferred"), preferred },
    };
}

QJsonObject CliJson::created(const CreateResult& created)
{
    return {
        { QStringLiteral("service_request_id"), orNull(created.serviceRequestId) },
        { QStringLiteral("token"), orNull(created.token) },
        { QStringLiteral("service_notice"), orNull(created.serviceLevelAgreement) },
        { QStringLiteral("service_level_agreement"), orNull(created.serviceLevelAgreement) },
        { QStringLiteral("account_id"), orNull(created.accountId) },
    };
}

QJsonObject CliJson::status(const RequestStatus& status)
{
    QJsonObject object {
        // A pending token's entry has neither yet: null, as the README promises scripts.
        { QStringLiteral("service_request_id"), orNull(status.serviceRequestId) },
        { QStringLiteral("status"), orNull(status.status) },
        { QStringLiteral("status_notes"), orNull(status.statusNotes) },
        { QStringLiteral("service_name"), orNull(status.serviceName) },
    };
    // v2's fields, where the server gave them: a v1 answer keeps v1's four keys.
    const struct
    {
        const char* key;
        const QString& value;
    } v2Fields[] = {
        { "service_code", status.serviceCode },
        { "description", status.description },
        { "agency_responsible", status.agencyResponsible },
        { "service_notice", status.serviceNotice },
        { "requested_datetime", status.requestedDatetime },
        { "updated_datetime", status.updatedDatetime },
        { "expected_datetime", status.expectedDatetime },
        { "address", status.address },
        { "address_id", status.addressId },
        { "zipcode", status.zipcode },
        { "lat", status.latitude },
        { "long", status.longitude },
        { "media_url", status.mediaUrl },
        { "token", status.token },
    };
    for (const auto& field : v2Fields) {
        if (!field.value.isEmpty())
            object.insert(QLatin1String(field.key), field.value);
    }
    return object;
}

QJsonObject CliJson::requestFailure(const QString& requestId, const Error& error)
{
    return {
        { QStringLiteral("service_request_id"), requestId },
        { QStringLiteral("error"), CliJson::error(error) },
    };
}

QJsonObject CliJson::profile(const Profile& profile, bool managed)
{
    return {
        { QStringLiteral("id"), profile.id },
        { QStringLiteral("name"), profile.displayName },
        { QStringLiteral("base_url"), orNull(profile.baseUrl.toString()) },
        { QStringLiteral("city_id"), orNull(profile.cityId) },
        { QStringLiteral("protocol"), protocolShortName(profile.protocol) },
        { QStringLiteral("training"), profile.isTraining },
        { QStringLiteral("deprecated"), profile.deprecated },
        { QStringLiteral("managed"), managed },
        { QStringLiteral("note"), orNull(profile.note) },
    };
}

QJsonObject CliJson::outboxEntry(const OutboxEntry& entry)
{
    QJsonObject object {
        { QStringLiteral("id"), entry.localId },
        { QStringLiteral("state"), OutboxEntry::stateName(entry.state) },
        { QStringLiteral("endpoint"), entry.endpoint.toString() },
        { QStringLiteral("city_id"), orNull(entry.cityId) },
        { QStringLiteral("service_name"), orNull(entry.serviceName) },
        { QStringLiteral("created"), time(entry.createdMs) },
        { QStringLiteral("attempts"), entry.attempts },
        { QStringLiteral("reason"), orNull(entry.reason) },
        { QStringLiteral("error_kind"), orNull(entry.errorKind) },
        { QStringLiteral("error_code"), codeOrNull(entry.errorCode) },
    };
    // Every field of the request, null when not given: RequestJson leaves those out.
    const QJsonObject request = RequestJson::toJson(entry.request);
    for (const char* field : kRequestFields) {
        const QString key = QLatin1String(field);
        object.insert(key, request.value(key).isUndefined() ? kNull : request.value(key));
    }
    return object;
}

QJsonObject CliJson::sent(qint64 localId, const CreateResult& created)
{
    return {
        { QStringLiteral("id"), localId },
        { QStringLiteral("service_request_id"), created.serviceRequestId },
    };
}

QJsonObject CliJson::notSent(qint64 localId, OutboxEntry::State state, const Error& error)
{
    return {
        { QStringLiteral("id"), localId },
        { QStringLiteral("state"), OutboxEntry::stateName(state) },
        { QStringLiteral("error"), CliJson::error(error) },
    };
}

QJsonObject CliJson::historyStep(const StatusChange& change)
{
    return {
        { QStringLiteral("at"), time(change.atMs) },
        { QStringLiteral("status"), change.status },
        { QStringLiteral("notes"), orNull(change.notes) },
    };
}

QJsonObject CliJson::tracked(const TrackedRequest& request, const QList<StatusChange>& history)
{
    QJsonArray steps;
    for (const StatusChange& change : history)
        steps.append(historyStep(change));
    // The last check's error as the tracker stored it: kind, code and message, no detail.
    const QJsonValue error = request.errorKind.isEmpty()
        ? kNull
        : QJsonValue(QJsonObject {
            { QStringLiteral("kind"), request.errorKind },
            { QStringLiteral("code"), codeOrNull(request.errorCode) },
            { QStringLiteral("message"), request.errorMessage },
        });
    return {
        { QStringLiteral("service_request_id"), request.requestId },
        { QStringLiteral("service_name"), orNull(request.serviceName) },
        { QStringLiteral("status"), orNull(request.status) },
        { QStringLiteral("status_notes"), orNull(request.statusNotes) },
        { QStringLiteral("address"), orNull(request.address) },
        { QStringLiteral("lat"), orNull(request.latitude) },
        { QStringLiteral("lon"), orNull(request.longitude) },
        { QStringLiteral("submitted"), timeOrNull(request.submittedMs) },
        { QStringLiteral("last_checked"), timeOrNull(request.lastCheckedMs) },
        { QStringLiteral("error"), error },
        { QStringLiteral("history"), steps },
    };
}

QJsonObject CliJson::pendingToken(const QString& token, const TrackedRequest& about)
{
    return {
        { QStringLiteral("service_request_id"), kNull },
        { QStringLiteral("token"), token },
        { QStringLiteral("service_name"), orNull(about.serviceName) },
        { QStringLiteral("status"), kNull },
        { QStringLiteral("address"), orNull(about.address) },
        { QStringLiteral("lat"), orNull(about.latitude) },
        { QStringLiteral("lon"), orNull(about.longitude) },
        { QStringLiteral("submitted"), timeOrNull(about.submittedMs) },
    };
}

QJsonObject CliJson::statusChanged(const TrackedRequest& request, const QString& previousStatus)
{
    return {
        { QStringLiteral("service_request_id"), request.requestId },
        { QStringLiteral("previous_status"), orNull(previousStatus) },
        { QStringLiteral("status"), request.status },
        { QStringLiteral("status_notes"), orNull(request.statusNotes) },
    };
}

} // namespace Open311
