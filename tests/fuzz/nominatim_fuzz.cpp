#include "FuzzCheck.h"
#include "map/Geocoder.h"

#include <cmath>

using namespace Open311;

// A Nominatim-compatible geocoder's answer to a search and to a reverse lookup.
extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    for (const bool reverse : { false, true }) {
        const Result<QList<GeoPlace>> places = Geocoder::parseAnswer(input, reverse);
        if (!Fuzz::checkResult(places))
            continue;
        // A place moves the pin: it must be somewhere on the earth.
        for (const GeoPlace& place : places.value()) {
            OPEN311_FUZZ_CHECK(std::isfinite(place.latitude) && std::isfinite(place.longitude));
            OPEN311_FUZZ_CHECK(std::abs(place.latitude) <= 90 && std::abs(place.longitude) <= 180);
        }
    }
    return 0;
}
