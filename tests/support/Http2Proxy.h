#pragma once

#include <QDir>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <memory>
#include <unistd.h>

namespace Open311::Testing {

// Debian's nginx on loopback, speaking TLS with a certificate authority made for this run only
// and passing every request on to a backend on 127.0.0.1: a real HTTP/2 server (ALPN, stream
// limits) in front of the tests' own HttpServer. Only the client given trust() believes it;
// verification stays on.
class Http2Proxy
{
public:
    struct Site
    {
        bool http2 = true;
        int maxConcurrentStreams = 128; // nginx's default
        quint16 port = 0; // chosen by start()
    };

    ~Http2Proxy() { stop(); }

    static QString nginx()
    {
        return QStandardPaths::findExecutable(
            QStringLiteral("nginx"), { QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin") });
    }
    static QString openssl() { return QStandardPaths::findExecutable(QStringLiteral("openssl")); }

    // Why the proxy could not start, or empty once it listens on every site's port.
    QString start(quint16 backendPort, QList<Site>& sites)
    {
        if (nginx().isEmpty() || openssl().isEmpty())
            return QStringLiteral("nginx or openssl is not installed (tools/dev.sh deps)");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        if (const QString failed = makeCertificates(); !failed.isEmpty())
            return failed;
        QString servers;
        for (Site& site : sites) {
            site.port = freePort();
            servers += QStringLiteral("server {\n"
                                      // Debian 12's nginx 1.22 has no "http2 on;".
                                      "  listen 127.0.0.1:%1 ssl%2;\n"
                                      "  http2_max_concurrent_streams %3;\n"
                                      "  ssl_certificate %4;\n"
                                      "  ssl_certificate_key %5;\n"
                                      "  location / {\n"
                                      "    proxy_pass http://backend;\n"
                                      "    proxy_http_version 1.1;\n"
                                      "    proxy_set_header Connection \"\";\n"
                                      "  }\n"
                                      "}\n")
                           .arg(site.port)
                           .arg(site.http2 ? QStringLiteral(" http2") : QString())
                           .arg(site.maxConcurrentStreams)
                           .arg(path("server.pem"), path("server.key"));
        }
        // As root, the workers run as nobody: they read nothing here (the master loads the
        // keys) and only pass through the folder to their temporary files.
        if (::geteuid() == 0)
            QFile::setPermissions(m_dir.path(),
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                    | QFileDevice::ExeGroup | QFileDevice::ExeOther);
        const QString user
            = ::geteuid() == 0 ? QStringLiteral("user nobody nogroup;\n") : QString();
        const QString config = user
            + QStringLiteral("worker_processes 1;\n"
                             "daemon off;\n"
                             "pid %1;\n"
                             "error_log %2 warn;\n"
                             "events { worker_connections 1024; }\n"
                             "http {\n"
                             "  access_log off;\n"
                             "  client_body_temp_path %3/body;\n"
                             "  proxy_temp_path %3/proxy;\n"
                             "  fastcgi_temp_path %3/fastcgi;\n"
                             "  uwsgi_temp_path %3/uwsgi;\n"
                             "  scgi_temp_path %3/scgi;\n"
                             "  upstream backend { server 127.0.0.1:%4; keepalive 64; }\n")
                  .arg(path("nginx.pid"), path("error.log"), m_dir.path())
                  .arg(backendPort)
            + servers + QStringLiteral("}\n");
        QFile file(path("nginx.conf"));
        if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0)
            return QStringLiteral("cannot write nginx.conf");
        file.close();
        m_nginx = std::make_unique<QProcess>();
        m_nginx->setProcessChannelMode(QProcess::MergedChannels);
        m_nginx->start(nginx(),
            { QStringLiteral("-p"), m_dir.path(), QStringLiteral("-c"), path("nginx.conf") });
        if (!m_nginx->waitForStarted(5000))
            return QStringLiteral("nginx did not start");
        for (const Site& site : sites) {
            if (!waitForPort(site.port))
                return QStringLiteral("nginx did not listen: ")
                    + QString::fromLocal8Bit(m_nginx->readAll()) + errorLog();
        }
        return QString();
    }

    void stop()
    {
        if (!m_nginx)
            return;
        m_nginx->terminate();
        if (!m_nginx->waitForFinished(5000))
            m_nginx->kill();
        m_nginx->waitForFinished(2000);
        m_nginx.reset();
    }

    // Trusts this run's authority and nothing else.
    QSslConfiguration trust() const
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(QSslCertificate::fromPath(path("ca.pem")));
        return configuration;
    }

    QString errorLog() const
    {
        QFile log(path("error.log"));
        return log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString();
    }

private:
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QString run(const QStringList& arguments) const
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(openssl(), arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return QStringLiteral("openssl ") + arguments.join(QLatin1Char(' '))
                + QStringLiteral(": ") + QString::fromLocal8Bit(process.readAll());
        return QString();
    }

    QString makeCertificates() const
    {
        QFile extensions(path("server.ext"));
        if (!extensions.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write server.ext");
        extensions.write("subjectAltName = IP:127.0.0.1, DNS:localhost\n"
                         "basicConstraints = CA:FALSE\n"
                         "keyUsage = digitalSignature, keyEncipherment\n"
                         "extendedKeyUsage = serverAuth\n");
        extensions.close();
        const QList<QStringList> steps {
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                QStringLiteral("/CN=Open311 Reporter test authority"), QStringLiteral("-keyout"),
                path("ca.key"), QStringLiteral("-out"), path("ca.pem") },
            { QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("-keyout"), path("server.key"), QStringLiteral("-out"),
                path("server.csr") },
            { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                path("server.csr"), QStringLiteral("-CA"), path("ca.pem"), QStringLiteral("-CAkey"),
                path("ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-extfile"), path("server.ext"),
                QStringLiteral("-out"), path("server.pem") },
        };
        for (const QStringList& step : steps) {
            if (const QString failed = run(step); !failed.isEmpty())
                return failed;
        }
        return QString();
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    static bool waitForPort(quint16 port)
    {
        for (int i = 0; i < 100; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            if (socket.waitForConnected(100))
                return true;
            QThread::msleep(50);
        }
        return false;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_nginx;
};

} // namespace Open311::Testing
