#include "http/HttpConnection.h"

#include <QTcpSocket>
#include <QTimer>

namespace Open311 {

namespace {

// After an error the connection reads on until the peer is quiet this long, or this long in
// all, then closes.
constexpr int kDrainQuietMs = 250;
constexpr int kDrainMaxMs = 5000;
// How long a closing connection may wait for its last answer to be taken when there is no idle
// timeout to borrow; a peer that reads nothing would otherwise hold it for ever.
constexpr int kLingerMs = 30 * 1000;
// What Qt buffers for us: while an answer is delayed or stalled nothing is read, and TCP flow
// control holds the peer back instead of our memory growing.
constexpr qint64 kReadBufferBytes = 64 * 1024;
// Answers written and not yet taken by the peer: past this no more requests are read, so one
// that pipelines requests and reads nothing is held back by TCP, not queued in our memory.
// Plain HTTP only: a TLS socket counts as written what it has encrypted.
constexpr qint64 kMaxUnsentBytes = 1024 * 1024;
// How long a stall lasts unless told: past any client's timeout (30 s by default), so that the
// client gives up first and no HTTP stack re-sends a request that was already handled.
constexpr int kStallMs = 2 * 60 * 1000;

// RFC 9112 9.3: HTTP/1.1 keeps the connection unless told to close, HTTP/1.0 closes it unless
// told to keep it.
bool wantsKeepAlive(const HttpRequest& request)
{
    bool close = false;
    bool keepAlive = false;
    for (const QByteArray& option : request.headers.value("connection").split(',')) {
        const QByteArray token = option.trimmed().toLower();
        close = close || token == "close";
        keepAlive = keepAlive || token == "keep-alive";
    }
    if (close)
        return false;
    return request.version == "HTTP/1.0" ? keepAlive : true;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, const HttpLimits& limits,
    std::shared_ptr<HttpBodyBudget> budget, std::function<HttpResponse(const HttpRequest&)> handler,
    QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_budget(std::move(budget))
    , m_handler(std::move(handler))
    , m_timer(new QTimer(this))
    , m_parser(limits)
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setReadBufferSize(kReadBufferBytes);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &HttpConnection::timedOut);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readRequests);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_state == State::Open && m_socket->bytesToWrite() <= kMaxUnsentBytes)
            readRequests();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_state = State::Closing;
        m_timer->stop();
        Q_EMIT closed();
        deleteLater();
    });
    startIdleTimer();
    QTimer::singleShot(0, this, &HttpConnection::readRequests);
}

HttpConnection::~HttpConnection()
{
    m_budget->resize(m_heldBytes, 0);
}

void HttpConnection::readRequests()
{
    if (m_state == State::Draining) {
        m_socket->readAll();
        if (m_drainDeadline.hasExpired())
            closeGracefully();
        else
            m_timer->start(kDrainQuietMs);
        return;
    }
    // What is buffered is parsed before more is read, so that a paused connection holds at
    // most one read beyond its request, and TCP holds the peer back.
    while (m_state == State::Open && !m_busy && m_socket->bytesToWrite() <= kMaxUnsentBytes) {
        switch (m_parser.parse()) {
        case HttpRequestParser::Progress::NeedMore:
            if (m_socket->bytesAvailable() > 0) {
                m_parser.append(m_socket->readAll());
                break;
            }
            // Judged after parsing: a request that this read completed is served, not refused.
            if (!holdBuffered())
                fail(503);
            return;
        case HttpRequestParser::Progress::Failed:
            fail(m_parser.failureStatus());
            return;
        case HttpRequestParser::Progress::Complete:
            dispatch();
            break;
        }
    }
    // Waiting on an answer or on the peer to read: what is pipelined behind stays at most one
    // read, and is counted if the budget has room.
    holdBuffered();
}

bool HttpConnection::holdBuffered()
{
    // A head and one read are every connection's own, bounded by the connection cap; only a
    // body beyond them draws on the budget, so a few large uploads cannot turn small requests
    // away.
    const qsizetype own = m_limits.maxHeadBytes + kReadBufferBytes;
    return m_budget->resize(m_heldBytes, qMax(qsizetype(0), m_parser.bufferedBytes() - own));
}

