#include "sandbox/SandboxCity.h"
#include "sandbox/SandboxServer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QXmlStreamReader>

using namespace Open311;

namespace {

struct Raw
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

const QByteArray kJsonType = "application/json; charset=utf-8";
const QByteArray kXmlType = "text/xml; charset=utf-8";
const QString kKey = QStringLiteral("training-key");

// Every <item> of an XML answer, as the texts of its child elements by name; a child with
// elements of its own gets the texts of all of them, joined by '|'.
QList<QMap<QString, QString>> xmlItems(const QByteArray& xml, const QString& item)
{
    QList<QMap<QString, QString>> items;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement() || reader.name() != item)
            continue;
        QMap<QString, QString> fields;
        QString field;
        QStringList texts;
        int depth = 0;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement()) {
                if (depth == 0) {
                    field = reader.name().toString();
                    texts.clear();
                }
                ++depth;
            } else if (reader.isCharacters() && depth > 0 && !reader.isWhitespace()) {
                texts.append(reader.text().toString().trimmed());
            } else if (reader.isEndElement()) {
                if (depth == 0)
                    break;
                if (--depth == 0)
                    fields.insert(field, texts.join(QLatin1Char('|')));
            }
        }
        items.append(fields);
    }
    return items;
}

QString xmlRoot(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    return reader.readNextStartElement() ? reader.name().toString() : QString();
}

QStringList xmlTexts(const QByteArray& xml, const QString& name)
{
    QStringList texts;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == name)
            texts.append(reader.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    return texts;
}

QJsonArray jsonArray(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        qWarning("not a JSON array: %s", body.constData());
    return document.array();
}

QJsonObject jsonObject(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("not a JSON object: %s", body.constData());
    return document.object();
}

// The form a client posts: names and values percent-encoded, brackets included.
QByteArray form(const QList<QPair<QString, QString>>& fields)
{
    QByteArrayList pairs;
    for (const auto& field : fields)
        pairs << QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    return pairs.join('&');
}

QString isoUtc(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODate);
}

} // namespace

class SandboxV2Test : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    Raw send(const QByteArray& method, const QUrl& url, const QByteArray& body = QByteArray(),
        const QByteArray& contentType = "application/x-www-form-urlencoded", int timeoutMs = 15000)
    {
        QNetworkRequest request(url);
        request.setAttribute(
            QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        request.setTransferTimeout(timeoutMs);
        QNetworkReply* reply = nullptr;
        if (method == "GET") {
            reply = m_network.get(request);
        } else if (method == "POST") {
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
            reply = m_network.post(request, body);
        } else {
            reply = m_network.sendCustomRequest(request, method);
        }
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(timeoutMs + 5000))
            qFatal("no answer from the training city");
        Raw raw;
        raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        raw.body = reply->readAll();
        raw.contentType = reply->rawHeader("Content-Type");
        raw.error = reply->error();
        reply->deleteLater();
        return raw;
    }

    Raw get(const SandboxServer& server, const QString& path, const QString& query = QString())
    {
        return send("GET", v2Url(server, path, query));
    }

    Raw post(const SandboxServer& server, const QString& format, const QByteArray& body)
    {
        return send("POST", v2Url(server, QStringLiteral("requests.") + format), body);
    }

    static QUrl v2Url(const SandboxServer& server, const QString& path, const QString& query = {})
    {
        QUrl url = server.v2EndpointUrl();
        url.setPath(url.path() + path);
        if (!query.isEmpty())
            url.setQuery(query);
        return url;
    }

    static QUrl v1Url(const SandboxServer& server, const QString& method, const QUrlQuery& query)
    {
        QUrl url = server.endpointUrl();
        url.setPath(url.path() + method);
        url.setQuery(query);
        return url;
    }

    static QList<QPair<QString, QString>> pothole()
    {
        return { { QStringLiteral("api_key"), kKey },
            { QStringLiteral("jurisdiction_id"), QStringLiteral("sandbox.example") },
            { QStringLiteral("service_code"), QStringLiteral("021") },
            { QStringLiteral("lat"), QStringLiteral("40.0012") },
            { QStringLiteral("long"), QStringLiteral("-100.0015") },
            { QStringLiteral("description"), QStringLiteral("Deep <hole> & \"water\"") },
            { QStringLiteral("attribute[size]"), QStringLiteral("large") },
            { QStringLiteral("attribute[depth_cm]"), QStringLiteral("12.5") },
            { QStringLiteral("attribute[noticed]"), QStringLiteral("2026-11-30T08:30:00Z") } };
    }

    // A pothole filed through v2 in JSON; its id.
    QString filePothole(const SandboxServer& server)
    {
        const Raw raw = post(server, QStringLiteral("json"), form(pothole()));
        if (raw.status != 200)
            qWarning("POST failed: %d %s", raw.status, raw.body.constData());
        return jsonArray(raw.body)
            .at(0)
            .toObject()
            .value(QStringLiteral("service_request_id"))
            .toString();
    }

    QString v1Create(const SandboxServer& server)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("api_key"), kKey);
        query.addQueryItem(QStringLiteral("city_id"), QStringLiteral("sandbox.example"));
        query.addQueryItem(QStringLiteral("service_code"), QStringLiteral("006"));
        query.addQueryItem(QStringLiteral("lat"), QStringLiteral("40.002"));
        query.addQueryItem(QStringLiteral("lon"), QStringLiteral("-100.002"));
        query.addQueryItem(QStringLiteral("description"), QStringLiteral("Filed through v1"));
        const Raw raw = send("GET", v1Url(server, QStringLiteral("create_request"), query));
        const QStringList ids = xmlTexts(raw.body, QStringLiteral("service_request_id"));
        return ids.isEmpty() ? QString() : ids.first();
    }

    QJsonObject v2Request(const SandboxServer& server, const QString& id)
    {
        return jsonArray(get(server, QStringLiteral("requests/%1.json").arg(id)).body)
            .at(0)
            .toObject();
    }

    // 2026-12-01T14:30:00+01:00, as the spec's examples write them.
    static bool isIsoWithOffset(const QString& text)
    {
        static const QRegularExpression shape(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d$"));
        return shape.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODate).isValid();
    }

    QString idOfToken(const SandboxServer& server, const QString& token)
    {
        return jsonArray(get(server, QStringLiteral("tokens/%1.json").arg(token)).body)
            .at(0)
            .toObject()
            .value(QStringLiteral("service_request_id"))
            .toString();
    }

