#include "http/HttpResponse.h"

namespace Open311 {

HttpResponse HttpResponse::xml(const QByteArray& body, int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "text/xml; charset=utf-8";
    response.body = body;
    return response;
}

HttpResponse HttpResponse::html(int status, const QByteArray& body)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = body;
    return response;
}

HttpResponse HttpResponse::json(const QByteArray& body, int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "application/json";
    response.body = body;
    return response;
}

HttpResponse HttpResponse::text(int status, const QByteArray& body)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    return response;
}

HttpResponse HttpResponse::withAction(Action action)
{
    HttpResponse response;
    response.action = action;
    return response;
}

QByteArray HttpResponse::head(bool keepAlive) const
{
    QByteArray head
        = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (allowsBody(status)) {
        if (!contentType.isEmpty())
            head += "Content-Type: " + contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    for (const auto& header : headers)
        head += header.first + ": " + header.second + "\r\n";
    head += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    head += "\r\n";
    return head;
}

bool HttpResponse::allowsBody(int status)
{
    return status >= 200 && status != 204 && status != 304;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

} // namespace Open311
