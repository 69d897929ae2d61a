#include "FuzzCheck.h"
#include "core/V2Codec.h"

using namespace Open311;

// GeoReport v2's answers, JSON or XML as the bytes say: discovery, services, a definition, a
// create, requests and tokens, each parsed from the same bytes.
extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    return 0;
}

namespace {

void checkRequests(const Result<QList<RequestStatus>>& requests, const QByteArray& input)
{
    if (!Fuzz::checkResult(requests))
        return;
    for (const RequestStatus& request : requests.value())
        Fuzz::checkVerbatim(request.serviceRequestId, input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    Fuzz::checkResult(V2Codec::parseDiscovery(input));
    const Result<ServiceList> services = V2Codec::parseServiceList(input);
    if (Fuzz::checkResult(services)) {
        for (const Service& service : services.value())
            Fuzz::checkVerbatim(service.code, input);
    }
    const Result<ServiceDefinition> definition = V2Codec::parseDefinition(input);
    if (Fuzz::checkResult(definition)) {
        for (const ServiceAttribute& attribute : definition.value().attributes)
            Fuzz::checkVerbatim(attribute.code, input);
    }
    const Result<CreateResult> created = V2Codec::parseCreate(input);
    if (Fuzz::checkResult(created))
        Fuzz::checkVerbatim(created.value().serviceRequestId, input);
    checkRequests(V2Codec::parseRequests(input), input);
    checkRequests(V2Codec::parseTokens(input), input);
    V2Codec::isMalformedJson(input);
    OPEN311_FUZZ_CHECK(V2Codec::excerpt(input).size() <= 400);
    return 0;
}
