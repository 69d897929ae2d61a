#include "core/ServiceAttribute.h"

namespace Open311 {

namespace {

struct DatatypeName
{
    ServiceAttribute::Datatype datatype;
    const char* name;
};

constexpr DatatypeName kDatatypes[] = {
    { ServiceAttribute::Datatype::String, "string" },
    { ServiceAttribute::Datatype::Number, "number" },
    { ServiceAttribute::Datatype::Datetime, "datetime" },
    { ServiceAttribute::Datatype::Text, "text" },
    { ServiceAttribute::Datatype::SingleValueList, "singlevaluelist" },
    { ServiceAttribute::Datatype::MultiValueList, "multivaluelist" },
};

} // namespace

ServiceAttribute::Datatype ServiceAttribute::datatypeFromName(const QString& name)
{
    const QString word = name.trimmed();
    for (const DatatypeName& entry : kDatatypes) {
        if (word.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.datatype;
    }
    return Datatype::Unknown;
}

QString ServiceAttribute::datatypeToName(Datatype datatype)
{
    for (const DatatypeName& entry : kDatatypes) {
        if (entry.datatype == datatype)
            return QLatin1String(entry.name);
    }
    return QString();
}

} // namespace Open311
