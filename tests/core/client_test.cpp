#include "FutureWait.h"
#include "core/Client.h"
#include "core/SecretRedactor.h"
#include "core/V1Codec.h"
#include "http/HttpServer.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Open311;
using Open311::Testing::waitFor;

namespace {

const QString kKey = QStringLiteral("s3cret-KEY-4711");

QByteArray errorXml(const char* root, int code, const char* description)
{
    return "<" + QByteArray(root) + "><Open311Error><errorCode>" + QByteArray::number(code)
        + "</errorCode><errorDescription>" + description + "</errorDescription></Open311Error></"
        + root + ">";
}

const QByteArray kStatusOk = "<StatusResponse><Open311Status><service_request_id>17"
                             "</service_request_id><status>open</status><status_notes/>"
                             "<service_name>Pothole</service_name></Open311Status><Open311Error/>"
                             "</StatusResponse>";
const QByteArray kCreateOk = "<CreateResponse><Open311Error/><Open311Create><service_request_id>"
                             "900</service_request_id><service_level_agreement>Within 2 days"
                             "</service_level_agreement><account_id/></Open311Create>"
                             "</CreateResponse>";

} // namespace

class ClientTest : public QObject
{
    Q_OBJECT

private:
    struct Seen
    {
        QList<HttpRequest> requests;
    };

    std::unique_ptr<HttpServer> startServer(HttpHandler handler)
    {
        auto server = std::make_unique<HttpServer>();
        server->setHandler(std::move(handler));
        if (!server->listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
        return server;
    }

    static Endpoint endpointFor(const HttpServer& server)
    {
        QUrl url = server.baseUrl();
        url.setPath(QStringLiteral("/dev/V1/"));
        return Endpoint(url, QStringLiteral("test.city"));
    }

    static NewRequest request()
    {
        NewRequest r;
        r.serviceCode = QStringLiteral("021");
        r.latitude = 37.76;
        r.longitude = -122.42;
        return r;
    }

    int countCreates(const QList<HttpRequest>& requests)
    {
        int n = 0;
        for (const HttpRequest& r : requests)
            n += r.path.endsWith(QLatin1String("create_request")) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void successAndWireShape()
    {
        QList<HttpRequest> seen;
        auto server = startServer([&](const HttpRequest& r) {
            seen.append(r);
            if (r.path == QLatin1String("/dev/V1/status_update"))
                return HttpResponse::xml(kStatusOk);
            return HttpResponse::xml(kCreateOk);
        });
        Client client(endpointFor(*server), [] { return kKey; });
        const Result<RequestStatus> status = waitFor(client.statusUpdate(QStringLiteral("0017")));
        QVERIFY(status.ok());
        QCOMPARE(status.value().serviceName, QStringLiteral("Pothole"));
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen[0].method, QByteArray("GET"));
        QCOMPARE(seen[0].queryValue(QStringLiteral("api_key")), kKey);
        QCOMPARE(seen[0].queryValue(QStringLiteral("city_id")), QStringLiteral("test.city"));
        QCOMPARE(seen[0].queryValue(QStringLiteral("service_request_id")), QStringLiteral("0017"));
        QVERIFY(seen[0].headers.value("user-agent").startsWith("Open311Reporter/"));

        const Result<CreateResult> created = waitFor(client.createRequest(request()));
        QVERIFY(created.ok());
        QCOMPARE(created.value().serviceRequestId, QStringLiteral("900"));
        QCOMPARE(created.value().serviceLevelAgreement, QStringLiteral("Within 2 days"));
        QCOMPARE(seen.last().method, QByteArray("GET"));
        QCOMPARE(seen.last().headers.value("content-length", "0"), QByteArray("0"));
    }

    void awkwardCharactersRoundTrip()
    {
        QList<HttpRequest> seen;
        auto server = startServer([&](const HttpRequest& r) {
            seen.append(r);
            return HttpResponse::xml(kCreateOk);
        });
        Client client(endpointFor(*server), [] { return kKey; });
        NewRequest r = request();
        r.description
            = QStringLiteral("Hole & crack = 2+2 #5\r\nsecond line \u5751 \U0001F573 50%");
        r.addressString = QStringLiteral("Caf\u00e9 \"Le Coin\", 1/2 Rue d'Ange?");
        r.firstName = QStringLiteral("Zo\u00eb");
        r.email = QStringLiteral("zoe+311@example.org");
        r.mediaUrl = QStringLiteral("https://example.org/p?a=1&b=2");
        QVERIFY(waitFor(client.createRequest(r)).ok());
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen[0].queryValue(QStringLiteral("description")), r.description);
        QCOMPARE(seen[0].queryValue(QStringLiteral("address_string")), r.addressString);
        QCOMPARE(seen[0].queryValue(QStringLiteral("first_name")), r.firstName);
        QCOMPARE(seen[0].queryValue(QStringLiteral("customer_email")), r.email);
        QCOMPARE(seen[0].queryValue(QStringLiteral("media_url")), r.mediaUrl);
        QVERIFY(!seen[0].hasQueryItem(QStringLiteral("phone_number")));
    }

