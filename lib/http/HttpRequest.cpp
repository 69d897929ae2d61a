#include "http/HttpRequest.h"

#include <QUrl>

namespace Open311 {

bool HttpRequest::hasQueryItem(const QString& name) const
{
    for (const auto& item : query) {
        if (item.first == name)
            return true;
    }
    return false;
}

QString HttpRequest::queryValue(const QString& name) const
{
    for (const auto& item : query) {
        if (item.first == name)
            return item.second;
    }
    return QString();
}

QList<QPair<QString, QString>> HttpRequest::decodeQuery(const QByteArray& query)
{
    QList<QPair<QString, QString>> items;
    const QList<QByteArray> pairs = query.split('&');
    for (QByteArray pair : pairs) {
        if (pair.isEmpty())
            continue;
        pair.replace('+', ' ');
        const qsizetype equals = pair.indexOf('=');
        const QByteArray name = equals < 0 ? pair : pair.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        items.append({ QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
            QString::fromUtf8(QByteArray::fromPercentEncoding(value)) });
    }
    return items;
}

} // namespace Open311
