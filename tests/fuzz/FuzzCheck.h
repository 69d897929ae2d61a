#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// The parsers' own promises, checked on every input a fuzzer makes. A broken promise aborts, so
// that libFuzzer keeps the input and the replay test fails on it.
#define OPEN311_FUZZ_CHECK(condition)                                                              \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: broken promise: %s\n", __FILE__, __LINE__, #condition);   \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace Open311::Fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// A value, or an error that says something: never a default, empty error.
template <typename T> bool checkResult(const Result<T>& result)
{
    if (result.ok()) {
        OPEN311_FUZZ_CHECK(!result.error().isError());
        return true;
    }
    OPEN311_FUZZ_CHECK(result.error().isError());
    OPEN311_FUZZ_CHECK(!result.error().message().isEmpty());
    return false;
}

// An id or code is the server's text: "001" stays "001". Where the input escapes nothing, the
// parsed text is found in it as it stands, but for XML's turning line ends and tabs in an
// attribute into spaces.
inline void checkVerbatim(const QString& text, const QByteArray& input)
{
    if (text.isEmpty() || input.contains('&') || input.contains('\\'))
        return;
    const auto spaced = [](QByteArray bytes) {
        return bytes.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
    };
    const QByteArray wanted = spaced(text.toUtf8());
    if (!spaced(input).contains(wanted))
        std::fprintf(stderr, "not in the input as it stands: \"%s\"\n", wanted.constData());
    OPEN311_FUZZ_CHECK(spaced(input).contains(wanted));
}

} // namespace Open311::Fuzz