private Q_SLOTS:
    void discoveryInBothFormats()
    {
        SandboxServer server({});
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        const QString v2 = server.v2EndpointUrl().toString();
        QVERIFY(v2.endsWith(QLatin1String("/dev/v2/")));

        const Raw json = get(server, QStringLiteral("discovery.json"));
        QCOMPARE(json.status, 200);
        QCOMPARE(json.contentType, kJsonType);
        const QJsonObject document = jsonObject(json.body);
        QVERIFY(!document.value(QStringLiteral("changeset")).toString().isEmpty());
        QVERIFY(!document.value(QStringLiteral("contact")).toString().isEmpty());
        QVERIFY(document.value(QStringLiteral("key_service")).toString().contains(kKey));
        const QJsonArray endpoints = document.value(QStringLiteral("endpoints")).toArray();
        QCOMPARE(endpoints.size(), 3);
        QSet<QString> v2Types;
        for (const QJsonValue& value : endpoints) {
            const QJsonObject endpoint = value.toObject();
            const QString specification
                = endpoint.value(QStringLiteral("specification")).toString();
            QVERIFY(!endpoint.value(QStringLiteral("changeset")).toString().isEmpty());
            QStringList formats;
            for (const QJsonValue& format : endpoint.value(QStringLiteral("formats")).toArray())
                formats << format.toString();
            if (specification == QLatin1String("http://wiki.open311.org/GeoReport_v2")) {
                QCOMPARE(endpoint.value(QStringLiteral("url")).toString(), v2);
                QCOMPARE(formats,
                    QStringList(
                        { QStringLiteral("text/xml"), QStringLiteral("application/json") }));
                v2Types.insert(endpoint.value(QStringLiteral("type")).toString());
            } else {
                QCOMPARE(specification, QStringLiteral("http://wiki.open311.org/GeoReport_v1"));
                QCOMPARE(endpoint.value(QStringLiteral("url")).toString(),
                    server.endpointUrl().toString());
                QCOMPARE(formats, QStringList({ QStringLiteral("text/xml") }));
            }
        }
        QCOMPARE(v2Types, QSet<QString>({ QStringLiteral("production"), QStringLiteral("test") }));

        const Raw xml = get(server, QStringLiteral("discovery.xml"));
        QCOMPARE(xml.status, 200);
        QCOMPARE(xml.contentType, kXmlType);
        QCOMPARE(xmlRoot(xml.body), QStringLiteral("discovery"));
        const QList<QMap<QString, QString>> entries
            = xmlItems(xml.body, QStringLiteral("endpoint"));
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].value(QStringLiteral("url")), v2);
        QCOMPARE(entries[0].value(QStringLiteral("type")), QStringLiteral("production"));
        QCOMPARE(entries[0].value(QStringLiteral("formats")),
            QStringLiteral("text/xml|application/json"));
        QCOMPARE(entries[1].value(QStringLiteral("type")), QStringLiteral("test"));
        QCOMPARE(xmlTexts(xml.body, QStringLiteral("key_service")).size(), 1);

        // The URL follows the Host the client used.
        QNetworkRequest request(v2Url(server, QStringLiteral("discovery.json")));
        request.setRawHeader("Host", "city.example:8080");
        QNetworkReply* reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(15000));
        const QJsonObject forwarded = jsonObject(reply->readAll());
        reply->deleteLater();
        QCOMPARE(forwarded.value(QStringLiteral("endpoints"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("url"))
                     .toString(),
            QStringLiteral("http://city.example:8080/dev/v2/"));
    }

    void servicesInBothFormats()
    {
        SandboxServer server({});
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        const QString query = QStringLiteral("jurisdiction_id=sandbox.example");

        const Raw json = get(server, QStringLiteral("services.json"), query);
        QCOMPARE(json.status, 200);
        QCOMPARE(json.contentType, kJsonType);
        const QJsonArray services = jsonArray(json.body);
        QCOMPARE(services.size(), 33);
        QHash<QString, QJsonObject> byCode;
        for (const QJsonValue& value : services)
            byCode.insert(value.toObject().value(QStringLiteral("service_code")).toString(),
                value.toObject());
        const QJsonObject pothole = byCode.value(QStringLiteral("021"));
        QCOMPARE(pothole.value(QStringLiteral("service_name")).toString(),
            QStringLiteral("Pothole in Street"));
        QVERIFY(!pothole.value(QStringLiteral("description")).toString().isEmpty());
        QCOMPARE(pothole.value(QStringLiteral("metadata")), QJsonValue(true));
        QCOMPARE(pothole.value(QStringLiteral("type")).toString(), QStringLiteral("realtime"));
        QVERIFY(pothole.value(QStringLiteral("keywords")).toString().contains(u"pothole"));
        QCOMPARE(pothole.value(QStringLiteral("group")).toString(), QStringLiteral("street"));
        QCOMPARE(byCode.value(QStringLiteral("001")).value(QStringLiteral("metadata")),
            QJsonValue(false));
        QCOMPARE(byCode.value(QStringLiteral("016")).value(QStringLiteral("type")).toString(),
            QStringLiteral("batch"));
        int withMetadata = 0;
        for (const QJsonObject& service : std::as_const(byCode))
            withMetadata += service.value(QStringLiteral("metadata")).toBool() ? 1 : 0;
        QVERIFY(withMetadata >= 3);

        // The same without a key or jurisdiction, which a single-city server may leave out.
        const Raw xml = get(server, QStringLiteral("services.xml"));
        QCOMPARE(xml.status, 200);
        QCOMPARE(xml.contentType, kXmlType);
        QCOMPARE(xmlRoot(xml.body), QStringLiteral("services"));
        const QList<QMap<QString, QString>> items = xmlItems(xml.body, QStringLiteral("service"));
        QCOMPARE(items.size(), 33);
        for (const QMap<QString, QString>& item : items) {
            const QJsonObject same = byCode.value(item.value(QStringLiteral("service_code")));
            QCOMPARE(item.value(QStringLiteral("service_name")),
                same.value(QStringLiteral("service_name")).toString());
            QCOMPARE(item.value(QStringLiteral("metadata")),
                same.value(QStringLiteral("metadata")).toBool() ? QStringLiteral("true")
                                                                : QStringLiteral("false"));
            QCOMPARE(
                item.value(QStringLiteral("type")), same.value(QStringLiteral("type")).toString());
            QCOMPARE(item.value(QStringLiteral("group")),
                same.value(QStringLiteral("group")).toString());
        }

        // v1's service_list is what it was: three attributes per service, nothing of v2's.
        QUrlQuery v1;
        v1.addQueryItem(QStringLiteral("api_key"), kKey);
        v1.addQueryItem(QStringLiteral("city_id"), QStringLiteral("sandbox.example"));
        const Raw list = send("GET", v1Url(server, QStringLiteral("service_list"), v1));
        QCOMPARE(list.status, 200);
        QVERIFY(!list.body.contains("keywords"));
        QVERIFY(!list.body.contains("batch"));
    }

    // Asked for a language it names its services in, the training city answers in it, as
    // Helsinki's server does; any other locale gets its own English.
    void servicesInTheAskedLocale()
    {
        SandboxServer server({});
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        QCOMPARE(server.catalogue().locales(), QStringList { QStringLiteral("es") });
        const auto names = [this, &server](const QString& query) {
            QHash<QString, QString> byCode;
            for (const QJsonValue& value :
                jsonArray(get(server, QStringLiteral("services.json"), query).body)) {
                byCode.insert(value.toObject().value(QStringLiteral("service_code")).toString(),
                    value.toObject().value(QStringLiteral("service_name")).toString());
            }
            return byCode;
        };
        const QHash<QString, QString> spanish = names(QStringLiteral("locale=es"));
        QCOMPARE(spanish.size(), 33);
        QCOMPARE(spanish.value(QStringLiteral("021")), QStringLiteral("Bache en la calle"));
        QCOMPARE(spanish.value(QStringLiteral("006")), QStringLiteral("\u00c1rbol da\u00f1ado"));
        QCOMPARE(names(QStringLiteral("locale=es_MX")), spanish);
        const QHash<QString, QString> english = names(QString());
        QCOMPARE(english.value(QStringLiteral("021")), QStringLiteral("Pothole in Street"));
        QCOMPARE(names(QStringLiteral("locale=fr")), english);
        QCOMPARE(names(QStringLiteral("locale=en")), english);
        const QList<QMap<QString, QString>> items = xmlItems(
            get(server, QStringLiteral("services.xml"), QStringLiteral("locale=es")).body,
            QStringLiteral("service"));
        QCOMPARE(items.size(), 33);
        for (const QMap<QString, QString>& item : items)
            QCOMPARE(item.value(QStringLiteral("service_name")),
                spanish.value(item.value(QStringLiteral("service_code"))));
        // Its groups too, by which the list is headed.
        const QMap<QString, QString> pothole
            = *std::find_if(items.cbegin(), items.cend(), [](const QMap<QString, QString>& item) {
                  return item.value(QStringLiteral("service_code")) == u"021";
              });
        QCOMPARE(pothole.value(QStringLiteral("group")), QStringLiteral("calles"));
    }

    void definitionsUseEveryDatatype()
    {
        SandboxServer server({});
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        QSet<QString> datatypes;
        QSet<bool> required;
        bool informational = false;
        for (const Service& service : server.catalogue().services()) {
            if (!service.metadata)
                continue;
            const Raw json = get(server, QStringLiteral("services/%1.json").arg(service.code));
            QCOMPARE(json.status, 200);
            QCOMPARE(json.contentType, kJsonType);
            const QJsonObject definition = jsonObject(json.body);
            QCOMPARE(definition.value(QStringLiteral("service_code")).toString(), service.code);
            int lastOrder = -1;
            for (const QJsonValue& value :
                definition.value(QStringLiteral("attributes")).toArray()) {
                const QJsonObject attribute = value.toObject();
                const QString datatype = attribute.value(QStringLiteral("datatype")).toString();
                QVERIFY(!attribute.value(QStringLiteral("code")).toString().isEmpty());
                QVERIFY(!attribute.value(QStringLiteral("description")).toString().isEmpty());
                QVERIFY(attribute.value(QStringLiteral("variable")).isBool());
                QVERIFY(attribute.value(QStringLiteral("required")).isBool());
                QVERIFY(attribute.contains(QStringLiteral("datatype_description")));
                const int order = attribute.value(QStringLiteral("order")).toInt(-1);
                QVERIFY(order >= lastOrder);
                lastOrder = order;
                const QJsonArray values = attribute.value(QStringLiteral("values")).toArray();
                if (datatype.endsWith(QLatin1String("valuelist"))) {
                    QVERIFY(!values.isEmpty());
                    for (const QJsonValue& entry : values) {
                        QVERIFY(
                            !entry.toObject().value(QStringLiteral("key")).toString().isEmpty());
                        QVERIFY(
                            !entry.toObject().value(QStringLiteral("name")).toString().isEmpty());
                    }
                }
                if (!attribute.value(QStringLiteral("variable")).toBool()) {
                    informational = true;
                    continue;
                }
                datatypes.insert(datatype);
                required.insert(attribute.value(QStringLiteral("required")).toBool());
            }
        }
        QCOMPARE(datatypes,
            QSet<QString>({ QStringLiteral("string"), QStringLiteral("number"),
                QStringLiteral("datetime"), QStringLiteral("text"),
                QStringLiteral("singlevaluelist"), QStringLiteral("multivaluelist") }));
        QCOMPARE(required, QSet<bool>({ true, false }));
        QVERIFY(informational);

        const Raw xml = get(server, QStringLiteral("services/021.xml"),
            QStringLiteral("jurisdiction_id=sandbox.example"));
        QCOMPARE(xml.status, 200);
        QCOMPARE(xml.contentType, kXmlType);
        QCOMPARE(xmlRoot(xml.body), QStringLiteral("service_definition"));
        QCOMPARE(xmlTexts(xml.body, QStringLiteral("service_code")),
            QStringList({ QStringLiteral("021") }));
        const QList<QMap<QString, QString>> attributes
            = xmlItems(xml.body, QStringLiteral("attribute"));
        QVERIFY(attributes.size() >= 3);
        QMap<QString, QString> size;
        for (const QMap<QString, QString>& attribute : attributes) {
            if (attribute.value(QStringLiteral("code")) == u"size")
                size = attribute;
        }
        QCOMPARE(size.value(QStringLiteral("datatype")), QStringLiteral("singlevaluelist"));
        QCOMPARE(size.value(QStringLiteral("required")), QStringLiteral("true"));
        QCOMPARE(size.value(QStringLiteral("variable")), QStringLiteral("true"));
        QVERIFY(size.value(QStringLiteral("values")).startsWith(QLatin1String("small|")));
        QCOMPARE(attributes[0].value(QStringLiteral("variable")), QStringLiteral("false"));
    }

    void everyErrorWithItsStatus_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<int>("status");
        const QString place = QStringLiteral("&lat=40&long=-100");
        const QString key = QStringLiteral("api_key=training-key&service_code=");
        QTest::newRow("POST without a key") << QByteArray("POST") << "requests"
                                            << "service_code=006&lat=40&long=-100" << 403;
        QTest::newRow("POST with a wrong key") << QByteArray("POST") << "requests"
                                               << "api_key=nope&service_code=006" + place << 403;
        QTest::newRow("GET with a wrong key") << QByteArray("GET") << "services"
                                              << "api_key=nope" << 403;
        QTest::newRow("services of another jurisdiction")
            << QByteArray("GET") << "services"
            << "jurisdiction_id=elsewhere.example" << 404;
        QTest::newRow("POST to another jurisdiction")
            << QByteArray("POST") << "requests"
            << "api_key=training-key&jurisdiction_id=elsewhere&service_code=001" + place << 404;
        QTest::newRow("POST without service_code") << QByteArray("POST") << "requests"
                                                   << "api_key=training-key" + place << 400;
        QTest::newRow("POST to an unknown service")
            << QByteArray("POST") << "requests" << key + "999" + place << 404;
        QTest::newRow("definition of an unknown service")
            << QByteArray("GET") << "services/999" << QString() << 404;
        QTest::newRow("definition of a service without metadata")
            << QByteArray("GET") << "services/001" << QString() << 404;
        QTest::newRow("required attribute missing")
            << QByteArray("POST") << "requests" << key + "021" + place << 400;
        QTest::newRow("required multivaluelist missing")
            << QByteArray("POST") << "requests"
            << key + "015" + place + "&attribute[started]=2026-11-30T08:00:00Z" << 400;
        QTest::newRow("required attribute blank")
            << QByteArray("POST") << "requests" << key + "021" + place + "&attribute[size]=" << 400;
        QTest::newRow("value not in the list")
            << QByteArray("POST") << "requests" << key + "021" + place + "&attribute[size]=huge"
            << 400;
        QTest::newRow("number that is not one")
            << QByteArray("POST") << "requests"
            << key + "021" + place + "&attribute[size]=small&attribute[depth_cm]=deep" << 400;
        QTest::newRow("datetime that is not one")
            << QByteArray("POST") << "requests"
            << key + "015" + place + "&attribute[items][]=tyres&attribute[started]=yesterday"
            << 400;
        QTest::newRow("unknown attribute") << QByteArray("POST") << "requests"
                                           << key + "006" + place + "&attribute[colour]=red" << 400;
        QTest::newRow("informational attribute sent")
            << QByteArray("POST") << "requests"
            << key + "021" + place + "&attribute[size]=small&attribute[danger]=yes" << 400;
        QTest::newRow("two values for a singlevaluelist")
            << QByteArray("POST") << "requests"
            << key + "021" + place + "&attribute[size][]=small&attribute[size][]=large" << 400;
        QTest::newRow("malformed attribute name")
            << QByteArray("POST") << "requests" << key + "001" + place + "&attribute[size=small"
            << 400;
        QTest::newRow("no location") << QByteArray("POST") << "requests" << key + "001" << 400;
        QTest::newRow("lat without long")
            << QByteArray("POST") << "requests" << key + "001&lat=40" << 400;
        QTest::newRow("lat out of range")
            << QByteArray("POST") << "requests" << key + "001&lat=91&long=0" << 400;
        QTest::newRow("description too long")
            << QByteArray("POST") << "requests"
            << key + "001" + place + "&description=" + QString(4001, QLatin1Char('x')) << 400;
        QTest::newRow("unknown request id")
            << QByteArray("GET") << "requests/999999" << QString() << 404;
        QTest::newRow("padded request id")
            << QByteArray("GET") << "requests/0100001" << QString() << 404;
        QTest::newRow("unknown token") << QByteArray("GET") << "tokens/nope" << QString() << 404;
        QTest::newRow("window over 90 days")
            << QByteArray("GET") << "requests"
            << "start_date=2026-01-01T00:00:00Z&end_date=2026-04-02T00:00:00Z" << 400;
        QTest::newRow("window ending before it starts")
            << QByteArray("GET") << "requests"
            << "start_date=2026-02-01T00:00:00Z&end_date=2026-01-01T00:00:00Z" << 400;
        QTest::newRow("start_date not ISO 8601") << QByteArray("GET") << "requests"
                                                 << "start_date=last%20week" << 400;
        QTest::newRow("unknown status") << QByteArray("GET") << "requests"
                                        << "status=pending" << 400;
        QTest::newRow("page 0") << QByteArray("GET") << "requests"
                                << "page=0" << 400;
        QTest::newRow("page_size not a number") << QByteArray("GET") << "requests"
                                                << "page_size=many" << 400;
        QTest::newRow("GET requests of another jurisdiction") << QByteArray("GET") << "requests"
                                                              << "jurisdiction_id=elsewhere" << 404;
        QTest::newRow("unknown method") << QByteArray("GET") << "complaints" << QString() << 404;
        QTest::newRow("DELETE a request") << QByteArray("DELETE") << "requests" << QString() << 405;
        QTest::newRow("POST to services") << QByteArray("POST") << "services" << QString() << 405;
    }

    // The spec's errors document, with the HTTP status as its code, in both formats.
    void everyErrorWithItsStatus()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, arguments);
        QFETCH(int, status);
        SandboxServer server({});
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        for (const QString& format : { QStringLiteral("json"), QStringLiteral("xml") }) {
            const QUrl url = v2Url(
                server, path + QLatin1Char('.') + format, method == "GET" ? arguments : QString());
            const Raw raw = send(method, url, method == "POST" ? arguments.toUtf8() : QByteArray());
            QCOMPARE(raw.status, status);
            if (format == u"json") {
                QCOMPARE(raw.contentType, kJsonType);
                const QJsonArray errors = jsonArray(raw.body);
                QCOMPARE(errors.size(), 1);
                const QJsonObject first = errors.at(0).toObject();
                QCOMPARE(first.value(QStringLiteral("code")).toInt(), status);
                QVERIFY(!first.value(QStringLiteral("description")).toString().isEmpty());
            } else {
                QCOMPARE(raw.contentType, kXmlType);
                QCOMPARE(xmlRoot(raw.body), QStringLiteral("errors"));
                const QList<QMap<QString, QString>> errors
                    = xmlItems(raw.body, QStringLiteral("error"));
                QCOMPARE(errors.size(), 1);
                QCOMPARE(errors[0].value(QStringLiteral("code")).toInt(), status);
                QVERIFY(!errors[0].value(QStringLiteral("description")).isEmpty());
            }
        }
        // Nothing that failed was filed.
        QCOMPARE(server.store().count(), 0);
    }

    void errorsOutsideTheTable()
    {
        SandboxServer server({});
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        // No format: XML, which every v2 server must speak.
        Raw raw = get(server, QStringLiteral("services"));
        QCOMPARE(raw.status, 404);
        QCOMPARE(xmlRoot(raw.body), QStringLiteral("errors"));
        raw = get(server, QStringLiteral("services.csv"));
        QCOMPARE(raw.status, 404);
        // A body that is not a form.
        QByteArray body = form(pothole());
        raw = send("POST", v2Url(server, QStringLiteral("requests.json")), body,
            "multipart/form-data; boundary=x");
        QCOMPARE(raw.status, 400);
        QCOMPARE(jsonArray(raw.body).at(0).toObject().value(QStringLiteral("code")).toInt(), 400);
        // The error names the attribute.
        raw = post(server, QStringLiteral("json"),
            "api_key=training-key&service_code=021&lat=40&long=-100");
        QVERIFY(jsonArray(raw.body)
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("description"))
                    .toString()
                    .contains(QLatin1String("size")));
        // The spec's own text for a wrong key.
        raw = post(server, QStringLiteral("xml"), "api_key=nope&service_code=021");
        QCOMPARE(xmlTexts(raw.body, QStringLiteral("description")),
            QStringList({ QStringLiteral(
                "Invalid api_key received -- can't proceed with create_request.") }));
        QCOMPARE(server.store().count(), 0);
    }

    void postAndReadBackInBothFormats()
    {
        SandboxServer server({});
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));

        QList<QPair<QString, QString>> fields = pothole();
        fields << qMakePair(QStringLiteral("email"), QStringLiteral("zoe@example.org"))
               << qMakePair(QStringLiteral("first_name"), QStringLiteral("Zo\u00eb"))
               << qMakePair(QStringLiteral("last_name"), QStringLiteral("Park"))
               << qMakePair(QStringLiteral("phone"), QStringLiteral("+1 555 0100"))
               << qMakePair(QStringLiteral("device_id"), QStringLiteral("device-7"))
               << qMakePair(QStringLiteral("account_id"), QStringLiteral("acct-9"))
               << qMakePair(QStringLiteral("media_url"), QStringLiteral("http://x.example/1.jpg"));
        const Raw created = post(server, QStringLiteral("json"), form(fields));
        QCOMPARE(created.status, 200);
        QCOMPARE(created.contentType, kJsonType);
        const QJsonArray answer = jsonArray(created.body);
        QCOMPARE(answer.size(), 1);
        const QJsonObject entry = answer.at(0).toObject();
        const QString id = entry.value(QStringLiteral("service_request_id")).toString();
        QCOMPARE(id, QStringLiteral("100001"));
        QCOMPARE(entry.value(QStringLiteral("service_notice")).toString(),
            server.catalogue().serviceLevelAgreement(QStringLiteral("021")));
        QCOMPARE(entry.value(QStringLiteral("account_id")).toString(), QStringLiteral("acct-9"));
        QVERIFY(!entry.contains(QStringLiteral("token")));

        const std::optional<SandboxStore::Request> stored = server.store().find(id);
        QVERIFY(stored);
        QCOMPARE(stored->request.description, QStringLiteral("Deep <hole> & \"water\""));
        QCOMPARE(stored->request.email, QStringLiteral("zoe@example.org"));
        QCOMPARE(stored->request.firstName, QStringLiteral("Zo\u00eb"));
        QCOMPARE(stored->request.phone, QStringLiteral("+1 555 0100"));
        QCOMPARE(stored->request.deviceId, QStringLiteral("device-7"));
        QCOMPARE(stored->request.mediaUrl, QStringLiteral("http://x.example/1.jpg"));
        QCOMPARE(stored->request.attributes.value(QStringLiteral("size")),
            QStringList({ QStringLiteral("large") }));
        QCOMPARE(stored->request.attributes.value(QStringLiteral("depth_cm")),
            QStringList({ QStringLiteral("12.5") }));
        QVERIFY(!stored->keyHash.contains(kKey.toUtf8()));

        const Raw one = get(server, QStringLiteral("requests/%1.json").arg(id));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.contentType, kJsonType);
        const QJsonArray listed = jsonArray(one.body);
        QCOMPARE(listed.size(), 1);
        const QJsonObject request = listed.at(0).toObject();
        QCOMPARE(request.value(QStringLiteral("service_request_id")).toString(), id);
        QCOMPARE(request.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(request.value(QStringLiteral("service_code")).toString(), QStringLiteral("021"));
        QCOMPARE(request.value(QStringLiteral("service_name")).toString(),
            QStringLiteral("Pothole in Street"));
        QCOMPARE(request.value(QStringLiteral("description")).toString(),
            QStringLiteral("Deep <hole> & \"water\""));
        QCOMPARE(request.value(QStringLiteral("service_notice")).toString(),
            server.catalogue().serviceLevelAgreement(QStringLiteral("021")));
        QCOMPARE(request.value(QStringLiteral("media_url")).toString(),
            QStringLiteral("http://x.example/1.jpg"));
        QVERIFY(request.value(QStringLiteral("lat")).isDouble());
        QVERIFY(qAbs(request.value(QStringLiteral("lat")).toDouble() - 40.0012) < 1e-9);
        QVERIFY(qAbs(request.value(QStringLiteral("long")).toDouble() + 100.0015) < 1e-9);
        // Completed from the city's map, as a real back-end would.
        QVERIFY(!request.value(QStringLiteral("address")).toString().isEmpty());
        for (const char* name : { "requested_datetime", "updated_datetime", "expected_datetime" }) {
            const QString text = request.value(QLatin1String(name)).toString();
            QVERIFY2(isIsoWithOffset(text), name);
        }
        const QDateTime requested = QDateTime::fromString(
            request.value(QStringLiteral("requested_datetime")).toString(), Qt::ISODate);
        QVERIFY(qAbs(requested.secsTo(QDateTime::currentDateTime())) < 60);
        QVERIFY(QDateTime::fromString(
                    request.value(QStringLiteral("expected_datetime")).toString(), Qt::ISODate)
            > requested);
        // Every field of the spec's example is there, even when it has nothing to say.
        for (const char* name : { "status_notes", "agency_responsible", "address_id", "zipcode" })
            QVERIFY2(request.contains(QLatin1String(name)), name);
        QVERIFY(request.value(QStringLiteral("zipcode")).isNull());

        // In XML, with an address instead of coordinates.
        const Raw xmlCreated = post(server, QStringLiteral("xml"),
            form({ { QStringLiteral("api_key"), kKey },
                { QStringLiteral("service_code"), QStringLiteral("006") },
                { QStringLiteral("address_string"), QStringLiteral("123 Oak Street") },
                { QStringLiteral("address_id"), QStringLiteral("A-77") },
                { QStringLiteral("attribute[cause]"), QStringLiteral("storm") } }));
        QCOMPARE(xmlCreated.status, 200);
        QCOMPARE(xmlCreated.contentType, kXmlType);
        QCOMPARE(xmlRoot(xmlCreated.body), QStringLiteral("service_requests"));
        const QList<QMap<QString, QString>> created2
            = xmlItems(xmlCreated.body, QStringLiteral("request"));
        QCOMPARE(created2.size(), 1);
        const QString id2 = created2[0].value(QStringLiteral("service_request_id"));
        QCOMPARE(id2, QStringLiteral("100002"));
        QVERIFY(!created2[0].value(QStringLiteral("service_notice")).isEmpty());
        QVERIFY(created2[0].contains(QStringLiteral("account_id")));

        const Raw xmlOne = get(server, QStringLiteral("requests/%1.xml").arg(id2));
        QCOMPARE(xmlOne.status, 200);
        QCOMPARE(xmlOne.contentType, kXmlType);
        QCOMPARE(xmlRoot(xmlOne.body), QStringLiteral("service_requests"));
        const QList<QMap<QString, QString>> items
            = xmlItems(xmlOne.body, QStringLiteral("request"));
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].value(QStringLiteral("service_request_id")), id2);
        QCOMPARE(items[0].value(QStringLiteral("status")), QStringLiteral("open"));
        QCOMPARE(items[0].value(QStringLiteral("service_code")), QStringLiteral("006"));
        QCOMPARE(items[0].value(QStringLiteral("address")), QStringLiteral("123 Oak Street"));
        QCOMPARE(items[0].value(QStringLiteral("address_id")), QStringLiteral("A-77"));
        QVERIFY(isIsoWithOffset(items[0].value(QStringLiteral("requested_datetime"))));
        // The city knows where its own addresses are.
        if (const std::optional<SandboxCity::Place> place
            = SandboxCity::locate(QStringLiteral("123 Oak Street")))
            QVERIFY(
                qAbs(items[0].value(QStringLiteral("lat")).toDouble() - place->latitude) < 1e-9);
        for (const char* name :
            { "status_notes", "service_name", "description", "agency_responsible", "service_notice",
                "updated_datetime", "expected_datetime", "zipcode", "long", "media_url" })
            QVERIFY2(items[0].contains(QLatin1String(name)), name);
    }

    void multivaluelistIsStored()
    {
        SandboxServer server({});
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        // Brackets as a browser sends them, and percent-encoded as QUrl does.
        const QByteArray body = "api_key=training-key&service_code=015&lat=40.001&long=-100.001"
                                "&attribute[items][]=furniture&attribute%5Bitems%5D%5B%5D=mattress"
                                "&attribute[started]=2026-11-30T08:00:00Z"
                                "&attribute[vehicle]=ABC+123&attribute[details]=Left+at+night";
        const Raw raw = post(server, QStringLiteral("json"), body);
        QCOMPARE(raw.status, 200);
        const QString id = jsonArray(raw.body)
                               .at(0)
                               .toObject()
                               .value(QStringLiteral("service_request_id"))
                               .toString();
        const std::optional<SandboxStore::Request> stored = server.store().find(id);
        QVERIFY(stored);
        const AttributeValues& attributes = stored->request.attributes;
        QCOMPARE(attributes.value(QStringLiteral("items")),
            QStringList({ QStringLiteral("furniture"), QStringLiteral("mattress") }));
        QCOMPARE(attributes.value(QStringLiteral("started")),
            QStringList({ QStringLiteral("2026-11-30T08:00:00Z") }));
        QCOMPARE(attributes.value(QStringLiteral("vehicle")),
            QStringList({ QStringLiteral("ABC 123") }));
        QCOMPARE(attributes.value(QStringLiteral("details")),
            QStringList({ QStringLiteral("Left at night") }));
        QCOMPARE(attributes.size(), 4);
        // An optional attribute left blank is not stored.
        const Raw blank = post(server, QStringLiteral("json"),
            "api_key=training-key&service_code=021&lat=40&long=-100&attribute[size]=small"
            "&attribute[depth_cm]=");
        QCOMPARE(blank.status, 200);
        const QString blankId = jsonArray(blank.body)
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("service_request_id"))
                                    .toString();
        QCOMPARE(server.store().find(blankId)->request.attributes.keys(),
            QStringList({ QStringLiteral("size") }));
    }

    void batchTokenBecomesAnId()
    {
        SandboxOptions options;
        options.batchDelaySeconds = 1.0;
        SandboxServer server(options);
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        const QByteArray body = form({ { QStringLiteral("api_key"), kKey },
            { QStringLiteral("service_code"), QStringLiteral("016") },
            { QStringLiteral("address_string"), QStringLiteral("123 Oak Street") },
            { QStringLiteral("attribute[work][]"), QStringLiteral("mowing") },
            { QStringLiteral("attribute[work][]"), QStringLiteral("trimming") } });
        const Raw json = post(server, QStringLiteral("json"), body);
        QCOMPARE(json.status, 200);
        const QJsonObject entry = jsonArray(json.body).at(0).toObject();
        const QString token = entry.value(QStringLiteral("token")).toString();
        QVERIFY(!token.isEmpty());
        QVERIFY(!entry.contains(QStringLiteral("service_request_id")));

        const Raw xml = post(server, QStringLiteral("xml"), body);
        QCOMPARE(xml.status, 200);
        const QStringList xmlTokens = xmlTexts(xml.body, QStringLiteral("token"));
        QCOMPARE(xmlTokens.size(), 1);
        QVERIFY(xmlTokens[0] != token);
        QVERIFY(xmlTexts(xml.body, QStringLiteral("service_request_id")).isEmpty());

        // Not yet: the token is known, its id empty.
        const Raw pending = get(server, QStringLiteral("tokens/%1.json").arg(token));
        QCOMPARE(pending.status, 200);
        QCOMPARE(pending.contentType, kJsonType);
        const QJsonObject waiting = jsonArray(pending.body).at(0).toObject();
        QCOMPARE(waiting.value(QStringLiteral("token")).toString(), token);
        QVERIFY(waiting.value(QStringLiteral("service_request_id")).toString().isEmpty());
        const Raw pendingXml = get(server, QStringLiteral("tokens/%1.xml").arg(xmlTokens[0]));
        QCOMPARE(pendingXml.status, 200);
        QCOMPARE(xmlRoot(pendingXml.body), QStringLiteral("service_requests"));
        const QList<QMap<QString, QString>> pendingItems
            = xmlItems(pendingXml.body, QStringLiteral("request"));
        QCOMPARE(pendingItems.size(), 1);
        QVERIFY(pendingItems[0].contains(QStringLiteral("service_request_id")));
        QVERIFY(pendingItems[0].value(QStringLiteral("service_request_id")).isEmpty());
        QCOMPARE(pendingItems[0].value(QStringLiteral("token")), xmlTokens[0]);
        // Nor does the listing show it before the batch ran.
        QCOMPARE(jsonArray(get(server, QStringLiteral("requests.json")).body).size(), 0);

        QString id;
        QTRY_VERIFY_WITH_TIMEOUT(!(id = idOfToken(server, token)).isEmpty(), 5000);
        const QJsonObject request = v2Request(server, id);
        QCOMPARE(request.value(QStringLiteral("service_code")).toString(), QStringLiteral("016"));
        QCOMPARE(server.store().find(id)->request.attributes.value(QStringLiteral("work")),
            QStringList({ QStringLiteral("mowing"), QStringLiteral("trimming") }));
        // The XML token turns into an id of its own, and reads the same in XML.
        QString other;
        QTRY_VERIFY_WITH_TIMEOUT(!(other = idOfToken(server, xmlTokens[0])).isEmpty(), 5000);
        QVERIFY(other != id);
        QCOMPARE(xmlTexts(get(server, QStringLiteral("tokens/%1.xml").arg(xmlTokens[0])).body,
                     QStringLiteral("service_request_id")),
            QStringList({ other }));
        QCOMPARE(jsonArray(get(server, QStringLiteral("requests.json")).body).size(), 2);
    }

    void versionsSeeEachOther()
    {
        SandboxServer server({});
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));

        // Filed through v1, listed by v2.
        const QString v1Id = v1Create(server);
        QVERIFY(!v1Id.isEmpty());
        const QJsonObject seen = v2Request(server, v1Id);
        QCOMPARE(seen.value(QStringLiteral("service_request_id")).toString(), v1Id);
        QCOMPARE(seen.value(QStringLiteral("service_code")).toString(), QStringLiteral("006"));
        QCOMPARE(seen.value(QStringLiteral("description")).toString(),
            QStringLiteral("Filed through v1"));
        QCOMPARE(seen.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QVERIFY(qAbs(seen.value(QStringLiteral("lat")).toDouble() - 40.002) < 1e-9);
        const QList<QMap<QString, QString>> xml
            = xmlItems(get(server, QStringLiteral("requests/%1.xml").arg(v1Id)).body,
                QStringLiteral("request"));
        QCOMPARE(xml.size(), 1);
        QCOMPARE(xml[0].value(QStringLiteral("service_request_id")), v1Id);

        // Filed through v2, followed by v1's status_update with the same key.
        const QString v2Id = filePothole(server);
        QVERIFY(!v2Id.isEmpty());
        QVERIFY(v2Id != v1Id);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("api_key"), kKey);
        query.addQueryItem(QStringLiteral("city_id"), QStringLiteral("sandbox.example"));
        query.addQueryItem(QStringLiteral("service_request_id"), v2Id);
        const Raw status = send("GET", v1Url(server, QStringLiteral("status_update"), query));
        QCOMPARE(status.status, 200);
        QCOMPARE(
            xmlTexts(status.body, QStringLiteral("service_request_id")), QStringList({ v2Id }));
        QCOMPARE(xmlTexts(status.body, QStringLiteral("status")),
            QStringList({ QStringLiteral("open") }));
        QCOMPARE(xmlTexts(status.body, QStringLiteral("service_name")),
            QStringList({ QStringLiteral("Pothole in Street") }));
        QVERIFY(xmlTexts(status.body, QStringLiteral("errorCode")).isEmpty());

        // Both in the v2 listing, newest first.
        const QJsonArray all = jsonArray(get(server, QStringLiteral("requests.json")).body);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).toObject().value(QStringLiteral("service_request_id")).toString(), v2Id);
        QCOMPARE(all.at(1).toObject().value(QStringLiteral("service_request_id")).toString(), v1Id);
    }

    void listingFiltersWindowAndPages()
    {
        SandboxServer server({});
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        QStringList ids;
        for (int i = 0; i < 4; ++i)
            ids.prepend(filePothole(server));
        ids.prepend(v1Create(server));
        QCOMPARE(ids.size(), 5);
        QVERIFY(!ids.contains(QString()));
        auto listed = [&](const QString& format, const QString& query) {
            const Raw raw = get(server, QStringLiteral("requests.") + format, query);
            QStringList found;
            if (raw.status != 200) {
                found << QStringLiteral("HTTP %1").arg(raw.status);
            } else if (format == u"json") {
                for (const QJsonValue& value : jsonArray(raw.body))
                    found
                        << value.toObject().value(QStringLiteral("service_request_id")).toString();
            } else {
                for (const QMap<QString, QString>& item :
                    xmlItems(raw.body, QStringLiteral("request")))
                    found << item.value(QStringLiteral("service_request_id"));
            }
            return found;
        };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString& format : { QStringLiteral("json"), QStringLiteral("xml") }) {
            QCOMPARE(listed(format, QString()), ids);
            QCOMPARE(listed(format, QStringLiteral("jurisdiction_id=sandbox.example")), ids);
            QCOMPARE(listed(format, QStringLiteral("service_code=006")), ids.mid(0, 1));
            QCOMPARE(listed(format, QStringLiteral("service_code=021")), ids.mid(1));
            QCOMPARE(listed(format, QStringLiteral("service_code=021,006")), ids);
            QCOMPARE(listed(format, QStringLiteral("service_request_id=%1,%2").arg(ids[3], ids[0])),
                QStringList({ ids[0], ids[3] }));
            // Ids override every other argument.
            QCOMPARE(listed(format,
                         QStringLiteral("service_request_id=%1&service_code=006&status=closed")
                             .arg(ids[2])),
                QStringList({ ids[2] }));
            QCOMPARE(listed(format, QStringLiteral("status=open")), ids);
            QCOMPARE(listed(format, QStringLiteral("status=closed")), QStringList());
            QCOMPARE(listed(format, QStringLiteral("status=open,closed")), ids);
            QCOMPARE(listed(format,
                         QStringLiteral("start_date=%1&end_date=%2")
                             .arg(isoUtc(now.addDays(-1)), isoUtc(now.addDays(1)))),
                ids);
            QCOMPARE(
                listed(format, QStringLiteral("start_date=%1").arg(isoUtc(now.addDays(-1)))), ids);
            QCOMPARE(
                listed(format, QStringLiteral("end_date=%1").arg(isoUtc(now.addDays(1)))), ids);
            // Exactly 90 days is allowed; nothing was filed then.
            QCOMPARE(listed(format,
                         QStringLiteral("start_date=%1&end_date=%2")
                             .arg(isoUtc(now.addDays(-100)), isoUtc(now.addDays(-10)))),
                QStringList());
            QCOMPARE(listed(format,
                         QStringLiteral("start_date=%1&end_date=%2")
                             .arg(isoUtc(now.addDays(-91)), isoUtc(now.addDays(1)))),
                QStringList({ QStringLiteral("HTTP 400") }));
            // Pages, an extension: never required, here when asked for.
            QCOMPARE(listed(format, QStringLiteral("page_size=2")), ids.mid(0, 2));
            QCOMPARE(listed(format, QStringLiteral("page=2&page_size=2")), ids.mid(2, 2));
            QCOMPARE(listed(format, QStringLiteral("page=3&page_size=2")), ids.mid(4));
            QCOMPARE(listed(format, QStringLiteral("page=4&page_size=2")), QStringList());
            QCOMPARE(listed(format, QStringLiteral("page=2")), QStringList());
            QCOMPARE(listed(format, QStringLiteral("page_size=5000")), ids);
        }
        // An empty listing is a document, not an error.
        const Raw empty
            = get(server, QStringLiteral("requests.xml"), QStringLiteral("status=closed"));
        QCOMPARE(empty.status, 200);
        QCOMPARE(xmlRoot(empty.body), QStringLiteral("service_requests"));
        QCOMPARE(get(server, QStringLiteral("requests.json"), QStringLiteral("status=closed"))
                     .body.trimmed(),
            QByteArray("[]"));
    }

    void statusesMoveAsInV1()
    {
        SandboxOptions options;
        options.paceSeconds = 0.15;
        SandboxServer server(options);
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        const QString id = filePothole(server);
        QVERIFY(!id.isEmpty());
        const QJsonObject fresh = v2Request(server, id);
        QCOMPARE(fresh.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QVERIFY(fresh.value(QStringLiteral("status_notes")).isNull());
        QVERIFY(fresh.value(QStringLiteral("agency_responsible")).isNull());
        QCOMPARE(fresh.value(QStringLiteral("updated_datetime")),
            fresh.value(QStringLiteral("requested_datetime")));

        QJsonObject closed;
        QTRY_VERIFY_WITH_TIMEOUT(
            (closed = v2Request(server, id)).value(QStringLiteral("status")).toString()
                == QLatin1String("closed"),
            5000);
        QVERIFY(!closed.value(QStringLiteral("status_notes")).toString().isEmpty());
        QCOMPARE(closed.value(QStringLiteral("agency_responsible")).toString(),
            QStringLiteral("Street Maintenance Division"));
        const QDateTime requested = QDateTime::fromString(
            closed.value(QStringLiteral("requested_datetime")).toString(), Qt::ISODate);
        const QDateTime updated = QDateTime::fromString(
            closed.value(QStringLiteral("updated_datetime")).toString(), Qt::ISODate);
        QVERIFY(updated >= requested);
        QCOMPARE(closed.value(QStringLiteral("expected_datetime")),
            closed.value(QStringLiteral("updated_datetime")));

        // v1 tells the same story.
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("api_key"), kKey);
        query.addQueryItem(QStringLiteral("city_id"), QStringLiteral("sandbox.example"));
        query.addQueryItem(QStringLiteral("service_request_id"), id);
        const Raw v1 = send("GET", v1Url(server, QStringLiteral("status_update"), query));
        QCOMPARE(
            xmlTexts(v1.body, QStringLiteral("status")), QStringList({ QStringLiteral("closed") }));
        QCOMPARE(xmlTexts(v1.body, QStringLiteral("status_notes")),
            QStringList({ closed.value(QStringLiteral("status_notes")).toString() }));
        // And the closed filter finds it.
        QCOMPARE(
            jsonArray(
                get(server, QStringLiteral("requests.json"), QStringLiteral("status=closed")).body)
                .size(),
            1);
    }

    void faultsReachV2()
    {
        SandboxOptions options;
        options.faultRate = 1.0;
        options.seed = 7;
        SandboxServer server(options);
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        int html = 0;
        int generalErrors = 0;
        int broken = 0;
        for (int i = 0; i < 40; ++i) {
            const Raw raw = send(
                "GET", v2Url(server, QStringLiteral("services.json")), {}, QByteArray(), 400);
            if (raw.status == 500 && raw.body.contains("<html>")) {
                ++html;
            } else if (raw.status == 400) {
                QCOMPARE(raw.contentType, kJsonType);
                QCOMPARE(jsonArray(raw.body).at(0).toObject().value(QStringLiteral("code")).toInt(),
                    400);
                ++generalErrors;
            } else {
                QVERIFY(raw.error != QNetworkReply::NoError || raw.status != 200
                    || jsonArray(raw.body).size() != 33);
                ++broken;
            }
        }
        QVERIFY(html > 0);
        QVERIFY(generalErrors > 0);
        QVERIFY(broken > 0);
        for (SandboxServer::Fault fault : { SandboxServer::Fault::Html500,
                 SandboxServer::Fault::Drop, SandboxServer::Fault::Stall,
                 SandboxServer::Fault::Truncate, SandboxServer::Fault::BackEndDown }) {
            // QTest::toString() hands over a string to delete; the enum's key is static.
            QVERIFY2(server.faultsInjected(fault) > 0,
                QMetaEnum::fromType<SandboxServer::Fault>().valueToKey(int(fault)));
        }

        // A POST that meets a back-end that is down stores nothing; the other faults come after
        // the request was stored, as on a real server.
        int refused = 0;
        for (int i = 0; i < 40; ++i) {
            const Raw raw = send("POST", v2Url(server, QStringLiteral("requests.json")),
                form(pothole()), "application/x-www-form-urlencoded", 400);
            refused += raw.status == 400 ? 1 : 0;
        }
        QVERIFY(refused > 0);
        QVERIFY(server.store().count() > 0);
    }

    void latencyReachesV2()
    {
        SandboxOptions options;
        options.latencyMs = 300;
        SandboxServer server(options);
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        for (const QString& path : { QStringLiteral("discovery.json"),
                 QStringLiteral("services.xml"), QStringLiteral("requests/1.json") }) {
            QElapsedTimer timer;
            timer.start();
            const Raw raw = get(server, path);
            QVERIFY2(timer.elapsed() >= 290, qPrintable(path));
            QVERIFY(raw.status == 200 || raw.status == 404);
        }
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(post(server, QStringLiteral("json"), form(pothole())).status, 200);
        QVERIFY(timer.elapsed() >= 290);
    }

    // A database the training city kept before v2 is brought up to date, and its requests are
    // seen through v2.
    void migratesAVersionOneDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("city.sqlite"));
        const qint64 createdMs = QDateTime::currentMSecsSinceEpoch() - 60 * 1000;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1-file"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE requests (id INTEGER PRIMARY KEY, key_hash BLOB NOT NULL,"
                " service_code TEXT NOT NULL, service_name TEXT NOT NULL,"
                " lat REAL, lon REAL, address TEXT, email TEXT, device_id TEXT,"
                " account_id TEXT, first_name TEXT, last_name TEXT, phone TEXT,"
                " description TEXT, media_url TEXT, created_ms INTEGER NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            QVERIFY(q.prepare(QStringLiteral(
                "INSERT INTO requests (id, key_hash, service_code, service_name, address,"
                " description, created_ms) VALUES (100001, ?, '006', 'Damaged tree',"
                " '123 Oak Street', 'From before v2', ?)")));
            q.addBindValue(SandboxStore::hashKey(kKey));
            q.addBindValue(createdMs);
            QVERIFY(q.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1-file"));

        SandboxOptions options;
        options.dataPath = path;
        SandboxServer server(options);
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        const QJsonObject old = v2Request(server, QStringLiteral("100001"));
        QCOMPARE(
            old.value(QStringLiteral("description")).toString(), QStringLiteral("From before v2"));
        QCOMPARE(old.value(QStringLiteral("address")).toString(), QStringLiteral("123 Oak Street"));
        QVERIFY(old.value(QStringLiteral("address_id")).isNull());
        QCOMPARE(server.store().find(QStringLiteral("100001"))->request.attributes.size(), 0);
        const QString id = filePothole(server);
        QCOMPARE(id, QStringLiteral("100002"));
        QCOMPARE(server.store().find(id)->request.attributes.value(QStringLiteral("size")),
            QStringList({ QStringLiteral("large") }));
    }

    // A services file of one's own can carry v2 fields and definitions.
    void customCatalogueWithDefinitions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("services.xml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<catalogue><service service_code=\"S1\" service_name=\"Sign bent\" "
                   "group=\"signs\" keywords=\"sign, bent\" type=\"batch\"/>"
                   "<service service_code=\"S2\" service_name=\"Light out\"/>"
                   "<service_definition><service_code>S2</service_code><attributes>"
                   "<attribute><variable>true</variable><code>pole</code>"
                   "<datatype>string</datatype><required>true</required><order>1</order>"
                   "<description>Pole number</description></attribute>"
                   "</attributes></service_definition></catalogue>");
        file.close();
        SandboxOptions options;
        options.servicesFile = path;
        SandboxServer server(options);
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        const QJsonArray services = jsonArray(get(server, QStringLiteral("services.json")).body);
        QCOMPARE(services.size(), 2);
        QCOMPARE(services.at(0).toObject().value(QStringLiteral("type")).toString(),
            QStringLiteral("batch"));
        QCOMPARE(services.at(0).toObject().value(QStringLiteral("keywords")).toString(),
            QStringLiteral("sign, bent"));
        QCOMPARE(services.at(1).toObject().value(QStringLiteral("metadata")), QJsonValue(true));
        QCOMPARE(get(server, QStringLiteral("services/S2.json")).status, 200);
        QCOMPARE(post(server, QStringLiteral("json"),
                     "api_key=training-key&service_code=S2&lat=40&long=-100")
                     .status,
            400);
        QCOMPARE(post(server, QStringLiteral("json"),
                     "api_key=training-key&service_code=S2&lat=40&long=-100&attribute[pole]=P-9")
                     .status,
            200);

        // A definition of a service the file does not have is refused at start.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("<catalogue><service service_code=\"S1\" service_name=\"Sign\"/>"
                   "<service_definition><service_code>S9</service_code></service_definition>"
                   "</catalogue>");
        file.close();
        SandboxServer broken(options);
        QVERIFY(!broken.start(error));
        QVERIFY2(error.contains(QLatin1String("S9")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(SandboxV2Test)
#include "sandbox_v2_test.moc"
