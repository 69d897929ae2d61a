#include "core/JsonScanner.h"
#include "core/V2Codec.h"
#include "core/V2Json.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <optional>

using namespace Open311;

namespace {

QByteArray readSample(const QString& name)
{
    QFile file(QStringLiteral(OPEN311_TEST_DATA "/v2/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", qPrintable(name));
    return file.readAll();
}

// What the list reads as through QJsonDocument: the reading that defines the answer.
std::optional<ServiceList> throughDocument(const QByteArray& json)
{
    QJsonDocument document;
    if (V2Json::read(json, V2Codec::kServices, document))
        return std::nullopt;
    ServiceList services;
    if (V2Json::readServices(document, json, services))
        return std::nullopt;
    return services;
}

// The scanner may decline anything, but what it reads must be what QJsonDocument reads.
void checkAgainstDocument(const QByteArray& json)
{
    ServiceList scanned;
    if (!V2Json::scanServices(json, scanned))
        return;
    const std::optional<ServiceList> expected = throughDocument(json);
    if (!expected)
        QFAIL(qPrintable(QStringLiteral("accepted what QJsonDocument refuses: ")
            + QString::fromUtf8(json.left(300).toPercentEncoding(" {}[]\":,"))));
    QCOMPARE(scanned, *expected);
}

// Every XML service list of the captures, written out as JSON: real names, groups and UTF-8.
QList<QByteArray> capturedListsAsJson(qsizetype limit = -1)
{
    QList<QByteArray> documents;
    const QStringList files = QDir(QStringLiteral(OPEN311_TEST_DATA "/v2"))
                                  .entryList({ QStringLiteral("*.xml") }, QDir::Files);
    for (const QString& file : files) {
        const Result<ServiceList> services = V2Codec::parseServiceList(readSample(file));
        if (!services.ok() || services.value().isEmpty())
            continue;
        QJsonArray array;
        for (const Service& service : services.value().mid(0, limit)) {
            QJsonObject object { { QStringLiteral("service_code"), service.code },
                { QStringLiteral("service_name"), service.name },
                { QStringLiteral("description"), service.description },
                { QStringLiteral("metadata"), service.metadata },
                { QStringLiteral("type"), service.type },
                { QStringLiteral("keywords"), service.keywords.join(QLatin1Char(',')) },
                { QStringLiteral("group"), service.group } };
            if (!service.groups.isEmpty())
                object.insert(QStringLiteral("groups"), QJsonArray::fromStringList(service.groups));
            array.append(object);
        }
        documents.append(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
    return documents;
}

// Hand-made lists with what the fast path has to get right: escapes, surrogate pairs, nesting
// in unknown fields, padding, flags as strings, keyword arrays.
const char* const kTricky[] = {
    R"([{"service_code":"001","service_name":"Caf\u00e9 \"Ost\"","description":"a\/b\\c\n\td",)"
    R"("metadata":"true","type":"realtime","keywords":[" deep ",null,"",{"x":1},"hole"],)"
    R"("group":"Stra\u00dfe","x":{"a":[1,-2.5,0,true,false,null,{"b":"\ud83d\ude00"}]}}])",
    "[ {\"service_code\" : \"a\" } , {\"service_code\":\"b\",\"groups\":[\"G1\",\"G2\"]} ]\r\n",
    "[{\"service_code\":\"  x  \",\"service_name\":null,\"metadata\":false,\"keywords\":\"a, b\"}]",
    "[{\"service_code\":\"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\",\"description\":"
    "\"\\ud83d\\ude00\"}]",
    "[]",
    "  [\n]  ",
};

} // namespace

class JsonScannerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainListsAreScannedAsTheDocumentReadsThem()
    {
        QList<QByteArray> documents = capturedListsAsJson();
        QVERIFY2(documents.size() >= 4, "the captures hold at least four XML service lists");
        documents.append(readSample(QStringLiteral("bensheldon-open311status__service_list.json")));
        for (const char* tricky : kTricky)
            documents.append(QByteArray(tricky));
        for (const QByteArray& json : documents) {
            ServiceList scanned;
            QVERIFY2(V2Json::scanServices(json, scanned), json.left(200).constData());
            const std::optional<ServiceList> expected = throughDocument(json);
            QVERIFY(expected);
            QCOMPARE(scanned, *expected);
        }
    }

    void escapesAreDecoded()
    {
        ServiceList services;
        QVERIFY(V2Json::scanServices(kTricky[0], services));
        QCOMPARE(services.size(), 1);
        QCOMPARE(services[0].name, QString::fromUtf8("Caf\xC3\xA9 \"Ost\""));
        QCOMPARE(services[0].description, QStringLiteral("a/b\\c\n\td"));
        QCOMPARE(services[0].group,
            QString::fromUtf8("Stra\xC3\x9F"
                              "e"));
        QCOMPARE(
            services[0].keywords, QStringList({ QStringLiteral("deep"), QStringLiteral("hole") }));
        QCOMPARE(services[0].metadata, true);
        QVERIFY(V2Json::scanServices(kTricky[3], services));
        QCOMPARE(services[0].description, QString::fromUtf8("\xF0\x9F\x98\x80"));
    }

    // Each is declined, so that QJsonDocument gives the answer or the error.
    void unusualDocumentsAreDeclined_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("leading zero") << QByteArray(R"([{"service_code":001}])");
        QTest::newRow("number code") << QByteArray(R"([{"service_code":1}])");
        QTest::newRow("exponent") << QByteArray(R"([{"service_code":"a","n":1e400}])");
        QTest::newRow("trailing comma") << QByteArray(R"([{"service_code":"a"},])");
        QTest::newRow("member comma") << QByteArray(R"([{"service_code":"a",}])");
        QTest::newRow("cut short") << QByteArray(R"([{"service_code":"a")");
        QTest::newRow("garbage after") << QByteArray(R"([{"service_code":"a"}] x)");
        QTest::newRow("lone surrogate") << QByteArray(R"([{"service_code":"\ud83d"}])");
        QTest::newRow("low surrogate") << QByteArray(R"([{"service_code":"\ude00"}])");
        QTest::newRow("nul escape") << QByteArray(R"([{"service_code":"a\u0000"}])");
        QTest::newRow("bad escape") << QByteArray(R"([{"service_code":"a\x"}])");
        QTest::newRow("control") << QByteArray("[{\"service_code\":\"a\tb\"}]");
        QTest::newRow("overlong") << QByteArray("[{\"service_code\":\"\xC0\xAF\"}]");
        QTest::newRow("surrogate utf8") << QByteArray("[{\"service_code\":\"\xED\xA0\x80\"}]");
        QTest::newRow("beyond unicode") << QByteArray("[{\"service_code\":\"\xF4\x90\x80\x80\"}]");
        QTest::newRow("noncharacter") << QByteArray("[{\"service_code\":\"\xEF\xBF\xBE\"}]");
        QTest::newRow("escaped key") << QByteArray(R"([{"service\u005fcode":"a"}])");
        QTest::newRow("twice") << QByteArray(R"([{"service_code":"a","service_code":"b"}])");
        QTest::newRow("error") << QByteArray(R"([{"code":403,"description":"Invalid api_key"}])");
        QTest::newRow("requests") << QByteArray(
            R"([{"service_request_id":"1","service_code":"a"}])");
        QTest::newRow("no code") << QByteArray(R"([{"service_name":"a"}])");
        QTest::newRow("object") << QByteArray(R"({"service_code":"a"})");
        QTest::newRow("not an object") << QByteArray(R"(["a"])");
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF[]");
        QByteArray deep = "[{\"service_code\":\"a\",\"x\":";
        deep += QByteArray(40, '[') + QByteArray(40, ']') + "}]";
        QTest::newRow("deep") << deep;
    }

