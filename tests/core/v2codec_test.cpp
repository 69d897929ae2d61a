#include "core/SafeXml.h"
#include "core/V2Codec.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Open311;

namespace {

// Which parser a sample is for, and what it must give: a value with `count` entries, a server
// error with the code `count`, or a protocol error.
struct Sample
{
    const char* file;
    const char* parser;
    Error::Kind kind;
    int count;
};

constexpr Error::Kind Ok = Error::Kind::None;
constexpr Error::Kind Server = Error::Kind::Server;
constexpr Error::Kind Protocol = Error::Kind::Protocol;

// Every file of tests/data/v2; everySampleIsListed() fails when one is added and not listed.
constexpr Sample kSamples[] = {
    { "6aika-issue-reporting__taskful_request.json", "requests", Ok, 1 },
    { "bensheldon-open311status__requests_many.xml", "requests", Ok, 2 },
    { "bensheldon-open311status__requests_single.xml", "requests", Ok, 1 },
    { "bensheldon-open311status__service_list.json", "services", Ok, 3 },
    { "bensheldon-open311status__service_requests.json", "requests", Ok, 2 },
    { "bensheldon-open311status__services_giessen.xml", "services", Ok, 8 },
    { "codeforamerica-node-open311__boston-err-submitrequest-base_is_duplicate.xml", "create",
        Server, 400 },
    { "codeforamerica-node-open311__boston-submitrequest-token.xml", "create", Ok, 1 },
    { "codeforamerica-node-open311__dc-services-S0301.xml", "definition", Ok, 6 },
    { "codeforamerica-node-open311__dc-services.xml", "services", Ok, 86 },
    { "codeforamerica-node-open311__discovery-boston.json", "discovery", Ok, 2 },
    { "codeforamerica-node-open311__discovery-dc.xml", "discovery", Ok, 2 },
    { "codeforamerica-node-open311__service-request.xml", "requests", Ok, 1 },
    { "codeforamerica-node-open311__service-requests.xml", "requests", Ok, 2 },
    { "codeforamerica-node-open311__token.xml", "tokens", Ok, 1 },
    { "codeforamerica-open311__403.xml", "create", Server, -1 },
    { "codeforamerica-open311__get_service_request.xml", "requests", Ok, 1 },
    { "codeforamerica-open311__get_service_request_not_found.xml", "requests", Server, 404 },
    { "codeforamerica-open311__post_service_request.xml", "create", Ok, 1 },
    { "codeforamerica-open311__request_id_from_token.xml", "tokens", Ok, 1 },
    { "codeforamerica-open311__service_definition.xml", "definition", Ok, 1 },
    { "codeforamerica-open311__service_requests.xml", "requests", Ok, 2 },
    { "codeforamerica-open311__service_requests_empty.xml", "requests", Ok, 0 },
    { "codeforamerica-open311__services.xml", "services", Ok, 36 },
    { "codeforamerica-open311_java__MockNetworkManager__discoveryXML.xml", "discovery", Ok, 4 },
    { "codeforamerica-open311_java__MockNetworkManager__errorJSON.json", "create", Server, 403 },
    { "codeforamerica-open311_java__MockNetworkManager__errorXML.xml", "create", Server, 403 },
    { "codeforamerica-open311_java__MockNetworkManager__postServiceRequestResponseJSON.json",
        "create", Ok, 1 },
    { "codeforamerica-open311_java__MockNetworkManager__postServiceRequestResponseXML.xml",
        "create", Ok, 1 },
    { "codeforamerica-open311_java__MockNetworkManager__serviceDefinitionJSON.json", "definition",
        Ok, 1 },
    { "codeforamerica-open311_java__MockNetworkManager__serviceDefinitionXML.xml", "definition", Ok,
        1 },
    { "codeforamerica-open311_java__MockNetworkManager__serviceListJSON.json", "services", Ok, 2 },
    { "codeforamerica-open311_java__MockNetworkManager__serviceListXML.xml", "services", Ok, 2 },
    { "codeforamerica-open311_java__MockNetworkManager__serviceRequestIdFromATokenJSON.json",
        "tokens", Ok, 2 },
    { "codeforamerica-open311_java__MockNetworkManager__serviceRequestIdFromATokenXML.xml",
        "tokens", Ok, 1 },
    { "codeforamerica-open311_java__MockNetworkManager__serviceRequestsJSON.json", "requests", Ok,
        2 },
    { "codeforamerica-open311_java__MockNetworkManager__serviceRequestsXML.xml", "requests", Ok,
        2 },
    { "mysociety-fixmystreet__t-open311-getservicerequests.t__requests_extended_status.xml",
        "requests", Ok, 3 },
    { "mysociety-fixmystreet__t-open311-populate-service-list.t__service_definition_unordered_"
      "attributes.xml",
        "definition", Ok, 3 },
    { "mysociety-fixmystreet__t-open311-populate-service-list.t__services_groups.xml", "services",
        Ok, 2 },
    { "mysociety-fixmystreet__t-open311-populate-service-list.t__services_groups_amp.xml",
        "services", Ok, 1 },
    { "mysociety-fixmystreet__t-open311.t__error_400.xml", "create", Server, 400 },
    { "mysociety-open311-adapter__t-open311-endpoint.t__requests_empty.xml", "requests", Ok, 0 },
    { "mysociety-open311-adapter__t-open311-endpoint.t__service_definition_POT.xml", "definition",
        Ok, 2 },
    { "mysociety-open311-adapter__t-open311-endpoint.t__service_definition_SPOT_nonstandard_value_"
      "order.xml",
        "definition", Ok, 2 },
    { "mysociety-open311-adapter__t-open311-endpoint.t__services.xml", "services", Ok, 3 },
    { "open311-wiki-GeoReport_v2__spec-v2_errors.json", "create", Server, 403 },
    { "open311-wiki-GeoReport_v2__spec-v2_errors.xml", "create", Server, 403 },
    { "open311-wiki-GeoReport_v2__spec-v2_request_from_token.json", "tokens", Ok, 1 },
    { "open311-wiki-GeoReport_v2__spec-v2_request_from_token.xml", "tokens", Ok, 1 },
    { "open311-wiki-GeoReport_v2__spec-v2_service_definition.json", "definition", Ok, 1 },
    { "open311-wiki-GeoReport_v2__spec-v2_service_definition.xml", "definition", Ok, 1 },
    // As published, three of the spec's JSON samples write "service_code":001.
    { "open311-wiki-GeoReport_v2__spec-v2_service_list.json", "services", Protocol, 0 },
    { "open311-wiki-GeoReport_v2__spec-v2_service_list.xml", "services", Ok, 3 },
    { "open311-wiki-GeoReport_v2__spec-v2_service_request.json", "requests", Protocol, 0 },
    { "open311-wiki-GeoReport_v2__spec-v2_service_request.xml", "requests", Ok, 1 },
    { "open311-wiki-GeoReport_v2__spec-v2_service_request_post.json", "create", Ok, 1 },
    { "open311-wiki-GeoReport_v2__spec-v2_service_request_post.xml", "create", Ok, 1 },
    { "open311-wiki-GeoReport_v2__spec-v2_service_requests.json", "requests", Protocol, 0 },
    { "open311-wiki-GeoReport_v2__spec-v2_service_requests.xml", "requests", Ok, 2 },
    { "sferik-open311__403.xml", "create", Server, -1 },
    { "sferik-open311__get_service_request.xml", "requests", Ok, 1 },
    { "sferik-open311__post_service_request.xml", "create", Ok, 1 },
    { "sferik-open311__request_id_from_token.xml", "tokens", Ok, 1 },
    { "sferik-open311__service_definition.xml", "definition", Ok, 1 },
    { "sferik-open311__service_requests.xml", "requests", Ok, 2 },
    { "sferik-open311__services.xml", "services", Ok, 36 },
};

const char* const kParsers[]
    = { "discovery", "services", "definition", "create", "requests", "tokens" };

struct Outcome
{
    Error error;
    int count = -1;
};

template <typename T> Outcome outcomeOf(const Result<T>& result, int (*count)(const T&))
{
    if (!result.ok())
        return { result.error(), -1 };
    return { Error(), count(result.value()) };
}

Outcome runParser(const QByteArray& parser, const QByteArray& body)
{
    if (parser == "discovery")
        return outcomeOf<Discovery>(V2Codec::parseDiscovery(body),
            [](const Discovery& d) { return int(d.endpoints.size()); });
    if (parser == "services")
        return outcomeOf<ServiceList>(
            V2Codec::parseServiceList(body), [](const ServiceList& s) { return int(s.size()); });
    if (parser == "definition")
        return outcomeOf<ServiceDefinition>(V2Codec::parseDefinition(body),
            [](const ServiceDefinition& d) { return int(d.attributes.size()); });
    if (parser == "create")
        return outcomeOf<CreateResult>(
            V2Codec::parseCreate(body), [](const CreateResult&) { return 1; });
    if (parser == "requests")
        return outcomeOf<QList<RequestStatus>>(V2Codec::parseRequests(body),
            [](const QList<RequestStatus>& r) { return int(r.size()); });
    if (parser == "tokens")
        return outcomeOf<QList<RequestStatus>>(V2Codec::parseTokens(body),
            [](const QList<RequestStatus>& r) { return int(r.size()); });
    qFatal("unknown parser %s", parser.constData());
    return {};
}

QByteArray rootOf(const QByteArray& parser)
{
    if (parser == "discovery")
        return "discovery";
    if (parser == "services")
        return "services";
    if (parser == "definition")
        return "service_definition";
    return "service_requests";
}

QString methodOf(const QByteArray& parser)
{
    if (parser == "discovery")
        return V2Codec::kDiscovery;
    if (parser == "services")
        return V2Codec::kServices;
    if (parser == "definition")
        return V2Codec::kDefinition;
    if (parser == "create")
        return V2Codec::kCreate;
    if (parser == "requests")
        return V2Codec::kRequests;
    return V2Codec::kTokens;
}

QByteArray sample(const char* name)
{
    QFile file(QStringLiteral(OPEN311_TEST_DATA "/v2/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return file.readAll();
}

QStringList codesOf(const ServiceDefinition& definition)
{
    QStringList codes;
    for (const ServiceAttribute& attribute : definition.attributes)
        codes.append(attribute.code);
    return codes;
}

QStringList keysOf(const ServiceAttribute& attribute)
{
    QStringList keys;
    for (const AttributeValue& value : attribute.values)
        keys.append(value.key);
    return keys;
}

void compareAttributes(const ServiceAttribute& actual, const ServiceAttribute& expected)
{
    QCOMPARE(actual.variable, expected.variable);
    QCOMPARE(actual.code, expected.code);
    QCOMPARE(actual.datatype, expected.datatype);
    QCOMPARE(actual.datatypeName, expected.datatypeName);
    QCOMPARE(actual.required, expected.required);
    QCOMPARE(actual.description, expected.description);
    QCOMPARE(actual.datatypeDescription, expected.datatypeDescription);
    QCOMPARE(actual.order, expected.order);
    QCOMPARE(actual.values, expected.values);
}

QStringList fieldsOf(const RequestStatus& r)
{
    return { r.serviceRequestId, r.status, r.statusNotes, r.serviceName, r.serviceCode,
        r.description, r.agencyResponsible, r.serviceNotice, r.requestedDatetime, r.updatedDatetime,
        r.expectedDatetime, r.address, r.addressId, r.zipcode, r.latitude, r.longitude, r.mediaUrl,
        r.token };
}

} // namespace

class V2CodecTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- every sample, by the parser that fits it --------------------------------------------

    void everySampleIsListed()
    {
        QSet<QString> listed;
        for (const Sample& s : kSamples)
            listed.insert(QLatin1String(s.file));
        const QStringList files = QDir(QStringLiteral(OPEN311_TEST_DATA "/v2"))
                                      .entryList(QDir::Files | QDir::NoDotAndDotDot);
        QSet<QString> present(files.cbegin(), files.cend());
        present.remove(QStringLiteral("README.md"));
        QCOMPARE(present.size(), 67);
        QCOMPARE(present, listed);
    }

    void everySampleParses_data()
    {
        QTest::addColumn<QByteArray>("parser");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("count");
        for (const Sample& s : kSamples) {
            QTest::newRow(s.file) << QByteArray(s.parser) << int(s.kind) << s.count;
        }
    }

    void everySampleParses()
    {
        QFETCH(QByteArray, parser);
        QFETCH(int, kind);
        QFETCH(int, count);
        const QByteArray body = sample(QTest::currentDataTag());
        const Outcome outcome = runParser(parser, body);
        QVERIFY2(int(outcome.error.kind()) == kind, qPrintable(outcome.error.message()));
        switch (Error::Kind(kind)) {
        case Error::Kind::None:
            QCOMPARE(outcome.count, count);
            break;
        case Error::Kind::Server:
            QCOMPARE(outcome.error.code(), count);
            QCOMPARE(outcome.error.method(), methodOf(parser));
            QVERIFY(!outcome.error.detail().isEmpty());
            break;
        default:
            QVERIFY(!outcome.error.message().isEmpty());
            QCOMPARE(outcome.error.exitCode(), 4);
            break;
        }
    }

    // --- services ---------------------------------------------------------------------------

    void sanFranciscoServices()
    {
        const QByteArray body = sample("sferik-open311__services.xml");
        QVERIFY(body.contains("\r\n"));
        const Result<ServiceList> result = V2Codec::parseServiceList(body);
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const ServiceList& services = result.value();
        QCOMPARE(services.size(), 36);
        const Service& first = services.first();
        QCOMPARE(first.code, QStringLiteral("001"));
        QCOMPARE(first.name, QStringLiteral("Cans_Left_Out_24x7"));
        QCOMPARE(first.description,
            QStringLiteral("Garbage or recycling cans that have been left out for more than 24 "
                           "hours after collection. Violators will be cited."));
        QVERIFY(first.keywords.isEmpty());
        QCOMPARE(first.group, QStringLiteral("Litter Receptacles"));
        QVERIFY(first.groups.isEmpty()); // only FixMyStreet's <groups> fills it
        QCOMPARE(first.type, QStringLiteral("realtime"));
        QCOMPARE(first.metadata, false);
        // 014 is missing: the code after 013 is 015, kept as the string it is.
        QCOMPARE(services[12].code, QStringLiteral("013"));
        QCOMPARE(services[13].code, QStringLiteral("015"));
        // Trailing space and newline: "...language. \r\n"
        QCOMPARE(services[9].code, QStringLiteral("010"));
        QVERIFY(services[9].description.endsWith(QLatin1String("gang related language.")));
        QCOMPARE(services[16].code, QStringLiteral("018"));
        QVERIFY(services[16].description.startsWith(QLatin1String("The 4\" side sewer")));
        QCOMPARE(services[26].name, QStringLiteral("Water_Main_Break"));
        QCOMPARE(services[26].group, QStringLiteral("Graffiti"));
        QCOMPARE(services.last().code, QStringLiteral("379"));
        // The same capture in the gem's old and new home.
        const Result<ServiceList> copy
            = V2Codec::parseServiceList(sample("codeforamerica-open311__services.xml"));
        QVERIFY(copy.ok());
        QCOMPARE(copy.value(), services);
    }

    void washingtonDescriptionsKeepTheirEscapedHtml()
    {
        const Result<ServiceList> result
            = V2Codec::parseServiceList(sample("codeforamerica-node-open311__dc-services.xml"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const ServiceList& services = result.value();
        QCOMPARE(services.size(), 86);
        QCOMPARE(services[1].code, QStringLiteral("S0003"));
        QVERIFY(
            services[1].description.contains(QLatin1String("possible. <br><br>If the vehicle")));
        QVERIFY(!services[1].description.contains(QLatin1String("&lt;")));
        QCOMPARE(services[1].keywords,
            QStringList({ QStringLiteral("Abandoned"), QStringLiteral("Vehicle"),
                QStringLiteral("On"), QStringLiteral("Private"), QStringLiteral("Property") }));
        qsizetype withBreaks = 0;
        for (const Service& service : services)
            withBreaks += service.description.contains(QLatin1String("<br>")) ? 1 : 0;
        QCOMPARE(withBreaks, 29);
        const Service& alley = services[3];
        QCOMPARE(alley.code, QStringLiteral("S0011"));
        QCOMPARE(alley.group, QStringLiteral("Swm - Str & Alley Cleaning - Street Cleaning"));
        // Inner double spaces stay; the two trailing ones go.
        QVERIFY(alley.description.contains(QLatin1String("cleaned.  Alley")));
        QVERIFY(alley.description.endsWith(QLatin1String("throughout the city.")));
        QCOMPARE(alley.metadata, true);
        QCOMPARE(services.last().code, QStringLiteral("DMETTASI"));
    }

    void giessenHasNoGroupsAndUtf8Names()
    {
        const Result<ServiceList> result
            = V2Codec::parseServiceList(sample("bensheldon-open311status__services_giessen.xml"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const ServiceList& services = result.value();
        QCOMPARE(services.size(), 8);
        QCOMPARE(services[0].code, QStringLiteral("015"));
        QCOMPARE(services[0].name, QStringLiteral("Abwasser und Wasser"));
        QVERIFY(services[0].description.isEmpty());
        QVERIFY(services[0].group.isEmpty());
        QVERIFY(services[0].groups.isEmpty());
        QCOMPARE(services[3].name,
            QString::fromUtf8("Verkehrsschild besch\xC3\xA4"
                              "digt"));
        QCOMPARE(services[4].code, QStringLiteral("011"));
        QCOMPARE(services[4].name,
            QString::fromUtf8("Stra\xC3\x9F"
                              "en- und Gehwegsch\xC3\xA4"
                              "den"));
        QCOMPARE(services[4].keywords,
            QStringList(
                { QStringLiteral("litter"), QStringLiteral("trash"), QStringLiteral("garbage") }));
    }

    void fixMyStreetGroups()
    {
        const Result<ServiceList> result = V2Codec::parseServiceList(sample(
            "mysociety-fixmystreet__t-open311-populate-service-list.t__services_groups.xml"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const ServiceList& services = result.value();
        QCOMPARE(services.size(), 2);
        QCOMPARE(services[0].code, QStringLiteral("100"));
        QCOMPARE(services[0].group, QStringLiteral("sanitation"));
        QCOMPARE(services[0].groups,
            QStringList({ QStringLiteral("sanitation"), QStringLiteral("street") }));
        QCOMPARE(services[1].code, QStringLiteral("002"));
        QCOMPARE(services[1].group, QStringLiteral("street")); // was "street\n"
        QVERIFY(services[1].groups.isEmpty());
        QCOMPARE(services[1].name, QStringLiteral("Construction plate shifted"));

        const Result<ServiceList> amp = V2Codec::parseServiceList(sample(
            "mysociety-fixmystreet__t-open311-populate-service-list.t__services_groups_amp.xml"));
        QVERIFY(amp.ok());
        QCOMPARE(amp.value().first().group, QStringLiteral("sanitation & cleaning"));
        QCOMPARE(amp.value().first().groups,
            QStringList({ QStringLiteral("sanitation & cleaning"), QStringLiteral("street") }));
    }

    void perlEndpointWritesAlphabeticalOrder()
    {
        const Result<ServiceList> result = V2Codec::parseServiceList(
            sample("mysociety-open311-adapter__t-open311-endpoint.t__services.xml"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const ServiceList& services = result.value();
        QCOMPARE(services.size(), 3);
        QCOMPARE(services[0].code, QStringLiteral("POT"));
        QCOMPARE(services[0].name, QStringLiteral("Pothole Repairs"));
        QCOMPARE(services[0].description, QStringLiteral("Pothole Repairs Service"));
        QCOMPARE(services[0].keywords,
            QStringList({ QStringLiteral("deep"), QStringLiteral("hole"), QStringLiteral("wow") }));
        QCOMPARE(services[0].group, QStringLiteral("highways"));
        QCOMPARE(services[0].metadata, true);
        QCOMPARE(services[2].code, QStringLiteral("BIN"));
        QCOMPARE(services[2].metadata, false);
        QCOMPARE(services[2].keywords, QStringList { QStringLiteral("bin") });
    }

    void specServiceListXmlAndFixedJsonAgree()
    {
        const Result<ServiceList> xml = V2Codec::parseServiceList(
            sample("open311-wiki-GeoReport_v2__spec-v2_service_list.xml"));
        QVERIFY(xml.ok());
        QCOMPARE(xml.value().size(), 3);
        QCOMPARE(xml.value()[0].code, QStringLiteral("001"));
        QCOMPARE(xml.value()[0].keywords,
            QStringList(
                { QStringLiteral("lorem"), QStringLiteral("ipsum"), QStringLiteral("dolor") }));
        QCOMPARE(xml.value()[0].metadata, true);
        QCOMPARE(xml.value()[1].name, QStringLiteral("Construction plate shifted"));
        // open311status fixed the leading zeros by quoting the codes.
        const Result<ServiceList> json
            = V2Codec::parseServiceList(sample("bensheldon-open311status__service_list.json"));
        QVERIFY2(json.ok(), qPrintable(json.error().message()));
        QCOMPARE(json.value(), xml.value());
        const Result<ServiceList> javaJson = V2Codec::parseServiceList(
            sample("codeforamerica-open311_java__MockNetworkManager__serviceListJSON.json"));
        const Result<ServiceList> javaXml = V2Codec::parseServiceList(
            sample("codeforamerica-open311_java__MockNetworkManager__serviceListXML.xml"));
        QVERIFY(javaJson.ok());
        QVERIFY(javaXml.ok());
        QCOMPARE(javaJson.value(), javaXml.value());
        QCOMPARE(javaJson.value(), xml.value().mid(0, 2));
    }

    void specJsonWithLeadingZerosIsMalformed()
    {
        for (const char* name : { "open311-wiki-GeoReport_v2__spec-v2_service_list.json",
                 "open311-wiki-GeoReport_v2__spec-v2_service_request.json",
                 "open311-wiki-GeoReport_v2__spec-v2_service_requests.json" }) {
            const QByteArray body = sample(name);
            QVERIFY2(V2Codec::isMalformedJson(body), name);
        }
        const Result<ServiceList> result = V2Codec::parseServiceList(
            sample("open311-wiki-GeoReport_v2__spec-v2_service_list.json"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Error::Kind::Protocol);
        QVERIFY2(result.error().message().contains(QLatin1String("not valid JSON")),
            qPrintable(result.error().message()));
        QVERIFY(!result.error().detail().isEmpty());
        // The well-formed ones, JSON or not, are not "malformed JSON".
        QVERIFY(
            !V2Codec::isMalformedJson(sample("open311-wiki-GeoReport_v2__spec-v2_errors.json")));
        QVERIFY(!V2Codec::isMalformedJson(
            sample("open311-wiki-GeoReport_v2__spec-v2_service_list.xml")));
        QVERIFY(!V2Codec::isMalformedJson(sample("bensheldon-open311status__service_list.json")));
        QVERIFY(!V2Codec::isMalformedJson(QByteArray()));
        QVERIFY(!V2Codec::isMalformedJson("<services><service></services>"));
        QVERIFY(V2Codec::isMalformedJson("\xEF\xBB\xBF  [{\"service_code\":\"001\""));
    }

    void jsonServiceValues()
    {
        const QByteArray body = "[{\"service_code\":42,\"service_name\":\"  Pothole \","
                                "\"metadata\":\"true\",\"type\":\"batch\","
                                "\"keywords\":[\" deep \",\"\",\"hole\"],"
                                "\"groups\":[\"roads\",\"street\"],\"extra\":{\"a\":[1]}},"
                                "{\"service_code\":\"7\",\"metadata\":1,\"keywords\":\", ,a,,\","
                                "\"group\":null,\"description\":null}]";
        const Result<ServiceList> result = V2Codec::parseServiceList(body);
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.value().size(), 2);
        const Service& first = result.value()[0];
        QCOMPARE(first.code, QStringLiteral("42"));
        QCOMPARE(first.name, QStringLiteral("Pothole"));
        QCOMPARE(first.metadata, true);
        QCOMPARE(first.type, QStringLiteral("batch"));
        QCOMPARE(first.keywords, QStringList({ QStringLiteral("deep"), QStringLiteral("hole") }));
        QCOMPARE(first.group, QStringLiteral("roads"));
        QCOMPARE(first.groups, QStringList({ QStringLiteral("roads"), QStringLiteral("street") }));
        const Service& second = result.value()[1];
        QCOMPARE(second.code, QStringLiteral("7"));
        QCOMPARE(second.name, QStringLiteral("7")); // no name: the code stands in
        QCOMPARE(second.metadata, true);
        QCOMPARE(second.keywords, QStringList { QStringLiteral("a") });
        QVERIFY(second.group.isEmpty());
        QVERIFY(second.description.isEmpty());
    }

    // The JSON reader names an object's fields by where the previous object had the same key;
    // objects whose keys differ, in number or in name, must still be read by name.
    void jsonObjectsWithDifferentKeys()
    {
        const QByteArray body = "[{\"service_code\":\"1\",\"type\":\"realtime\"},"
                                "{\"service_code\":\"2\",\"service_name\":\"Two\"},"
                                "{\"group\":\"g3\",\"service_code\":\"3\"},"
                                "{\"service_code\":\"4\",\"type\":\"batch\"},"
                                "{\"service_code\":\"5\"},"
                                "{\"description\":\"d6\",\"service_code\":\"6\",\"zzz\":1},"
                                "{\"description\":\"d7\",\"service_code\":\"7\",\"type\":\"t7\"}]";
        const Result<ServiceList> result = V2Codec::parseServiceList(body);
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const ServiceList& s = result.value();
        QCOMPARE(s.size(), 7);
        QStringList codes;
        for (const Service& service : s)
            codes.append(service.code);
        QCOMPARE(codes, QString::fromLatin1("1,2,3,4,5,6,7").split(QLatin1Char(',')));
        QCOMPARE(s[0].type, QStringLiteral("realtime"));
        QCOMPARE(s[1].name, QStringLiteral("Two"));
        QVERIFY(s[1].type.isEmpty());
        QCOMPARE(s[2].group, QStringLiteral("g3"));
        QCOMPARE(s[2].name, QStringLiteral("3"));
        QCOMPARE(s[3].type, QStringLiteral("batch"));
        QVERIFY(s[3].group.isEmpty());
        QCOMPARE(s[5].description, QStringLiteral("d6"));
        QVERIFY(s[5].type.isEmpty());
        QCOMPARE(s[6].description, QStringLiteral("d7"));
        QCOMPARE(s[6].type, QStringLiteral("t7"));

        const Result<QList<RequestStatus>> requests
            = V2Codec::parseRequests("[{\"service_request_id\":1,\"status\":\"open\"},"
                                     "{\"service_request_id\":2,\"status_notes\":\"n2\"},"
                                     "{\"token\":\"t3\",\"status\":\"closed\"}]");
        QVERIFY2(requests.ok(), qPrintable(requests.error().message()));
        QCOMPARE(requests.value()[0].status, QStringLiteral("open"));
        QVERIFY(requests.value()[1].status.isEmpty());
        QCOMPARE(requests.value()[1].statusNotes, QStringLiteral("n2"));
        QCOMPARE(requests.value()[2].token, QStringLiteral("t3"));
        QVERIFY(requests.value()[2].serviceRequestId.isEmpty());
        QCOMPARE(requests.value()[2].status, QStringLiteral("closed"));
    }

    void aServiceWithoutCodeIsAnError()
    {
        const Result<ServiceList> xml = V2Codec::parseServiceList(
            "<services><service><service_code>1</service_code></service>"
            "<service><service_name>Graffiti</service_name></service></services>");
        QVERIFY(!xml.ok());
        QCOMPARE(xml.error().kind(), Error::Kind::Protocol);
        QVERIFY2(xml.error().message().contains(
                     QStringLiteral("\u201cGraffiti\u201d without a service_code")),
            qPrintable(xml.error().message()));
        const Result<ServiceList> json
            = V2Codec::parseServiceList("[{\"service_code\":null,\"service_name\":\"A\"}]");
        QVERIFY(!json.ok());
        QVERIFY(json.error().message().contains(QLatin1String("service_code")));
    }

    void namespacesAndUnknownElementsAreTolerated()
    {
        const QByteArray body
            = "<m:services xmlns:m=\"http://org/sfgov/sf311v2/services\" is_array=\"true\">"
              "<m:service><extra><deep>x</deep></extra><m:service_code> A1 </m:service_code>"
              "<m:service_name><![CDATA[Trees & <b>bushes</b>]]></m:service_name>"
              "<unknown/></m:service><note>ignored</note></m:services>";
        const Result<ServiceList> result = V2Codec::parseServiceList(body);
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.value().size(), 1);
        QCOMPARE(result.value()[0].code, QStringLiteral("A1"));
        QCOMPARE(result.value()[0].name, QStringLiteral("Trees & <b>bushes</b>"));
    }

    // --- service definitions ----------------------------------------------------------------

    void definitionLayoutsAgree()
    {
        ServiceAttribute expected;
        expected.variable = true;
        expected.code = QStringLiteral("WHISHETN");
        expected.datatype = ServiceAttribute::Datatype::SingleValueList;
        expected.datatypeName = QStringLiteral("singlevaluelist");
        expected.required = true;
        expected.order = 1;
        expected.description = QStringLiteral("What is the ticket/tag/DL number?");
        expected.values = { { QStringLiteral("123"), QStringLiteral("Ford") },
            { QStringLiteral("124"), QStringLiteral("Chrysler") } };
        // Pre-2013, without <attributes>; with it; and the JSON form with numeric keys.
        for (const char* name : { "sferik-open311__service_definition.xml",
                 "open311-wiki-GeoReport_v2__spec-v2_service_definition.xml",
                 "open311-wiki-GeoReport_v2__spec-v2_service_definition.json",
                 "codeforamerica-open311_java__MockNetworkManager__serviceDefinitionJSON.json",
                 "codeforamerica-open311_java__MockNetworkManager__serviceDefinitionXML.xml" }) {
            const Result<ServiceDefinition> result = V2Codec::parseDefinition(sample(name));
            QVERIFY2(result.ok(), name);
            QCOMPARE(result.value().serviceCode, QStringLiteral("DMV66"));
            QCOMPARE(result.value().attributes.size(), 1);
            compareAttributes(result.value().attributes.first(), expected);
            if (QTest::currentTestFailed())
                QFAIL(name);
        }
    }

    void washingtonDefinitionIsSorted()
    {
        const Result<ServiceDefinition> result = V2Codec::parseDefinition(
            sample("codeforamerica-node-open311__dc-services-S0301.xml"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const ServiceDefinition& definition = result.value();
        QCOMPARE(definition.serviceCode, QStringLiteral("S0301"));
        // On the wire: 9, 3, 1, 8, 4, 2.
        QCOMPARE(codesOf(definition),
            QStringList({ QStringLiteral("WHISPOLO"), QStringLiteral("WHMAISAL"),
                QStringLiteral("ISITHAZA"), QStringLiteral("WATHPRDA"), QStringLiteral("NOTE001"),
                QStringLiteral("DSITR001") }));
        QList<int> orders;
        for (const ServiceAttribute& attribute : definition.attributes)
            orders.append(attribute.order);
        QCOMPARE(orders, QList<int>({ 1, 2, 3, 4, 8, 9 }));
        const ServiceAttribute* where = definition.attribute(QStringLiteral("WHISPOLO"));
        QVERIFY(where);
        QCOMPARE(where->required, true);
        QCOMPARE(where->variable, true);
        QCOMPARE(keysOf(*where),
            QStringList({ QStringLiteral("ALLEY002"), QStringLiteral("STREE001") }));
        QCOMPARE(where->values[1].name, QStringLiteral("Street"));
        const ServiceAttribute* hazard = definition.attribute(QStringLiteral("ISITHAZA"));
        QVERIFY(hazard);
        QCOMPARE(hazard->required, false);
        QCOMPARE(keysOf(*hazard),
            QStringList(
                { QStringLiteral("NO001"), QStringLiteral("UNKNOWN"), QStringLiteral("YES001") }));
        QCOMPARE(definition.attribute(QStringLiteral("WATHPRDA"))->datatypeDescription,
            QStringLiteral("Boolean Type Yes/No"));
        for (const char* code : { "NOTE001", "DSITR001" }) {
            const ServiceAttribute* note = definition.attribute(QLatin1String(code));
            QVERIFY(note);
            QCOMPARE(note->variable, false);
            QCOMPARE(note->datatype, ServiceAttribute::Datatype::Text);
            QCOMPARE(note->datatypeName, QStringLiteral("text"));
            QVERIFY(note->values.isEmpty());
            QCOMPARE(note->datatypeDescription, QStringLiteral("Character"));
        }
        QCOMPARE(
            definition.attribute(QStringLiteral("NOTE001"))->description, QStringLiteral("*Note:"));
        QVERIFY(definition.attribute(QStringLiteral("DSITR001"))
                    ->description.startsWith(QLatin1String("DDOT's standard")));
    }

    void fixMyStreetUnorderedAttributes()
    {
        const Result<ServiceDefinition> result = V2Codec::parseDefinition(
            sample("mysociety-fixmystreet__t-open311-populate-service-list.t__service_definition_"
                   "unordered_attributes.xml"));
        QVERIFY(result.ok());
        QCOMPARE(result.value().serviceCode, QStringLiteral("100"));
        QCOMPARE(codesOf(result.value()),
            QStringList(
                { QStringLiteral("type"), QStringLiteral("size"), QStringLiteral("colour") }));
        QCOMPARE(result.value().attributes[2].datatypeDescription, QStringLiteral("Colour of bin"));
        QCOMPARE(result.value().attributes[2].datatype, ServiceAttribute::Datatype::String);
    }

    void perlEndpointDefinitions()
    {
        const Result<ServiceDefinition> pot = V2Codec::parseDefinition(
            sample("mysociety-open311-adapter__t-open311-endpoint.t__service_definition_POT.xml"));
        QVERIFY2(pot.ok(), qPrintable(pot.error().message()));
        QCOMPARE(pot.value().serviceCode, QStringLiteral("POT")); // written last
        QCOMPARE(codesOf(pot.value()),
            QStringList({ QStringLiteral("depth"), QStringLiteral("shape") }));
        const ServiceAttribute& depth = pot.value().attributes[0];
        QCOMPARE(depth.datatype, ServiceAttribute::Datatype::Number);
        QCOMPARE(depth.required, true);
        QCOMPARE(depth.datatypeDescription, QStringLiteral("an integer"));
        QCOMPARE(depth.description, QStringLiteral("depth of pothole, in centimetres"));
        const ServiceAttribute& shape = pot.value().attributes[1];
        QCOMPARE(shape.required, false);
        QCOMPARE(shape.variable, true);
        QCOMPARE(shape.order, 2);
        // <name> before <key>.
        const QList<AttributeValue> values
            = { { QStringLiteral("circle"), QStringLiteral("Circle") },
                  { QStringLiteral("square"), QStringLiteral("Square") },
                  { QStringLiteral("triangle"), QStringLiteral("Triangle") } };
        QCOMPARE(shape.values, values);

        const Result<ServiceDefinition> spot = V2Codec::parseDefinition(
            sample("mysociety-open311-adapter__t-open311-endpoint.t__service_definition_SPOT_"
                   "nonstandard_value_order.xml"));
        QVERIFY(spot.ok());
        QCOMPARE(spot.value().serviceCode, QStringLiteral("SPOT"));
        // Values keep the server's order; only attributes are sorted.
        QCOMPARE(keysOf(spot.value().attributes[1]),
            QStringList({ QStringLiteral("circle"), QStringLiteral("triangle"),
                QStringLiteral("square") }));
    }

    void definitionValuesAndDefaults()
    {
        const QByteArray json
            = "{\"service_code\":\"X\",\"attributes\":["
              "{\"code\":\"late\",\"datatype\":\"Multivaluelist\",\"order\":\"7\","
              "\"variable\":\"true\",\"required\":\"false\",\"values\":[{\"name\":\"Blue\","
              "\"key\":\"b\"},{\"key\":2}]},"
              "{\"code\":\"first\",\"datatype\":\"colour\",\"order\":null,\"variable\":false,"
              "\"required\":1},"
              "{\"code\":\"mid\",\"datatype\":\"datetime\",\"order\":2.5}]}";
        const Result<ServiceDefinition> result = V2Codec::parseDefinition(json);
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const ServiceDefinition& definition = result.value();
        QCOMPARE(codesOf(definition),
            QStringList(
                { QStringLiteral("first"), QStringLiteral("mid"), QStringLiteral("late") }));
        const ServiceAttribute& first = definition.attributes[0];
        QCOMPARE(first.order, 0);
        QCOMPARE(first.variable, false);
        QCOMPARE(first.required, true);
        QCOMPARE(first.datatype, ServiceAttribute::Datatype::Unknown);
        QCOMPARE(first.datatypeName, QStringLiteral("colour"));
        QCOMPARE(definition.attributes[1].order, 0); // 2.5 is no order
        QCOMPARE(definition.attributes[1].datatype, ServiceAttribute::Datatype::Datetime);
        const ServiceAttribute& late = definition.attributes[2];
        QCOMPARE(late.order, 7);
        QCOMPARE(late.variable, true);
        QCOMPARE(late.required, false);
        QCOMPARE(late.datatype, ServiceAttribute::Datatype::MultiValueList);
        QCOMPARE(late.datatypeName, QStringLiteral("Multivaluelist"));
        const QList<AttributeValue> values = { { QStringLiteral("b"), QStringLiteral("Blue") },
            { QStringLiteral("2"), QStringLiteral("2") } };
        QCOMPARE(late.values, values);

        const Result<ServiceDefinition> xml
            = V2Codec::parseDefinition("<service_definition><service_code>Y</service_code>"
                                       "<attributes><attribute><code>a</code><order>first</order>"
                                       "<variable>False</variable></attribute></attributes>"
                                       "</service_definition>");
        QVERIFY(xml.ok());
        QCOMPARE(xml.value().attributes[0].order, 0);
        QCOMPARE(xml.value().attributes[0].variable, false);
        QCOMPARE(xml.value().attributes[0].required, false);

        const Result<ServiceDefinition> noKey = V2Codec::parseDefinition(
            "<service_definition><attribute><code>a</code><datatype>singlevaluelist</datatype>"
            "<values><value><name>Red</name></value></values></attribute></service_definition>");
        QVERIFY(!noKey.ok());
        QCOMPARE(noKey.error().kind(), Error::Kind::Protocol);
        QVERIFY(noKey.error().message().contains(QLatin1String("without a key")));

        const Result<ServiceDefinition> noCode
            = V2Codec::parseDefinition("{\"service_code\":\"Z\",\"attributes\":[{\"variable\":true,"
                                       "\"datatype\":\"string\"}]}");
        QVERIFY(!noCode.ok());
        QVERIFY(noCode.error().message().contains(QLatin1String("without a code")));
    }

    // --- the answer to a create -------------------------------------------------------------

    void createAnswers()
    {
        const QString notice = QStringLiteral(
            "The City will inspect and require the responsible party to correct within 24 hours "
            "and/or issue a Correction Notice or Notice of Violation of the Public Works Code");
        // Padded with newlines and tabs, the spec's own, and the JSON form with a numeric id.
        for (const char* name : { "sferik-open311__post_service_request.xml",
                 "open311-wiki-GeoReport_v2__spec-v2_service_request_post.xml",
                 "open311-wiki-GeoReport_v2__spec-v2_service_request_post.json",
                 "codeforamerica-open311_java__MockNetworkManager__postServiceRequestResponseJSON."
                 "json" }) {
            const Result<CreateResult> result = V2Codec::parseCreate(sample(name));
            QVERIFY2(result.ok(), name);
            QCOMPARE(result.value().serviceRequestId, QStringLiteral("293944"));
            QCOMPARE(result.value().serviceLevelAgreement, notice);
            QVERIFY(result.value().token.isEmpty());
            QVERIFY(result.value().accountId.isEmpty());
        }
    }

    void bostonBatchReplyHoldsOnlyAToken()
    {
        const Result<CreateResult> result = V2Codec::parseCreate(
            sample("codeforamerica-node-open311__boston-submitrequest-token.xml"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.value().token, QStringLiteral("503fc045901932078800163c"));
        QVERIFY(result.value().serviceRequestId.isEmpty());
        QVERIFY(result.value().serviceLevelAgreement.isEmpty());
    }

    void createTakesTheFirstEntry()
    {
        const Result<CreateResult> result
            = V2Codec::parseCreate("[{\"service_request_id\":\"A-1\",\"account_id\":77},{\"service_"
                                   "request_id\":\"B-2\"}]");
        QVERIFY(result.ok());
        QCOMPARE(result.value().serviceRequestId, QStringLiteral("A-1"));
        QCOMPARE(result.value().accountId, QStringLiteral("77"));
        const Result<CreateResult> lone = V2Codec::parseCreate("{\"token\":\"t-9\"}");
        QVERIFY(lone.ok());
        QCOMPARE(lone.value().token, QStringLiteral("t-9"));
    }

    void createWithoutIdOrTokenIsAnError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("xml neither")
            << QByteArray("<service_requests><request><service_notice>Thanks</service_notice>"
                          "<account_id/></request></service_requests>")
            << QStringLiteral("neither a service request id nor a token");
        QTest::newRow("json neither")
            << QByteArray("[{\"service_notice\":\"Thanks\",\"service_request_id\":null}]")
            << QStringLiteral("neither a service request id nor a token");
        QTest::newRow("xml empty list") << QByteArray("<service_requests>\n</service_requests>")
                                        << QStringLiteral("lists no request");
        QTest::newRow("json empty list") << QByteArray("[]") << QStringLiteral("lists no request");
        QTest::newRow("services instead")
            << sample("open311-wiki-GeoReport_v2__spec-v2_service_list.xml")
            << QStringLiteral("<services> where <service_requests>");
    }

    void createWithoutIdOrTokenIsAnError()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        const Result<CreateResult> result = V2Codec::parseCreate(body);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Error::Kind::Protocol);
        QVERIFY2(
            result.error().message().contains(messagePart), qPrintable(result.error().message()));
    }

    // --- requests and tokens ------------------------------------------------------------------

    void torontoLongBeforeLat()
    {
        const Result<QList<RequestStatus>> result
            = V2Codec::parseRequests(sample("bensheldon-open311status__requests_many.xml"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.value().size(), 2);
        const RequestStatus& first = result.value()[0];
        QCOMPARE(first.serviceRequestId, QStringLiteral("101005420892"));
        QCOMPARE(first.status, QStringLiteral("open"));
        QCOMPARE(
            first.statusNotes, QStringLiteral("In progress - The request has been scheduled."));
        QCOMPARE(first.serviceName, QStringLiteral("Road - Pot hole"));
        QCOMPARE(first.serviceCode, QStringLiteral("CSROWR-12"));
        QCOMPARE(first.agencyResponsible, QStringLiteral("311 Toronto"));
        QCOMPARE(first.requestedDatetime, QStringLiteral("2018-07-30T00:01:00-04:00"));
        QCOMPARE(first.expectedDatetime, QStringLiteral("2018-08-03T00:01:00-04:00"));
        QCOMPARE(first.address, QStringLiteral("Warden Ave / Freeman St, Scarborough"));
        QCOMPARE(first.addressId, QStringLiteral("13459430"));
        QCOMPARE(first.longitude, QStringLiteral("-79.272306875"));
        QCOMPARE(first.latitude, QStringLiteral("43.691104288"));
        QVERIFY(first.updatedDatetime.isEmpty());
        QVERIFY(first.zipcode.isEmpty());
        QVERIFY(first.mediaUrl.isEmpty());
        QVERIFY(first.description.isEmpty());
        QCOMPARE(result.value()[1].serviceRequestId, QStringLiteral("101005420894"));
        QCOMPARE(result.value()[1].latitude, QStringLiteral("43.695823056"));
    }

    void helsinkiSwappedStringCoordinatesAreKept()
    {
        const Result<QList<RequestStatus>> result
            = V2Codec::parseRequests(sample("6aika-issue-reporting__taskful_request.json"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.value().size(), 1);
        const RequestStatus& request = result.value().first();
        QCOMPARE(request.serviceRequestId, QStringLiteral("3qp16kaphhsc78uc422l"));
        QCOMPARE(request.serviceCode, QStringLiteral("584"));
        QCOMPARE(request.status, QStringLiteral("closed"));
        QCOMPARE(request.longitude, QStringLiteral("60.451667"));
        QCOMPARE(request.latitude, QStringLiteral("22.266944"));
        QVERIFY(request.serviceName.isEmpty());
        QCOMPARE(request.agencyResponsible, QStringLiteral("Kaupunkisuunnitteluvirasto"));
        QVERIFY(request.statusNotes.startsWith(QString::fromUtf8("Kiitos kysymyksest\xC3\xA4nne")));
        QVERIFY(request.statusNotes.contains(QString::fromUtf8("Helsingiss\xC3\xA4.\n\nKaupunki")));
        QVERIFY(request.statusNotes.endsWith(QLatin1String("Katja Lappi")));
        QCOMPARE(request.requestedDatetime, QStringLiteral("2016-03-22T13:27:16+02:00"));
        // Its extension is kept whole, and only the fields the spec does not name are in it.
        QCOMPARE(request.extensions.keys(), QStringList { QStringLiteral("extended_attributes") });
        const QJsonObject extended
            = request.extensions.value(QStringLiteral("extended_attributes")).toObject();
        QCOMPARE(extended.value(QStringLiteral("title")).toString(),
            QStringLiteral("Raskaiden ajoneuvojen parkkipaikoista"));
        const QJsonArray tasks = extended.value(QStringLiteral("tasks")).toArray();
        QVERIFY(tasks.size() >= 6);
        QCOMPARE(tasks.at(0).toObject().value(QStringLiteral("owner_name")).toString(),
            QStringLiteral("Kaupunginkanslia"));
    }

    void xmlExtensionsBecomeObjectsStringsAndLists()
    {
        const Result<QList<RequestStatus>> result = V2Codec::parseRequests(
            "<service_requests><request><service_request_id>7</service_request_id>"
            "<status>open</status><notes><note><author>A</author></note><note><author>B"
            "</author></note></notes><channel> web </channel></request></service_requests>");
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const QJsonObject extensions = result.value().first().extensions;
        QCOMPARE(
            extensions.keys(), QStringList({ QStringLiteral("channel"), QStringLiteral("notes") }));
        QCOMPARE(extensions.value(QStringLiteral("channel")).toString(), QStringLiteral("web"));
        const QJsonArray notes = extensions.value(QStringLiteral("notes"))
                                     .toObject()
                                     .value(QStringLiteral("note"))
                                     .toArray();
        QCOMPARE(notes.size(), 2);
        QCOMPARE(
            notes.at(1).toObject().value(QStringLiteral("author")).toString(), QStringLiteral("B"));
        QCOMPARE(result.value().first().status, QStringLiteral("open"));
    }

    // 500,000 repeats fill most of the response cap; read in one pass, and only the first
    // 10,000 kept (a copy of the list at every repeat took hours).
    void manyRepeatedExtensionElementsAreCapped()
    {
        QByteArray body = "<service_requests><request><service_request_id>7</service_request_id>"
                          "<x>";
        for (int i = 0; i < 500000; ++i)
            body += "<a>1</a>";
        body += "</x><status>open</status></request></service_requests>";
        const Result<QList<RequestStatus>> result = V2Codec::parseRequests(body);
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const QJsonArray kept = result.value()
                                    .first()
                                    .extensions.value(QStringLiteral("x"))
                                    .toObject()
                                    .value(QStringLiteral("a"))
                                    .toArray();
        QCOMPARE(kept.size(), 10000);
        QCOMPARE(result.value().first().status, QStringLiteral("open"));
    }

    void chicagoNumbersAsCoordinates()
    {
        const Result<QList<RequestStatus>> result
            = V2Codec::parseRequests(sample("bensheldon-open311status__service_requests.json"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.value().size(), 2);
        const RequestStatus& first = result.value()[0];
        QCOMPARE(first.serviceRequestId, QStringLiteral("14-01100669"));
        QCOMPARE(first.serviceCode, QStringLiteral("4ffa9cad6018277d4000007b"));
        QCOMPARE(first.latitude, QStringLiteral("41.858724777757864"));
        QCOMPARE(first.longitude, QStringLiteral("-87.66475146237676"));
        QCOMPARE(first.updatedDatetime, QStringLiteral("2014-07-12T11:08:21-05:00"));
        QVERIFY(first.statusNotes.isEmpty()); // absent
        QVERIFY(first.zipcode.isEmpty());
        QCOMPARE(result.value()[1].statusNotes, QStringLiteral("Locked"));
        QCOMPARE(result.value()[1].latitude, QStringLiteral("41.759712056258536"));
        QCOMPARE(result.value()[1].longitude, QStringLiteral("-87.6369602073906"));
    }

    void numericIdsBecomeStrings()
    {
        const Result<QList<RequestStatus>> json = V2Codec::parseRequests(
            sample("codeforamerica-open311_java__MockNetworkManager__serviceRequestsJSON.json"));
        QVERIFY2(json.ok(), qPrintable(json.error().message()));
        const RequestStatus& first = json.value().first();
        QCOMPARE(first.serviceRequestId, QStringLiteral("638344"));
        QCOMPARE(first.zipcode, QStringLiteral("94122"));
        QCOMPARE(first.addressId, QStringLiteral("545483"));
        QCOMPARE(first.serviceCode, QStringLiteral("006"));
        QCOMPARE(first.latitude, QStringLiteral("37.762221815"));
        QCOMPARE(first.longitude, QStringLiteral("-122.4651145"));
        QVERIFY(first.description.isEmpty()); // null
        QCOMPARE(first.mediaUrl,
            QStringLiteral("http://city.gov.s3.amazonaws.com/requests/media/638344.jpg"));
        // The XML twin says the same, field for field.
        const Result<QList<RequestStatus>> xml = V2Codec::parseRequests(
            sample("codeforamerica-open311_java__MockNetworkManager__serviceRequestsXML.xml"));
        QVERIFY(xml.ok());
        QCOMPARE(xml.value().size(), json.value().size());
        for (qsizetype i = 0; i < xml.value().size(); ++i)
            QCOMPARE(fieldsOf(json.value()[i]), fieldsOf(xml.value()[i]));
    }

    void specRequestFields()
    {
        const Result<QList<RequestStatus>> result = V2Codec::parseRequests(
            sample("open311-wiki-GeoReport_v2__spec-v2_service_requests.xml"));
        QVERIFY(result.ok());
        QCOMPARE(result.value().size(), 2);
        const RequestStatus& first = result.value()[0];
        QCOMPARE(fieldsOf(first),
            QStringList({ QStringLiteral("638344"), QStringLiteral("closed"),
                QStringLiteral("Duplicate request."), QStringLiteral("Sidewalk and Curb Issues"),
                QStringLiteral("006"), QString(), QString(), QString(),
                QStringLiteral("2010-04-14T06:37:38-08:00"),
                QStringLiteral("2010-04-14T06:37:38-08:00"),
                QStringLiteral("2010-04-15T06:37:38-08:00"), QStringLiteral("8TH AVE and JUDAH ST"),
                QStringLiteral("545483"), QStringLiteral("94122"), QStringLiteral("37.762221815"),
                QStringLiteral("-122.4651145"),
                QStringLiteral("http://city.gov.s3.amazonaws.com/requests/media/638344.jpg"),
                QString() }));
        QVERIFY(result.value()[1].statusNotes.isEmpty());
        // The gem's tab-indented copy, with .rss media and a blank line before the end.
        const Result<QList<RequestStatus>> gem
            = V2Codec::parseRequests(sample("sferik-open311__get_service_request.xml"));
        QVERIFY(gem.ok());
        QCOMPARE(gem.value().first().mediaUrl,
            QStringLiteral("http://open311.city.gov.s3.amazonaws.com/requests/media/638344.rss"));
    }

    void fixMyStreetExtendedStatus()
    {
        const Result<QList<RequestStatus>> result = V2Codec::parseRequests(
            sample("mysociety-fixmystreet__t-open311-getservicerequests.t__requests_extended_"
                   "status.xml"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.value().size(), 3);
        QCOMPARE(result.value()[1].status, QStringLiteral("investigating"));
        QCOMPARE(result.value()[1].serviceCode, QStringLiteral("not_sidewalks"));
        QCOMPARE(result.value()[0].description, QStringLiteral("This is a sidewalk problem"));
        QVERIFY(result.value()[2].description.isEmpty()); // no <description> at all
        QCOMPARE(result.value()[2].serviceRequestId, QStringLiteral("638346"));
        QVERIFY(result.value()[0].address.isEmpty());
        QCOMPARE(result.value()[0].latitude, QStringLiteral("51.4021"));
        QCOMPARE(result.value()[0].longitude, QStringLiteral("0.01578"));
    }

    void emptyListsAreValues_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("gem") << sample("codeforamerica-open311__service_requests_empty.xml");
        QTest::newRow("perl endpoint")
            << sample("mysociety-open311-adapter__t-open311-endpoint.t__requests_empty.xml");
        QTest::newRow("self-closing") << QByteArray("<service_requests/>");
        QTest::newRow("json") << QByteArray(" [ ] \n");
    }

    void emptyListsAreValues()
    {
        QFETCH(QByteArray, body);
        const Result<QList<RequestStatus>> requests = V2Codec::parseRequests(body);
        QVERIFY2(requests.ok(), qPrintable(requests.error().message()));
        QCOMPARE(requests.value().size(), 0);
        const Result<QList<RequestStatus>> tokens = V2Codec::parseTokens(body);
        QVERIFY(tokens.ok());
        QCOMPARE(tokens.value().size(), 0);
        const QByteArray services
            = body.contains("service_requests") ? QByteArray("<services>\n</services>") : body;
        const Result<ServiceList> list = V2Codec::parseServiceList(services);
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), 0);
    }

    void tokens()
    {
        for (const char* name :
            { "codeforamerica-node-open311__token.xml", "sferik-open311__request_id_from_token.xml",
                "open311-wiki-GeoReport_v2__spec-v2_request_from_token.xml",
                "open311-wiki-GeoReport_v2__spec-v2_request_from_token.json" }) {
            const Result<QList<RequestStatus>> result = V2Codec::parseTokens(sample(name));
            QVERIFY2(result.ok(), name);
            QCOMPARE(result.value().size(), 1);
            QCOMPARE(result.value()[0].token, QStringLiteral("12345"));
            QCOMPARE(result.value()[0].serviceRequestId, QStringLiteral("638344"));
        }
        const Result<QList<RequestStatus>> two
            = V2Codec::parseTokens(sample("codeforamerica-open311_java__MockNetworkManager__"
                                          "serviceRequestIdFromATokenJSON.json"));
        QVERIFY(two.ok());
        QCOMPARE(two.value().size(), 2);
        QCOMPARE(two.value()[1].serviceRequestId, QStringLiteral("111"));
        QCOMPARE(two.value()[1].token, QStringLiteral("12345"));
        // Pending: the token without an id yet.
        const Result<QList<RequestStatus>> pending = V2Codec::parseTokens(
            "<service_requests><request><service_request_id/><token>abc</token></request>"
            "</service_requests>");
        QVERIFY(pending.ok());
        QCOMPARE(pending.value()[0].token, QStringLiteral("abc"));
        QVERIFY(pending.value()[0].serviceRequestId.isEmpty());
    }

    void aRequestNeedsAnIdOrAToken()
    {
        const Result<QList<RequestStatus>> tokenOnly
            = V2Codec::parseRequests("[{\"token\":\"t1\",\"status\":\"open\"}]");
        QVERIFY(tokenOnly.ok());
        QCOMPARE(tokenOnly.value()[0].token, QStringLiteral("t1"));
        for (const QByteArray& body :
            { QByteArray("<service_requests><request><status>open</status></request>"
                         "</service_requests>"),
                QByteArray("[{\"service_request_id\":\"1\"},{\"status\":\"open\"}]"),
                QByteArray("{\"status\":\"open\"}") }) {
            const Result<QList<RequestStatus>> result = V2Codec::parseRequests(body);
            QVERIFY2(!result.ok(), body.constData());
            QCOMPARE(result.error().kind(), Error::Kind::Protocol);
            QVERIFY(result.error().message().contains(
                QLatin1String("neither a service_request_id nor a token")));
        }
        const Result<QList<RequestStatus>> tokens
            = V2Codec::parseTokens("[{\"service_request_id\":null,\"token\":null}]");
        QVERIFY(!tokens.ok());
        QCOMPARE(tokens.error().kind(), Error::Kind::Protocol);
    }

    void numbersAsIds_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::addColumn<QString>("id");
        QTest::newRow("12 digits") << QByteArray("101005420892") << QStringLiteral("101005420892");
        QTest::newRow("beyond a double's 53 bits")
            << QByteArray("9007199254740993") << QStringLiteral("9007199254740993");
        QTest::newRow("largest 64-bit")
            << QByteArray("9223372036854775807") << QStringLiteral("9223372036854775807");
        QTest::newRow("negative") << QByteArray("-5") << QStringLiteral("-5");
        QTest::newRow("zero") << QByteArray("0") << QStringLiteral("0");
    }

    void numbersAsIds()
    {
        QFETCH(QByteArray, number);
        QFETCH(QString, id);
        const Result<QList<RequestStatus>> result = V2Codec::parseRequests(
            "[{\"service_request_id\":" + number + ",\"zipcode\":" + number + "}]");
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.value()[0].serviceRequestId, id);
        QCOMPARE(result.value()[0].zipcode, id);
    }

    // "12.0" and "1e3" are one number, but an id's text: which one the server meant is unknown,
    // and its XML says. A zip code or a coordinate is only a number.
    void anIdWrittenAsANumberInAnotherFormIsRefused()
    {
        for (const QByteArray& number :
            { QByteArray("12.0"), QByteArray("12.5"), QByteArray("1e3"), QByteArray("-0.5E+2") }) {
            const QByteArray body = "[{\"service_request_id\":" + number + ",\"zipcode\":" + number
                + ",\"lat\":" + number + "}]";
            const Result<QList<RequestStatus>> result = V2Codec::parseRequests(body);
            QVERIFY2(!result.ok(), body.constData());
            QVERIFY2(result.error().message().contains(QLatin1String("different id")),
                qPrintable(result.error().message()));
            QVERIFY(V2Codec::isMalformedJson(body));
            const QByteArray zip = "[{\"service_request_id\":\"7\",\"zipcode\":" + number
                + ",\"lat\":" + number + "}]";
            const Result<QList<RequestStatus>> plain = V2Codec::parseRequests(zip);
            QVERIFY2(plain.ok(), zip.constData());
            QVERIFY(!V2Codec::isMalformedJson(zip));
        }
        QVERIFY(!V2Codec::parseServiceList("[{\"service_code\":1.0,\"service_name\":\"A\"}]").ok());
        QVERIFY(!V2Codec::parseCreate("[{\"token\":2e1}]").ok());
        QVERIFY(!V2Codec::parseCreate("[{\"service_request_id\":-0}]").ok());
        // Escaped, a key is still the one it spells.
        QVERIFY(!V2Codec::parseCreate("[{\"service\\u005frequest_id\":12.0}]").ok());
        // A question's code and a value's key are ids; the same names in an extension are not.
        const QByteArray definition = "{\"service_code\":\"1\",\"attributes\":[{\"code\":CODE,"
                                      "\"datatype\":\"singlevaluelist\",\"values\":[{\"key\":KEY,"
                                      "\"name\":\"Small\"}]}]}";
        QVERIFY(V2Codec::parseDefinition(
            QByteArray(definition).replace("CODE", "7").replace("KEY", "1"))
                    .ok());
        QVERIFY(!V2Codec::parseDefinition(
            QByteArray(definition).replace("CODE", "7.5").replace("KEY", "1"))
                     .ok());
        QVERIFY(!V2Codec::parseDefinition(
            QByteArray(definition).replace("CODE", "7").replace("KEY", "0.5"))
                     .ok());
        const Result<QList<RequestStatus>> extended = V2Codec::parseRequests(
            "[{\"service_request_id\":\"9\",\"extended_attributes\":{\"code\":1.5,\"key\":2e3,"
            "\"tasks\":[{\"token\":0.5}]}}]");
        QVERIFY2(extended.ok(), qPrintable(extended.error().message()));
        // An error's code is a number: the server's own words are what is shown.
        const Result<QList<RequestStatus>> refused = V2Codec::parseRequests(
            "[{\"code\":403.0,\"description\":\"Invalid api_key received.\"}]");
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().detail().contains(QLatin1String("Invalid api_key")),
            qPrintable(refused.error().message() + refused.error().detail()));
    }

    // Qt reads ".5" and "+5" as numbers; JSON does not, and ".38344" came out as the id
    // "0.38344" (found by v2codec_fuzz). Such an answer is asked for again in XML.
    void numbersJsonDoesNotAllowAreMalformed()
    {
        for (const QByteArray& number : { QByteArray(".38344"), QByteArray("+5"), QByteArray("-.5"),
                 QByteArray("5."), QByteArray("1e") }) {
            for (const QByteArray& body :
                { "[{\"service_request_id\":" + number + ",\"token\":12346}]",
                    "[{\"service_request_id\":\"1\",\"lat\":" + number + "}]" }) {
                const bool qtTakesIt = QJsonDocument::fromJson(body).isArray();
                const Result<QList<RequestStatus>> result = V2Codec::parseRequests(body);
                QVERIFY2(!result.ok(), body.constData());
                QVERIFY2(result.error().message().contains(QLatin1String("not valid JSON")),
                    qPrintable(result.error().message()));
                QVERIFY2(V2Codec::isMalformedJson(body), body.constData());
                if (number == ".38344")
                    QVERIFY(qtTakesIt);
            }
        }
        // A string holding the same characters is only text.
        const Result<QList<RequestStatus>> text = V2Codec::parseRequests(
            "[{\"service_request_id\":\".38344\",\"description\":\"+5 .5\"}]");
        QVERIFY2(text.ok(), qPrintable(text.error().message()));
        QCOMPARE(text.value()[0].serviceRequestId, QStringLiteral(".38344"));
    }

    void hugeNumberIdIsRefused()
    {
        const Result<QList<RequestStatus>> result = V2Codec::parseRequests(
            "[{\"service_request_id\":123456789012345678901234567890,\"status\":\"open\"}]");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Error::Kind::Protocol);
        QVERIFY2(result.error().message().contains(QLatin1String("different id")),
            qPrintable(result.error().message()));
        const Result<CreateResult> create
            = V2Codec::parseCreate("[{\"service_request_id\":18446744073709551616}]");
        QVERIFY(!create.ok());
        QVERIFY(create.error().message().contains(QLatin1String("different id")));
        // A coordinate is no id: a big one is only a (wrong) number, kept as a plain decimal.
        const Result<QList<RequestStatus>> far
            = V2Codec::parseRequests("[{\"service_request_id\":\"1\",\"lat\":1e30}]");
        QVERIFY(far.ok());
        QCOMPARE(far.value()[0].latitude, QStringLiteral("1000000000000000000000000000000"));
    }

    // --- discovery ------------------------------------------------------------------------------

    void washingtonDiscovery()
    {
        const Result<Discovery> result
            = V2Codec::parseDiscovery(sample("codeforamerica-node-open311__discovery-dc.xml"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const Discovery& discovery = result.value();
        QCOMPARE(discovery.changeset, QStringLiteral("2012-03-08T16:00:00-05:00"));
        QCOMPARE(discovery.contact,
            QStringLiteral("You can email or call for assistance octo@dc.gov +1 (202) 727-2277"));
        QCOMPARE(discovery.keyService,
            QStringLiteral("You can request a key here: http://octo.dc.gov/"));
        QCOMPARE(discovery.endpoints.size(), 2);
        const DiscoveryEndpoint& v2 = discovery.endpoints[0];
        QCOMPARE(v2.specification, QStringLiteral("http://wiki.open311.org/GeoReport_v2"));
        QCOMPARE(v2.url, QUrl(QStringLiteral("http://app.311.dc.gov/cwi/Open311/v2")));
        QCOMPARE(v2.type, QStringLiteral("production"));
        QCOMPARE(v2.formats, QStringList { QStringLiteral("text/xml") });
        QVERIFY(!v2.offersJson());
        QVERIFY(!v2.isDraft());
        const DiscoveryEndpoint& draft = discovery.endpoints[1];
        QCOMPARE(
            draft.specification, QStringLiteral("http://wiki.open311.org/GeoReport_v2.1_Draft"));
        QVERIFY(draft.isDraft());
        QCOMPARE(draft.url, QUrl(QStringLiteral("http://app.311.dc.gov/cwi/Open311")));
        QCOMPARE(discovery.preferred(), &discovery.endpoints[0]);
    }

    void bostonDiscovery()
    {
        const Result<Discovery> result
            = V2Codec::parseDiscovery(sample("codeforamerica-node-open311__discovery-boston.json"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const Discovery& discovery = result.value();
        QCOMPARE(discovery.changeset, QStringLiteral("2011-09-1 17:35"));
        QCOMPARE(discovery.contact,
            QStringLiteral("You can email for assistance to developers@cityofboston.gov"));
        QVERIFY(discovery.keyService.endsWith(QLatin1String(":6443/open311")));
        QCOMPARE(discovery.endpoints.size(), 2);
        const DiscoveryEndpoint& test = discovery.endpoints[1];
        QCOMPARE(test.type, QStringLiteral("test"));
        QVERIFY(test.isTest());
        QCOMPARE(test.url.port(), 6443);
        QCOMPARE(test.changeset, QStringLiteral("2011-09-1 17:35"));
        QCOMPARE(test.formats,
            QStringList({ QStringLiteral("text/xml"), QStringLiteral("application/json") }));
        QVERIFY(test.offersJson());
        QCOMPARE(discovery.preferred(), &discovery.endpoints[0]);
        QCOMPARE(discovery.preferred()->url,
            QUrl(QStringLiteral("https://mayors24.cityofboston.gov/open311/v2")));
    }

    void sanFranciscoDiscoveryListsV1Too()
    {
        const Result<Discovery> result = V2Codec::parseDiscovery(
            sample("codeforamerica-open311_java__MockNetworkManager__discoveryXML.xml"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const Discovery& discovery = result.value();
        QCOMPARE(discovery.changeset, QStringLiteral("2011-04-05T17:48:34Z"));
        QCOMPARE(discovery.endpoints.size(), 4);
        QVERIFY(discovery.endpoints[2].isV1());
        QVERIFY(discovery.endpoints[3].isV1());
        QCOMPARE(discovery.endpoints[0].formats, QStringList { QStringLiteral("text/XML") });
        QVERIFY(discovery.preferred());
        QCOMPARE(discovery.preferred()->url, QUrl(QStringLiteral("https://open311.sfgov.org/v2")));
    }

    // --- server errors, in every call ---------------------------------------------------------

    void specErrorsBehindAStatusLine()
    {
        const QString description
            = QStringLiteral("Invalid api_key received -- can't proceed with create_request.");
        for (const char* name : { "open311-wiki-GeoReport_v2__spec-v2_errors.xml",
                 "open311-wiki-GeoReport_v2__spec-v2_errors.json" }) {
            const QByteArray body = sample(name);
            QVERIFY(body.startsWith("HTTP/1.1 403 Forbidden"));
            const Result<CreateResult> result = V2Codec::parseCreate(body);
            QVERIFY2(!result.ok(), name);
            QCOMPARE(result.error().kind(), Error::Kind::Server);
            QCOMPARE(result.error().code(), 403);
            QCOMPARE(result.error().detail(), description);
            QCOMPARE(result.error().method(), V2Codec::kCreate);
            QCOMPARE(result.error().field(), Error::Field::ApiKey);
            QCOMPARE(result.error().exitCode(), 3);
        }
    }

    void plainTextErrorRoot()
    {
        // San Francisco's and Boston's <error>text</error>, after a status line.
        for (const char* name : { "codeforamerica-open311__403.xml", "sferik-open311__403.xml" }) {
            const Result<ServiceList> result = V2Codec::parseServiceList(sample(name));
            QVERIFY(!result.ok());
            QCOMPARE(result.error().kind(), Error::Kind::Server);
            QCOMPARE(result.error().code(), -1);
            QCOMPARE(result.error().detail(),
                QStringLiteral("Invalid api_key received -- can't proceed with create_request."));
            QCOMPARE(result.error().method(), V2Codec::kServices);
        }
    }

    void notFoundAndDuplicate()
    {
        const Result<QList<RequestStatus>> notFound = V2Codec::parseRequests(
            sample("codeforamerica-open311__get_service_request_not_found.xml"));
        QVERIFY(!notFound.ok());
        QCOMPARE(notFound.error().kind(), Error::Kind::Server);
        QCOMPARE(notFound.error().code(), 404);
        QCOMPARE(notFound.error().detail(),
            QStringLiteral("Service request not found with id or token not-an-id"));
        QCOMPARE(notFound.error().method(), V2Codec::kRequests);

        const Result<CreateResult> duplicate = V2Codec::parseCreate(
            sample("codeforamerica-node-open311__boston-err-submitrequest-base_is_duplicate.xml"));
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().code(), 400);
        QCOMPARE(duplicate.error().detail(),
            QStringLiteral("Invalid service request: base is a duplicate."));
        QVERIFY(duplicate.error().message().contains(QLatin1String("base is a duplicate")));

        const Result<CreateResult> nullCode
            = V2Codec::parseCreate(sample("mysociety-fixmystreet__t-open311.t__error_400.xml"));
        QCOMPARE(nullCode.error().code(), 400);
        QCOMPARE(nullCode.error().detail(),
            QStringLiteral("Service Code cannot be null -- can't proceed with the request."));
    }

    void errorsArriveInAnswerToAnyCall_data()
    {
        QTest::addColumn<QByteArray>("parser");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("description");
        for (const char* parser : kParsers) {
            const QByteArray name(parser);
            QTest::addRow("%s json", parser)
                << name << QByteArray("[{\"code\":404,\"description\":\" Gone \"}]") << 404
                << QStringLiteral("Gone");
            QTest::addRow("%s json object", parser)
                << name << QByteArray("{\"code\":\"401\",\"description\":\"Who?\"}") << 401
                << QStringLiteral("Who?");
            QTest::addRow("%s xml", parser)
                << name
                << QByteArray("<?xml version=\"1.0\"?>\n<errors><error><code>400</code>"
                              "<description>Bad lat</description></error><error><code>403"
                              "</code><description>Key</description></error></errors>")
                << 400 << QStringLiteral("Bad lat");
            QTest::addRow("%s xml code not a number", parser)
                << name
                << QByteArray("<errors><error><description>Odd</description><code>E12</code>"
                              "</error></errors>")
                << -1 << QStringLiteral("Odd");
            QTest::addRow("%s plain error root", parser)
                << name << QByteArray("HTTP/1.1 500 Oops\r\n\r\n<error> Down </error>") << -1
                << QStringLiteral("Down");
            QTest::addRow("%s empty errors", parser)
                << name << QByteArray("<errors/>") << -1 << QString();
        }
    }

    void errorsArriveInAnswerToAnyCall()
    {
        QFETCH(QByteArray, parser);
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(QString, description);
        const Outcome outcome = runParser(parser, body);
        QCOMPARE(outcome.error.kind(), Error::Kind::Server);
        QCOMPARE(outcome.error.code(), code);
        QCOMPARE(outcome.error.detail(), description);
        QCOMPARE(outcome.error.method(), methodOf(parser));
    }

    void anErrorLookalikeWithAnIdIsNoError()
    {
        // A request may carry "code" and "description" of its own; it has an id.
        const Result<QList<RequestStatus>> result = V2Codec::parseRequests(
            "[{\"service_request_id\":\"5\",\"code\":403,\"description\":\"Broken gate\"}]");
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.value()[0].description, QStringLiteral("Broken gate"));
    }

    // --- hostile and broken answers, in every call --------------------------------------------

    void brokenAnswers_data()
    {
        QTest::addColumn<QByteArray>("parser");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        QByteArray bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">";
        for (int i = 1; i < 10; ++i) {
            bomb += "<!ENTITY lol" + QByteArray::number(i) + " \"";
            for (int j = 0; j < 10; ++j)
                bomb += "&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";";
            bomb += "\">";
        }
        bomb += "]><services>&lol9;</services>";
        for (const char* parser : kParsers) {
            const QByteArray name(parser);
            const QByteArray root = rootOf(name);
            const QByteArray truncated = "<?xml version=\"1.0\"?>\n<" + root
                + "><request><service_request_id>5</service_req";
            const QByteArray undeclared = "<" + root + ">&nbsp;</" + root + ">";
            QTest::addRow("%s empty", parser) << name << QByteArray() << QStringLiteral("empty");
            QTest::addRow("%s whitespace and bom", parser)
                << name << QByteArray("\xEF\xBB\xBF \r\n\t") << QStringLiteral("empty");
            QTest::addRow("%s entity", parser)
                << name << QByteArray("<!DOCTYPE x [<!ENTITY a \"b\">]><services>&a;</services>")
                << QStringLiteral("DTD");
            QTest::addRow("%s external entity", parser)
                << name
                << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "
                              "\"file:///etc/passwd\">]><service_requests>&e;"
                              "</service_requests>")
                << QStringLiteral("DTD");
            QTest::addRow("%s entity bomb", parser) << name << bomb << QStringLiteral("DTD");
            QTest::addRow("%s html page", parser)
                << name
                << QByteArray("<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>")
                << QStringLiteral("web page");
            QTest::addRow("%s html after a status line", parser)
                << name
                << QByteArray("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/html\r\n\r\n"
                              "<HTML><HEAD><TITLE>Down</TITLE></HEAD></HTML>")
                << QStringLiteral("web page");
            QTest::addRow("%s plain text", parser) << name << QByteArray("Service unavailable\n")
                                                   << QStringLiteral("neither XML nor JSON");
            QTest::addRow("%s truncated xml", parser)
                << name << truncated << QStringLiteral("cut short");
            QTest::addRow("%s truncated json", parser)
                << name << QByteArray("[{\"service_code\":\"001\",\"service_name\":\"Pot")
                << QStringLiteral("cut short; it is not valid JSON");
            QTest::addRow("%s invalid json", parser)
                << name << QByteArray("[{\"service_code\":001}]")
                << QStringLiteral("not valid JSON");
            QTest::addRow("%s trailing garbage", parser)
                << name << QByteArray("<errors/><more/>") << QStringLiteral("not well-formed");
            QTest::addRow("%s undeclared entity", parser)
                << name << undeclared << QStringLiteral("not well-formed");
            QTest::addRow("%s wrong root", parser)
                << name << QByteArray("<Open311><services/></Open311>")
                << QStringLiteral("<Open311> where <");
        }
    }

    void brokenAnswers()
    {
        QFETCH(QByteArray, parser);
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        const Outcome outcome = runParser(parser, body);
        QCOMPARE(outcome.error.kind(), Error::Kind::Protocol);
        QVERIFY2(
            outcome.error.message().contains(messagePart), qPrintable(outcome.error.message()));
        QCOMPARE(outcome.error.exitCode(), 4);
    }

    void wrongRootNamesBoth()
    {
        const Result<QList<RequestStatus>> result
            = V2Codec::parseRequests(sample("sferik-open311__services.xml"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Error::Kind::Protocol);
        QVERIFY2(result.error().message().contains(
                     QLatin1String("<services> where <service_requests> was expected")),
            qPrintable(result.error().message()));
        const Result<ServiceDefinition> definition
            = V2Codec::parseDefinition(sample("codeforamerica-node-open311__discovery-dc.xml"));
        QVERIFY(definition.error().message().contains(
            QLatin1String("<discovery> where <service_definition> was expected")));
        const Result<Discovery> discovery
            = V2Codec::parseDiscovery(sample("codeforamerica-node-open311__dc-services-S0301.xml"));
        QVERIFY(discovery.error().message().contains(
            QLatin1String("<service_definition> where <discovery>")));
    }

    void jsonOfTheWrongShape_data()
    {
        QTest::addColumn<QByteArray>("parser");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("object for services")
            << QByteArray("services") << QByteArray("{\"services\":[{\"service_code\":\"1\"}]}")
            << QStringLiteral("JSON object where a list was expected");
        QTest::newRow("requests for services")
            << QByteArray("services")
            << sample("codeforamerica-open311_java__MockNetworkManager__serviceRequestsJSON.json")
            << QStringLiteral("not the services answer");
        QTest::newRow("list for definition")
            << QByteArray("definition") << QByteArray("[{\"service_code\":\"DMV66\"}]")
            << QStringLiteral("JSON list where an object was expected");
        QTest::newRow("discovery for definition")
            << QByteArray("definition")
            << sample("codeforamerica-node-open311__discovery-boston.json")
            << QStringLiteral("not the service_definition answer");
        QTest::newRow("attributes not a list")
            << QByteArray("definition") << QByteArray("{\"service_code\":\"A\",\"attributes\":7}")
            << QStringLiteral("\u201cattributes\u201d");
        QTest::newRow("list for discovery")
            << QByteArray("discovery") << QByteArray("[]")
            << QStringLiteral("JSON list where an object was expected");
        QTest::newRow("definition for discovery")
            << QByteArray("discovery")
            << sample("open311-wiki-GeoReport_v2__spec-v2_service_definition.json")
            << QStringLiteral("not the discovery answer");
        QTest::newRow("numbers for services") << QByteArray("services") << QByteArray("[1,2]")
                                              << QStringLiteral("\u201cservice\u201d");
        QTest::newRow("strings for requests")
            << QByteArray("requests") << QByteArray("[\"638344\"]")
            << QStringLiteral("\u201crequest\u201d");
        QTest::newRow("services for requests")
            << QByteArray("requests") << sample("bensheldon-open311status__service_list.json")
            << QStringLiteral("neither a service_request_id nor a token");
    }

    void jsonOfTheWrongShape()
    {
        QFETCH(QByteArray, parser);
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        const Outcome outcome = runParser(parser, body);
        QCOMPARE(outcome.error.kind(), Error::Kind::Protocol);
        QVERIFY2(
            outcome.error.message().contains(messagePart), qPrintable(outcome.error.message()));
    }

    void preamblesAreSkipped_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray json = "[{\"service_code\":\"A\",\"service_name\":\"Alpha\"}]";
        const QByteArray xml = "<services><service><service_code>A</service_code>"
                               "<service_name>Alpha</service_name></service></services>";
        QTest::newRow("bom json") << "\xEF\xBB\xBF" + json;
        QTest::newRow("bom xml") << "\xEF\xBB\xBF" + xml;
        QTest::newRow("status line and headers json")
            << "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n" + json;
        QTest::newRow("php warning json")
            << "PHP Warning:  Undefined index: x in /var/www/api.php on line 3\n" + json;
        QTest::newRow("php html warning json")
            << "<br />\n<b>Warning</b>:  Undefined index: x in <b>/var/www/api.php</b> on line "
               "<b>3</b><br />\n"
                + json;
        QTest::newRow("php html warning xml")
            << "<br />\n<b>Notice</b>:  x in <b>/a.php</b> on line <b>9</b><br />\n" + xml;
        QTest::newRow("warning then declaration on one line")
            << "Deprecated: y in /a.php on line 2<?xml version=\"1.0\"?>" + xml;
        QTest::newRow("blank lines and comment") << "\n\n  <!-- generated -->\n" + xml;
        QTest::newRow("xml for a json url")
            << "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n" + xml;
    }

    void preamblesAreSkipped()
    {
        QFETCH(QByteArray, body);
        const Result<ServiceList> result = V2Codec::parseServiceList(body);
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.value().size(), 1);
        QCOMPARE(result.value()[0].code, QStringLiteral("A"));
        QCOMPARE(result.value()[0].name, QStringLiteral("Alpha"));
        QVERIFY(!V2Codec::isMalformedJson(body));
    }

    void excerptIsShortPrintableAndSecretFree()
    {
        QByteArray page = "<html><head><title>Error</title></head><body>The\x01\x02 request "
                          "https://city.example/v2/requests.json?api_key=S3cr3tK3y&x=1 failed.";
        page += QByteArray(5000, 'x');
        page += "</body></html>";
        const QString excerpt = V2Codec::excerpt(page);
        QVERIFY(!excerpt.contains(QLatin1String("S3cr3tK3y")));
        QVERIFY(excerpt.startsWith(QLatin1String("Error The request")));
        QVERIFY(excerpt.size() <= 120);
        QVERIFY(excerpt.endsWith(QLatin1String("...")));
        for (const QChar c : excerpt)
            QVERIFY(c.isPrint());
        const Result<ServiceList> result = V2Codec::parseServiceList(page);
        QCOMPARE(result.error().kind(), Error::Kind::Protocol);
        QVERIFY(!result.error().message().contains(QLatin1String("S3cr3tK3y")));
        QVERIFY(!result.error().detail().isEmpty());
        // A server error that quotes the key does not show it either.
        const Result<ServiceList> quoted = V2Codec::parseServiceList(
            "[{\"code\":403,\"description\":\"Bad api_key=S3cr3tK3y\"}]");
        QCOMPARE(quoted.error().kind(), Error::Kind::Server);
        QVERIFY(!quoted.error().message().contains(QLatin1String("S3cr3tK3y")));
    }

    // --- SafeXml, which V1Codec shares ------------------------------------------------------

    void safeXmlFindsTheRoot_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("problem");
        QTest::newRow("root") << QByteArray("<?xml version=\"1.0\"?><!-- c --><a/>")
                              << int(SafeXml::Problem::None);
        QTest::newRow("empty") << QByteArray(" \n") << int(SafeXml::Problem::Empty);
        QTest::newRow("text") << QByteArray("oops") << int(SafeXml::Problem::NotXml);
        QTest::newRow("html doctype")
            << QByteArray("<!DOCTYPE HTML><html/>") << int(SafeXml::Problem::WebPage);
        QTest::newRow("html root")
            << QByteArray("<Html><p/></Html>") << int(SafeXml::Problem::WebPage);
        QTest::newRow("dtd") << QByteArray("<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>")
                             << int(SafeXml::Problem::Dtd);
        QTest::newRow("bare dtd") << QByteArray("<!DOCTYPE a SYSTEM \"a.dtd\"><a/>")
                                  << int(SafeXml::Problem::Dtd);
    }

    void safeXmlFindsTheRoot()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, problem);
        QXmlStreamReader xml(body);
        QCOMPARE(int(SafeXml::readToRoot(xml, body)), problem);
        if (SafeXml::Problem(problem) == SafeXml::Problem::None)
            QCOMPARE(xml.name().toString(), QStringLiteral("a"));
    }

    void safeXmlPreamble()
    {
        QCOMPARE(SafeXml::withoutPreamble("\xEF\xBB\xBFWarning: x\n<?xml version=\"1.0\"?><a/>"),
            QByteArray("<?xml version=\"1.0\"?><a/>"));
        QCOMPARE(SafeXml::withoutPreamble("HTTP/1.1 403 Forbidden\n\n<error>x</error>"),
            QByteArray("<error>x</error>"));
        QCOMPARE(SafeXml::withoutPreamble("no xml"), QByteArray("no xml"));
    }
};

QTEST_GUILESS_MAIN(V2CodecTest)
#include "v2codec_test.moc"
