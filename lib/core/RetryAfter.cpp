#include "core/RetryAfter.h"

#include <QNetworkReply>

#include <algorithm>

namespace Open311 {

qint64 RetryAfter::parse(const QByteArray& value, const QDateTime& now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    if (std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        bool fits = false;
        const qlonglong seconds = text.toLongLong(&fits);
        // More digits than a qlonglong holds is still "a very long time".
        return fits ? qMin<qint64>(seconds, kMaxMs / 1000) * 1000 : kMaxMs;
    }
    // IMF-fixdate, the only date form servers must send
    // ("Wed, 21 Oct 2015 07:28:00 GMT"), which Qt reads only with a numeric zone.
    // Qt reads only "Wed" and "Oct", not "wed" or "OCT", which a recipient must accept too.
    QString date = QString::fromLatin1(text).toLower();
    for (qsizetype i = 0; i < date.size(); ++i) {
        if (date[i].isLetter() && (i == 0 || !date[i - 1].isLetter()))
            date[i] = date[i].toUpper();
    }
    if (date.endsWith(QLatin1String(" GMT"), Qt::CaseInsensitive)
        || date.endsWith(QLatin1String(" UTC"), Qt::CaseInsensitive))
        date = date.left(date.size() - 4) + QLatin1String(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return qBound<qint64>(0, now.msecsTo(when), kMaxMs);
}

qint64 RetryAfter::fromReply(QNetworkReply* reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if ((status != 429 && status != 503) || !reply->hasRawHeader("Retry-After"))
        return -1;
    return parse(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
}

} // namespace Open311
