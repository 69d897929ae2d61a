#pragma once

#include <QString>

#include <optional>

namespace Open311 {

// Which GeoReport dialect a server speaks. The client picks its wire codec from this; nothing
// above lib/core needs to know more than the name.
enum class Protocol
{
    GeoReportV1,
    GeoReportV2,
};

// GeoReport v2's two answer formats. XML is mandatory for servers, JSON optional, and some
// servers' JSON is not valid JSON; the client reads what it gets and can ask again in XML.
enum class WireFormat
{
    Json,
    Xml,
};

// The names in profiles and exported jurisdiction files: "georeport-v1", "georeport-v2".
QString protocolName(Protocol protocol);
std::optional<Protocol> protocolFromName(const QString& name);
// The command line's short words: "v1", "v2"; the long names are accepted too.
QString protocolShortName(Protocol protocol);
std::optional<Protocol> protocolFromShortName(const QString& name);
// "json", "xml": the file extension of a v2 call.
QString formatName(WireFormat format);
std::optional<WireFormat> formatFromName(const QString& name);

} // namespace Open311
