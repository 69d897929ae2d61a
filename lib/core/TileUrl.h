#pragma once

#include <QString>

namespace Open311 {

// What can be told of an XYZ tile URL template ("https://{s}.tile.example/{z}/{x}/{y}.png")
// before any tile is asked for; the map, the settings' checks and the command line share it.
class TileUrl
{
public:
    // The host, with a {s} subdomain placeholder read as one of its subdomains.
    static QString host(const QString& urlTemplate);
    // tile.openstreetmap.org and its old a/b/c subdomains: their tiles carry OpenStreetMap's
    // attribution where a profile gives none.
    static bool isOpenStreetMap(const QString& urlTemplate);
};

} // namespace Open311
