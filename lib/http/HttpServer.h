#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <functional>

class QSslConfiguration;
class QTcpServer;

namespace Open311 {

using HttpHandler = std::function<HttpResponse(const HttpRequest&)>;

class HttpServer : public QObject
{
    Q_OBJECT

public:
    explicit HttpServer(QObject* parent = nullptr);
    ~HttpServer() override;

    void setHandler(HttpHandler handler) { m_handler = std::move(handler); }
    // Serve https with this certificate; must be set before listen().
    void setSslConfiguration(const QSslConfiguration& configuration);

    bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    quint16 port() const;
    QString errorString() const;
    // "http://127.0.0.1:PORT" (or https).
    QUrl baseUrl() const;

    int openConnections() const { return m_openConnections; }
    int acceptedConnections() const { return m_acceptedConnections; }

Q_SIGNALS:
    void requestServed(const QByteArray& method, const QString& path, int status);

private:
    void acceptPending();
    HttpResponse handle(const HttpRequest& request);

    QTcpServer* m_server = nullptr;
    HttpHandler m_handler;
    bool m_useSsl = false;
    int m_openConnections = 0;
    int m_acceptedConnections = 0;
};

} // namespace Open311
