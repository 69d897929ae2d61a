#include "HttpConnection.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace Open311 {

HttpConnection::HttpConnection(QTcpSocket* socket,
                               std::function<HttpResponse(const HttpRequest&)> handler,
                               QObject* parent)
    : QObject(parent), m_socket(socket), m_handler(std::move(handler))
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readRequests);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_finished = true;
        Q_EMIT closed();
        deleteLater();
    });
    QTimer::singleShot(0, this, &HttpConnection::readRequests);
}

void HttpConnection::readRequests()
{
    if (m_finished)
        return;
    m_buffer += m_socket->readAll();
    while (!m_busy && !m_finished) {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (m_buffer.size() > kMaxHeadBytes)
                fail(431);
            return;
        }
        HttpRequest request;
        qsizetype bodyLength = 0;
        if (!parseHead(headEnd, request, bodyLength)) {
            fail(400);
            return;
        }
        if (bodyLength > kMaxBodyBytes) {
            fail(413);
            return;
        }
        const qsizetype total = headEnd + 4 + bodyLength;
        if (m_buffer.size() < total)
            return;
        request.body = m_buffer.mid(headEnd + 4, bodyLength);
        m_buffer.remove(0, total);
        request.peer = m_socket->peerAddress();

        const QByteArray connection = request.headers.value("connection").toLower();
        const bool keepAlive = request.headers.value("_version") == "HTTP/1.0"
            ? connection == "keep-alive"
            : connection != "close";

        const HttpResponse response = m_handler(request);
        switch (response.action) {
        case HttpResponse::Action::Drop:
            m_finished = true;
            m_socket->abort();
            return;
        case HttpResponse::Action::Stall:
            m_busy = true;
            return;
        case HttpResponse::Action::Respond:
        case HttpResponse::Action::Truncate:
            break;
        }
        if (response.delayMs > 0) {
            m_busy = true;
            QTimer::singleShot(response.delayMs, this, [this, response, keepAlive] {
                m_busy = false;
                send(response, keepAlive);
                readRequests();
            });
            return;
        }
        send(response, keepAlive);
    }
}

bool HttpConnection::parseHead(qsizetype headEnd, HttpRequest& request, qsizetype& bodyLength)
{
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1."))
        return false;
    request.method = requestLine[0];
    request.target = requestLine[1];
    request.headers.insert("_version", requestLine[2]);
    const qsizetype question = request.target.indexOf('?');
    const QByteArray rawPath = question < 0 ? request.target : request.target.left(question);
    request.path = QUrl::fromPercentEncoding(rawPath);
    if (question >= 0)
        request.query = HttpRequest::decodeQuery(request.target.mid(question + 1));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    bool ok = true;
    const QByteArray length = request.headers.value("content-length");
    bodyLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
    return ok && bodyLength >= 0 && !request.headers.contains("transfer-encoding");
}

void HttpConnection::send(const HttpResponse& response, bool keepAlive)
{
    if (m_finished)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + HttpResponse::reasonPhrase(response.status) + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto& header : response.headers)
        head += header.first + ": " + header.second + "\r\n";
    head += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    head += "\r\n";
    // One write: head and body in separate segments met Nagle and delayed ACKs, ~40 ms each.
    if (response.action == HttpResponse::Action::Truncate) {
        m_socket->write(head + response.body.left(response.body.size() / 2));
        m_finished = true;
        m_socket->disconnectFromHost();
        return;
    }
    m_socket->write(head + response.body);
    if (!keepAlive) {
        m_finished = true;
        m_socket->disconnectFromHost();
    }
}

void HttpConnection::fail(int status)
{
    HttpResponse response = HttpResponse::text(status, HttpResponse::reasonPhrase(status));
    send(response, false);
}

} // namespace Open311
