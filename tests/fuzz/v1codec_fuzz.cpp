#include "FuzzCheck.h"
#include "core/V1Codec.h"

using namespace Open311;

// GeoReport v1's three answers: the service list, a create and a status, each parsed from the
// same bytes.
extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const Result<ServiceList> services = V1Codec::parseServiceList(input);
    if (Fuzz::checkResult(services)) {
        for (const Service& service : services.value())
            Fuzz::checkVerbatim(service.code, input);
    }
    const Result<CreateResult> created = V1Codec::parseCreate(input);
    if (Fuzz::checkResult(created)) {
        // A create without an id would be a report nobody can follow.
        OPEN311_FUZZ_CHECK(!created.value().serviceRequestId.isEmpty());
        Fuzz::checkVerbatim(created.value().serviceRequestId, input);
    }
    const Result<RequestStatus> status = V1Codec::parseStatus(input);
    if (Fuzz::checkResult(status))
        Fuzz::checkVerbatim(status.value().serviceRequestId, input);
    // What an error message quotes of the answer is short.
    OPEN311_FUZZ_CHECK(V1Codec::excerpt(input).size() <= 400);
    return 0;
}
