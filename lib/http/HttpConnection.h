#pragma once

#include "http/HttpBodyBudget.h"
#include "http/HttpLimits.h"
#include "http/HttpRequest.h"
#include "http/HttpRequestParser.h"
#include "http/HttpResponse.h"

#include <QDeadlineTimer>
#include <QObject>

#include <functional>
#include <memory>

class QTcpSocket;
class QTimer;

namespace Open311 {

// One client connection: reads requests one after another (keep-alive, pipelined), hands each
// to the server's handler and writes, delays, stalls, truncates or drops the answer as it says.
// It owns the socket and the timeouts; HttpRequestParser finds where each request ends.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    // The budget is shared with the server and the other connections; this one's share goes
    // back when it is destroyed.
    HttpConnection(QTcpSocket* socket, const HttpLimits& limits,
        std::shared_ptr<HttpBodyBudget> budget,
        std::function<HttpResponse(const HttpRequest&)> handler, QObject* parent = nullptr);
    ~HttpConnection() override;

Q_SIGNALS:
    void closed();

private:
    enum class State
    {
        Open, // reading requests, or answering one
        Draining, // an error went out; reading what the peer still sends, so it gets the answer
        Closing, // disconnecting once the answer is written
    };

    void readRequests();
    void dispatch();
    void send(const HttpResponse& response, bool keepAlive, bool headOnly);
    void fail(int status);
    void closeGracefully();
    void timedOut();
    void startIdleTimer();
    bool holdBuffered();

    QTcpSocket* m_socket;
    HttpLimits m_limits;
    std::shared_ptr<HttpBodyBudget> m_budget;
    qsizetype m_heldBytes = 0; // of the budget
    std::function<HttpResponse(const HttpRequest&)> m_handler;
    QTimer* m_timer; // idle timeout while open, quiet time while draining, linger while closing
    QDeadlineTimer m_drainDeadline;
    HttpRequestParser m_parser;
    State m_state = State::Open;
    bool m_busy = false; // an answer is delayed or stalled; later requests wait
};

} // namespace Open311
