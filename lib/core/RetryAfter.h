#pragma once

#include <QByteArray>
#include <QDateTime>

class QNetworkReply;

namespace Open311 {

// How long a busy server (429 Too Many Requests, 503 Service Unavailable) asked to be left
// alone, from its Retry-After field: delay-seconds or an HTTP date (RFC 9110, 10.2.3).
class RetryAfter
{
public:
    // Longer than any server has a right to ask: a typo must not silence a map for a month.
    static constexpr qint64 kMaxMs = 24ll * 3600 * 1000;

    // Milliseconds to wait, 0 for "now" (a date in the past), -1 for no usable field.
    static qint64 parse(const QByteArray& value, const QDateTime& now);
    // For an answer of 429 or 503; -1 for any other answer, or one without the field.
    static qint64 fromReply(QNetworkReply* reply);
};

} // namespace Open311
