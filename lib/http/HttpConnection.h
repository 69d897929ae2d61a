#pragma once

#include "http/HttpLimits.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <QDeadlineTimer>
#include <QObject>

#include <functional>

class QTcpSocket;
class QTimer;

namespace Open311 {

// One client connection: reads requests one after another (keep-alive, pipelined), hands each
// to the server's handler and writes, delays, stalls, truncates or drops the answer as it says.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    HttpConnection(QTcpSocket* socket, const HttpLimits& limits,
        std::function<HttpResponse(const HttpRequest&)> handler, QObject* parent = nullptr);

Q_SIGNALS:
    void closed();

private:
    enum class State
    {
        Open, // reading requests, or answering one
        Draining, // an error went out; reading what the peer still sends, so it gets the answer
        Closing, // disconnecting once the answer is written
    };
    // Where the parser is in the current request.
    enum class Stage
    {
        Head,
        Body,
        ChunkSize,
        ChunkData,
        Trailer
    };
    enum class Parse
    {
        NeedMore,
        Complete,
        Failed
    };

    void readRequests();
    Parse parse();
    Parse parseHeadBytes();
    Parse parseChunkSize();
    Parse parseTrailer();
    int parseHead(const QByteArray& head); // 0, or the status to fail with
    void takeBody();
    void dispatch();
    void send(const HttpResponse& response, bool keepAlive, bool headOnly);
    void fail(int status);
    void closeGracefully();
    void timedOut();
    void startIdleTimer();

    QTcpSocket* m_socket;
    HttpLimits m_limits;
    std::function<HttpResponse(const HttpRequest&)> m_handler;
    QTimer* m_timer; // idle timeout while open, quiet time while draining, linger while closing
    QDeadlineTimer m_drainDeadline;
    QByteArray m_buffer;
    qsizetype m_scanned = 0; // bytes of m_buffer already searched for the end of the head
    HttpRequest m_request; // being read
    Stage m_stage = Stage::Head;
    qsizetype m_remaining = 0; // of the body or of the current chunk
    qsizetype m_trailerBytes = 0; // read so far, bounded like the head
    State m_state = State::Open;
    bool m_busy = false; // an answer is delayed or stalled; later requests wait
};

} // namespace Open311
