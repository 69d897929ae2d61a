#include "http/HttpRequestParser.h"

#include <QTest>

using namespace Open311;

// The framing rules on their own, fed byte by byte where it matters. http_test covers the
// statuses through a real socket; this covers what a socket makes hard to pin down.
class HttpRequestParserTest : public QObject
{
    Q_OBJECT

private:
    using Progress = HttpRequestParser::Progress;

    static HttpLimits smallLimits()
    {
        HttpLimits limits;
        limits.maxHeadBytes = 64;
        limits.maxBodyBytes = 8;
        return limits;
    }

    static constexpr const char* kChunkedHead
        = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n";

private Q_SLOTS:
    // A terminator split across reads is found wherever the split falls.
    void headArrivingByteByByte()
    {
        const QByteArray bytes = "GET /a%20b?x=1 HTTP/1.1\r\nHost: h\r\n\r\n";
        HttpRequestParser parser { HttpLimits() };
        QVERIFY(!parser.hasPartialRequest());
        for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
            parser.append(bytes.mid(i, 1));
            QCOMPARE(parser.parse(), Progress::NeedMore);
            QVERIFY(parser.hasPartialRequest());
        }
        parser.append(bytes.right(1));
        QCOMPARE(parser.parse(), Progress::Complete);
        const HttpRequest request = parser.takeRequest();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/a b"));
        QCOMPARE(request.queryValue(QStringLiteral("x")), QStringLiteral("1"));
        QVERIFY(!parser.hasPartialRequest());
        QCOMPARE(parser.parse(), Progress::NeedMore);
    }

    // Blank lines between requests are no request at all: a timeout closes without a 408.
    void blankLinesAreNotAPartialRequest()
    {
        HttpRequestParser parser { HttpLimits() };
        parser.append("\r\n\r\n\r\n");
        QCOMPARE(parser.parse(), Progress::NeedMore);
        QVERIFY(!parser.hasPartialRequest());
    }

    // Each parse() completes one request and leaves the next one's bytes where they are.
    void oneRequestAtATime()
    {
        HttpRequestParser parser { HttpLimits() };
        parser.append("POST /one HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc"
                      "GET /two HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n"
                      "GET /thr");
        QCOMPARE(parser.parse(), Progress::Complete);
        HttpRequest request = parser.takeRequest();
        QCOMPARE(request.path, QStringLiteral("/one"));
        QCOMPARE(request.body, QByteArray("abc"));
        QCOMPARE(parser.parse(), Progress::Complete);
        request = parser.takeRequest();
        QCOMPARE(request.path, QStringLiteral("/two"));
        QVERIFY(request.body.isEmpty());
        QCOMPARE(parser.parse(), Progress::NeedMore);
        QVERIFY(parser.hasPartialRequest());
        parser.append("ee HTTP/1.1\r\nHost: h\r\n\r\n");
        QCOMPARE(parser.parse(), Progress::Complete);
        QCOMPARE(parser.takeRequest().path, QStringLiteral("/three"));
    }

    void requestTargets_data()
    {
        QTest::addColumn<QByteArray>("requestLine");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::newRow("asterisk for OPTIONS")
            << QByteArray("OPTIONS * HTTP/1.1") << 0 << "*" << QString();
        QTest::newRow("asterisk for GET")
            << QByteArray("GET * HTTP/1.1") << 400 << QString() << QString();
        QTest::newRow("absolute, no path") << QByteArray("GET http://h?x=1 HTTP/1.1") << 0 << "/"
                                           << "1";
        QTest::newRow("absolute, upper-case scheme")
            << QByteArray("GET HTTPS://H:8443/p?x=2 HTTP/1.1") << 0 << "/p"
            << "2";
        QTest::newRow("absolute, bare host")
            << QByteArray("GET http://h HTTP/1.1") << 0 << "/" << QString();
    }

    void requestTargets()
    {
        QFETCH(QByteArray, requestLine);
        QFETCH(int, failure);
        QFETCH(QString, path);
        QFETCH(QString, query);
        HttpRequestParser parser { HttpLimits() };
        parser.append(requestLine + "\r\nHost: h\r\n\r\n");
        if (failure != 0) {
            QCOMPARE(parser.parse(), Progress::Failed);
            QCOMPARE(parser.failureStatus(), failure);
            return;
        }
        QCOMPARE(parser.parse(), Progress::Complete);
        const HttpRequest request = parser.takeRequest();
        QCOMPARE(request.path, path);
        QCOMPARE(request.queryValue(QStringLiteral("x")), query);
    }

    // The same length twice says nothing new; leading zeros are still that length.
    void repeatedEqualLengthIsOneLength()
    {
        HttpRequestParser parser { HttpLimits() };
        parser.append("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 005\r\n"
                      "Content-Length: 005\r\n\r\nhelloGET");
        QCOMPARE(parser.parse(), Progress::Complete);
        const HttpRequest request = parser.takeRequest();
        QCOMPARE(request.body, QByteArray("hello"));
        QCOMPARE(request.headers.value("content-length"), QByteArray("005"));
        QVERIFY(parser.hasPartialRequest()); // "GET" is the next request's start
    }

    void nulInAFieldIsRefused()
    {
        HttpRequestParser parser { HttpLimits() };
        parser.append(QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX-A: a") + '\0' + "b\r\n\r\n");
        QCOMPARE(parser.parse(), Progress::Failed);
        QCOMPARE(parser.failureStatus(), 400);
    }

    void chunkedBodyUpToTheCap_data()
    {
        QTest::addColumn<QByteArray>("chunks");
        QTest::addColumn<int>("failure");
        QTest::newRow("exactly the cap") << QByteArray("8\r\n12345678\r\n0\r\n\r\n") << 0;
        QTest::newRow("the cap in two") << QByteArray("3\r\n123\r\n5\r\n45678\r\n0\r\n\r\n") << 0;
        QTest::newRow("one past the cap") << QByteArray("9\r\n") << 413;
        QTest::newRow("one past in two") << QByteArray("4\r\n1234\r\n5\r\n") << 413;
    }

    void chunkedBodyUpToTheCap()
    {
        QFETCH(QByteArray, chunks);
        QFETCH(int, failure);
        HttpRequestParser parser { smallLimits() };
        parser.append(kChunkedHead + chunks);
        if (failure != 0) {
            QCOMPARE(parser.parse(), Progress::Failed);
            QCOMPARE(parser.failureStatus(), failure);
            return;
        }
        QCOMPARE(parser.parse(), Progress::Complete);
        QCOMPARE(parser.takeRequest().body, QByteArray("12345678"));
        QVERIFY(!parser.hasPartialRequest());
    }

    // Trailer fields count against the head limit, as the head's own fields do.
    void trailerOverTheCapGets431()
    {
        HttpRequestParser parser { smallLimits() };
        parser.append(QByteArray(kChunkedHead) + "0\r\nX-T: " + QByteArray(60, 'a') + "\r\n\r\n");
        QCOMPARE(parser.parse(), Progress::Failed);
        QCOMPARE(parser.failureStatus(), 431);

        HttpRequestParser fits { smallLimits() };
        fits.append(QByteArray(kChunkedHead) + "0\r\nX-T: " + QByteArray(50, 'a') + "\r\n\r\n");
        QCOMPARE(fits.parse(), Progress::Complete);
    }

    // A body still owed keeps the request partial, chunk by chunk.
    void bodyStillOwedIsPartial()
    {
        HttpRequestParser parser { HttpLimits() };
        parser.append("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\nab");
        QCOMPARE(parser.parse(), Progress::NeedMore);
        QVERIFY(parser.hasPartialRequest());
        parser.append("cd");
        QCOMPARE(parser.parse(), Progress::Complete);
        QVERIFY(!parser.hasPartialRequest());

        parser.append(QByteArray(kChunkedHead) + "2\r\nab\r\n");
        QCOMPARE(parser.parse(), Progress::NeedMore);
        QVERIFY(parser.hasPartialRequest());
    }

    // After a failure nothing more is read, whatever follows, until reset().
    void failureHoldsUntilReset()
    {
        const QByteArray good = "GET /ok HTTP/1.1\r\nHost: h\r\n\r\n";
        HttpRequestParser parser { HttpLimits() };
        parser.append("GET / HTTP/1.1\r\n\r\n" + good);
        QCOMPARE(parser.parse(), Progress::Failed);
        QCOMPARE(parser.failureStatus(), 400);
        QCOMPARE(parser.parse(), Progress::Failed);
        parser.reset();
        QCOMPARE(parser.failureStatus(), 0);
        QVERIFY(!parser.hasPartialRequest());
        QCOMPARE(parser.parse(), Progress::NeedMore);
        parser.append(good);
        QCOMPARE(parser.parse(), Progress::Complete);
        QCOMPARE(parser.takeRequest().path, QStringLiteral("/ok"));
    }
};

QTEST_APPLESS_MAIN(HttpRequestParserTest)
#include "http_request_parser_test.moc"
