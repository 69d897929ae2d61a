#include "http/HttpServer.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Open311;

namespace {

// One answer as it came off the wire.
struct Answer
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

// Splits the first whole answer off `bytes`; after HEAD there is no body to wait for.
std::optional<Answer> parseAnswer(QByteArray& bytes, bool headOnly)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    const QList<QByteArray> lines = bytes.left(end).split('\n');
    Answer answer;
    const QList<QByteArray> statusLine = lines.constFirst().trimmed().split(' ');
    if (statusLine.value(0) != "HTTP/1.1")
        return answer; // status 0: whatever came is no answer
    answer.status = statusLine.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        answer.headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
    }
    const qsizetype length
        = headOnly ? 0 : answer.headers.value("content-length", "0").toLongLong();
    if (bytes.size() < end + 4 + length)
        return std::nullopt;
    answer.body = bytes.mid(end + 4, length);
    bytes.remove(0, end + 4 + length);
    return answer;
}

// A client that writes and reads raw bytes, so each test says exactly what is on the wire.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket,
            [this] { m_received += m_socket.readAll(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket,
            [this] { m_received += m_socket.readAll(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    ~RawClient() { m_socket.disconnect(); }
    RawClient(const RawClient&) = delete;
    RawClient& operator=(const RawClient&) = delete;

    QTcpSocket& socket() { return m_socket; }
    void send(const QByteArray& bytes) { m_socket.write(bytes); }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool isClosed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }
    const QByteArray& received() const { return m_received; }

    bool hasAnswer(bool headOnly = false) const
    {
        QByteArray copy = m_received;
        return parseAnswer(copy, headOnly).has_value();
    }
    Answer takeAnswer(bool headOnly = false)
    {
        return parseAnswer(m_received, headOnly).value_or(Answer());
    }

private:
    QByteArray m_received; // declared first: the socket may still report while it goes
    QTcpSocket m_socket;
};

const QByteArray kGet = "GET /ping HTTP/1.1\r\nHost: h\r\n\r\n";

} // namespace

class HttpTest : public QObject
{
    Q_OBJECT

private:
    QList<HttpRequest> m_seen;

    // Answers "METHOD /path", or the body if there is one, after ?delay= milliseconds.
    HttpResponse echo(const HttpRequest& request)
    {
        m_seen.append(request);
        HttpResponse response = HttpResponse::text(200,
            request.body.isEmpty() ? request.method + ' ' + request.path.toUtf8() : request.body);
        response.delayMs = request.queryValue(QStringLiteral("delay")).toInt();
        return response;
    }

    std::unique_ptr<HttpServer> startServer(HttpHandler handler = {})
    {
        auto server = std::make_unique<HttpServer>();
        if (handler)
            server->setHandler(std::move(handler));
        else
            server->setHandler([this](const HttpRequest& request) { return echo(request); });
        if (!server->listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
        return server;
    }

    static QByteArray chunkedPost(const QByteArray& body)
    {
        return "POST /upload HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n" + body;
    }

private Q_SLOTS:
    void init() { m_seen.clear(); }

    void malformedRequestGets400_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400;
        QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("not http") << QByteArray("GET / FTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("lower-case version")
            << QByteArray("GET / http/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("bad method") << QByteArray("G@T / HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("relative target")
            << QByteArray("GET index.html HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("control byte in target")
            << QByteArray("GET /a\x01 HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: h\r\n\r\n") << 400;
        QTest::newRow("header without colon")
            << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nno colon\r\n\r\n") << 400;
        QTest::newRow("space before colon")
            << QByteArray("GET / HTTP/1.1\r\nHost : h\r\n\r\n") << 400;
        QTest::newRow("folded header")
            << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX-A: 1\r\n  2\r\n\r\n") << 400;
        QTest::newRow("1.1 without host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two hosts")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("two lengths")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\n"
                          "Content-Length: 2\r\n\r\nab")
            << 400;
        QTest::newRow("negative length")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("major version 2") << QByteArray("GET / HTTP/2.0\r\nHost: h\r\n\r\n") << 505;
    }

    void malformedRequestGets400()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        auto server = startServer();
        RawClient client(server->port());
        client.send(request);
        QTRY_VERIFY(client.hasAnswer());
        const Answer answer = client.takeAnswer();
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.headers.value("connection"), QByteArray("close"));
        QTRY_VERIFY(client.isClosed());
        QVERIFY(m_seen.isEmpty());
    }

    void bodyOverTheCapGets413()
    {
        auto server = startServer();
        QCOMPARE(server->limits().maxBodyBytes, qsizetype(1024 * 1024));
        {
            // Refused on the length alone: the peer need not send the megabyte.
            RawClient client(server->port());
            client.send("POST /up HTTP/1.1\r\nHost: h\r\nContent-Length: 1048577\r\n\r\n");
            QTRY_VERIFY(client.hasAnswer());
            QCOMPARE(client.takeAnswer().status, 413);
            QTRY_VERIFY(client.isClosed());
        }
        {
            RawClient client(server->port());
            client.send("POST /up HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999999"
                        "\r\n\r\n");
            QTRY_VERIFY(client.hasAnswer());
            QCOMPARE(client.takeAnswer().status, 413);
        }
        server->setMaxBodyBytes(5);
        {
            RawClient client(server->port());
            client.send("POST /up HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello");
            QTRY_VERIFY(client.hasAnswer());
            const Answer answer = client.takeAnswer();
            QCOMPARE(answer.status, 200);
            QCOMPARE(answer.body, QByteArray("hello"));
        }
        {
            RawClient client(server->port());
            client.send("POST /up HTTP/1.1\r\nHost: h\r\nContent-Length: 6\r\n\r\nhello!");
            QTRY_VERIFY(client.hasAnswer());
            QCOMPARE(client.takeAnswer().status, 413);
            QTRY_VERIFY(client.isClosed());
        }
        QCOMPARE(m_seen.size(), 1);
    }

    void headersOverTheCapGet431()
    {
        auto server = startServer();
        const qsizetype cap = server->limits().maxHeadBytes;
        QCOMPARE(cap, qsizetype(64 * 1024));
        const QByteArray start = "GET /big HTTP/1.1\r\nHost: h\r\nX-Big: ";
        {
            // Exactly the cap, blank line included.
            RawClient client(server->port());
            client.send(start + QByteArray(cap - start.size() - 4, 'a') + "\r\n\r\n");
            QTRY_VERIFY(client.hasAnswer());
            QCOMPARE(client.takeAnswer().status, 200);
        }
        {
            RawClient client(server->port());
            client.send(start + QByteArray(cap - start.size() - 3, 'a') + "\r\n\r\n");
            QTRY_VERIFY(client.hasAnswer());
            QCOMPARE(client.takeAnswer().status, 431);
            QTRY_VERIFY(client.isClosed());
        }
        {
            // No end in sight: the server does not wait for one.
            RawClient client(server->port());
            client.send(start + QByteArray(cap, 'a'));
            QTRY_VERIFY(client.hasAnswer());
            QCOMPARE(client.takeAnswer().status, 431);
            QTRY_VERIFY(client.isClosed());
        }
        QCOMPARE(m_seen.size(), 1);
    }

    void chunkedBodyIsDecoded_data()
    {
        QTest::addColumn<QList<QByteArray>>("pieces");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("one write")
            << QList<QByteArray> { "5\r\nhello\r\n7\r\n, world\r\n0\r\n\r\n" }
            << QByteArray("hello, world");
        QTest::newRow("split everywhere") << QList<QByteArray> { "5", "\r", "\nhel", "lo\r", "\n",
            "7\r\n, world\r\n0\r", "\n\r", "\n" }
                                          << QByteArray("hello, world");
        QTest::newRow("extensions and trailer")
            << QList<QByteArray> { "5 ;name=value\r\nhello\r\n0\r\nExpires: never\r\n\r\n" }
            << QByteArray("hello");
        QTest::newRow("upper case and leading zeros")
            << QList<QByteArray> { "00A\r\n0123456789\r\n0\r\n\r\n" } << QByteArray("0123456789");
        QTest::newRow("empty") << QList<QByteArray> { "0\r\n\r\n" } << QByteArray();
    }

    void chunkedBodyIsDecoded()
    {
        QFETCH(QList<QByteArray>, pieces);
        QFETCH(QByteArray, body);
        auto server = startServer();
        RawClient client(server->port());
        QTRY_VERIFY(client.isConnected());
        client.send(chunkedPost(QByteArray()));
        for (const QByteArray& piece : pieces) {
            // Each piece goes out before the next, so the server may well read them apart.
            QTRY_COMPARE(client.socket().bytesToWrite(), qint64(0));
            client.send(piece);
        }
        QTRY_COMPARE(m_seen.size(), 1);
        QCOMPARE(m_seen[0].body, body);
        QTRY_VERIFY(client.hasAnswer());
        QCOMPARE(client.takeAnswer().status, 200);
        // The body ended where the chunks said: the next request on the connection is whole.
        client.send(kGet);
        QTRY_VERIFY(client.hasAnswer());
        QCOMPARE(client.takeAnswer().body, QByteArray("GET /ping"));
    }

    void malformedChunkedBodyIsRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("not hex") << chunkedPost("zz\r\nhello\r\n0\r\n\r\n") << 400;
        QTest::newRow("negative") << chunkedPost("-5\r\nhello\r\n0\r\n\r\n") << 400;
        QTest::newRow("0x prefix") << chunkedPost("0x5\r\nhello\r\n0\r\n\r\n") << 400;
        QTest::newRow("space inside") << chunkedPost("5 5\r\nhello\r\n0\r\n\r\n") << 400;
        QTest::newRow("no size") << chunkedPost("\r\nhello\r\n0\r\n\r\n") << 400;
        QTest::newRow("data past its size") << chunkedPost("3\r\nhello\r\n0\r\n\r\n") << 400;
        QTest::newRow("endless size line") << chunkedPost("5;" + QByteArray(8192, 'x')) << 400;
        QTest::newRow("bad trailer") << chunkedPost("0\r\nno colon\r\n\r\n") << 400;
        QTest::newRow("chunks past the cap")
            << chunkedPost("5\r\nhello\r\n5\r\nworld\r\n0\r\n\r\n") << 413;
        QTest::newRow("size past qint64") << chunkedPost("FFFFFFFFFFFFFFFFFFFFFFFF\r\n") << 413;
        QTest::newRow("chunked and a length")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n"
                          "Content-Length: 5\r\n\r\n0\r\n\r\n")
            << 400;
        QTest::newRow("chunked not last")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked, gzip\r\n\r\n")
            << 400;
        QTest::newRow("chunked in 1.0")
            << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << 400;
        QTest::newRow("unknown coding")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")
            << 501;
    }

    void malformedChunkedBodyIsRefused()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        auto server = startServer();
        server->setMaxBodyBytes(8);
        RawClient client(server->port());
        client.send(request);
        QTRY_VERIFY(client.hasAnswer());
        QCOMPARE(client.takeAnswer().status, status);
        QTRY_VERIFY(client.isClosed());
        QVERIFY(m_seen.isEmpty());
    }

    void http10IsAnsweredThenClosed()
    {
        auto server = startServer();
        RawClient client(server->port());
        client.send("GET /old HTTP/1.0\r\n\r\n");
        QTRY_VERIFY(client.hasAnswer());
        const Answer answer = client.takeAnswer();
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, QByteArray("GET /old"));
        QCOMPARE(answer.headers.value("connection"), QByteArray("close"));
        QTRY_VERIFY(client.isClosed());
        QCOMPARE(m_seen.size(), 1);
        QCOMPARE(m_seen[0].version, QByteArray("HTTP/1.0"));
    }

    void http10KeepsAliveWhenAsked()
    {
        auto server = startServer();
        RawClient client(server->port());
        client.send("GET /a HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n");
        QTRY_VERIFY(client.hasAnswer());
        Answer answer = client.takeAnswer();
        QCOMPARE(answer.body, QByteArray("GET /a"));
        QCOMPARE(answer.headers.value("connection"), QByteArray("keep-alive"));
        // Still open: a second request on it is answered, and this one closes it.
        client.send("GET /b HTTP/1.0\r\n\r\n");
        QTRY_VERIFY(client.hasAnswer());
        answer = client.takeAnswer();
        QCOMPARE(answer.body, QByteArray("GET /b"));
        QCOMPARE(answer.headers.value("connection"), QByteArray("close"));
        QTRY_VERIFY(client.isClosed());
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        auto server = startServer();
        RawClient client(server->port());
        // The first answer is the slowest; the others wait for it.
        client.send("GET /first?delay=80 HTTP/1.1\r\nHost: h\r\n\r\n"
                    "POST /second HTTP/1.1\r\nHost: h\r\nContent-Length: 6\r\n\r\nsecond"
                    "\r\n" // a stray blank line between requests is allowed
                    "GET /third HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"
                    "GET /never HTTP/1.1\r\nHost: h\r\n\r\n");
        QTRY_VERIFY(client.isClosed());
        QCOMPARE(client.takeAnswer().body, QByteArray("GET /first"));
        QCOMPARE(client.takeAnswer().body, QByteArray("second"));
        const Answer third = client.takeAnswer();
        QCOMPARE(third.body, QByteArray("GET /third"));
        QCOMPARE(third.headers.value("connection"), QByteArray("close"));
        QVERIFY(client.received().isEmpty());
        QCOMPARE(m_seen.size(), 3);
        QCOMPARE(m_seen[1].path, QStringLiteral("/second"));
    }

    void headIsAnsweredWithoutBody()
    {
        auto server = startServer(
            [](const HttpRequest&) { return HttpResponse::text(200, "hello, world"); });
        RawClient client(server->port());
        client.send("HEAD /page HTTP/1.1\r\nHost: h\r\n\r\nGET /page HTTP/1.1\r\nHost: h\r\n\r\n");
        QTRY_VERIFY(client.hasAnswer(true));
        const Answer head = client.takeAnswer(true);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.headers.value("content-length"), QByteArray("12"));
        QVERIFY(head.body.isEmpty());
        // Had the HEAD answer carried a body, it would stand where this answer starts.
        QTRY_VERIFY(client.hasAnswer());
        const Answer get = client.takeAnswer();
        QCOMPARE(get.status, 200);
        QCOMPARE(get.body, QByteArray("hello, world"));
        QVERIFY(client.received().isEmpty());
    }

    void noContentStatusesCarryNoLength()
    {
        auto server = startServer([](const HttpRequest& request) {
            const int status = request.path == QLatin1String("/cached") ? 304 : 204;
            HttpResponse response = HttpResponse::text(status, QByteArray());
            response.headers.append({ QByteArray("ETag"), QByteArray("\"v1\"") });
            return response;
        });
        RawClient client(server->port());
        client.send("GET /cached HTTP/1.1\r\nHost: h\r\n\r\n"
                    "DELETE /gone HTTP/1.1\r\nHost: h\r\n\r\n");
        QTRY_VERIFY(client.hasAnswer());
        const Answer notModified = client.takeAnswer();
        QCOMPARE(notModified.status, 304);
        QVERIFY(!notModified.headers.contains("content-length"));
        QCOMPARE(notModified.headers.value("etag"), QByteArray("\"v1\""));
        QTRY_VERIFY(client.hasAnswer());
        const Answer noContent = client.takeAnswer();
        QCOMPARE(noContent.status, 204);
        QVERIFY(!noContent.headers.contains("content-length"));
    }

    void versionIsAFieldNotAHeader()
    {
        auto server = startServer();
        RawClient client(server->port());
        client.send("GET http://h/a%20b?x=1&y=two+words HTTP/1.1\r\nHost: h\r\nX-One: 1\r\n"
                    "x-one: 2\r\n\r\n");
        QTRY_COMPARE(m_seen.size(), 1);
        const HttpRequest& request = m_seen[0];
        QCOMPARE(request.version, QByteArray("HTTP/1.1"));
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.target, QByteArray("http://h/a%20b?x=1&y=two+words"));
        QCOMPARE(request.path, QStringLiteral("/a b"));
        QCOMPARE(request.queryValue(QStringLiteral("y")), QStringLiteral("two words"));
        QList<QByteArray> names = request.headers.keys();
        std::sort(names.begin(), names.end());
        QCOMPARE(names, (QList<QByteArray> { "host", "x-one" }));
        QCOMPARE(request.headers.value("x-one"), QByteArray("1, 2"));
    }

    void idleTimeoutClosesSilentConnection()
    {
        QCOMPARE(HttpServer().limits().idleTimeoutMs, 30 * 1000);
        auto server = startServer();
        server->setIdleTimeout(150);
        RawClient client(server->port());
        QTRY_VERIFY(client.isConnected());
        QElapsedTimer elapsed;
        elapsed.start();
        QTRY_VERIFY(client.isClosed());
        QVERIFY2(elapsed.elapsed() >= 100, QByteArray::number(elapsed.elapsed()).constData());
        QVERIFY(client.received().isEmpty());
        QTRY_COMPARE(server->openConnections(), 0);
    }

    void idleTimeoutClosesKeptAliveConnection()
    {
        auto server = startServer();
        server->setIdleTimeout(150);
        RawClient client(server->port());
        client.send(kGet);
        QTRY_VERIFY(client.hasAnswer());
        QCOMPARE(client.takeAnswer().headers.value("connection"), QByteArray("keep-alive"));
        QTRY_VERIFY(client.isClosed());
        QVERIFY(client.received().isEmpty());
    }

    void idleTimeoutAnswersHalfSentRequest_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("head") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n");
        QTest::newRow("body") << QByteArray(
            "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\nabc");
        QTest::newRow("chunks") << chunkedPost("5\r\nhello\r\n");
    }

    void idleTimeoutAnswersHalfSentRequest()
    {
        QFETCH(QByteArray, request);
        auto server = startServer();
        server->setIdleTimeout(150);
        RawClient client(server->port());
        client.send(request);
        QTRY_VERIFY(client.hasAnswer());
        QCOMPARE(client.takeAnswer().status, 408);
        QTRY_VERIFY(client.isClosed());
        QVERIFY(m_seen.isEmpty());
    }

    void idleTimeoutIsNotResetByTrickling()
    {
        auto server = startServer();
        server->setIdleTimeout(300);
        RawClient client(server->port());
        client.send("GET / HTTP/1.1\r\nHost: h\r\n");
        // A header line every 40 ms: each is progress, but the request never ends.
        QTimer trickle;
        QObject::connect(&trickle, &QTimer::timeout, &client.socket(),
            [&client] { client.send("X-Slow: yes\r\n"); });
        trickle.start(40);
        QTRY_VERIFY_WITH_TIMEOUT(client.hasAnswer(), 3000);
        trickle.stop();
        QCOMPARE(client.takeAnswer().status, 408);
        QTRY_VERIFY(client.isClosed());
    }

    void idleTimeoutSparesSlowAnswers()
    {
        auto server = startServer();
        server->setIdleTimeout(100);
        RawClient client(server->port());
        client.send("GET /slow?delay=300 HTTP/1.1\r\nHost: h\r\n\r\n");
        QTRY_VERIFY(client.hasAnswer());
        const Answer answer = client.takeAnswer();
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, QByteArray("GET /slow"));
    }

    // A stall answers nothing and then lets the connection go, so that it cannot pile up.
    void stallEndsWithAClose()
    {
        auto server = startServer([](const HttpRequest& request) {
            HttpResponse response = HttpResponse::withAction(HttpResponse::Action::Stall);
            response.delayMs = request.queryValue(QStringLiteral("for")).toInt();
            return response;
        });
        server->setIdleTimeout(400);
        RawClient brief(server->port());
        brief.send("GET /?for=100 HTTP/1.1\r\nHost: h\r\n\r\n");
        QElapsedTimer elapsed;
        elapsed.start();
        QTRY_VERIFY(brief.isClosed());
        QVERIFY2(elapsed.elapsed() >= 80, QByteArray::number(elapsed.elapsed()).constData());
        QVERIFY(brief.received().isEmpty());

        // Without a time of its own, it outlasts the idle timeout, as clients' timeouts: the
        // client gives up first.
        RawClient plain(server->port());
        plain.send("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
        QTest::qWait(700);
        QVERIFY(!plain.isClosed());
        QVERIFY(plain.received().isEmpty());
        plain.socket().disconnectFromHost();
        QTRY_COMPARE(server->openConnections(), 0);
    }

    void bufferedBytesAreCappedAcrossConnections()
    {
        QCOMPARE(HttpServer().limits().maxBufferedBytes, qsizetype(64 * 1024 * 1024));
        auto server = startServer();
        const qsizetype body = 300 * 1024;
        server->setMaxHeadBytes(4 * 1024);
        server->setMaxBodyBytes(body);
        server->setMaxBufferedBytes(body);
        const qsizetype own = 4 * 1024 + 64 * 1024; // a head and one read, outside the budget
        const QByteArray head = "POST /up HTTP/1.1\r\nHost: h\r\nContent-Length: "
            + QByteArray::number(body) + "\r\n\r\n";

        RawClient first(server->port());
        first.send(head + QByteArray(250 * 1024, 'a'));
        QTRY_COMPARE(server->bufferedBytes(), 250 * 1024 - own);
        // A request within a connection's own share takes nothing from the budget.
        RawClient small(server->port());
        small.send(head + QByteArray(60 * 1024, 'e'));
        RawClient get(server->port());
        get.send(kGet);
        QTRY_VERIFY(get.hasAnswer());
        QCOMPARE(get.takeAnswer().status, 200);
        QCOMPARE(server->bufferedBytes(), 250 * 1024 - own);

        // Each is within the body cap; the two together are not.
        RawClient second(server->port());
        second.send(head + QByteArray(250 * 1024, 'b'));
        QTRY_VERIFY(second.hasAnswer());
        const Answer refused = second.takeAnswer();
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.headers.value("retry-after"), QByteArray("1"));
        QTRY_VERIFY(second.isClosed());

        // The one that came first is not harmed.
        first.send(QByteArray(body - 250 * 1024, 'a'));
        QTRY_VERIFY(first.hasAnswer());
        const Answer served = first.takeAnswer();
        QCOMPARE(served.status, 200);
        QCOMPARE(served.body, QByteArray(body, 'a'));
        QTRY_COMPARE(server->bufferedBytes(), qsizetype(0));

        // What the answered request held is free again for a newcomer's whole body.
        RawClient third(server->port());
        third.send(head + QByteArray(body, 'c'));
        QTRY_VERIFY(third.hasAnswer());
        QCOMPARE(third.takeAnswer().status, 200);

        // A peer that goes away in the middle of its body gives its share back.
        RawClient fourth(server->port());
        fourth.send(head + QByteArray(150 * 1024, 'd'));
        QTRY_COMPARE(server->bufferedBytes(), 150 * 1024 - own);
        fourth.socket().abort();
        QTRY_COMPARE(server->bufferedBytes(), qsizetype(0));
        QCOMPARE(m_seen.size(), 3);
        QVERIFY(!small.hasAnswer());
    }

    // A peer that pipelines requests and reads none of the answers: the server stops reading
    // once a little is queued, and TCP holds the peer back; when it reads, every answer comes.
    void answersNotTakenHoldBackTheNextRequests()
    {
        const QByteArray big(256 * 1024, 'x');
        int handled = 0;
        auto server = startServer([&](const HttpRequest&) {
            ++handled;
            return HttpResponse::text(200, big);
        });
        constexpr int kRequests = 400; // 100 MB of answers
        QTcpSocket peer;
        peer.setReadBufferSize(4096);
        peer.connectToHost(QHostAddress::LocalHost, server->port());
        QVERIFY(peer.waitForConnected(5000));
        QByteArray requests;
        for (int i = 0; i < kRequests; ++i)
            requests += kGet;
        peer.write(requests);
        QTest::qWait(1000);
        QVERIFY2(handled < kRequests / 2, qPrintable(QString::number(handled)));

        qint64 received = 0;
        const qint64 answerBytes = HttpResponse::text(200, big).head(true).size() + big.size();
        peer.setReadBufferSize(0);
        connect(&peer, &QTcpSocket::readyRead, &peer, [&] { received += peer.readAll().size(); });
        received += peer.readAll().size();
        QTRY_COMPARE_WITH_TIMEOUT(received, kRequests * answerBytes, 30000);
        QCOMPARE(handled, kRequests);
    }

    void connectionCapTurnsAwayExtraConnections()
    {
        QCOMPARE(HttpServer().limits().maxConnections, 256);
        auto server = startServer();
        server->setMaxConnections(2);
        RawClient first(server->port());
        RawClient second(server->port());
        QTRY_COMPARE(server->openConnections(), 2);

        RawClient third(server->port());
        QTRY_VERIFY(third.hasAnswer());
        QCOMPARE(third.takeAnswer().status, 503);
        QTRY_VERIFY(third.isClosed());
        QCOMPARE(server->rejectedConnections(), 1);
        QCOMPARE(server->openConnections(), 2);

        // Those within the cap are served as usual.
        first.send(kGet);
        QTRY_VERIFY(first.hasAnswer());
        QCOMPARE(first.takeAnswer().status, 200);

        // One goes, and a newcomer is served again.
        second.socket().disconnectFromHost();
        QTRY_COMPARE(server->openConnections(), 1);
        RawClient fourth(server->port());
        fourth.send(kGet);
        QTRY_VERIFY(fourth.hasAnswer());
        QCOMPARE(fourth.takeAnswer().status, 200);
        QCOMPARE(server->rejectedConnections(), 1);
        QCOMPARE(server->openConnections(), 2);
    }
};

QTEST_GUILESS_MAIN(HttpTest)
#include "http_test.moc"
