#include "FutureWait.h"
#include "core/Client.h"
#include "core/V1Codec.h"
#include "sandbox/SandboxCity.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TileRenderer.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <csignal>
#include <optional>

using namespace Open311;
using Open311::Testing::waitFor;

namespace {

struct Raw
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
};

int errorCodeOf(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    while (reader.readNextStartElement() || !reader.atEnd()) {
        if (reader.isStartElement() && reader.name() == u"errorCode")
            return reader.readElementText().toInt();
        if (reader.atEnd())
            break;
    }
    return 0;
}

// The app's language while it lives, gone again even when a check fails half-way.
class Speaking
{
public:
    explicit Speaking(const QString& language)
    {
        if (language == QLatin1String("en"))
            return;
        m_ok = m_translator.load(QStringLiteral(":/i18n/open311_%1.qm").arg(language))
            && QCoreApplication::installTranslator(&m_translator);
    }
    ~Speaking() { QCoreApplication::removeTranslator(&m_translator); }
    bool ok() const { return m_ok; }

private:
    QTranslator m_translator;
    bool m_ok = true;
};

// Where a house number puts you on a road, worked out from the city's plan alone.
QPointF metersOf(bool isAvenue, int index, int houseNumber)
{
    const double along = houseNumber / 100.0 * SandboxCity::kBlockMeters
        - SandboxCity::kLinesPerSide * SandboxCity::kBlockMeters;
    const double fixed = index * SandboxCity::kBlockMeters;
    return isAvenue ? QPointF(fixed, along) : QPointF(along, fixed);
}

} // namespace

class SandboxTest : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    Raw get(const QUrl& url, const QByteArray& ifNoneMatch = QByteArray())
    {
        QNetworkRequest request(url);
        if (!ifNoneMatch.isEmpty())
            request.setRawHeader("If-None-Match", ifNoneMatch);
        request.setAttribute(
            QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        QNetworkReply* reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(15000))
            qFatal("no answer from the sandbox");
        Raw raw;
        raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        raw.body = reply->readAll();
        for (const auto& pair : reply->rawHeaderPairs())
            raw.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return raw;
    }

    static QUrl method(const SandboxServer& server, const QString& name, const QString& query)
    {
        QUrl url = server.endpointUrl();
        url.setPath(url.path() + name);
        url.setQuery(query);
        return url;
    }

    QJsonArray geocode(const SandboxServer& server, const QString& query)
    {
        QUrl url = server.geocoderUrl();
        url.setPath(url.path() + QStringLiteral("search"));
        url.setQuery(QStringLiteral("format=jsonv2&q=")
            + QString::fromLatin1(QUrl::toPercentEncoding(query)));
        return QJsonDocument::fromJson(get(url).body).array();
    }

    QJsonObject reverseGeocode(const SandboxServer& server, double latitude, double longitude)
    {
        QUrl url = server.geocoderUrl();
        url.setPath(url.path() + QStringLiteral("reverse"));
        url.setQuery(
            QStringLiteral("format=jsonv2&lat=%1&lon=%2")
                .arg(QString::number(latitude, 'f', 7), QString::number(longitude, 'f', 7)));
        return QJsonDocument::fromJson(get(url).body).object();
    }

    static QString file(
        Client* client, const QString& code, std::optional<QPointF> meters, const QString& address)
    {
        NewRequest r;
        r.serviceCode = code;
        if (meters) {
            double latitude = 0;
            double longitude = 0;
            SandboxCity::fromMeters(meters->x(), meters->y(), latitude, longitude);
            r.latitude = latitude;
            r.longitude = longitude;
        }
        r.addressString = address;
        const Result<CreateResult> created = waitFor(client->createRequest(r));
        return created.ok() ? created.value().serviceRequestId : QString();
    }

    static NewRequest pothole()
    {
        NewRequest r;
        r.serviceCode = QStringLiteral("021");
        r.latitude = 40.001;
        r.longitude = -100.001;
        return r;
    }

    static Client* clientFor(const SandboxServer& server, const QString& key, QObject* parent)
    {
        return new Client(
            Endpoint(server.endpointUrl(), server.options().cityId), [key] { return key; }, parent);
    }

