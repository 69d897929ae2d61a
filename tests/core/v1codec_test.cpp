#include "core/Endpoint.h"
#include "core/V1Codec.h"
#include "core/WireCodec.h"
#include "core/XmlQuoteRepair.h"
#include "http/HttpRequest.h"

#include <QFile>
#include <QTest>
#include <QUrlQuery>

using namespace Open311;

class V1CodecTest : public QObject
{
    Q_OBJECT

private:
    static QByteArray sample(const char* name)
    {
        QFile file(QStringLiteral(OPEN311_TEST_DATA "/v1/") + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing test data %s", name);
        return file.readAll();
    }

private Q_SLOTS:
    // The client asks the endpoint's codec what to send; for v1 that is a GET of the method
    // with city_id and api_key in the query.
    void theEndpointChoosesTheWireFormat()
    {
        const Endpoint endpoint(QUrl(QStringLiteral("https://city.example/dev/V1")),
            QStringLiteral("city.example"), false, Protocol::GeoReportV1);
        const std::unique_ptr<WireCodec> codec = WireCodec::forEndpoint(endpoint);
        QVERIFY(codec);
        const WireRequest list = codec->serviceList(endpoint, QStringLiteral("k&y"));
        QCOMPARE(list.verb, QByteArray("GET"));
        QCOMPARE(list.url.path(), QStringLiteral("/dev/V1/service_list"));
        QCOMPARE(QUrlQuery(list.url).queryItemValue(QStringLiteral("city_id")),
            QStringLiteral("city.example"));
        QCOMPARE(QUrlQuery(list.url).queryItemValue(QStringLiteral("api_key"), QUrl::FullyDecoded),
            QStringLiteral("k&y"));
        QVERIFY(list.accept.contains("xml"));
        const WireRequest status = codec->statusUpdate(endpoint, QStringLiteral("001"), {});
        QCOMPARE(status.url.path(), QStringLiteral("/dev/V1/status_update"));
        QCOMPARE(QUrlQuery(status.url).queryItemValue(QStringLiteral("service_request_id")),
            QStringLiteral("001"));
        const Result<ServiceList> parsed = codec->parseServiceList(
            "<ServiceResponse><Open311ServiceList><service><service_code>001</service_code>"
            "<service_name>Pothole</service_name></service></Open311ServiceList>"
            "</ServiceResponse>");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().first().code, QStringLiteral("001"));
    }

