#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

namespace Open311 {

// The training city's geocoder at /geocoder/: the two Nominatim calls the map uses, with the
// answers shaped as Nominatim's jsonv2, over the addresses SandboxCity knows.
class SandboxGeocoder
{
public:
    // /geocoder/search?q=...&limit=...: up to 10 places, or to `limit` (at most 40), best first.
    static HttpResponse search(const HttpRequest& request);
    // /geocoder/reverse?lat=...&lon=...: the address there, or Nominatim's "nothing here".
    static HttpResponse reverse(const HttpRequest& request);
};

} // namespace Open311
