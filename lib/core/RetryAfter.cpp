#include "core/RetryAfter.h"

#include <QNetworkReply>

namespace Open311 {

qint64 RetryAfter::parse(const QByteArray& value, const QDateTime& now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool isNumber = false;
    const qlonglong seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : qMin<qint64>(seconds, kMaxMs / 1000) * 1000;
    // IMF-fixdate, the only date form servers must send
    // ("Wed, 21 Oct 2015 07:28:00 GMT"), which Qt reads only with a numeric zone.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(QLatin1String(" GMT")) || date.endsWith(QLatin1String(" UTC")))
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
