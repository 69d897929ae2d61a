#include "FuzzCheck.h"
#include "http/HttpRequestParser.h"
#include "http/MultipartForm.h"

using namespace Open311;

// What the training city reads from a client: HTTP/1.1 requests one after another, split at a
// point the input chooses (as TCP may split them), and the multipart bodies of photo uploads.
extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray input = Fuzz::bytes(data + 1, size - 1);
    HttpLimits limits;
    limits.maxHeadBytes = 8 * 1024;
    limits.maxBodyBytes = 64 * 1024;
    HttpRequestParser parser(limits);
    const qsizetype split = qMin<qsizetype>(data[0] * 16, input.size());
    int requests = 0;
    for (const QByteArray& piece : { input.left(split), input.mid(split) }) {
        parser.append(piece);
        for (;;) {
            const HttpRequestParser::Progress progress = parser.parse();
            if (progress == HttpRequestParser::Progress::NeedMore)
                break;
            if (progress == HttpRequestParser::Progress::Failed) {
                const int status = parser.failureStatus();
                OPEN311_FUZZ_CHECK(status == 400 || status == 413 || status == 431 || status == 501
                    || status == 505);
                return 0;
            }
            const HttpRequest request = parser.takeRequest();
            OPEN311_FUZZ_CHECK(!request.method.isEmpty());
            OPEN311_FUZZ_CHECK(request.body.size() <= limits.maxBodyBytes);
            // Each request takes bytes of its own: a parser that completed more requests than
            // there are bytes would loop for ever.
            OPEN311_FUZZ_CHECK(++requests <= input.size());
            const QByteArray type = request.headers.value("content-type");
            if (MultipartForm::isFormData(type)) {
                const MultipartForm form(type, request.body);
                OPEN311_FUZZ_CHECK(form.isValid() || form.parts().isEmpty());
                OPEN311_FUZZ_CHECK(form.parts().size() <= MultipartForm::kMaxParts);
            }
        }
    }
    // The same bytes as one body of a form upload, without the request around it.
    const MultipartForm form("multipart/form-data; boundary=b", input);
    OPEN311_FUZZ_CHECK(form.isValid() != !form.error().isEmpty());
    return 0;
}
