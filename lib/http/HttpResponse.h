#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace Open311 {

struct HttpResponse
{
    // What the connection does instead of a normal answer; the tests and the sandbox's fault
    // injection use these to act like an unhealthy server.
    enum class Action
    {
        Respond,
        Drop, // close the connection without a byte of answer
        Stall, // answer nothing, then close: after delayMs, or else 2 minutes
        Truncate, // announce the whole body, send half of it, close
    };

    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Action action = Action::Respond;
    int delayMs = 0;

    static HttpResponse xml(const QByteArray& body, int status = 200);
    static HttpResponse html(int status, const QByteArray& body);
    static HttpResponse json(const QByteArray& body, int status = 200);
    static HttpResponse text(int status, const QByteArray& body);
    static HttpResponse withAction(Action action);

    // Status line and header fields up to the blank line; Content-Length is that of the body
    // even when it is left out, as for HEAD.
    QByteArray head(bool keepAlive) const;

    static QByteArray reasonPhrase(int status);
    // 1xx, 204 and 304 never carry content, nor a Content-Length for it.
    static bool allowsBody(int status);
};

} // namespace Open311
