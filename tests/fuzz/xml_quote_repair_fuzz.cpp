#include "FuzzCheck.h"
#include "core/XmlQuoteRepair.h"

using namespace Open311;

// The repair of unescaped quotes in attribute values, which runs on answers that already failed
// a strict parse: it only ever escapes characters inside values, so taking the escapes out again
// gives back what came in, and it grows a document by no more than the escapes add.
extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const QByteArray repaired = XmlQuoteRepair::repair(input);
    if (repaired.isEmpty())
        return 0;
    OPEN311_FUZZ_CHECK(repaired != input);
    // A quote becomes "&quot;" or "&apos;", a '<' "&lt;": at most five more bytes each.
    const qsizetype escapable = input.count('"') + input.count('\'') + input.count('<');
    OPEN311_FUZZ_CHECK(repaired.size() <= input.size() + 5 * escapable);
    const auto undo = [](QByteArray text) {
        return text.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<");
    };
    OPEN311_FUZZ_CHECK(undo(repaired) == undo(input));
    return 0;
}
