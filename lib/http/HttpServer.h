#pragma once

#include "http/HttpBodyBudget.h"
#include "http/HttpLimits.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QSslConfiguration;
class QTcpServer;
class QTcpSocket;

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

    // Limits apply to connections accepted after the call; see HttpLimits for the defaults.
    // A connection must deliver each whole request within the idle timeout (0: no timeout).
    void setIdleTimeout(int milliseconds) { m_limits.idleTimeoutMs = milliseconds; }
    // Past this many open connections a new one is answered 503 and closed (0: no cap).
    void setMaxConnections(int count) { m_limits.maxConnections = count; }
    void setMaxHeadBytes(qsizetype bytes) { m_limits.maxHeadBytes = bytes; }
    void setMaxBodyBytes(qsizetype bytes) { m_limits.maxBodyBytes = bytes; }
    // What the bodies of all unfinished requests together may hold, beyond each connection's
    // own head and one read; past it the connection whose bytes would pass it is answered 503
    // (0: no cap). Applies at once, to every connection. Keep it at least maxBodyBytes, or a
    // request may be refused when it is alone. Sizes are counted, not Qt's allocations, which
    // may be up to twice as large.
    void setMaxBufferedBytes(qsizetype bytes);
    const HttpLimits& limits() const { return m_limits; }

    bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    quint16 port() const;
    QString errorString() const;
    // "http://127.0.0.1:PORT" (or https).
    QUrl baseUrl() const;

    int openConnections() const { return m_openConnections; }
    qsizetype bufferedBytes() const { return m_budget->used(); }
    int acceptedConnections() const { return m_acceptedConnections; }
    // Of the accepted ones, those turned away because maxConnections were open.
    int rejectedConnections() const { return m_rejectedConnections; }

Q_SIGNALS:
    void requestServed(const QByteArray& method, const QString& path, int status);

private:
    void acceptPending();
    void reject(QTcpSocket* socket);
    HttpResponse handle(const HttpRequest& request);

    QTcpServer* m_server = nullptr;
    HttpHandler m_handler;
    HttpLimits m_limits;
    // Shared with the connections: they are this server's children, and QObject deletes them
    // after this member is gone.
    std::shared_ptr<HttpBodyBudget> m_budget;
    bool m_useSsl = false;
    int m_openConnections = 0;
    int m_acceptedConnections = 0;
    int m_rejectedConnections = 0;
};

} // namespace Open311