    void specServiceListParses()
    {
        // As published, this sample is not well-formed: `The 4" side sewer` sits inside a
        // double-quoted attribute.
        const Result<ServiceList> result
            = V1Codec::parseServiceList(sample("v1_service_list_ServiceResponse.xml"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const ServiceList& services = result.value();
        QCOMPARE(services.size(), 33);
        QCOMPARE(services.first().code, QStringLiteral("001"));
        QCOMPARE(services.first().name, QStringLiteral("Cans left out 24x7"));
        QCOMPARE(services.first().description,
            QStringLiteral("Garbage or recycling cans that have been left out for more than "
                           "24 hours after collection. Violators will be cited."));
        QCOMPARE(services[17].code, QStringLiteral("018"));
        QCOMPARE(services[17].description,
            QStringLiteral("The 4\" side sewer vent cover (http://bit.ly/57BlOv) is missing "
                           "from the sidewalk"));
        QCOMPARE(services.last().code, QStringLiteral("033"));
    }

    void specCreateParses()
    {
        const Result<CreateResult> result
            = V1Codec::parseCreate(sample("v1_create_request_CreateResponse.xml"));
        QVERIFY(result.ok());
        QCOMPARE(result.value().serviceRequestId, QStringLiteral("293944"));
        QVERIFY(result.value().serviceLevelAgreement.startsWith(QLatin1String("The City will")));
        QVERIFY(result.value().serviceLevelAgreement.endsWith(QLatin1String("Public Works Code")));
        QVERIFY(result.value().accountId.isEmpty());
    }

    void specStatusParses()
    {
        const Result<RequestStatus> result
            = V1Codec::parseStatus(sample("v1_status_update_StatusResponse.xml"));
        QVERIFY(result.ok());
        QCOMPARE(result.value().serviceRequestId, QStringLiteral("293735"));
        QCOMPARE(result.value().status, QStringLiteral("open"));
        QVERIFY(result.value().statusNotes.isEmpty());
        QCOMPARE(result.value().serviceName, QStringLiteral("Graffiti on street sign"));
    }

    void specErrorParsesWithNamespaces()
    {
        const Result<CreateResult> result
            = V1Codec::parseCreate(sample("v1_create_request_error_201.xml"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Error::Kind::Server);
        QCOMPARE(result.error().code(), 201);
        QCOMPARE(result.error().method(), QStringLiteral("create_request"));
        QCOMPARE(result.error().detail(),
            QStringLiteral("Invalid api_key received -- can't proceed with create_request."));
        QCOMPARE(result.error().field(), Error::Field::ApiKey);
        QCOMPARE(result.error().exitCode(), 3);
    }

    void untidyAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("notes");
        QTest::newRow("crlf and padding")
            << QByteArray("<StatusResponse>\r\n  <Open311Status>\r\n    <service_request_id>\r\n"
                          "   0042  \r\n</service_request_id>\r\n<status> closed </status>\r\n"
                          "<status_notes>  Fixed.\r\n</status_notes></Open311Status>\r\n"
                          "<Open311Error/>\r\n</StatusResponse>\r\n")
            << QStringLiteral("0042") << QStringLiteral("Fixed.");
        QTest::newRow("declaration bom and preamble")
            << QByteArray("\xEF\xBB\xBFWarning: something in php\n<?xml version=\"1.0\" "
                          "encoding=\"UTF-8\"?>\n<StatusResponse><Open311Error/><Open311Status>"
                          "<service_request_id>7</service_request_id><status>open</status>"
                          "</Open311Status></StatusResponse>")
            << QStringLiteral("7") << QString();
        QTest::newRow("unused namespaces and prefixes")
            << QByteArray("<m:StatusResponse xmlns:m=\"http://org/sfgov/sf311/services\" "
                          "xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                          "<m:Open311Status><m:service_request_id>9</m:service_request_id>"
                          "<m:status>open</m:status><m:status_notes/></m:Open311Status>"
                          "<m:Open311Error><errorCode/><errorDescription/></m:Open311Error>"
                          "</m:StatusResponse>")
            << QStringLiteral("9") << QString();
        QTest::newRow("unknown elements and cdata")
            << QByteArray("<StatusResponse><Open311Status><extra><deep/></extra>"
                          "<service_request_id>5</service_request_id><status>open</status>"
                          "<status_notes><![CDATA[Crew <b>assigned</b>]]></status_notes>"
                          "</Open311Status></StatusResponse>")
            << QStringLiteral("5") << QStringLiteral("Crew <b>assigned</b>");
    }

    void untidyAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, id);
        QFETCH(QString, notes);
        const Result<RequestStatus> result = V1Codec::parseStatus(body);
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.value().serviceRequestId, id);
        QCOMPARE(result.value().statusNotes, notes);
    }

    void brokenAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("whitespace") << QByteArray(" \r\n ") << QStringLiteral("empty");
        QTest::newRow("html page")
            << QByteArray("<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>")
            << QStringLiteral("web page");
        QTest::newRow("html without doctype")
            << QByteArray("<html><head><title>Error</title></head><body>oops</body></html>")
            << QStringLiteral("web page");
        QTest::newRow("truncated")
            << QByteArray("<StatusResponse><Open311Status><service_request_id>5</service_req")
            << QStringLiteral("cut short");
        QTest::newRow("wrong root")
            << QByteArray("<CreateResponse><Open311Create/></CreateResponse>")
            << QStringLiteral("<CreateResponse>");
        QTest::newRow("neither result nor error")
            << QByteArray("<StatusResponse><Open311Error/><Open311Status/></StatusResponse>")
            << QStringLiteral("neither");
        QTest::newRow("status missing")
            << QByteArray("<StatusResponse><Open311Status><service_request_id>5"
                          "</service_request_id></Open311Status></StatusResponse>")
            << QStringLiteral("no status");
        QTest::newRow("plain text")
            << QByteArray("Service unavailable") << QStringLiteral("not XML");
        QTest::newRow("dtd") << QByteArray(
            "<?xml version=\"1.0\"?><!DOCTYPE StatusResponse [<!ENTITY x \"y\">]>"
            "<StatusResponse><Open311Status><service_request_id>&x;"
            "</service_request_id><status>open</status></Open311Status>"
            "</StatusResponse>")
                             << QStringLiteral("DTD");
        QByteArray bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">";
        for (int i = 1; i < 10; ++i) {
            bomb += "<!ENTITY lol" + QByteArray::number(i) + " \"";
            for (int j = 0; j < 10; ++j)
                bomb += "&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";";
            bomb += "\">";
        }
        bomb += "]><StatusResponse><Open311Status><status>&lol9;</status></Open311Status>"
                "</StatusResponse>";
        QTest::newRow("entity expansion bomb") << bomb << QStringLiteral("DTD");
        QTest::newRow("external entity") << QByteArray(
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            "<StatusResponse><Open311Status><status>&e;</status></Open311Status>"
            "</StatusResponse>") << QStringLiteral("DTD");
    }

    void brokenAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        const Result<RequestStatus> result = V1Codec::parseStatus(body);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Error::Kind::Protocol);
        QVERIFY2(
            result.error().message().contains(messagePart), qPrintable(result.error().message()));
        QCOMPARE(result.error().exitCode(), 4);
    }

    void errorWinsOverEmptyPayload()
    {
        const QByteArray body = "<StatusResponse><Open311Status/><Open311Error>"
                                "<errorCode> 302 </errorCode><errorDescription>Id not valid"
                                "</errorDescription></Open311Error></StatusResponse>";
        const Result<RequestStatus> result = V1Codec::parseStatus(body);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Error::Kind::Server);
        QCOMPARE(result.error().code(), 302);
        QVERIFY(result.error().message().contains(QLatin1String("Id not valid")));
    }

    void codesStayStrings()
    {
        const QByteArray body = "<ServiceResponse><Open311ServiceList>"
                                "<service service_code=\"001\" service_name=\"A\"/>"
                                "<service service_code=\"1\" service_name=\"B\"/>"
                                "<service service_name=\"no code\"/>"
                                "<service><service_code>0x10</service_code>"
                                "<service_name>C &amp; D</service_name></service>"
                                "</Open311ServiceList><Open311Error/></ServiceResponse>";
        const Result<ServiceList> result = V1Codec::parseServiceList(body);
        QVERIFY(result.ok());
        QCOMPARE(result.value().size(), 3);
        QCOMPARE(result.value()[0].code, QStringLiteral("001"));
        QCOMPARE(result.value()[1].code, QStringLiteral("1"));
        QCOMPARE(result.value()[2].code, QStringLiteral("0x10"));
        QCOMPARE(result.value()[2].name, QStringLiteral("C & D"));
    }

    void quoteRepairLeavesWellFormedAlone()
    {
        QVERIFY(XmlQuoteRepair::repair("<a b=\"c\" d='e'/>").isEmpty());
        QCOMPARE(XmlQuoteRepair::repair("<a b=\"4\" x\" c=\"d\"/>"),
            QByteArray("<a b=\"4&quot; x\" c=\"d\"/>"));
    }

    void queryEncodesEverythingReserved()
    {
        NewRequest request;
        request.serviceCode = QStringLiteral("001");
        request.latitude = 37.76524078;
        request.longitude = -122.4212043;
        request.description = QStringLiteral("a&b=c#d+e f\nline 2 \u00e9 \U0001F573 100%");
        request.firstName = QStringLiteral("Zo\u00eb");
        const QByteArray query
            = V1Codec::createQuery(request, QStringLiteral("sfgov.org"), QStringLiteral("k+y/=&"));
        QVERIFY(!query.contains(' '));
        QVERIFY(!query.contains('#'));
        QVERIFY(!query.contains("account_id")); // empty optionals are left out
        QVERIFY(!query.contains("media_url"));
        const auto items = HttpRequest::decodeQuery(query);
        auto value = [&](const char* name) {
            for (const auto& item : items) {
                if (item.first == QLatin1String(name))
                    return item.second;
            }
            return QStringLiteral("<missing>");
        };
        QCOMPARE(value("api_key"), QStringLiteral("k+y/=&"));
        QCOMPARE(value("city_id"), QStringLiteral("sfgov.org"));
        QCOMPARE(value("service_code"), QStringLiteral("001"));
        QCOMPARE(value("lat"), QStringLiteral("37.7652408"));
        QCOMPARE(value("lon"), QStringLiteral("-122.4212043"));
        QCOMPARE(value("description"), request.description);
        QCOMPARE(value("first_name"), request.firstName);
    }
};

QTEST_GUILESS_MAIN(V1CodecTest)
#include "v1codec_test.moc"
