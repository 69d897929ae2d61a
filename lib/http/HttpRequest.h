#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace Open311 {

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent, query included
    QByteArray version; // as sent: "HTTP/1.1", "HTTP/1.0"
    QString path; // percent-decoded, without the query
    QList<QPair<QString, QString>> query;
    QHash<QByteArray, QByteArray> headers; // names in lower case; repeats joined by ", "
    QByteArray body;
    QHostAddress peer;

    bool hasQueryItem(const QString& name) const;
    QString queryValue(const QString& name) const;

    // Form decoding: '+' is a space, %XX a UTF-8 byte.
    static QList<QPair<QString, QString>> decodeQuery(const QByteArray& query);
};

} // namespace Open311
