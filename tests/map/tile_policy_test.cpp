#include "FutureWait.h"
#include "TilePng.h"
#include "core/RetryAfter.h"
#include "http/HttpServer.h"
#include "map/Geocoder.h"
#include "map/TileLoader.h"
#include "mapwidget/MapWidget.h"
#include "profiles/ProfileStore.h"

#include <QApplication>
#include <QBuffer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace Open311;
using Open311::Testing::waitFor;

namespace {

HttpResponse pngResponse()
{
    static const QByteArray png = Testing::solidTilePng(QColor(200, 220, 180));
    HttpResponse response;
    response.contentType = "image/png";
    response.body = png;
    return response;
}

int zoomOfPath(const QString& path)
{
    // /tiles/z/x/y.png
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts).value(1).toInt();
}

TileSource sourceOn(const HttpServer& server)
{
    return TileSource::xyz(server.baseUrl().toString() + QStringLiteral("tiles/{z}/{x}/{y}.png"),
        QStringLiteral("test"));
}

bool loaded(const TileLoader& loader, const QList<TileKey>& keys)
{
    for (const TileKey& key : keys) {
        if (loader.tile(key).isNull())
            return false;
    }
    return true;
}

Profile customCity()
{
    Profile p;
    p.id = QStringLiteral("custom");
    p.displayName = QStringLiteral("Custom City");
    p.protocol = Protocol::GeoReportV2;
    p.baseUrl = QUrl(QStringLiteral("https://city.example/open311/v2/"));
    return p;
}

} // namespace

