#pragma once

#include <QString>

#include <optional>

namespace Open311 {

// Which GeoReport dialect a server speaks. The client picks its wire codec from this; nothing
// above lib/core needs to know more than the name.
enum class Protocol
{
    GeoReportV1,
};

// The names in profiles and exported jurisdiction files: "georeport-v1".
QString protocolName(Protocol protocol);
std::optional<Protocol> protocolFromName(const QString& name);

} // namespace Open311
