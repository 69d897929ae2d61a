#include "store/RequestJson.h"

#include <QJsonArray>

namespace Open311 {

namespace {

struct TextField
{
    const char* name;
    QString NewRequest::*member;
};

const TextField kTextFields[] = {
    { "service_code", &NewRequest::serviceCode },
    { "address_string", &NewRequest::addressString },
    { "address_id", &NewRequest::addressId },
    { "customer_email", &NewRequest::email },
    { "device_id", &NewRequest::deviceId },
    { "account_id", &NewRequest::accountId },
    { "first_name", &NewRequest::firstName },
    { "last_name", &NewRequest::lastName },
    { "phone_number", &NewRequest::phone },
    { "description", &NewRequest::description },
    { "media_url", &NewRequest::mediaUrl },
};

} // namespace

QJsonObject RequestJson::toJson(const NewRequest& request)
{
    QJsonObject object;
    for (const TextField& field : kTextFields) {
        if (!(request.*field.member).isEmpty())
            object.insert(QLatin1String(field.name), request.*field.member);
    }
    if (request.latitude)
        object.insert(QStringLiteral("lat"), *request.latitude);
    if (request.longitude)
        object.insert(QStringLiteral("lon"), *request.longitude);
    // A v2 service's answers, each a list, so a multivaluelist keeps all of its values.
    if (!request.attributes.isEmpty()) {
        QJsonObject attributes;
        for (auto it = request.attributes.cbegin(); it != request.attributes.cend(); ++it)
            attributes.insert(it.key(), QJsonArray::fromStringList(it.value()));
        object.insert(QStringLiteral("attributes"), attributes);
    }
    return object;
}

NewRequest RequestJson::fromJson(const QJsonObject& object)
{
    NewRequest request;
    for (const TextField& field : kTextFields)
        request.*field.member = object.value(QLatin1String(field.name)).toString();
    if (object.value(QStringLiteral("lat")).isDouble())
        request.latitude = object.value(QStringLiteral("lat")).toDouble();
    if (object.value(QStringLiteral("lon")).isDouble())
        request.longitude = object.value(QStringLiteral("lon")).toDouble();
    const QJsonObject attributes = object.value(QStringLiteral("attributes")).toObject();
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
        QStringList values;
        for (const QJsonValue& value : it.value().toArray())
            values.append(value.toString());
        request.attributes.insert(it.key(), values);
    }
    return request;
}

} // namespace Open311