    void unusualDocumentsAreDeclined()
    {
        QFETCH(QByteArray, json);
        Service kept;
        kept.code = QStringLiteral("kept");
        ServiceList services { kept };
        QVERIFY(!V2Json::scanServices(json, services));
        QCOMPARE(services.size(), 1);
        QCOMPARE(services[0].code, QStringLiteral("kept"));
        // And the codec still answers as before, through QJsonDocument.
        const Result<ServiceList> parsed = V2Codec::parseServiceList(json);
        const std::optional<ServiceList> expected = throughDocument(json);
        QCOMPARE(parsed.ok(), expected.has_value());
        if (expected)
            QCOMPARE(parsed.value(), *expected);
    }

    // Random damage to valid lists: whatever the scanner accepts, QJsonDocument reads the same.
    void damagedListsNeverReadDifferently()
    {
        QList<QByteArray> seeds = capturedListsAsJson(3);
        for (const char* tricky : kTricky)
            seeds.append(QByteArray(tricky));
        QRandomGenerator random(20261202);
        const char alphabet[] = "[]{},:\"\\u0019aeE.-+ \xC3\xA9\xED\xF4\x80\xBF";
        int accepted = 0;
        int cases = 0;
        for (const QByteArray& seed : seeds) {
            const QByteArray& sample = seed;
            for (int round = 0; round < 1500; ++round) {
                QByteArray json = sample;
                const int edits = 1 + random.bounded(3);
                for (int e = 0; e < edits && !json.isEmpty(); ++e) {
                    const int at = random.bounded(int(json.size()));
                    const char c = alphabet[random.bounded(int(sizeof alphabet - 1))];
                    switch (random.bounded(3)) {
                    case 0:
                        json[at] = c;
                        break;
                    case 1:
                        json.insert(at, c);
                        break;
                    default:
                        json.remove(at, 1 + random.bounded(3));
                        break;
                    }
                }
                ++cases;
                ServiceList scanned;
                if (V2Json::scanServices(json, scanned))
                    ++accepted;
                checkAgainstDocument(json);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        // The damage must leave some lists valid, or this test would prove nothing.
        QVERIFY2(
            accepted > cases / 50, qPrintable(QStringLiteral("%1 of %2").arg(accepted).arg(cases)));
    }

    void scannerSkipsEveryKindOfValue()
    {
        JsonScanner json(R"( {"a":[1,-0.5,true,false,null,"s",{"b":{}}],"c":[]} )");
        QVERIFY(json.skipValue());
        QVERIFY(json.atEnd());
        JsonScanner cut(R"({"a":[1,)");
        QVERIFY(!cut.skipValue());
        QVERIFY(!cut.ok());
    }
};

QTEST_GUILESS_MAIN(JsonScannerTest)
#include "json_scanner_test.moc"
