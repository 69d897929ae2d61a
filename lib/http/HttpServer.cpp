#include "HttpServer.h"

#include "HttpConnection.h"

#include <QSslServer>
#include <QTcpServer>

namespace Open311 {

HttpServer::HttpServer(QObject* parent) : QObject(parent), m_server(new QTcpServer(this)) { }

HttpServer::~HttpServer() = default;

void HttpServer::setSslConfiguration(const QSslConfiguration& configuration)
{
    delete m_server;
    auto* server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    m_server = server;
    m_useSsl = true;
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
        ++m_openConnections;
        auto* connection = new HttpConnection(
            socket, [this](const HttpRequest& request) { return handle(request); }, this);
        connect(connection, &HttpConnection::closed, this, [this] { --m_openConnections; });
    }
}

HttpResponse HttpServer::handle(const HttpRequest& request)
{
    HttpResponse response = m_handler ? m_handler(request)
                                      : HttpResponse::text(404, "No handler");
    Q_EMIT requestServed(request.method, request.path, response.status);
    return response;
}

} // namespace Open311
