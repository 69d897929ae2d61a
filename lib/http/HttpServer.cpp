#include "http/HttpServer.h"

#include "http/HttpConnection.h"

#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Open311 {

namespace {

// A turned-away peer gets this long to take its 503 before the socket is dropped.
constexpr int kRejectLingerMs = 1000;

} // namespace

HttpServer::HttpServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_budget(std::make_shared<HttpBodyBudget>(m_limits.maxBufferedBytes))
{ }

HttpServer::~HttpServer() = default;

void HttpServer::setSslConfiguration(const QSslConfiguration& configuration)
{
    delete m_server;
    auto* server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    m_server = server;
    m_useSsl = true;
}

void HttpServer::setMaxBufferedBytes(qsizetype bytes)
{
    m_limits.maxBufferedBytes = bytes;
    m_budget->setCapacity(bytes);
}

bool HttpServer::listen(const QHostAddress& address, quint16 port)
{
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpServer::acceptPending,
        Qt::UniqueConnection);
    return m_server->listen(address, port);
}

void HttpServer::close()
{
    m_server->close();
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

QUrl HttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_useSsl ? QStringLiteral("https") : QStringLiteral("http"));
    const QHostAddress address = m_server->serverAddress();
    url.setHost(address == QHostAddress::Any || address == QHostAddress::AnyIPv4
            ? QStringLiteral("127.0.0.1")
            : address.toString());
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    return url;
}

void HttpServer::acceptPending()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        ++m_acceptedConnections;
        if (m_limits.maxConnections > 0 && m_openConnections >= m_limits.maxConnections) {
            reject(socket);
            continue;
        }
        ++m_openConnections;
        auto* connection = new HttpConnection(
            socket, m_limits, m_budget,
            [this](const HttpRequest& request) { return handle(request); }, this);
        connect(connection, &HttpConnection::closed, this, [this] { --m_openConnections; });
    }
}

void HttpServer::reject(QTcpSocket* socket)
{
    ++m_rejectedConnections;
    HttpResponse busy = HttpResponse::text(503, HttpResponse::reasonPhrase(503));
    busy.headers.append({ QByteArray("Retry-After"), QByteArray("1") });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    // The socket stays the server's child until then; a peer that reads nothing loses the 503.
    QTimer::singleShot(kRejectLingerMs, socket, &QTcpSocket::abort);
    socket->write(busy.head(false) + busy.body);
    socket->disconnectFromHost();
}

HttpResponse HttpServer::handle(const HttpRequest& request)
{
    HttpResponse response = m_handler ? m_handler(request) : HttpResponse::text(404, "No handler");
    Q_EMIT requestServed(request.method, request.path, response.status);
    return response;
}

} // namespace Open311
