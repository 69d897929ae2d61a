#include "FutureWait.h"
#include "core/Client.h"
#include "http/HttpServer.h"

#include <QTest>

using namespace Open311;
using Open311::Testing::waitFor;

namespace {

const QString kKey = QStringLiteral("v2-s3cret+KEY&4711");

const QByteArray kServicesXml
    = "<?xml version=\"1.0\" encoding=\"utf-8\"?><services><service><service_code>001"
      "</service_code><service_name>Cans left out 24x7</service_name><description/>"
      "<metadata>true</metadata><type>realtime</type><keywords>lorem, ipsum</keywords>"
      "<group>sanitation</group></service></services>";
// As the spec's own sample is published: a number with a leading zero is not JSON.
const QByteArray kServicesBadJson
    = "[{\"service_code\":001,\"service_name\":\"Cans left out 24x7\",\"metadata\":true}]";

} // namespace

// The GeoReport v2 client against real HTTP servers on loopback: the wire shape of each call,
// the key kept out of URLs, a POST sent at most once, and XML asked for when JSON is broken.
class ClientV2Test : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HttpServer> startServer(HttpHandler handler)
    {
        auto server = std::make_unique<HttpServer>();
        server->setHandler(std::move(handler));
        if (!server->listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
        return server;
    }

    static Endpoint endpointFor(const HttpServer& server, WireFormat format = WireFormat::Json)
    {
        QUrl url = server.baseUrl();
        url.setPath(QStringLiteral("/dev/v2/"));
        return Endpoint(url, QStringLiteral("city.example"), false, Protocol::GeoReportV2, format);
    }

    static NewRequest request()
    {
        NewRequest r;
        r.serviceCode = QStringLiteral("001");
        r.latitude = 37.76;
        r.longitude = -122.42;
        r.description = QStringLiteral("Cans & bags + more = mess");
        r.attributes.insert(QStringLiteral("SIZE"), { QStringLiteral("large") });
        r.attributes.insert(
            QStringLiteral("ITEMS"), { QStringLiteral("sofa"), QStringLiteral("tyres") });
        return r;
    }

    static int count(const QList<HttpRequest>& seen, const QByteArray& method)
    {
        return int(std::count_if(seen.cbegin(), seen.cend(),
            [&method](const HttpRequest& r) { return r.method == method; }));
    }

    static ServiceDefinition definition()
    {
        ServiceDefinition d;
        d.serviceCode = QStringLiteral("001");
        ServiceAttribute size;
        size.code = QStringLiteral("SIZE");
        size.datatype = ServiceAttribute::Datatype::SingleValueList;
        size.required = true;
        size.values = { { QStringLiteral("small"), QStringLiteral("Small") },
            { QStringLiteral("large"), QStringLiteral("Large") } };
        ServiceAttribute items;
        items.code = QStringLiteral("ITEMS");
        items.datatype = ServiceAttribute::Datatype::MultiValueList;
        items.values = { { QStringLiteral("sofa"), QStringLiteral("Sofa") },
            { QStringLiteral("tyres"), QStringLiteral("Tyres") } };
        ServiceAttribute since;
        since.code = QStringLiteral("SINCE");
        since.datatype = ServiceAttribute::Datatype::Datetime;
        ServiceAttribute depth;
        depth.code = QStringLiteral("DEPTH");
        depth.datatype = ServiceAttribute::Datatype::Number;
        d.attributes = { size, items, since, depth };
        return d;
    }

private Q_SLOTS:
    void postCarriesTheFormAndNoKeyInTheUrl()
    {
        QList<HttpRequest> seen;
        auto server = startServer([&](const HttpRequest& r) {
            seen.append(r);
            return HttpResponse::json("[{\"service_request_id\":638344,\"service_notice\":"
                                      "\"  Within 3 days \",\"account_id\":null}]");
        });
        Client client(endpointFor(*server), [] { return kKey; });
        const Result<CreateResult> created = waitFor(client.createRequest(request()));
        QVERIFY2(created.ok(), qPrintable(created.error().message()));
        QCOMPARE(created.value().serviceRequestId, QStringLiteral("638344"));
        QCOMPARE(created.value().serviceLevelAgreement, QStringLiteral("Within 3 days"));
        QCOMPARE(seen.size(), 1);
        const HttpRequest& post = seen.constFirst();
        QCOMPARE(post.method, QByteArray("POST"));
        QCOMPARE(post.path, QStringLiteral("/dev/v2/requests.json"));
        QVERIFY2(!post.target.contains("api_key"), post.target.constData());
        QVERIFY(!post.target.contains(QUrl::toPercentEncoding(kKey)));
        QCOMPARE(
            post.headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
        const QList<QPair<QString, QString>> form = HttpRequest::decodeQuery(post.body);
        auto value = [&form](const QString& name) {
            QStringList values;
            for (const auto& [key, v] : form) {
                if (key == name)
                    values << v;
            }
            return values;
        };
        QCOMPARE(value(QStringLiteral("api_key")), QStringList { kKey });
        QCOMPARE(value(QStringLiteral("jurisdiction_id")),
            QStringList { QStringLiteral("city.example") });
        QCOMPARE(value(QStringLiteral("service_code")), QStringList { QStringLiteral("001") });
        QCOMPARE(value(QStringLiteral("lat")), QStringList { QStringLiteral("37.76") });
        QCOMPARE(value(QStringLiteral("long")), QStringList { QStringLiteral("-122.42") });
        QCOMPARE(value(QStringLiteral("description")),
            QStringList { QStringLiteral("Cans & bags + more = mess") });
        QCOMPARE(value(QStringLiteral("attribute[SIZE]")), QStringList { QStringLiteral("large") });
        QCOMPARE(value(QStringLiteral("attribute[ITEMS][]")),
            (QStringList { QStringLiteral("sofa"), QStringLiteral("tyres") }));
        QVERIFY(value(QStringLiteral("address_string")).isEmpty());
    }

    void aBatchServiceAnswersWithAToken()
    {
        auto server = startServer([](const HttpRequest& r) {
            if (r.path.startsWith(QLatin1String("/dev/v2/tokens/")))
                return HttpResponse::xml("<service_requests><request><service_request_id>"
                                         "</service_request_id><token>4f2ab</token></request>"
                                         "</service_requests>");
            return HttpResponse::xml("<?xml version=\"1.0\"?><service_requests><request><token>"
                                     "4f2ab</token></request></service_requests>");
        });
        Client client(endpointFor(*server, WireFormat::Xml), [] { return kKey; });
        const Result<CreateResult> created = waitFor(client.createRequest(request()));
        QVERIFY2(created.ok(), qPrintable(created.error().message()));
        QCOMPARE(created.value().token, QStringLiteral("4f2ab"));
        QVERIFY(created.value().serviceRequestId.isEmpty());
        const Result<QList<RequestStatus>> pending = waitFor(client.token(QStringLiteral("4f2ab")));
        QVERIFY2(pending.ok(), qPrintable(pending.error().message()));
        QCOMPARE(pending.value().size(), 1);
        QCOMPARE(pending.value().constFirst().token, QStringLiteral("4f2ab"));
        QVERIFY(pending.value().constFirst().serviceRequestId.isEmpty());
    }

    void aDroppedPostIsAnUnknownOutcomeSentOnce()
    {
        QList<HttpRequest> seen;
        auto server = startServer([&](const HttpRequest& r) {
            seen.append(r);
            if (r.method == "POST")
                return HttpResponse::withAction(HttpResponse::Action::Drop);
            return HttpResponse::xml(kServicesXml);
        });
        Client client(endpointFor(*server, WireFormat::Xml), [] { return kKey; });
        // A kept-alive connection first: the classic trigger of Qt's silent resend.
        QVERIFY(waitFor(client.serviceList()).ok());
        const Error error = waitFor(client.createRequest(request())).error();
        QCOMPARE(error.kind(), Error::Kind::OutcomeUnknown);
        QVERIFY(!error.safeToRetry());
        QVERIFY(!error.message().contains(kKey));
        QTest::qWait(300);
        QCOMPARE(count(seen, "POST"), 1);
    }

    void aGarbledPostAnswerIsUnknownAndNotAskedAgainInXml()
    {
        QList<HttpRequest> seen;
        auto server = startServer([&](const HttpRequest& r) {
            seen.append(r);
            return HttpResponse::json("[{\"service_request_id\":007}]");
        });
        Client client(endpointFor(*server), [] { return kKey; });
        const Error error = waitFor(client.createRequest(request())).error();
        QCOMPARE(error.kind(), Error::Kind::OutcomeUnknown);
        QTest::qWait(200);
        QCOMPARE(seen.size(), 1);
    }

    void brokenJsonIsAskedForAgainInXml()
    {
        QList<HttpRequest> seen;
        auto server = startServer([&](const HttpRequest& r) {
            seen.append(r);
            if (r.path.endsWith(QLatin1String(".json")))
                return HttpResponse::json(kServicesBadJson);
            return HttpResponse::xml(kServicesXml);
        });
        Client client(endpointFor(*server), [] { return kKey; });
        const Result<ServiceList> services = waitFor(client.serviceList());
        QVERIFY2(services.ok(), qPrintable(services.error().message()));
        QCOMPARE(services.value().size(), 1);
        QCOMPARE(services.value().constFirst().code, QStringLiteral("001"));
        QCOMPARE(services.value().constFirst().group, QStringLiteral("sanitation"));
        QVERIFY(services.value().constFirst().metadata);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen[0].path, QStringLiteral("/dev/v2/services.json"));
        QCOMPARE(seen[1].path, QStringLiteral("/dev/v2/services.xml"));
        QCOMPARE(
            seen[1].queryValue(QStringLiteral("jurisdiction_id")), QStringLiteral("city.example"));
        // Learnt once: the next call asks in XML straight away.
        QVERIFY(waitFor(client.serviceList()).ok());
        QCOMPARE(seen.size(), 3);
        QCOMPARE(seen[2].path, QStringLiteral("/dev/v2/services.xml"));
        QCOMPARE(client.endpoint().format(), WireFormat::Xml);
    }

    // What the city wrote for residents comes in the reader's language where the server takes
    // a locale (Helsinki's does); requests and reports are the same in every language.
    void servicesAndQuestionsAreAskedInTheLocale()
    {
        QList<HttpRequest> seen;
        auto server = startServer([&](const HttpRequest& r) {
            seen.append(r);
            if (r.path.startsWith(QLatin1String("/dev/v2/services.json")))
                return HttpResponse::json(kServicesBadJson);
            if (r.path.startsWith(QLatin1String("/dev/v2/services.")))
                return HttpResponse::xml(kServicesXml);
            if (r.path.startsWith(QLatin1String("/dev/v2/services/")))
                return HttpResponse::json("{\"service_code\":\"001\",\"attributes\":[]}");
            return HttpResponse::json("[]");
        });
        Client client(
            endpointFor(*server).withLocale(QStringLiteral("es_US")), [] { return kKey; });
        QVERIFY(waitFor(client.serviceList()).ok());
        const Result<ServiceDefinition> definition
            = waitFor(client.serviceDefinition(QStringLiteral("001")));
        QVERIFY2(definition.ok(), qPrintable(definition.error().message()));
        QVERIFY(waitFor(client.requests(RequestQuery())).ok());
        QCOMPARE(seen.size(), 4);
        // The JSON list, the XML it was asked for again in, and the questions.
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(seen[i].queryValue(QStringLiteral("locale")), QStringLiteral("es_US"));
            QCOMPARE(seen[i].queryValue(QStringLiteral("jurisdiction_id")),
                QStringLiteral("city.example"));
        }
        QCOMPARE(seen[2].path, QStringLiteral("/dev/v2/services/001.xml"));
        QCOMPARE(seen[3].path, QStringLiteral("/dev/v2/requests.xml"));
        QVERIFY(!seen[3].hasQueryItem(QStringLiteral("locale")));

        seen.clear();
        Client plain(endpointFor(*server), [] { return kKey; });
        QVERIFY(waitFor(plain.serviceList()).ok());
        QVERIFY(!seen.isEmpty());
        for (const HttpRequest& get : std::as_const(seen))
            QVERIFY(!get.hasQueryItem(QStringLiteral("locale")));
    }

    void theServersErrorIsShownWithItsStatus()
    {
        auto server = startServer([](const HttpRequest&) {
            return HttpResponse::json(
                "[{\"code\":403,\"description\":\"Invalid api_key received.\"}]", 403);
        });
        Client client(endpointFor(*server), [] { return kKey; });
        const Error error = waitFor(client.createRequest(request())).error();
        QCOMPARE(error.kind(), Error::Kind::Server);
        QCOMPARE(error.code(), 403);
        QCOMPARE(error.detail(), QStringLiteral("Invalid api_key received."));
        QCOMPARE(error.field(), Error::Field::ApiKey);
        QCOMPARE(error.exitCode(), 3);
    }

    void aRequestQueryCarriesItsFilters()
    {
        QList<HttpRequest> seen;
        auto server = startServer([&](const HttpRequest& r) {
            seen.append(r);
            return HttpResponse::json("[]");
        });
        Client client(endpointFor(*server), [] { return kKey; });
        RequestQuery query;
        query.ids = { QStringLiteral("0017"), QStringLiteral("0018") };
        query.serviceCode = QStringLiteral("001");
        query.status = QStringLiteral("open");
        query.start = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        const Result<QList<RequestStatus>> listed = waitFor(client.requests(query));
        QVERIFY2(listed.ok(), qPrintable(listed.error().message()));
        QVERIFY(listed.value().isEmpty());
        QCOMPARE(seen.size(), 1);
        const HttpRequest& get = seen.constFirst();
        QCOMPARE(get.method, QByteArray("GET"));
        QCOMPARE(get.path, QStringLiteral("/dev/v2/requests.json"));
        QCOMPARE(get.queryValue(QStringLiteral("service_request_id")), QStringLiteral("0017,0018"));
        QCOMPARE(get.queryValue(QStringLiteral("service_code")), QStringLiteral("001"));
        QCOMPARE(get.queryValue(QStringLiteral("status")), QStringLiteral("open"));
        QCOMPARE(
            get.queryValue(QStringLiteral("start_date")), QStringLiteral("2026-11-01T00:00:00Z"));
        QCOMPARE(get.queryValue(QStringLiteral("jurisdiction_id")), QStringLiteral("city.example"));
        QVERIFY(!get.hasQueryItem(QStringLiteral("api_key")));
        QVERIFY(!get.hasQueryItem(QStringLiteral("end_date")));
    }

    void anIdIsOnePathSegment()
    {
        QList<HttpRequest> seen;
        auto server = startServer([&](const HttpRequest& r) {
            seen.append(r);
            return HttpResponse::xml("<service_requests><request><service_request_id>a/b?c"
                                     "</service_request_id><status>closed</status></request>"
                                     "</service_requests>");
        });
        Client client(endpointFor(*server, WireFormat::Xml), [] { return kKey; });
        const Result<RequestStatus> status = waitFor(client.statusUpdate(QStringLiteral("a/b?c")));
        QVERIFY2(status.ok(), qPrintable(status.error().message()));
        QCOMPARE(status.value().status, QStringLiteral("closed"));
        QVERIFY2(seen.constFirst().target.startsWith("/dev/v2/requests/a%2Fb%3Fc.xml"),
            seen.constFirst().target.constData());
    }

    void attributesAreCheckedBeforeAnyByteGoesOut()
    {
        QList<HttpRequest> seen;
        auto server = startServer([&](const HttpRequest& r) {
            seen.append(r);
            return HttpResponse::json("[{\"service_request_id\":\"1\"}]");
        });
        Client client(endpointFor(*server), [] { return kKey; });
        NewRequest missing = request();
        missing.attributes.remove(QStringLiteral("SIZE"));
        Error error = waitFor(client.createRequest(missing, definition())).error();
        QCOMPARE(error.kind(), Error::Kind::Validation);
        QCOMPARE(error.attributeCode(), QStringLiteral("SIZE"));

        NewRequest wrongKey = request();
        wrongKey.attributes[QStringLiteral("SIZE")] = { QStringLiteral("huge") };
        error = waitFor(client.createRequest(wrongKey, definition())).error();
        QCOMPARE(error.attributeCode(), QStringLiteral("SIZE"));

        NewRequest badDate = request();
        badDate.attributes[QStringLiteral("SINCE")] = { QStringLiteral("last tuesday") };
        error = waitFor(client.createRequest(badDate, definition())).error();
        QCOMPARE(error.attributeCode(), QStringLiteral("SINCE"));

        for (const QString& notANumber : { QStringLiteral("deep"), QStringLiteral("nan"),
                 QStringLiteral("inf"), QStringLiteral("12,5") }) {
            NewRequest badNumber = request();
            badNumber.attributes[QStringLiteral("DEPTH")] = { notANumber };
            error = waitFor(client.createRequest(badNumber, definition())).error();
            QCOMPARE(error.attributeCode(), QStringLiteral("DEPTH"));
        }
        NewRequest goodNumber = request();
        goodNumber.attributes[QStringLiteral("DEPTH")] = { QStringLiteral(" 12.5 ") };
        QVERIFY(!definition().check(goodNumber.attributes));

        NewRequest unknown = request();
        unknown.attributes[QStringLiteral("COLOUR")] = { QStringLiteral("red") };
        error = waitFor(client.createRequest(unknown, definition())).error();
        QCOMPARE(error.attributeCode(), QStringLiteral("COLOUR"));
        QCOMPARE(seen.size(), 0);

        QVERIFY(waitFor(client.createRequest(request(), definition())).ok());
        QCOMPARE(seen.size(), 1);
    }

    void v1HasNoDefinitionsAndSaysSo()
    {
        QList<HttpRequest> seen;
        auto server = startServer([&](const HttpRequest& r) {
            seen.append(r);
            return HttpResponse::xml({});
        });
        QUrl url = server->baseUrl();
        url.setPath(QStringLiteral("/dev/V1/"));
        Client client(Endpoint(url, QStringLiteral("c")), [] { return kKey; });
        const Error error = waitFor(client.serviceDefinition(QStringLiteral("001"))).error();
        QCOMPARE(error.kind(), Error::Kind::Validation);
        QVERIFY(error.message().contains(QLatin1String("v1")));
        QVERIFY(waitFor(client.requests({})).error().isError());
        QVERIFY(waitFor(client.token(QStringLiteral("t"))).error().isError());
        QCOMPARE(seen.size(), 0);
    }

    void discoveryIsFoundBesideTheMethods()
    {
        QList<HttpRequest> seen;
        auto server = startServer([&](const HttpRequest& r) {
            seen.append(r);
            return HttpResponse::json(
                "{\"changeset\":\"2011-09-1 17:35\",\"contact\":\"311@city.example\","
                "\"key_service\":\"https://city.example/keys\",\"endpoints\":[{\"specification\":"
                "\"http://wiki.open311.org/GeoReport_v2\",\"url\":\"https://city.example/v2\","
                "\"changeset\":\"2011-04-05T17:48:34Z\",\"type\":\"production\",\"formats\":"
                "[\"text/xml\",\"application/json\"]}]}");
        });
        QUrl url = server->baseUrl();
        url.setPath(QStringLiteral("/open311/"));
        Client client(Endpoint(url, QString(), false, Protocol::GeoReportV2), {});
        const Result<Discovery> discovery = waitFor(client.discovery());
        QVERIFY2(discovery.ok(), qPrintable(discovery.error().message()));
        QCOMPARE(seen.constFirst().path, QStringLiteral("/open311/discovery.json"));
        QCOMPARE(discovery.value().keyService, QStringLiteral("https://city.example/keys"));
        QVERIFY(discovery.value().preferred());
        QCOMPARE(
            discovery.value().preferred()->url, QUrl(QStringLiteral("https://city.example/v2")));
    }
};

QTEST_GUILESS_MAIN(ClientV2Test)
#include "client_v2_test.moc"
