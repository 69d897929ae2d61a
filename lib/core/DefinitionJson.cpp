#include "core/DefinitionJson.h"

#include <QJsonArray>

namespace Open311 {

namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject DefinitionJson::toJson(const ServiceDefinition& definition)
{
    QJsonArray attributes;
    for (const ServiceAttribute& attribute : definition.attributes) {
        QJsonArray values;
        for (const AttributeValue& value : attribute.values) {
            values.append(QJsonObject {
                { QStringLiteral("key"), value.key },
                { QStringLiteral("name"), value.name },
            });
        }
        attributes.append(QJsonObject {
            { QStringLiteral("code"), attribute.code },
            { QStringLiteral("variable"), attribute.variable },
            { QStringLiteral("datatype"), attribute.datatypeName },
            { QStringLiteral("required"), attribute.required },
            { QStringLiteral("description"), orNull(attribute.description) },
            { QStringLiteral("datatype_description"), orNull(attribute.datatypeDescription) },
            { QStringLiteral("order"), attribute.order },
            { QStringLiteral("values"), values },
        });
    }
    return {
        { QStringLiteral("service_code"), definition.serviceCode },
        { QStringLiteral("attributes"), attributes },
    };
}

} // namespace Open311