// What the map owes the servers it uses, found missing when it was run against a logging
// stand-in for OpenStreetMap's tile server and Nominatim: each rule against a loopback server.
class TilePolicyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryAfterIsReadInBothForms()
    {
        const QDateTime now
            = QDateTime::fromString(QStringLiteral("2026-12-02T10:00:00Z"), Qt::ISODate);
        QCOMPARE(RetryAfter::parse("30", now), 30000);
        QCOMPARE(RetryAfter::parse(" 0 ", now), 0);
        QCOMPARE(RetryAfter::parse("Wed, 02 Dec 2026 10:00:45 GMT", now), 45000);
        QCOMPARE(RetryAfter::parse("Wed, 02 Dec 2026 09:00:00 GMT", now), 0); // already past
        QCOMPARE(RetryAfter::parse("99999999999", now), RetryAfter::kMaxMs);
        QCOMPARE(RetryAfter::parse("99999999999999999999999", now), RetryAfter::kMaxMs);
        QCOMPARE(RetryAfter::parse("wed, 02 dec 2026 10:00:10 gmt", now), 10000);
        QCOMPARE(RetryAfter::parse("-5", now), -1);
        QCOMPARE(RetryAfter::parse("soon", now), -1);
        QCOMPARE(RetryAfter::parse("", now), -1);
    }

    // A 429 with Retry-After: 30 was retried after 1.15 s while the other tiles kept loading.
    void aBusyTileServerIsLeftAloneAsAWhole()
    {
        QElapsedTimer clock;
        clock.start();
        qint64 busyAt = -1;
        QList<qint64> askedAt;
        HttpServer server;
        server.setHandler([&](const HttpRequest&) {
            askedAt.append(clock.elapsed());
            if (busyAt < 0) {
                busyAt = clock.elapsed();
                HttpResponse busy = HttpResponse::text(429, "slow down");
                busy.headers.append({ QByteArray("Retry-After"), QByteArray("1") });
                return busy;
            }
            HttpResponse response = pngResponse();
            response.delayMs = 20;
            return response;
        });
        QVERIFY(server.listen());
        TileLoader loader(sourceOn(server), QString());
        loader.setMaxInFlight(1); // the 429 is the only answer, so every later ask is after it
        QList<TileKey> wanted;
        for (int i = 0; i < 8; ++i)
            wanted.append({ 9, 100 + i, 200, 1 });
        loader.setWanted(wanted);
        QVERIFY(QTest::qWaitFor([&] { return loaded(loader, wanted); }, 10000));
        QCOMPARE(askedAt.size(), 9); // each tile once, and the first twice
        for (qsizetype i = 1; i < askedAt.size(); ++i)
            QVERIFY2(askedAt[i] >= busyAt + 950,
                qPrintable(QStringLiteral("asked %1 ms after the 429").arg(askedAt[i] - busyAt)));
        QVERIFY(!loader.hasFailed(wanted.first()));
    }

    void aBusyGeocoderIsLeftAloneToo()
    {
        int hits = 0;
        HttpServer server;
        server.setHandler([&](const HttpRequest&) {
            if (++hits == 1) {
                HttpResponse busy = HttpResponse::text(503, "maintenance");
                busy.headers.append({ QByteArray("Retry-After"),
                    QDateTime::currentDateTimeUtc()
                        .addSecs(3)
                        .toString(QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                        .toLatin1() });
                return busy;
            }
            return HttpResponse::json(R"([{"lat":"40.1","lon":"-100.2","display_name":"Here"}])");
        });
        QVERIFY(server.listen());
        Geocoder geocoder(server.baseUrl());
        geocoder.setMinimumInterval(0);
        const Result<QList<GeoPlace>> first = waitFor(geocoder.search(QStringLiteral("Main St")));
        QVERIFY(!first.ok());
        QVERIFY2(first.error().message().contains(QLatin1String("busy")),
            qPrintable(first.error().message()));
        // During the pause nothing reaches the server, and the caller hears why at once.
        const Result<QList<GeoPlace>> during = waitFor(geocoder.search(QStringLiteral("Oak St")));
        QVERIFY(!during.ok());
        QVERIFY(during.error().message().contains(QLatin1String("second")));
        QCOMPARE(hits, 1);
        QTest::qWait(3100);
        const Result<QList<GeoPlace>> after = waitFor(geocoder.search(QStringLiteral("Oak St")));
        QVERIFY(after.ok());
        QCOMPARE(after.value().size(), 1);
        QCOMPARE(hits, 2);
    }

    void theGeocoderAsksForTheCallersLanguageThenTheCitys()
    {
        QByteArray language;
        HttpServer server;
        server.setHandler([&](const HttpRequest& r) {
            language = r.headers.value("accept-language");
            return HttpResponse::json("[]");
        });
        QVERIFY(server.listen());
        Geocoder geocoder(server.baseUrl());
        geocoder.setMinimumInterval(0);
        geocoder.setLanguages({ QStringLiteral("es"), QStringLiteral("en") });
        QVERIFY(waitFor(geocoder.search(QStringLiteral("Calle Mayor"))).ok());
        QCOMPARE(language, QByteArray("es, en;q=0.9"));
        // The same language twice, or an unknown city language, is asked for once.
        geocoder.setLanguages({ QStringLiteral("en"), QStringLiteral("EN"), QString() });
        QVERIFY(waitFor(geocoder.search(QStringLiteral("Main Street"))).ok());
        QCOMPARE(language, QByteArray("en"));
        // A profile's text never reaches the header as it is.
        geocoder.setLanguages({ QStringLiteral("pt_BR"), QStringLiteral("en\r\nX-Injected: 1") });
        QVERIFY(waitFor(geocoder.search(QStringLiteral("Rua Augusta"))).ok());
        QCOMPARE(language, QByteArray("pt-BR"));
        Profile p = customCity();
        p.cityLanguage = QStringLiteral("en\r\nX-Injected: 1");
        QVERIFY(ProfileStore::checkForSaving(p).has_value());
        // One saved before the rule still opens; its tag never reaches the header.
        QVERIFY(!ProfileStore::validate(p).has_value());
        p.cityLanguage = QStringLiteral("pt_BR");
        QVERIFY(!ProfileStore::checkForSaving(p).has_value());
    }

    // "Retry-After: 0", or a date gone by, was a loop without pause.
    void aPauseOfNothingIsStillAPause()
    {
        int hits = 0;
        HttpServer server;
        server.setHandler([&](const HttpRequest&) {
            ++hits;
            HttpResponse busy = HttpResponse::text(429, "slow down");
            busy.headers.append({ QByteArray("Retry-After"), QByteArray("0") });
            return busy;
        });
        QVERIFY(server.listen());
        TileLoader loader(sourceOn(server), QString());
        loader.setRetryBaseDelay(20);
        const TileKey key { 9, 300, 200, 1 };
        loader.setWanted({ key });
        QTest::qWait(500);
        // At 0, 20, 60, 140 and 300 ms: the backoff, not the server's zero.
        QVERIFY2(hits <= 6, qPrintable(QString::number(hits)));
        QTRY_VERIFY_WITH_TIMEOUT(loader.hasFailed(key), 30000);
        QCOMPARE(hits, TileLoader::kMaxBusyAttempts);
    }

    // Searches waiting behind the one that heard "busy" are answered at once, not after it.
    void searchesQueuedDuringAPauseHearAtOnce()
    {
        HttpServer server;
        server.setHandler([&](const HttpRequest&) {
            HttpResponse busy = HttpResponse::text(429, "slow down");
            busy.headers.append({ QByteArray("Retry-After"), QByteArray("30") });
            busy.delayMs = 50;
            return busy;
        });
        QVERIFY(server.listen());
        Geocoder geocoder(server.baseUrl());
        QFuture<Result<QList<GeoPlace>>> first = geocoder.search(QStringLiteral("Main St"));
        QFuture<Result<QList<GeoPlace>>> second = geocoder.search(QStringLiteral("Oak St"));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!waitFor(first).ok());
        const Result<QList<GeoPlace>> queued = waitFor(second);
        QVERIFY(!queued.ok());
        QVERIFY(queued.error().message().contains(QLatin1String("30 second")));
        QVERIFY2(clock.elapsed() < 900, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(geocoder.requestsSent(), 1);
    }

    void plainHttpOnlyToThisMachineOrWhenAllowed()
    {
        // 192.0.2.0/24 is for documentation: nothing answers there, and nothing may be asked.
        const QString remote = QStringLiteral("http://192.0.2.7/tiles/{z}/{x}/{y}.png");
        TileSource source = TileSource::fromSetting(remote, QStringLiteral("City tiles"));
        QVERIFY(source.refusesPlainHttp());
        TileLoader loader(source, QString());
        QSignalSpy failed(&loader, &TileLoader::tileFailed);
        loader.setWanted({ { 3, 1, 1, 1 }, { 3, 2, 1, 1 } });
        QCOMPARE(failed.count(), 2);
        QCOMPARE(loader.fetchesStarted(), 0);
        QVERIFY(loader.refusal().contains(QLatin1String("plain HTTP")));
        source.setAllowPlainHttp(true);
        QVERIFY(!source.refusesPlainHttp());
        QVERIFY(!TileSource::fromSetting(
            QStringLiteral("http://127.0.0.1:8080/{z}/{x}/{y}.png"), QStringLiteral("t"))
                     .refusesPlainHttp());
        QVERIFY(!TileSource::fromSetting(
            QStringLiteral("https://192.0.2.7/{z}/{x}/{y}.png"), QStringLiteral("t"))
                     .refusesPlainHttp());

        // The map says why it is empty.
        MapWidget map;
        map.setTileSource(TileSource::fromSetting(remote, QStringLiteral("City tiles")));
        map.resize(300, 200);
        map.setZoom(3);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QTRY_VERIFY(map.isViewUnavailable());
        QVERIFY(map.accessibleDescription().contains(QLatin1String("plain HTTP")));
        QCOMPARE(map.tileLoader()->fetchesStarted(), 0);

        // A typed address never leaves unencrypted for another machine.
        Geocoder geocoder(QUrl(QStringLiteral("http://192.0.2.7/")));
        const Result<QList<GeoPlace>> refused = waitFor(geocoder.search(QStringLiteral("Main St")));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message().contains(QLatin1String("plain HTTP")));
        QCOMPARE(geocoder.requestsSent(), 0);

        // Settings and provisioning refuse both, unless the jurisdiction allows plain HTTP.
        Profile p = customCity();
        p.tileUrlTemplate = remote;
        p.tileAttribution = QStringLiteral("City tiles");
        QVERIFY(ProfileStore::validate(p).has_value());
        p.tileUrlTemplate.clear();
        p.geocoderUrl = QUrl(QStringLiteral("http://192.0.2.7/"));
        QVERIFY(ProfileStore::validate(p).has_value());
        p.tileUrlTemplate = remote;
        p.allowPlainHttp = true;
        QVERIFY(!ProfileStore::validate(p).has_value());
        QVERIFY(!TileSource::forProfile(p).refusesPlainHttp());
    }

    void everyTileSourceSaysWhoseMapItIs()
    {
        const TileSource osm = TileSource::fromSetting(
            QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"), QString());
        QCOMPARE(osm.attribution(), TileSource::openStreetMap().attribution());
        QVERIFY(osm.attributionUrl().isValid());
        QCOMPARE(
            TileSource::fromSetting(
                QStringLiteral("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"), QString())
                .attribution(),
            TileSource::openStreetMap().attribution());
        QCOMPARE(
            TileSource::fromSetting(
                QStringLiteral("https://tiles.city.example/{z}/{x}/{y}.png"), QStringLiteral(" "))
                .attribution(),
            QStringLiteral("Map tiles: tiles.city.example"));
        QCOMPARE(TileSource::fromSetting(QStringLiteral("/srv/kiosk/city.mbtiles"), QString())
                     .attribution(),
            QStringLiteral("Map tiles: city.mbtiles"));

        // A map other than OpenStreetMap's cannot be saved or imported without its attribution;
        // one saved before the rule still opens.
        Profile p = customCity();
        p.tileUrlTemplate = QStringLiteral("https://tiles.city.example/{z}/{x}/{y}.png");
        const std::optional<Error> missing = ProfileStore::checkForSaving(p);
        QVERIFY(missing.has_value());
        QVERIFY(missing->message().contains(QLatin1String("attribution")));
        QVERIFY(!ProfileStore::validate(p).has_value());
        QString error;
        QVERIFY(!ProfileStore::importProfile(ProfileStore::exportProfile(p), error).has_value());
        QVERIFY(error.contains(QLatin1String("attribution")));
        p.tileAttribution = QStringLiteral("\u00a9 City of Example");
        QVERIFY(!ProfileStore::checkForSaving(p).has_value());
        p.tileUrlTemplate = QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
        p.tileAttribution.clear();
        QVERIFY(!ProfileStore::checkForSaving(p).has_value());

        // On screen, the OpenStreetMap URL with no words of its own shows OSM's.
        MapWidget map;
        map.setTileSource(TileSource::fromSetting(p.tileUrlTemplate, p.tileAttribution));
        map.resize(400, 300);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        const QImage shot = map.grab().toImage();
        // The attribution's box, bottom right, is drawn over the (tileless, grey) map.
        const QColor corner = shot.pixelColor(shot.width() - 8, shot.height() - 8);
        const QColor middle = shot.pixelColor(shot.width() / 2, shot.height() / 2);
        QVERIFY(corner != middle);
    }

    // A new source, then the saved centre, then its zoom (what a jurisdiction's start does) once
    // asked for zoom-2 tiles of the whole world and cancelled them.
    void theFirstTilesAskedForAreTheViewShown()
    {
        QList<int> zooms;
        HttpServer server;
        server.setHandler([&](const HttpRequest& r) {
            zooms.append(zoomOfPath(r.path));
            return pngResponse();
        });
        QVERIFY(server.listen());
        MapWidget map;
        map.resize(500, 400);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        map.setTileSource(sourceOn(server));
        map.setCenter(QGeoCoordinate(40.0, -100.0));
        map.setZoom(15);
        QVERIFY(
            QTest::qWaitFor([&] { return loaded(*map.tileLoader(), map.visibleTiles(0)); }, 10000));
        QVERIFY(!zooms.isEmpty());
        QCOMPARE(QSet<int>(zooms.begin(), zooms.end()), QSet<int> { 15 });
        QCOMPARE(map.tileLoader()->fetchesCancelled(), 0);
    }
};

QTEST_MAIN(TilePolicyTest)
#include "tile_policy_test.moc"
