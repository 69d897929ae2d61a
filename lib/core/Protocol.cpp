#include "core/Protocol.h"

namespace Open311 {

QString protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::GeoReportV1:
        return QStringLiteral("georeport-v1");
    }
    return QString();
}

std::optional<Protocol> protocolFromName(const QString& name)
{
    for (const Protocol protocol : { Protocol::GeoReportV1 }) {
        if (name.compare(protocolName(protocol), Qt::CaseInsensitive) == 0)
            return protocol;
    }
    return std::nullopt;
}

} // namespace Open311
