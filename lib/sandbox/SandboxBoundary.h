#pragma once

#include "http/HttpResponse.h"

#include <QByteArray>

namespace Open311 {

// The training city's service area at /boundary.geojson: its street grid and a margin, as a
// GeoJSON Feature, so that a trainee sees the city's edge and the warning for a pin beyond it.
class SandboxBoundary
{
public:
    // Metres beyond the outermost streets that the city still answers for.
    static constexpr double kMarginMeters = 60.0;

    static QByteArray geoJson();
    static HttpResponse answer();
};

} // namespace Open311
