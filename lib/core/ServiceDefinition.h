#pragma once

#include "core/Error.h"
#include "core/ServiceAttribute.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Open311 {

// The values given for a request's attributes, by attribute code; a multivaluelist has several.
using AttributeValues = QMap<QString, QStringList>;

// services/{code}: the questions a GeoReport v2 service asks, sorted by their order.
class ServiceDefinition
{
    Q_DECLARE_TR_FUNCTIONS(Open311::ServiceDefinition)

public:
    QString serviceCode;
    QList<ServiceAttribute> attributes;

    // Stable by order, so attributes with equal orders keep the server's sequence.
    void sortByOrder();
    const ServiceAttribute* attribute(const QString& code) const;

    // The first reason these values must not be sent: a required attribute left out, a number
    // that is not one, a date that is not ISO 8601, a key the list does not have, an unknown code.
    std::optional<Error> check(const AttributeValues& values) const;
};

} // namespace Open311
