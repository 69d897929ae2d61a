#include "FuzzCheck.h"
#include "map/FeedParser.h"

#include <cmath>

using namespace Open311;

// The existing requests a city publishes, as KML, GeoJSON or CSV: each parser on the same
// bytes, and the guess of which one a file is.
extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    FeedParser::guessFormat(input.left(4096), QStringLiteral("feed"));
    for (const FeedParser::Format format :
        { FeedParser::Format::Kml, FeedParser::Format::GeoJson, FeedParser::Format::Csv }) {
        const Result<FeedParser::Parsed> parsed = FeedParser::parse(input, format);
        if (!Fuzz::checkResult(parsed))
            continue;
        OPEN311_FUZZ_CHECK(parsed.value().skipped >= 0);
        // A marker is drawn where it says: on the earth, never NaN.
        for (const FeedRequest& request : parsed.value().requests) {
            OPEN311_FUZZ_CHECK(std::isfinite(request.latitude) && std::isfinite(request.longitude));
            OPEN311_FUZZ_CHECK(
                std::abs(request.latitude) <= 90 && std::abs(request.longitude) <= 180);
        }
    }
    return 0;
}