    void serverErrorCodes_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("code");
        for (int code : { 100, 101, 102 })
            QTest::addRow("service_list %d", code) << QStringLiteral("service_list") << code;
        for (int code : { 200, 201, 202, 203, 204 })
            QTest::addRow("create_request %d", code) << QStringLiteral("create_request") << code;
        for (int code : { 300, 301, 302 })
            QTest::addRow("status_update %d", code) << QStringLiteral("status_update") << code;
    }

    void serverErrorCodes()
    {
        QFETCH(QString, method);
        QFETCH(int, code);
        const char* root = method == QLatin1String("service_list") ? "ServiceResponse"
            : method == QLatin1String("create_request")            ? "CreateResponse"
                                                                   : "StatusResponse";
        auto server = startServer([&](const HttpRequest&) {
            return HttpResponse::xml(errorXml(root, code, "Described by the server"));
        });
        Client client(endpointFor(*server), [] { return kKey; });
        Error error;
        if (method == QLatin1String("service_list"))
            error = waitFor(client.serviceList()).error();
        else if (method == QLatin1String("create_request"))
            error = waitFor(client.createRequest(request())).error();
        else
            error = waitFor(client.statusUpdate(QStringLiteral("1"))).error();
        QCOMPARE(error.kind(), Error::Kind::Server);
        QCOMPARE(error.code(), code);
        QCOMPARE(error.method(), method);
        QCOMPARE(error.detail(), QStringLiteral("Described by the server"));
        QVERIFY(error.message().contains(QString::number(code)));
        QCOMPARE(error.exitCode(), 3);
        // Only 204 says that nothing was created.
        QCOMPARE(error.safeToRetry(), code == 204);
    }

    void httpErrorsWithHtml_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("404") << 404;
        QTest::newRow("500") << 500;
    }

    void httpErrorsWithHtml()
    {
        QFETCH(int, status);
        auto server = startServer([&](const HttpRequest&) {
            return HttpResponse::html(status,
                "<html><body><h1>Broken</h1><p>Server says no"
                "</p></body></html>");
        });
        Client client(endpointFor(*server), [] { return kKey; });
        const Error error = waitFor(client.serviceList()).error();
        QCOMPARE(error.kind(), Error::Kind::Http);
        QCOMPARE(error.code(), status);
        QCOMPARE(error.detail(), QStringLiteral("Broken Server says no"));
        QCOMPARE(error.exitCode(), 4);

        // A create that meets a 500 may have been filed before the server failed.
        const Error createError = waitFor(client.createRequest(request())).error();
        QCOMPARE(
            createError.kind(), status >= 500 ? Error::Kind::OutcomeUnknown : Error::Kind::Http);
    }

    void errorXmlWithNon200IsServerError()
    {
        auto server = startServer([&](const HttpRequest&) {
            return HttpResponse::xml(errorXml("StatusResponse", 302, "Unknown id"), 400);
        });
        Client client(endpointFor(*server), [] { return kKey; });
        const Error error = waitFor(client.statusUpdate(QStringLiteral("1"))).error();
        QCOMPARE(error.kind(), Error::Kind::Server);
        QCOMPARE(error.code(), 302);
    }

    void stalledServerTimesOut()
    {
        auto server = startServer([&](const HttpRequest&) {
            return HttpResponse::withAction(HttpResponse::Action::Stall);
        });
        Client client(endpointFor(*server), [] { return kKey; });
        client.setTimeout(300);
        const Error error = waitFor(client.statusUpdate(QStringLiteral("1"))).error();
        QCOMPARE(error.kind(), Error::Kind::Timeout);
        QCOMPARE(error.exitCode(), 4);
        const Error createError = waitFor(client.createRequest(request())).error();
        QCOMPARE(createError.kind(), Error::Kind::OutcomeUnknown);
        QCOMPARE(createError.exitCode(), 5);
        QVERIFY(!createError.safeToRetry());
    }

    void truncatedBody()
    {
        auto server = startServer([&](const HttpRequest& r) {
            HttpResponse response = HttpResponse::xml(
                r.path.endsWith(QLatin1String("create_request")) ? kCreateOk : kStatusOk);
            response.action = HttpResponse::Action::Truncate;
            return response;
        });
        Client client(endpointFor(*server), [] { return kKey; });
        const Error error = waitFor(client.statusUpdate(QStringLiteral("1"))).error();
        QCOMPARE(error.kind(), Error::Kind::Protocol);
        QVERIFY2(error.message().contains(QLatin1String("cut short")), qPrintable(error.message()));
        QCOMPARE(
            waitFor(client.createRequest(request())).error().kind(), Error::Kind::OutcomeUnknown);
    }

    void droppedCreateIsSentOnceAndUnknown()
    {
        QList<HttpRequest> seen;
        auto server = startServer([&](const HttpRequest& r) {
            seen.append(r);
            return HttpResponse::withAction(HttpResponse::Action::Drop);
        });
        Client client(endpointFor(*server), [] { return kKey; });
        const Error error = waitFor(client.createRequest(request())).error();
        QCOMPARE(error.kind(), Error::Kind::OutcomeUnknown);
        QCOMPARE(error.exitCode(), 5);
        QVERIFY(!error.safeToRetry());
        // Give a silent resend every chance to arrive before counting.
        QTest::qWait(300);
        QCOMPARE(countCreates(seen), 1);
    }

    void droppedCreateOnKeptAliveConnectionIsSentOnce()
    {
        // The classic trigger: a reused keep-alive connection dies under the create.
        QList<HttpRequest> seen;
        auto server = startServer([&](const HttpRequest& r) {
            seen.append(r);
            if (r.path.endsWith(QLatin1String("create_request")))
                return HttpResponse::withAction(HttpResponse::Action::Drop);
            return HttpResponse::xml(kStatusOk);
        });
        Client client(endpointFor(*server), [] { return kKey; });
        QVERIFY(waitFor(client.statusUpdate(QStringLiteral("1"))).ok());
        const Error error = waitFor(client.createRequest(request())).error();
        QCOMPARE(error.kind(), Error::Kind::OutcomeUnknown);
        QTest::qWait(300);
        QCOMPARE(countCreates(seen), 1);
    }

    void droppedStatusIsNetworkError()
    {
        auto server = startServer([&](const HttpRequest&) {
            return HttpResponse::withAction(HttpResponse::Action::Drop);
        });
        Client client(endpointFor(*server), [] { return kKey; });
        const Error error = waitFor(client.statusUpdate(QStringLiteral("1"))).error();
        QCOMPARE(error.kind(), Error::Kind::Network);
        QCOMPARE(error.exitCode(), 4);
    }

    void refusedConnectionIsSafeToRetry()
    {
        quint16 port = 0;
        {
            auto server = startServer([](const HttpRequest&) { return HttpResponse::xml({}); });
            port = server->port();
        }
        Client client(
            Endpoint(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), QStringLiteral("c")),
            [] { return kKey; });
        const Error error = waitFor(client.createRequest(request())).error();
        QCOMPARE(error.kind(), Error::Kind::Network);
        QVERIFY(error.safeToRetry());
        QVERIFY(!error.message().contains(kKey));
    }

    void oversizedAnswerIsCapped()
    {
        QByteArray huge = "<ServiceResponse><Open311ServiceList>";
        const QByteArray service = "<service service_code=\"1\" service_name=\"x\"/>";
        while (huge.size() < 50 * 1024 * 1024)
            huge += service;
        auto server = startServer([&](const HttpRequest&) { return HttpResponse::xml(huge); });
        Client client(endpointFor(*server), [] { return kKey; });
        const Error error = waitFor(client.serviceList(), 30000).error();
        QCOMPARE(error.kind(), Error::Kind::Protocol);
        QVERIFY2(
            error.message().contains(QLatin1String("larger than")), qPrintable(error.message()));
    }

    void dtdAnswerIsRefused()
    {
        auto server = startServer([&](const HttpRequest&) {
            return HttpResponse::xml("<!DOCTYPE StatusResponse [<!ENTITY a \"aaaaaaaaaa\">"
                                     "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                                     "<StatusResponse><Open311Status><status>&b;</status>"
                                     "</Open311Status></StatusResponse>");
        });
        Client client(endpointFor(*server), [] { return kKey; });
        const Error error = waitFor(client.statusUpdate(QStringLiteral("1"))).error();
        QCOMPARE(error.kind(), Error::Kind::Protocol);
        QVERIFY(error.message().contains(QLatin1String("DTD")));
    }

    void redirectToAnotherPortIsRefused()
    {
        QList<HttpRequest> seenByOther;
        auto other = startServer([&](const HttpRequest& r) {
            seenByOther.append(r);
            return HttpResponse::xml(kStatusOk);
        });
        const QUrl target = other->baseUrl();
        auto server = startServer([&](const HttpRequest& r) {
            HttpResponse response = HttpResponse::text(302, "moved");
            QUrl moved = target;
            moved.setPath(r.path);
            moved.setQuery(QString::fromLatin1(r.target.mid(r.target.indexOf('?') + 1)));
            response.headers.append({ "Location", moved.toEncoded() });
            return response;
        });
        Client client(endpointFor(*server), [] { return kKey; });
        const Error error = waitFor(client.statusUpdate(QStringLiteral("1"))).error();
        QCOMPARE(error.kind(), Error::Kind::Network);
        QVERIFY(error.message().contains(QLatin1String("redirect")));
        QTest::qWait(100);
        QVERIFY(seenByOther.isEmpty());
    }

    void untrustedCertificateIsRefused()
    {
        QTemporaryDir dir;
        const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
        const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                keyPath, QStringLiteral("-out"), certPath, QStringLiteral("-days"),
                QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1") });
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
            "openssl must be installed to generate the test certificate");
        QFile keyFile(keyPath);
        QFile certFile(certPath);
        QVERIFY(keyFile.open(QIODevice::ReadOnly) && certFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);

        QList<HttpRequest> seen;
        HttpServer server;
        server.setSslConfiguration(tls);
        server.setHandler([&](const HttpRequest& r) {
            seen.append(r);
            return HttpResponse::xml(kCreateOk);
        });
        QVERIFY(server.listen());
        QUrl url = server.baseUrl();
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        Client client(Endpoint(url, QStringLiteral("c")), [] { return kKey; });
        const Error error = waitFor(client.createRequest(request())).error();
        QCOMPARE(error.kind(), Error::Kind::Network);
        QVERIFY(error.message().contains(QLatin1String("certificate")));
        QVERIFY(error.safeToRetry()); // the handshake failed: nothing was sent
        QVERIFY(seen.isEmpty());
    }

    void plainHttpNeedsOptIn()
    {
        Client remote(
            Endpoint(QUrl(QStringLiteral("http://city.example/dev/V1/")), QStringLiteral("c")),
            [] { return kKey; });
        const Error error = waitFor(remote.serviceList()).error();
        QCOMPARE(error.kind(), Error::Kind::Validation);
        QCOMPARE(error.field(), Error::Field::Endpoint);
        QVERIFY(Endpoint(QUrl(QStringLiteral("http://city.example/")), QStringLiteral("c"), true)
                    .check()
            == std::nullopt);
        QVERIFY(Endpoint(QUrl(QStringLiteral("http://[::1]:8080/")), QStringLiteral("c")).check()
            == std::nullopt);
        QVERIFY(Endpoint(QUrl(QStringLiteral("https://city.example/")), QString()).check()->field()
            == Error::Field::CityId);
        QVERIFY(Endpoint(QUrl(QStringLiteral("ftp://city.example/")), QStringLiteral("c"))
                    .check()
                    .has_value());
    }

    void invalidRequestSendsNothing()
    {
        QList<HttpRequest> seen;
        auto server = startServer([&](const HttpRequest& r) {
            seen.append(r);
            return HttpResponse::xml(kCreateOk);
        });
        Client client(endpointFor(*server), [] { return kKey; });
        NewRequest r = request();
        r.description = QString(4001, QLatin1Char('a'));
        QCOMPARE(waitFor(client.createRequest(r)).error().kind(), Error::Kind::Validation);
        QCOMPARE(waitFor(client.statusUpdate(QStringLiteral("  "))).error().kind(),
            Error::Kind::Validation);
        QTest::qWait(50);
        QVERIFY(seen.isEmpty());
    }

    void concurrencyIsCapped()
    {
        int inFlight = 0;
        int maxInFlight = 0;
        auto server = startServer([&](const HttpRequest&) {
            maxInFlight = qMax(maxInFlight, ++inFlight);
            QTimer::singleShot(100, [&] { --inFlight; });
            HttpResponse response = HttpResponse::xml(kStatusOk);
            response.delayMs = 100;
            return response;
        });
        Client client(endpointFor(*server), [] { return kKey; });
        client.setMaxConcurrent(3);
        QList<QFuture<Result<RequestStatus>>> futures;
        for (int i = 0; i < 12; ++i)
            futures.append(client.statusUpdate(QString::number(i)));
        QCOMPARE(client.callsInFlight(), 3);
        QCOMPARE(client.callsQueued(), 9);
        for (auto& future : futures)
            QVERIFY(waitFor(future).ok());
        QCOMPARE(maxInFlight, 3);
        QCOMPARE(client.callsInFlight(), 0);
    }

    void keyNeverInErrorText()
    {
        SecretRedactor::addSecret(kKey);
        const QString leaky = QStringLiteral("Error transferring http://h/dev/V1/x?api_key=%1&"
                                             "city_id=c - server replied")
                                  .arg(kKey);
        QVERIFY(!SecretRedactor::redact(leaky).contains(kKey));
        QVERIFY(SecretRedactor::redact(leaky).contains(QLatin1String("api_key=***")));
        QVERIFY(!SecretRedactor::redact(QStringLiteral("api_key=other-value"))
                     .contains(QLatin1String("other-value")));
        // A server that echoes the key in its error description does not leak it either.
        auto server = startServer([&](const HttpRequest& r) {
            const QByteArray echoed
                = "Invalid key " + r.queryValue(QStringLiteral("api_key")).toUtf8();
            return HttpResponse::xml(errorXml("StatusResponse", 301, echoed.constData()));
        });
        Client client(endpointFor(*server), [] { return kKey; });
        const Error error = waitFor(client.statusUpdate(QStringLiteral("1"))).error();
        QCOMPARE(error.code(), 301);
        QVERIFY(!error.message().contains(kKey));
        QVERIFY(!error.detail().contains(kKey));
    }
};

QTEST_GUILESS_MAIN(ClientTest)
#include "client_test.moc"