private Q_SLOTS:
    void everyErrorCode_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("code");
        const QString ok = QStringLiteral("api_key=training-key&city_id=sandbox.example");
        QTest::newRow("100") << "service_list"
                             << "city_id=sandbox.example" << 100;
        QTest::newRow("101") << "service_list"
                             << "api_key=nope&city_id=sandbox.example" << 101;
        QTest::newRow("102 city") << "service_list"
                                  << "api_key=training-key&city_id=x" << 102;
        QTest::newRow("200") << "create_request"
                             << "city_id=sandbox.example&service_code=001" << 200;
        QTest::newRow("201") << "create_request"
                             << "api_key=nope&city_id=sandbox.example&service_code=001" << 201;
        QTest::newRow("202") << "create_request" << ok + "&lat=40&lon=-100" << 202;
        QTest::newRow("203") << "create_request" << ok + "&service_code=999&lat=40&lon=-100" << 203;
        QTest::newRow("204 no location") << "create_request" << ok + "&service_code=001" << 204;
        QTest::newRow("204 lat only") << "create_request" << ok + "&service_code=001&lat=40" << 204;
        QTest::newRow("204 lat range")
            << "create_request" << ok + "&service_code=001&lat=91&lon=0" << 204;
        QTest::newRow("204 description") << "create_request"
                                         << ok + "&service_code=001&address_string=x&description="
                + QString(4001, QLatin1Char('x'))
                                         << 204;
        QTest::newRow("300") << "status_update"
                             << "city_id=sandbox.example&service_request_id=1" << 300;
        QTest::newRow("301") << "status_update"
                             << "api_key=no&city_id=sandbox.example&service_request_id=1" << 301;
        QTest::newRow("302 unknown") << "status_update" << ok + "&service_request_id=100001" << 302;
        QTest::newRow("302 padded") << "status_update" << ok + "&service_request_id=0100001" << 302;
        QTest::newRow("302 missing") << "status_update" << ok << 302;
    }

    void everyErrorCode()
    {
        QFETCH(QString, method);
        QFETCH(QString, query);
        QFETCH(int, code);
        SandboxServer server({});
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        const Raw raw = get(this->method(server, method, query));
        QCOMPARE(raw.status, 200);
        QVERIFY(raw.headers.value("content-type").startsWith("text/xml"));
        QCOMPARE(errorCodeOf(raw.body), code);
        QVERIFY(raw.body.contains("<errorDescription>"));
        QCOMPARE(server.store().count(), 0);
    }

    void specShapeOnSuccess()
    {
        SandboxServer server({});
        QString error;
        QVERIFY(server.start(error));
        const Raw list = get(method(server, QStringLiteral("service_list"),
            QStringLiteral("api_key=training-key&city_id=sandbox.example")));
        QVERIFY(list.body.contains("<ServiceResponse>"));
        QVERIFY(list.body.contains("<Open311ServiceList>"));
        QVERIFY(list.body.contains("<Open311Error/>"));
        QVERIFY(list.body.contains("service_code=\"018\""));
        QVERIFY(list.body.contains("The 4&quot; side sewer")); // escaped, so well-formed
        QXmlStreamReader strict(list.body);
        while (!strict.atEnd())
            strict.readNext();
        QVERIFY2(!strict.hasError(), qPrintable(strict.errorString()));
        const Result<ServiceList> parsed = V1Codec::parseServiceList(list.body);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().size(), 33);
        QCOMPARE(parsed.value().first().code, QStringLiteral("001"));
    }

    void createStoresExactlyWhatWasSent()
    {
        SandboxServer server({});
        QString error;
        QVERIFY(server.start(error));
        Client* client = clientFor(server, SandboxOptions::kTrainingKey, this);
        NewRequest r = pothole();
        r.description = QStringLiteral("Deep <hole> & \"water\"\nnext to #12 \U0001F573");
        r.addressString = QStringLiteral("123 Oak Street");
        r.firstName = QStringLiteral("Zo\u00eb");
        r.phone = QStringLiteral("+1 555 0100");
        const Result<CreateResult> created = waitFor(client->createRequest(r));
        QVERIFY2(created.ok(), qPrintable(created.error().message()));
        QCOMPARE(created.value().serviceRequestId, QStringLiteral("100001"));
        QCOMPARE(created.value().serviceLevelAgreement,
            server.catalogue().serviceLevelAgreement(QStringLiteral("021")));
        const std::optional<SandboxStore::Request> stored
            = server.store().find(created.value().serviceRequestId);
        QVERIFY(stored);
        QCOMPARE(stored->request.description, r.description);
        QCOMPARE(stored->request.addressString, r.addressString);
        QCOMPARE(stored->request.firstName, r.firstName);
        QCOMPARE(stored->request.phone, r.phone);
        QCOMPARE(stored->serviceName, QStringLiteral("Pothole in Street"));
        QVERIFY(qAbs(*stored->request.latitude - 40.001) < 1e-9);
        QVERIFY(!stored->keyHash.contains(SandboxOptions::kTrainingKey.toUtf8()));
    }

    void keysSeeOnlyTheirOwnRequests()
    {
        SandboxOptions options;
        options.apiKeys = { QStringLiteral("key-a"), QStringLiteral("key-b") };
        SandboxServer server(options);
        QString error;
        QVERIFY(server.start(error));
        Client* a = clientFor(server, QStringLiteral("key-a"), this);
        Client* b = clientFor(server, QStringLiteral("key-b"), this);
        const QString id = waitFor(a->createRequest(pothole())).value().serviceRequestId;
        QVERIFY(waitFor(a->statusUpdate(id)).ok());
        const Error other = waitFor(b->statusUpdate(id)).error();
        QCOMPARE(other.kind(), Error::Kind::Server);
        QCOMPARE(other.code(), 302);
        QVERIFY(other.detail().contains(QLatin1String("did not create")));
        Client* stranger = clientFor(server, SandboxOptions::kTrainingKey, this);
        QCOMPARE(waitFor(stranger->statusUpdate(id)).error().code(), 301);
    }

    void requestsSurviveARestart()
    {
        QTemporaryDir dir;
        SandboxOptions options;
        options.dataPath = dir.filePath(QStringLiteral("city.sqlite"));
        QString first;
        {
            SandboxServer server(options);
            QString error;
            QVERIFY(server.start(error));
            Client* client = clientFor(server, SandboxOptions::kTrainingKey, nullptr);
            first = waitFor(client->createRequest(pothole())).value().serviceRequestId;
            delete client;
        }
        SandboxServer again(options);
        QString error;
        QVERIFY(again.start(error));
        Client* client = clientFor(again, SandboxOptions::kTrainingKey, this);
        const Result<RequestStatus> status = waitFor(client->statusUpdate(first));
        QVERIFY(status.ok());
        QCOMPARE(status.value().serviceName, QStringLiteral("Pothole in Street"));
        const QString second = waitFor(client->createRequest(pothole())).value().serviceRequestId;
        QCOMPARE(second.toLongLong(), first.toLongLong() + 1);
    }

    void statusLifeCycleAtFastPace()
    {
        SandboxOptions options;
        options.paceSeconds = 0.15;
        SandboxServer server(options);
        QString error;
        QVERIFY(server.start(error));
        Client* client = clientFor(server, SandboxOptions::kTrainingKey, this);
        const QString id = waitFor(client->createRequest(pothole())).value().serviceRequestId;
        QList<QPair<QString, QString>> seen;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 3000) {
            const RequestStatus s = waitFor(client->statusUpdate(id)).value();
            if (seen.isEmpty() || seen.last() != qMakePair(s.status, s.statusNotes))
                seen.append({ s.status, s.statusNotes });
            if (s.status == QLatin1String("closed"))
                break;
            QTest::qWait(20);
        }
        QCOMPARE(seen.size(), 3);
        QCOMPARE(seen[0], qMakePair(QStringLiteral("open"), QString()));
        QCOMPARE(seen[1].first, QStringLiteral("open"));
        QVERIFY(!seen[1].second.isEmpty());
        QCOMPARE(seen[2].first, QStringLiteral("closed"));
        QVERIFY(!seen[2].second.isEmpty());
    }

    void seedMakesTheLifeCycleReproducible()
    {
        SandboxOptions options;
        options.seed = 42;
        SandboxServer one(options);
        SandboxServer two(options);
        options.seed = 43;
        SandboxServer other(options);
        SandboxStore::Request request;
        request.id = QStringLiteral("100007");
        request.createdMs = 0;
        QStringList a, b, c;
        for (qint64 t = 0; t < 1000 * 1000; t += 7000) {
            a << one.statusOf(request, t).statusNotes;
            b << two.statusOf(request, t).statusNotes;
            c << other.statusOf(request, t).statusNotes;
        }
        QCOMPARE(a, b);
        QVERIFY(a != c);
    }

    void everyFaultKind()
    {
        SandboxOptions options;
        options.faultRate = 1.0;
        options.seed = 7;
        SandboxServer server(options);
        QString error;
        QVERIFY(server.start(error));
        Client* client = clientFor(server, SandboxOptions::kTrainingKey, this);
        client->setTimeout(400);
        client->setMaxConcurrent(8);
        QList<QFuture<Result<RequestStatus>>> calls;
        for (int i = 0; i < 40; ++i)
            calls.append(client->statusUpdate(QStringLiteral("100001")));
        QSet<Error::Kind> kinds;
        QSet<int> serverCodes;
        for (auto& call : calls) {
            const Result<RequestStatus> result = waitFor(call);
            QVERIFY(!result.ok());
            kinds.insert(result.error().kind());
            if (result.error().kind() == Error::Kind::Server)
                serverCodes.insert(result.error().code());
        }
        for (SandboxServer::Fault fault : { SandboxServer::Fault::Html500,
                 SandboxServer::Fault::Drop, SandboxServer::Fault::Stall,
                 SandboxServer::Fault::Truncate, SandboxServer::Fault::BackEndDown }) {
            // QTest::toString() hands over a string to delete; the enum's key is static.
            QVERIFY2(server.faultsInjected(fault) > 0,
                QMetaEnum::fromType<SandboxServer::Fault>().valueToKey(int(fault)));
        }
        QVERIFY(kinds.contains(Error::Kind::Http));
        QVERIFY(kinds.contains(Error::Kind::Network));
        QVERIFY(kinds.contains(Error::Kind::Timeout));
        QVERIFY(kinds.contains(Error::Kind::Protocol));
        QVERIFY(serverCodes.contains(302));

        // A create that meets "back-end down" is told nothing was created.
        SandboxOptions down;
        down.faultRate = 1.0;
        SandboxServer flaky(down);
        QVERIFY(flaky.start(error));
        Client* creator = clientFor(flaky, SandboxOptions::kTrainingKey, this);
        creator->setTimeout(400);
        int safe = 0;
        int unknown = 0;
        for (int i = 0; i < 30; ++i) {
            const Error e = waitFor(creator->createRequest(pothole())).error();
            if (e.kind() == Error::Kind::Server) {
                QCOMPARE(e.code(), 204);
                QVERIFY(e.safeToRetry());
                ++safe;
            } else if (e.kind() == Error::Kind::OutcomeUnknown) {
                ++unknown;
            }
        }
        QVERIFY(safe > 0);
        QVERIFY(unknown > 0);
        // Drops, stalls and truncations happen after the request is stored, as on a real server.
        QVERIFY(flaky.store().count() > 0);
    }

    void tiles()
    {
        SandboxServer server({});
        QString error;
        QVERIFY(server.start(error));
        QString url = server.tileUrlTemplate();
        QVERIFY(url.contains(QLatin1String("{z}/{x}/{y}{r}.png")));
        auto tileUrl = [&](int z, int x, int y, const QString& r) {
            return QUrl(QString(url)
                            .replace(QLatin1String("{z}"), QString::number(z))
                            .replace(QLatin1String("{x}"), QString::number(x))
                            .replace(QLatin1String("{y}"), QString::number(y))
                            .replace(QLatin1String("{r}"), r));
        };
        const Raw tile = get(tileUrl(16, 14563, 24810, QString()));
        QCOMPARE(tile.status, 200);
        QCOMPARE(tile.headers.value("content-type"), QByteArray("image/png"));
        QVERIFY(tile.headers.value("cache-control").contains("max-age="));
        QVERIFY(!tile.headers.value("etag").isEmpty());
        const QImage image = QImage::fromData(tile.body, "PNG");
        QCOMPARE(image.size(), QSize(256, 256));
        // The city is drawn: more than one colour.
        QSet<QRgb> colours;
        for (int y = 0; y < 256; y += 8)
            for (int x = 0; x < 256; x += 8)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 3);

        const Raw retina = get(tileUrl(16, 14563, 24810, QStringLiteral("@2x")));
        QCOMPARE(QImage::fromData(retina.body, "PNG").size(), QSize(512, 512));
        QVERIFY(retina.headers.value("etag") != tile.headers.value("etag"));

        const Raw again = get(tileUrl(16, 14563, 24810, QString()), tile.headers.value("etag"));
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());

        // Rendered tiles are kept for the next client, unless told not to.
        QVERIFY(server.tileCacheBytes() >= tile.body.size());
        SandboxOptions uncached;
        uncached.tileCacheBytes = 0;
        SandboxServer lean(uncached);
        QVERIFY(lean.start(error));
        const QString leanUrl = lean.tileUrlTemplate();
        QCOMPARE(get(QUrl(QString(leanUrl)
                              .replace(QLatin1String("{z}"), QStringLiteral("16"))
                              .replace(QLatin1String("{x}"), QStringLiteral("14563"))
                              .replace(QLatin1String("{y}"), QStringLiteral("24810"))
                              .replace(QLatin1String("{r}"), QString())))
                     .body,
            tile.body);
        QCOMPARE(lean.tileCacheBytes(), 0);

        QCOMPARE(get(tileUrl(20, 0, 0, QString())).status, 404);
        QCOMPARE(get(tileUrl(2, 4, 0, QString())).status, 404);
    }

    // Names drawn on the training city's tiles never run into each other, and every road is
    // named from zoom 16 on.
    void roadNamesNeverMeet()
    {
        for (int z = 16; z <= TileRenderer::kMaxZoom; ++z) {
            const QList<TileRenderer::Label> labels = TileRenderer::labels(z);
            QSet<QString> named;
            for (qsizetype a = 0; a < labels.size(); ++a) {
                named.insert(labels[a].text);
                for (qsizetype b = a + 1; b < labels.size(); ++b) {
                    QVERIFY2(!labels[a].bounds.intersects(labels[b].bounds),
                        qPrintable(QStringLiteral("zoom %1: %2 and %3")
                                       .arg(z)
                                       .arg(labels[a].text, labels[b].text)));
                }
            }
            const int n = SandboxCity::kLinesPerSide;
            for (int i = -n; i <= n; ++i) {
                for (const bool avenue : { false, true }) {
                    QVERIFY2(named.contains(SandboxCity::roadName(avenue, i)),
                        qPrintable(QStringLiteral("zoom %1: %2")
                                       .arg(z)
                                       .arg(SandboxCity::roadName(avenue, i))));
                }
            }
        }
        QVERIFY(TileRenderer::labels(15).isEmpty());
    }

    void geocoder()
    {
        SandboxServer server({});
        QString error;
        QVERIFY(server.start(error));
        QUrl search = server.geocoderUrl();
        search.setPath(search.path() + QStringLiteral("search"));
        search.setQuery(QStringLiteral("q=123%20Oak%20St&format=jsonv2"));
        const Raw found = get(search);
        QCOMPARE(found.status, 200);
        const QJsonArray results = QJsonDocument::fromJson(found.body).array();
        QCOMPARE(results.size(), 1);
        const QJsonObject first = results[0].toObject();
        QVERIFY(first.value(QStringLiteral("lat")).isString());
        QVERIFY(first.value(QStringLiteral("lon")).isString());
        QCOMPARE(first.value(QStringLiteral("display_name")).toString(),
            QStringLiteral("123 Oak Street, Sandbox City"));
        QCOMPARE(first.value(QStringLiteral("address"))
                     .toObject()
                     .value(QStringLiteral("road"))
                     .toString(),
            QStringLiteral("Oak Street"));
        const double lat = first.value(QStringLiteral("lat")).toString().toDouble();
        const double lon = first.value(QStringLiteral("lon")).toString().toDouble();

        QUrl reverse = server.geocoderUrl();
        reverse.setPath(reverse.path() + QStringLiteral("reverse"));
        reverse.setQuery(QStringLiteral("lat=%1&lon=%2&format=jsonv2")
                             .arg(QString::number(lat, 'f', 7), QString::number(lon, 'f', 7)));
        const QJsonObject back = QJsonDocument::fromJson(get(reverse).body).object();
        QCOMPARE(back.value(QStringLiteral("display_name")).toString(),
            QStringLiteral("123 Oak Street, Sandbox City"));

        reverse.setQuery(QStringLiteral("lat=10&lon=10&format=jsonv2"));
        const Raw nothing = get(reverse);
        QCOMPARE(nothing.status, 200);
        QVERIFY(QJsonDocument::fromJson(nothing.body).object().contains(QStringLiteral("error")));

        search.setQuery(QStringLiteral("q=Oak%20Street%20%26%205th%20Avenue&format=jsonv2"));
        QCOMPARE(QJsonDocument::fromJson(get(search).body).array().size(), 1);
        search.setQuery(QStringLiteral("q=Nowhere%20Road&format=jsonv2"));
        QCOMPARE(QJsonDocument::fromJson(get(search).body).array().size(), 0);
    }

    // The training city speaks the app's language: Spanish names its avenues "Avenida 11" (not
    // "Avenida 11th") and finds a crossing written with "y".
    void roadsInTheUsersLanguage()
    {
        QCOMPARE(SandboxCity::roadName(true, 0), QStringLiteral("11th Avenue"));
        QCOMPARE(SandboxCity::roadName(true, -9), QStringLiteral("2nd Avenue"));
        QTranslator spanish;
        QVERIFY(spanish.load(QStringLiteral(":/i18n/open311_es.qm")));
        QCoreApplication::installTranslator(&spanish);
        const QString eleventh = SandboxCity::roadName(true, 0);
        const QString second = SandboxCity::roadName(true, -9);
        const QString oak = SandboxCity::roadName(false, 3);
        const QList<SandboxCity::Place> crossing
            = SandboxCity::search(eleventh + QStringLiteral(" y ") + oak, 5);
        QCoreApplication::removeTranslator(&spanish);
        QCOMPARE(eleventh, QStringLiteral("Avenida 11"));
        QCOMPARE(second, QStringLiteral("Avenida 2"));
        QCOMPARE(oak, QStringLiteral("Calle Oak"));
        QCOMPARE(crossing.size(), 1);
        QCOMPARE(crossing.first().latitude,
            SandboxCity::search(QStringLiteral("Oak Street & 11th Avenue"), 5).value(0).latitude);
    }

    // Whatever the app's language, the training city finds an address as the city names it
    // ("Oak Street") and as a translation does ("Calle Oak"), with the house number before or
    // after the road. In Spanish "123 Oak Street" found nothing, and the report went out with no
    // coordinates; in English "Calle Oak 123" found nothing.
    void addressesInAnyLanguageAndOrder_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("isAvenue");
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("number");
        const QStringList oak { QStringLiteral("123 Oak Street"), QStringLiteral("Oak Street 123"),
            QStringLiteral("123 Calle Oak"), QStringLiteral("Calle Oak 123"),
            QStringLiteral("Oak St 123"), QStringLiteral("Oak St, 123"),
            QStringLiteral("123, Oak Street"), QStringLiteral("Calle Oak, 123"),
            QStringLiteral("oak st. 123"), QStringLiteral("C/ Oak 123"),
            QStringLiteral("123 Oak Street, Sandbox City"),
            QStringLiteral("Calle Oak 123, Sandbox City") };
        const QStringList eleventh { QStringLiteral("250 11th Avenue"),
            QStringLiteral("11th Avenue 250"), QStringLiteral("250 Avenida 11"),
            QStringLiteral("Avenida 11 250"), QStringLiteral("Avenida 11, 250"),
            QStringLiteral("11th Ave 250"), QStringLiteral("Av. 11 250") };
        for (const QString& language : { QStringLiteral("en"), QStringLiteral("es") }) {
            for (const QString& query : oak)
                QTest::addRow("%s: %s", qPrintable(language), qPrintable(query))
                    << language << query << false << 3 << 123;
            for (const QString& query : eleventh)
                QTest::addRow("%s: %s", qPrintable(language), qPrintable(query))
                    << language << query << true << 0 << 250;
            // An ordinal names the avenue; the bare number is the house.
            QTest::addRow("%s: 11th Avenue 5", qPrintable(language))
                << language << QStringLiteral("11th Avenue 5") << true << 0 << 5;
        }
    }

    void addressesInAnyLanguageAndOrder()
    {
        QFETCH(QString, language);
        QFETCH(QString, query);
        QFETCH(bool, isAvenue);
        QFETCH(int, index);
        QFETCH(int, number);
        const Speaking speaking(language);
        QVERIFY(speaking.ok());
        SandboxServer server({});
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        const QJsonArray results = geocode(server, query);
        QCOMPARE(results.size(), 1);
        const QJsonObject place = results[0].toObject();
        const QPointF meters = metersOf(isAvenue, index, number);
        double latitude = 0;
        double longitude = 0;
        SandboxCity::fromMeters(meters.x(), meters.y(), latitude, longitude);
        QVERIFY(qAbs(place.value(QStringLiteral("lat")).toString().toDouble() - latitude) < 1e-6);
        QVERIFY(qAbs(place.value(QStringLiteral("lon")).toString().toDouble() - longitude) < 1e-6);
        const QJsonObject address = place.value(QStringLiteral("address")).toObject();
        // Answered in the app's language, as the map labels it.
        const QString road = SandboxCity::roadName(isAvenue, index);
        QCOMPARE(address.value(QStringLiteral("road")).toString(), road);
        QCOMPARE(address.value(QStringLiteral("house_number")).toString(), QString::number(number));
        QVERIFY(place.value(QStringLiteral("display_name")).toString().contains(road));
    }

    // One naming scheme per language on the map and in the geocoder's answers: avenues numbered
    // in digits, and no tree-named street that reads as a number ("Calle Quince", fifteen, beside
    // "Avenida 15" in Spanish). What the geocoder answers, it finds again.
    void roadNamesFollowOneScheme_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("numberWords");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList { QStringLiteral("one"), QStringLiteral("two"),
                                   QStringLiteral("three"), QStringLiteral("four"),
                                   QStringLiteral("five"), QStringLiteral("six"),
                                   QStringLiteral("seven"), QStringLiteral("eight"),
                                   QStringLiteral("nine"), QStringLiteral("ten"),
                                   QStringLiteral("eleven"), QStringLiteral("twelve"),
                                   QStringLiteral("thirteen"), QStringLiteral("fourteen"),
                                   QStringLiteral("fifteen"), QStringLiteral("sixteen"),
                                   QStringLiteral("seventeen"), QStringLiteral("eighteen"),
                                   QStringLiteral("nineteen"), QStringLiteral("twenty"),
                                   QStringLiteral("first"), QStringLiteral("second"),
                                   QStringLiteral("third"), QStringLiteral("fifth") };
        QTest::newRow("es") << QStringLiteral("es")
                            << QStringList { QStringLiteral("uno"), QStringLiteral("dos"),
                                   QStringLiteral("tres"), QStringLiteral("cuatro"),
                                   QStringLiteral("cinco"), QStringLiteral("seis"),
                                   QStringLiteral("siete"), QStringLiteral("ocho"),
                                   QStringLiteral("nueve"), QStringLiteral("diez"),
                                   QStringLiteral("once"), QStringLiteral("doce"),
                                   QStringLiteral("trece"), QStringLiteral("catorce"),
                                   QStringLiteral("quince"), QStringLiteral("dieciséis"),
                                   QStringLiteral("diecisiete"), QStringLiteral("dieciocho"),
                                   QStringLiteral("diecinueve"), QStringLiteral("veinte"),
                                   QStringLiteral("veintiuno"), QStringLiteral("primera"),
                                   QStringLiteral("segunda"), QStringLiteral("tercera") };
    }

    void roadNamesFollowOneScheme()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, numberWords);
        const Speaking speaking(language);
        QVERIFY(speaking.ok());
        SandboxServer server({});
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));

        QSet<QString> names;
        const int n = SandboxCity::kLinesPerSide;
        static const QRegularExpression wordBreak(
            QStringLiteral("\\W+"), QRegularExpression::UseUnicodePropertiesOption);
        for (int i = -n; i <= n; ++i) {
            const QString avenue = SandboxCity::roadName(true, i);
            QVERIFY2(avenue.split(wordBreak).contains(QString::number(i + n + 1))
                    || avenue.contains(
                        QRegularExpression(QStringLiteral("\\b%1(st|nd|rd|th)\\b").arg(i + n + 1))),
                qPrintable(avenue));
            const QString street = SandboxCity::roadName(false, i);
            QVERIFY2(
                !street.contains(QRegularExpression(QStringLiteral("\\d"))), qPrintable(street));
            for (const QString& word : street.split(wordBreak, Qt::SkipEmptyParts))
                QVERIFY2(!numberWords.contains(word.toLower()), qPrintable(street));
            names << avenue << street;
        }

        // The map labels exactly these names, and the geocoder answers with them.
        QSet<QString> labelled;
        for (const TileRenderer::Label& label : TileRenderer::labels(18))
            labelled.insert(label.text);
        QCOMPARE(labelled, names);
        for (int i = -n; i <= n; ++i) {
            for (const bool isAvenue : { true, false }) {
                // Halfway along a block, where this road is nearer than any crossing one.
                const QPointF meters = metersOf(isAvenue, i, 1050);
                double latitude = 0;
                double longitude = 0;
                SandboxCity::fromMeters(meters.x(), meters.y(), latitude, longitude);
                const QJsonObject place = reverseGeocode(server, latitude, longitude);
                const QString road = SandboxCity::roadName(isAvenue, i);
                QCOMPARE(place.value(QStringLiteral("address"))
                             .toObject()
                             .value(QStringLiteral("road"))
                             .toString(),
                    road);
                const QString displayName = place.value(QStringLiteral("display_name")).toString();
                QVERIFY2(displayName.contains(road), qPrintable(displayName));
                const QJsonArray again = geocode(server, displayName);
                QVERIFY2(again.size() == 1, qPrintable(displayName));
                const QJsonObject found = again[0].toObject();
                QVERIFY2(qAbs(found.value(QStringLiteral("lat")).toString().toDouble() - latitude)
                        < 1e-6,
                    qPrintable(displayName));
                QVERIFY2(qAbs(found.value(QStringLiteral("lon")).toString().toDouble() - longitude)
                        < 1e-6,
                    qPrintable(displayName));
                QCOMPARE(found.value(QStringLiteral("display_name")).toString(), displayName);
            }
        }
    }

    // A request is closed as a duplicate only when an earlier one of its service lies at the same
    // spot: within 50 m, at the same address however it is written, or with the same address
    // text. The only report of its kind was closed as "Duplicate of an earlier report".
    void closingNotesFitTheReport()
    {
        QTemporaryDir dir;
        SandboxOptions options;
        options.dataPath = dir.filePath(QStringLiteral("city.sqlite"));
        options.seed = 2024;
        const QString pothole = QStringLiteral("021");
        const QString duplicate = QStringLiteral("Duplicate of an earlier report; closed.");
        const qint64 muchLater = 30LL * 24 * 3600 * 1000;
        QList<QPair<QString, bool>> expected; // id, closed as a duplicate
        QHash<QString, QString> notes;
        {
            SandboxServer server(options);
            QString error;
            QVERIFY2(server.start(error), qPrintable(error));
            Client* client = clientFor(server, SandboxOptions::kTrainingKey, this);
            const QPointF spot(-500, -500);
            const QPointF pine250 = metersOf(false, 4, 250);
            // The first of every service, all at one spot: nothing earlier of its own kind.
            QString other;
            for (const Service& service : server.catalogue().services()) {
                expected.append({ file(client, service.code, spot, QString()), false });
                if (service.code != pothole && other.isEmpty())
                    other = service.code;
            }
            expected.append({ file(client, pothole, spot + QPointF(0, 20), QString()), true });
            expected.append({ file(client, pothole, spot + QPointF(300, 0), QString()), false });
            expected.append(
                { file(client, pothole, std::nullopt, QStringLiteral("250 Pine Street")), false });
            expected.append({ file(client, pothole, std::nullopt,
                                  QStringLiteral("Calle Pine 250, Sandbox City")),
                true });
            expected.append({ file(client, pothole, pine250 + QPointF(10, 0), QString()), true });
            expected.append(
                { file(client, pothole, std::nullopt, QStringLiteral("Behind the old mill")),
                    false });
            expected.append(
                { file(client, pothole, std::nullopt, QStringLiteral("behind  the old MILL")),
                    true });
            expected.append(
                { file(client, other, std::nullopt, QStringLiteral("Behind the old mill")),
                    false });

            QSet<QString> otherNotes;
            for (const auto& [id, isDuplicate] : std::as_const(expected)) {
                QVERIFY(!id.isEmpty());
                const std::optional<SandboxStore::Request> stored = server.store().find(id);
                QVERIFY(stored);
                const RequestStatus status
                    = server.statusOf(*stored, stored->createdMs + muchLater);
                QCOMPARE(status.status, QStringLiteral("closed"));
                QVERIFY2((status.statusNotes == duplicate) == isDuplicate,
                    qPrintable(QStringLiteral("%1 (%2, %3): %4")
                                   .arg(id, stored->request.serviceCode,
                                       stored->request.addressString, status.statusNotes)));
                if (!isDuplicate)
                    otherNotes.insert(status.statusNotes);
                notes.insert(id, status.statusNotes);
            }
            // The seed still picks among the other closing notes.
            QCOMPARE(otherNotes,
                QSet<QString>({ QStringLiteral("Repaired. Thank you for your report."),
                    QStringLiteral("Completed by the street maintenance crew.") }));
        }
        // The same seed and the same requests give the same notes after a restart.
        SandboxServer again(options);
        QString error;
        QVERIFY2(again.start(error), qPrintable(error));
        for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
            const std::optional<SandboxStore::Request> stored = again.store().find(it.key());
            QVERIFY(stored);
            QCOMPARE(
                again.statusOf(*stored, stored->createdMs + muchLater).statusNotes, it.value());
        }
    }

    // One the city had already closed is not what a new report at the spot duplicates.
    void duplicateOnlyOfAnOpenRequest()
    {
        SandboxOptions options;
        options.paceSeconds = 0.5;
        SandboxServer server(options);
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        Client* client = clientFor(server, SandboxOptions::kTrainingKey, this);
        const QPointF spot(120, 30);
        const QString first = file(client, QStringLiteral("021"), spot, QString());
        QVERIFY(!first.isEmpty());
        const SandboxStore::Request filed = *server.store().find(first);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return server.statusOf(filed, QDateTime::currentMSecsSinceEpoch()).status
                    == QLatin1String("closed");
            },
            10000));
        const QString second = file(client, QStringLiteral("021"), spot, QString());
        const QString third = file(client, QStringLiteral("021"), spot + QPointF(5, 5), QString());
        QVERIFY(!second.isEmpty());
        QVERIFY(!third.isEmpty());
        const QString duplicate = QStringLiteral("Duplicate of an earlier report; closed.");
        const qint64 muchLater = 24LL * 3600 * 1000;
        const SandboxStore::Request secondFiled = *server.store().find(second);
        const SandboxStore::Request thirdFiled = *server.store().find(third);
        // The second came in while the first was closed, the third while the second was open.
        QVERIFY(server.statusOf(secondFiled, secondFiled.createdMs + muchLater).statusNotes
            != duplicate);
        QCOMPARE(
            server.statusOf(thirdFiled, thirdFiled.createdMs + muchLater).statusNotes, duplicate);
    }

    void concurrentCreatesGetDistinctIds()
    {
        SandboxServer server({});
        QString error;
        QVERIFY(server.start(error));
        QList<QFuture<Result<CreateResult>>> calls;
        for (int c = 0; c < 5; ++c) {
            Client* client = clientFor(server, SandboxOptions::kTrainingKey, this);
            for (int i = 0; i < 20; ++i)
                calls.append(client->createRequest(pothole()));
        }
        QSet<QString> ids;
        for (auto& call : calls) {
            const Result<CreateResult> result = waitFor(call);
            QVERIFY(result.ok());
            ids.insert(result.value().serviceRequestId);
        }
        QCOMPARE(ids.size(), 100);
        QCOMPARE(server.store().count(), 100);
    }

    void customCatalogue()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("services.xml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<ServiceResponse><Open311ServiceList>"
                   "<service service_code=\"A&amp;B\" service_name=\"Sign &lt;bent&gt;\" "
                   "service_description=\"x\" service_level_agreement=\"Soon &amp; fast\"/>"
                   "</Open311ServiceList></ServiceResponse>");
        file.close();
        SandboxOptions options;
        options.servicesFile = path;
        SandboxServer server(options);
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        Client* client = clientFor(server, SandboxOptions::kTrainingKey, this);
        const Result<ServiceList> list = waitFor(client->serviceList());
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), 1);
        QCOMPARE(list.value()[0].code, QStringLiteral("A&B"));
        QCOMPARE(list.value()[0].name, QStringLiteral("Sign <bent>"));
        NewRequest r = pothole();
        r.serviceCode = QStringLiteral("A&B");
        QCOMPARE(waitFor(client->createRequest(r)).value().serviceLevelAgreement,
            QStringLiteral("Soon & fast"));

        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write("<ServiceResponse><service service_code=\"1\"");
        file.close();
        SandboxServer broken(options);
        QVERIFY(!broken.start(error));
        QVERIFY(error.contains(QLatin1String("well-formed")));
    }

    void commandLineServer()
    {
        QTemporaryDir dir;
        QProcess process;
        process.start(QStringLiteral(OPEN311_SANDBOX_PATH),
            { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"),
                dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("--api-key"),
                QStringLiteral("secret-training-key") });
        QVERIFY(process.waitForStarted());
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += process.readAllStandardOutput();
                return out.contains("Port: ");
            },
            10000));
        const int portStart = out.indexOf("Port: ") + 6;
        const quint16 port
            = out.mid(portStart, out.indexOf('\n', portStart) - portStart).toUShort();
        QVERIFY(port > 0);
        QUrl url(QStringLiteral("http://127.0.0.1:%1/dev/V1/status_update").arg(port));
        url.setQuery(QStringLiteral("api_key=secret-training-key&city_id=sandbox.example&"
                                    "service_request_id=5"));
        QCOMPARE(errorCodeOf(get(url).body), 302);
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QByteArray log
            = out + process.readAllStandardOutput() + process.readAllStandardError();
        QVERIFY(log.contains("GET /dev/V1/status_update 200"));
        QVERIFY(!log.contains("secret-training-key"));

        QProcess bad;
        bad.start(QStringLiteral(OPEN311_SANDBOX_PATH),
            { QStringLiteral("--fault-rate"), QStringLiteral("2") });
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 2);
    }
};

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    SandboxTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "sandbox_test.moc"
