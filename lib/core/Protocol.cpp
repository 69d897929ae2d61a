#include "core/Protocol.h"

namespace Open311 {

QString protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::GeoReportV1:
        return QStringLiteral("georeport-v1");
    case Protocol::GeoReportV2:
        return QStringLiteral("georeport-v2");
    }
    return QString();
}

std::optional<Protocol> protocolFromName(const QString& name)
{
    for (const Protocol protocol : { Protocol::GeoReportV1, Protocol::GeoReportV2 }) {
        if (name.compare(protocolName(protocol), Qt::CaseInsensitive) == 0)
            return protocol;
    }
    return std::nullopt;
}

QString protocolShortName(Protocol protocol)
{
    return protocol == Protocol::GeoReportV2 ? QStringLiteral("v2") : QStringLiteral("v1");
}

std::optional<Protocol> protocolFromShortName(const QString& name)
{
    for (const Protocol protocol : { Protocol::GeoReportV1, Protocol::GeoReportV2 }) {
        if (name.compare(protocolShortName(protocol), Qt::CaseInsensitive) == 0)
            return protocol;
    }
    return protocolFromName(name);
}

QString formatName(WireFormat format)
{
    return format == WireFormat::Xml ? QStringLiteral("xml") : QStringLiteral("json");
}

std::optional<WireFormat> formatFromName(const QString& name)
{
    for (const WireFormat format : { WireFormat::Json, WireFormat::Xml }) {
        if (name.compare(formatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

} // namespace Open311