void HttpConnection::dispatch()
{
    // The whole request is here: from now on the time is the handler's, not the peer's.
    m_timer->stop();
    HttpRequest request = m_parser.takeRequest();
    request.peer = m_socket->peerAddress();
    const bool keepAlive = wantsKeepAlive(request);
    const bool headOnly = request.method == "HEAD";

    const HttpResponse response = m_handler(request);
    switch (response.action) {
    case HttpResponse::Action::Drop:
        m_state = State::Closing;
        m_socket->abort();
        return;
    case HttpResponse::Action::Stall:
        // Ended by the server as a gateway would end it: a client that never gives up, or a
        // load tool that cannot, would otherwise hold the connection for ever.
        m_state = State::Closing;
        m_parser.reset();
        holdBuffered();
        m_timer->start(response.delayMs > 0 ? response.delayMs : kStallMs);
        return;
    case HttpResponse::Action::Respond:
    case HttpResponse::Action::Truncate:
        break;
    }
    if (response.delayMs > 0) {
        m_busy = true;
        QTimer::singleShot(response.delayMs, this, [this, response, keepAlive, headOnly] {
            m_busy = false;
            send(response, keepAlive, headOnly);
            readRequests();
        });
        return;
    }
    send(response, keepAlive, headOnly);
}

void HttpConnection::send(const HttpResponse& response, bool keepAlive, bool headOnly)
{
    if (m_state != State::Open)
        return;
    // HEAD gets the Content-Length a GET would, and no body.
    const bool withBody = !headOnly && HttpResponse::allowsBody(response.status);
    QByteArray bytes = response.head(keepAlive);
    // One write: head and body in separate segments met Nagle and delayed ACKs, ~40 ms each.
    if (response.action == HttpResponse::Action::Truncate) {
        if (withBody)
            bytes += response.body.left(response.body.size() / 2);
        m_socket->write(bytes);
        closeGracefully();
        return;
    }
    if (withBody)
        bytes += response.body;
    m_socket->write(bytes);
    if (keepAlive)
        startIdleTimer();
    else
        closeGracefully();
}

void HttpConnection::fail(int status)
{
    if (m_state != State::Open)
        return;
    HttpResponse response = HttpResponse::text(status, HttpResponse::reasonPhrase(status));
    if (status == 503)
        response.headers.append({ QByteArray("Retry-After"), QByteArray("1") });
    m_socket->write(response.head(false) + response.body);
    // Closing at once would leave unread what the peer is still sending; the kernel answers that
    // with a reset, which can destroy the answer before the peer has read it.
    m_state = State::Draining;
    m_parser.reset();
    holdBuffered();
    m_drainDeadline = QDeadlineTimer(kDrainMaxMs);
    m_timer->start(kDrainQuietMs);
}

void HttpConnection::closeGracefully()
{
    m_state = State::Closing;
    // Nothing more is read: what was pipelined behind the last answer is given back now, not
    // after the linger.
    m_parser.reset();
    holdBuffered();
    // Started first: disconnectFromHost() may report the disconnection, and stop it, at once.
    m_timer->start(m_limits.idleTimeoutMs > 0 ? m_limits.idleTimeoutMs : kLingerMs);
    m_socket->disconnectFromHost();
}

void HttpConnection::timedOut()
{
    switch (m_state) {
    case State::Open:
        if (m_busy)
            return;
        // A peer too slow to take its answers sent its requests whole: they are not late.
        if (m_socket->bytesToWrite() > kMaxUnsentBytes)
            closeGracefully();
        // A request begun and not finished in time gets an answer; a silent peer just a close.
        else if (m_parser.hasPartialRequest())
            fail(408);
        else
            closeGracefully();
        return;
    case State::Draining:
        closeGracefully();
        return;
    case State::Closing:
        m_socket->abort();
        return;
    }
}

void HttpConnection::startIdleTimer()
{
    if (m_limits.idleTimeoutMs > 0)
        m_timer->start(m_limits.idleTimeoutMs);
    else
        m_timer->stop();
}

} // namespace Open311
