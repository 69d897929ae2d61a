#pragma once

#include <QString>

namespace Open311 {

// One geocoder answer: a readable address and where it is.
struct GeoPlace
{
    double latitude = 0;
    double longitude = 0;
    QString displayName;
    QString road;
    QString houseNumber;
};

} // namespace Open311
