#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QObject>

#include <functional>

class QTcpSocket;

namespace Open311 {

// One client connection: reads requests one after another (keep-alive), hands each to the
// server's handler and writes, delays, stalls, truncates or drops the answer as it says.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

    HttpConnection(QTcpSocket* socket, std::function<HttpResponse(const HttpRequest&)> handler,
                   QObject* parent = nullptr);

Q_SIGNALS:
    void closed();

private:
    void readRequests();
    bool parseHead(qsizetype headEnd, HttpRequest& request, qsizetype& bodyLength);
    void send(const HttpResponse& response, bool keepAlive);
    void fail(int status);

    QTcpSocket* m_socket;
    std::function<HttpResponse(const HttpRequest&)> m_handler;
    QByteArray m_buffer;
    bool m_busy = false; // an answer is delayed or stalled; later requests wait
    bool m_finished = false;
};

} // namespace Open311
