#include "core/ServiceDefinition.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Open311 {

void ServiceDefinition::sortByOrder()
{
    std::stable_sort(attributes.begin(), attributes.end(),
        [](const ServiceAttribute& a, const ServiceAttribute& b) { return a.order < b.order; });
}

const ServiceAttribute* ServiceDefinition::attribute(const QString& code) const
{
    for (const ServiceAttribute& attribute : attributes) {
        if (attribute.code == code)
            return &attribute;
    }
    return nullptr;
}

std::optional<Error> ServiceDefinition::check(const AttributeValues& values) const
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const ServiceAttribute* known = attribute(it.key());
        if (!known || !known->variable)
            return Error::attribute(it.key(),
                tr("The service %1 has no attribute \u201c%2\u201d to fill in.")
                    .arg(serviceCode, it.key()));
    }
    for (const ServiceAttribute& attribute : attributes) {
        if (!attribute.variable)
            continue;
        QStringList given = values.value(attribute.code);
        given.removeAll(QString());
        const QString label
            = attribute.description.isEmpty() ? attribute.code : attribute.description;
        if (given.isEmpty()) {
            if (attribute.required)
                return Error::attribute(
                    attribute.code, tr("\u201c%1\u201d is required.").arg(label));
            continue;
        }
        if (given.size() > 1 && attribute.datatype != ServiceAttribute::Datatype::MultiValueList)
            return Error::attribute(attribute.code,
                tr("\u201c%1\u201d takes one value, not %2.")
                    .arg(label, QLocale().toString(given.size())));
        for (const QString& value : std::as_const(given)) {
            switch (attribute.datatype) {
            case ServiceAttribute::Datatype::Number: {
                bool ok = false;
                // The wire takes C-locale numbers, whatever the user's locale writes; "nan" and
                // "inf" parse, but no city means them.
                const double number = value.trimmed().toDouble(&ok);
                if (!ok || !std::isfinite(number))
                    return Error::attribute(attribute.code,
                        tr("\u201c%1\u201d must be a number, such as 12 or 3.5.").arg(label));
                break;
            }
            case ServiceAttribute::Datatype::Datetime:
                if (!QDateTime::fromString(value.trimmed(), Qt::ISODate).isValid())
                    return Error::attribute(attribute.code,
                        tr("\u201c%1\u201d must be a date and time such as "
                           "2026-12-01T14:30:00.")
                            .arg(label));
                break;
            case ServiceAttribute::Datatype::SingleValueList:
            case ServiceAttribute::Datatype::MultiValueList: {
                const bool listed = std::any_of(attribute.values.cbegin(), attribute.values.cend(),
                    [&value](const AttributeValue& known) { return known.key == value; });
                if (!listed)
                    return Error::attribute(attribute.code,
                        tr("\u201c%1\u201d is not one of the choices for \u201c%2\u201d.")
                            .arg(value, label));
                break;
            }
            default:
                break;
            }
        }
        if (QSet<QString>(given.cbegin(), given.cend()).size() != given.size())
            return Error::attribute(
                attribute.code, tr("\u201c%1\u201d lists a choice twice.").arg(label));
    }
    return std::nullopt;
}

} // namespace Open311
