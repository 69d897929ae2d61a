#include "FutureWait.h"
#include "core/WebMercator.h"
#include "http/HttpServer.h"
#include "map/Geocoder.h"
#include "map/PositionLocator.h"
#include "map/TileLoader.h"
#include "mapwidget/MapWidget.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNmeaPositionInfoSource>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Open311;
using Open311::Testing::waitFor;

namespace {

// A tile whose colour says which tile it is.
QColor tileColour(const TileKey& key)
{
    return QColor((key.x * 40 + key.z * 7) % 256, (key.y * 40) % 256, (key.z * 30) % 256);
}

QByteArray tilePng(const TileKey& key, int size = 256)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(tileColour(key));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

TileKey keyFromPath(const QString& path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // /tiles/z/x/y.png
    return { parts.value(1).toInt(), parts.value(2).toInt(),
        parts.value(3).section(QLatin1Char('.'), 0, 0).toInt(), 1 };
}

} // namespace

class MapTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder; // a folder tile source, zoom 0..4

    // The map at zoom 2 centred on (0, 0) in a 512x512 view: exactly tiles x 1..2, y 1..2.
    // Null if the window or its tiles never came.
    static QImage shotOfFourTiles(MapWidget& map)
    {
        map.resize(512, 512);
        map.setZoom(2);
        map.setCenter(QGeoCoordinate(0, 0));
        map.show();
        if (!QTest::qWaitForWindowExposed(&map)
            || !waitForTiles(*map.tileLoader(), map.visibleTiles(0)))
            return QImage();
        return map.grab().toImage();
    }

    QString folderTiles()
    {
        if (QDir(m_folder.filePath(QStringLiteral("0"))).exists())
            return m_folder.path();
        for (int z = 0; z <= 4; ++z) {
            for (int x = 0; x < (1 << z); ++x) {
                for (int y = 0; y < (1 << z); ++y) {
                    const QString dir = m_folder.filePath(QStringLiteral("%1/%2").arg(z).arg(x));
                    QDir().mkpath(dir);
                    QFile file(dir + QStringLiteral("/%1.png").arg(y));
                    file.open(QIODevice::WriteOnly);
                    file.write(tilePng({ z, x, y, 1 }));
                }
            }
        }
        return m_folder.path();
    }

    static bool waitForTiles(TileLoader& loader, const QList<TileKey>& keys, int ms = 10000)
    {
        return QTest::qWaitFor(
            [&] {
                for (const TileKey& key : keys) {
                    if (loader.tile(key).isNull())
                        return false;
                }
                return true;
            },
            ms);
    }

    // Presses on the pin's head and drags 40 px to the left; where the tip was before.
    static QPointF dragPinLeft(MapWidget& map)
    {
        const QPointF tip = map.toScreen(map.pin());
        const QPoint grab = (tip - QPointF(0, 20)).toPoint();
        QTest::mousePress(&map, Qt::LeftButton, {}, grab);
        for (int i = 1; i <= 5; ++i)
            QTest::mouseMove(&map, grab + QPoint(-i * 8, 0));
        QTest::mouseRelease(&map, Qt::LeftButton, {}, grab + QPoint(-40, 0));
        return tip;
    }

private Q_SLOTS:
    void mercatorRoundTrips_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("zoom");
        QTest::newRow("sf") << 37.76524078 << -122.4212043 << 15.0;
        QTest::newRow("origin") << 0.0 << 0.0 << 0.0;
        QTest::newRow("south west") << -60.5 << -179.999 << 3.5;
        QTest::newRow("north east") << 84.9 << 179.999 << 19.0;
        QTest::newRow("fractional") << 40.0 << -100.0 << 16.37;
    }

    void mercatorRoundTrips()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(double, zoom);
        double lat2 = 0;
        double lon2 = 0;
        WebMercator::fromWorld(WebMercator::toWorld(lat, lon, zoom), zoom, lat2, lon2);
        QVERIFY(qAbs(lat - lat2) < 1e-9);
        QVERIFY(qAbs(lon - lon2) < 1e-9);
    }

    void mercatorEdges()
    {
        // Poles clamp to the square world.
        QCOMPARE(WebMercator::toWorld(90, 0, 0).y(), 0.0);
        QVERIFY(qAbs(WebMercator::toWorld(-90, 0, 0).y() - 256.0) < 1e-6);
        QCOMPARE(WebMercator::clampLatitude(-91), -WebMercator::kMaxLatitude);
        // The antimeridian wraps.
        QCOMPARE(WebMercator::wrapLongitude(180.0), -180.0);
        QCOMPARE(WebMercator::wrapLongitude(190.0), -170.0);
        QCOMPARE(WebMercator::wrapLongitude(-540.0), -180.0);
        // Tile maths: SF at zoom 12 is tile 655/1583.
        const QPointF sf = WebMercator::toWorld(37.7749, -122.4194, 12);
        QCOMPARE(int(sf.x() / 256), 655);
        QCOMPARE(int(sf.y() / 256), 1583);
        QVERIFY(qAbs(WebMercator::metersPerPixel(0, 0) - 156543.03) < 0.01);
        QVERIFY(qAbs(WebMercator::distanceMeters(0, 0, 0, 1) - 111195) < 5);
    }

    void sourceTemplates()
    {
        const TileSource osm = TileSource::openStreetMap();
        QCOMPARE(osm.tileUrl({ 3, 4, 5, 1 }).toString(),
            QStringLiteral("https://tile.openstreetmap.org/3/4/5.png"));
        QVERIFY(osm.attribution().contains(QStringLiteral("OpenStreetMap contributors")));
        QVERIFY(osm.isValid());
        const TileSource custom
            = TileSource::xyz(QStringLiteral("https://{s}.tiles.example/{z}/{x}/{y}{r}.png"),
                QStringLiteral("x"), QUrl(), 0, 18, { QStringLiteral("a"), QStringLiteral("b") });
        QCOMPARE(custom.tileUrl({ 1, 0, 1, 2 }).toString(),
            QStringLiteral("https://b.tiles.example/1/0/1@2x.png"));
        QCOMPARE(custom.tileUrl({ 1, 0, 0, 1 }).toString(),
            QStringLiteral("https://a.tiles.example/1/0/0.png"));
        QVERIFY(custom.offersRetina());
        QVERIFY(!TileSource::xyz(QStringLiteral("https://x/{z}/{y}.png"), QString()).isValid());
    }

    // A jurisdiction names its map in one setting; each form picks its kind of source.
    void sourceFromASetting()
    {
        QCOMPARE(TileSource::fromSetting(QString(), QString()).location(),
            TileSource::openStreetMap().location());
        const TileSource offline = TileSource::fromSetting(
            QStringLiteral("/srv/kiosk/city.mbtiles"), QStringLiteral("City"));
        QCOMPARE(offline.kind(), TileSource::Kind::MBTiles);
        QCOMPARE(offline.attribution(), QStringLiteral("City"));
        QCOMPARE(TileSource::fromSetting(QStringLiteral("/srv/kiosk/tiles"), QStringLiteral("City"))
                     .kind(),
            TileSource::Kind::Folder);
        const TileSource web
            = TileSource::fromSetting(QStringLiteral("https://tiles.example/{z}/{x}/{y}.png"),
                QStringLiteral("City"), QUrl(QStringLiteral("https://tiles.example/about")));
        QCOMPARE(web.kind(), TileSource::Kind::Xyz);
        QCOMPARE(web.attributionUrl(), QUrl(QStringLiteral("https://tiles.example/about")));
        QCOMPARE(web.maxZoom(), 19);
    }

    void schedulingCapCentreFirstNoDuplicates()
    {
        QList<TileKey> order;
        int inFlight = 0;
        int peak = 0;
        HttpServer server;
        server.setHandler([&](const HttpRequest& r) {
            const TileKey key = keyFromPath(r.path);
            order.append(key);
            peak = qMax(peak, ++inFlight);
            QTimer::singleShot(60, [&] { --inFlight; });
            HttpResponse response;
            response.contentType = "image/png";
            response.body = tilePng(key);
            response.delayMs = 60;
            return response;
        });
        QVERIFY(server.listen());
        TileLoader loader(
            TileSource::xyz(server.baseUrl().toString() + QStringLiteral("tiles/{z}/{x}/{y}.png"),
                QStringLiteral("test")),
            QString());
        QList<TileKey> wanted;
        for (int i = 0; i < 24; ++i)
            wanted.append({ 5, i, 3, 1 });
        loader.setWanted(wanted);
        QCOMPARE(loader.inFlight(), TileLoader::kDefaultMaxInFlight);
        // Asking again for the same tiles starts nothing new.
        loader.setWanted(wanted);
        loader.setWanted(wanted);
        QVERIFY(waitForTiles(loader, wanted));
        QCOMPARE(order.size(), 24);
        QCOMPARE(QSet<TileKey>(order.begin(), order.end()).size(), 24);
        QVERIFY(peak <= TileLoader::kDefaultMaxInFlight);
        QCOMPARE(loader.peakInFlight(), TileLoader::kDefaultMaxInFlight);
        // The first six asked for are the first six fetched: the centre comes first.
        for (int i = 0; i < 6; ++i)
            QVERIFY(order.mid(0, 6).contains(wanted[i]));
        QCOMPARE(loader.tile(wanted[0]).pixelColor(10, 10), tileColour(wanted[0]));
    }

    // In a wide view the margin above the centre is nearer than the view's own left and right
    // edges; the whole view is still asked for before any of the margin.
    void wholeViewBeforeTheMargin()
    {
        MapWidget map;
        map.resize(1920, 1080);
        map.setZoom(15.0);
        map.setCenter(QGeoCoordinate(37.7749, -122.4194));
        const QList<TileKey> view = map.visibleTiles(0);
        const QList<TileKey> withMargin = map.visibleTiles(1);
        QVERIFY(view.size() >= 40);
        QVERIFY(withMargin.size() > view.size());
        const QList<TileKey> first = withMargin.mid(0, view.size());
        QCOMPARE(
            QSet<TileKey>(first.begin(), first.end()), QSet<TileKey>(view.begin(), view.end()));
        QCOMPARE(withMargin.first(), view.first());
        const QPointF centre(960, 540);
        const auto distance = [&](const TileKey& key) {
            double latitude = 0;
            double longitude = 0;
            WebMercator::fromWorld(
                QPointF((key.x + 0.5) * 256, (key.y + 0.5) * 256), key.z, latitude, longitude);
            return QLineF(centre, map.toScreen(QGeoCoordinate(latitude, longitude))).length();
        };
        for (qsizetype i = 1; i < view.size(); ++i)
            QVERIFY(distance(withMargin[i - 1]) <= distance(withMargin[i]) + 1.0);
    }

    void tilesThatLeaveTheViewAreCancelled()
    {
        QList<TileKey> requested;
        HttpServer server;
        server.setHandler([&](const HttpRequest& r) {
            requested.append(keyFromPath(r.path));
            HttpResponse response;
            response.contentType = "image/png";
            response.body = tilePng(keyFromPath(r.path));
            response.delayMs = 300;
            return response;
        });
        QVERIFY(server.listen());
        TileLoader loader(
            TileSource::xyz(server.baseUrl().toString() + QStringLiteral("tiles/{z}/{x}/{y}.png"),
                QStringLiteral("test")),
            QString());
        QList<TileKey> first;
        QList<TileKey> second;
        for (int i = 0; i < 12; ++i) {
            first.append({ 6, i, 1, 1 });
            second.append({ 6, i, 40, 1 });
        }
        loader.setWanted(first);
        QTest::qWait(50);
        loader.setWanted(second);
        QCOMPARE(loader.fetchesCancelled(), 6);
        QVERIFY(waitForTiles(loader, second));
        // Of the first view only the six already in flight were ever asked for, and none
        // of them was kept.
        int fromFirst = 0;
        for (const TileKey& key : requested)
            fromFirst += first.contains(key) ? 1 : 0;
        QVERIFY(fromFirst <= 6);
        for (const TileKey& key : first)
            QVERIFY(loader.tile(key).isNull());
    }

    void failuresRetryAndErrorsAreNeverCached()
    {
        QTemporaryDir cacheDir;
        QHash<QString, int> hits;
        HttpServer server;
        server.setHandler([&](const HttpRequest& r) {
            const int hit = ++hits[r.path];
            const TileKey key = keyFromPath(r.path);
            if (key.x == 1 && hit == 1)
                return HttpResponse::html(503, "<html>busy</html>");
            if (key.x == 2)
                return HttpResponse::html(404, "<html>none</html>");
            if (key.x == 3) // a "blocked" page served as 200
                return HttpResponse::html(200, "<html><body>Access blocked</body></html>");
            HttpResponse response;
            response.contentType = "image/png";
            response.body = tilePng(key);
            return response; // no cache headers at all
        });
        QVERIFY(server.listen());
        const TileSource source
            = TileSource::xyz(server.baseUrl().toString() + QStringLiteral("tiles/{z}/{x}/{y}.png"),
                QStringLiteral("t"));
        TileLoader loader(source, cacheDir.path());
        loader.setRetryBaseDelay(50);
        QSignalSpy failed(&loader, &TileLoader::tileFailed);
        const TileKey ok { 3, 0, 0, 1 };
        const TileKey flaky { 3, 1, 0, 1 };
        const TileKey missing { 3, 2, 0, 1 };
        const TileKey blocked { 3, 3, 0, 1 };
        loader.setWanted({ ok, flaky, missing, blocked });
        QVERIFY(waitForTiles(loader, { ok, flaky }));
        QTRY_COMPARE(failed.count(), 2);
        QCOMPARE(hits.value(QStringLiteral("/tiles/3/1/0.png")), 2);
        QVERIFY(loader.hasFailed(missing));
        QVERIFY(loader.hasFailed(blocked));

        auto* cache = qobject_cast<QNetworkDiskCache*>(loader.network()->cache());
        QVERIFY(cache);
        QVERIFY(cache->metaData(source.tileUrl(ok)).isValid());
        QVERIFY(!cache->metaData(source.tileUrl(missing)).isValid());
        QVERIFY(!cache->metaData(source.tileUrl(blocked)).isValid());
        // No lifetime from the server: at least a week.
        const QDateTime expires = cache->metaData(source.tileUrl(ok)).expirationDate();
        QVERIFY(expires > QDateTime::currentDateTimeUtc().addDays(6));

        // A second loader on the same cache does not go to the server for a kept tile.
        const int before = hits.value(QStringLiteral("/tiles/3/0/0.png"));
        TileLoader again(source, cacheDir.path());
        again.setWanted({ ok });
        QVERIFY(waitForTiles(again, { ok }));
        QCOMPARE(hits.value(QStringLiteral("/tiles/3/0/0.png")), before);
    }

    void tilesAreReadByTheirSignature()
    {
        QByteArray jpeg;
        {
            QImage image(256, 256, QImage::Format_RGB32);
            image.fill(QColor(20, 90, 200));
            QBuffer buffer(&jpeg);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(image.save(&buffer, "JPEG", 95));
        }
        const QByteArray svg
            = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"256\" height=\"256\">"
              "<rect width=\"256\" height=\"256\" fill=\"red\"/></svg>";
        HttpServer server;
        server.setHandler([&](const HttpRequest& r) {
            const TileKey key = keyFromPath(r.path);
            HttpResponse response;
            response.contentType = "image/png"; // what a server says is not what it sends
            response.body = key.x == 0 ? jpeg : key.x == 1 ? svg : tilePng(key);
            return response;
        });
        QVERIFY(server.listen());
        QTemporaryDir cacheDir;
        TileLoader loader(
            TileSource::xyz(server.baseUrl().toString() + QStringLiteral("tiles/{z}/{x}/{y}.png"),
                QStringLiteral("t")),
            cacheDir.path());
        const TileKey jpegKey { 3, 0, 0, 1 }, svgKey { 3, 1, 0, 1 }, pngKey { 3, 2, 0, 1 };
        loader.setWanted({ jpegKey, svgKey, pngKey });
        QVERIFY(waitForTiles(loader, { jpegKey, pngKey }));
        const QColor shown = loader.tile(jpegKey).pixelColor(128, 128);
        QVERIFY2(qAbs(shown.red() - 20) < 8 && qAbs(shown.green() - 90) < 8
                && qAbs(shown.blue() - 200) < 8,
            qPrintable(shown.name()));
        QCOMPARE(loader.tile(pngKey).pixelColor(5, 5), tileColour(pngKey));
        // An SVG is a document, not a tile: Qt would draw it, so it must not get that far.
        QTRY_VERIFY(loader.hasFailed(svgKey));
        QVERIFY(loader.tile(svgKey).isNull());
    }

    void folderAndMBTilesSources()
    {
        TileLoader folder(TileSource::folder(folderTiles(), QStringLiteral("local")), QString());
        const TileKey key { 3, 5, 2, 1 };
        folder.setWanted({ key, { 3, 7, 7, 1 }, { 9, 0, 0, 1 } });
        QVERIFY(waitForTiles(folder, { key }));
        QCOMPARE(folder.tile(key).pixelColor(5, 5), tileColour(key));
        QTRY_VERIFY(folder.hasFailed({ 9, 0, 0, 1 }));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("city.mbtiles"));
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("gen"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE tiles (zoom_level INTEGER, tile_column "
                                          "INTEGER, tile_row INTEGER, tile_data BLOB)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)")));
            q.prepare(QStringLiteral("INSERT INTO tiles VALUES (?, ?, ?, ?)"));
            q.addBindValue(3);
            q.addBindValue(5);
            q.addBindValue((1 << 3) - 1 - 2); // TMS rows count from the south
            q.addBindValue(tilePng(key));
            QVERIFY(q.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("gen"));
        TileLoader mbtiles(TileSource::mbtiles(path, QStringLiteral("offline")), QString());
        mbtiles.setWanted({ key, { 3, 5, 5, 1 } });
        QVERIFY(waitForTiles(mbtiles, { key }));
        QCOMPARE(mbtiles.tile(key).pixelColor(100, 100), tileColour(key));
        QTRY_VERIFY(mbtiles.hasFailed({ 3, 5, 5, 1 }));
    }

    void rendersTilesPixelByPixel()
    {
        MapWidget map;
        map.setTileSource(TileSource::folder(folderTiles(), QStringLiteral("Test tiles")));
        const QImage shot = shotOfFourTiles(map);
        QVERIFY(!shot.isNull());
        QCOMPARE(shot.pixelColor(128, 128), tileColour({ 2, 1, 1, 1 }));
        QCOMPARE(shot.pixelColor(384, 128), tileColour({ 2, 2, 1, 1 }));
        QCOMPARE(shot.pixelColor(128, 300), tileColour({ 2, 1, 2, 1 }));
        // The attribution is always drawn, bottom right.
        QVERIFY(map.attributionRect().right() >= 500);
        QVERIFY(map.attributionRect().bottom() >= 500);
    }

    // A one-pixel checkerboard on every tile: drawn pixel for pixel it stays a checkerboard,
    // scaled or smoothed it turns to blocks or grey. At 200 % (map_test_200) the @2x tiles
    // land one to one on the screen's pixels.
    // Standing at a kiosk, 11-pixel street names were too small to read: a touch map shows the
    // level above in @2x tiles, pixel for pixel, where the source has them.
    void aTouchMapShowsNamesTwiceTheSize()
    {
        MapWidget map;
        map.resize(600, 400);
        map.setZoom(16);
        map.setTileSource(TileSource::xyz(
            QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}{r}.png"), QStringLiteral("test")));
        const auto levels = [&map] {
            QSet<QPair<int, int>> seen;
            for (const TileKey& key : map.visibleTiles(0))
                seen.insert({ key.z, key.scale });
            return seen;
        };
        const int screen = map.devicePixelRatioF() > 1.25 ? 2 : 1;
        QCOMPARE(levels(), (QSet<QPair<int, int>> { { 16, screen } }));
        map.setTouchMode(true);
        if (screen == 1)
            QCOMPARE(levels(), (QSet<QPair<int, int>> { { 15, 2 } }));
        // Fewer, larger tiles over the same view.
        QVERIFY(map.visibleTiles(0).size() <= 6);
        // A source without @2x tiles keeps its own level; magnifying it would only blur it.
        map.setTileSource(TileSource::xyz(
            QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png"), QStringLiteral("test")));
        QCOMPARE(levels(), (QSet<QPair<int, int>> { { 16, 1 } }));
    }

    void sharpTilesAtEveryScreenScale()
    {
        const auto checkerboard = [](const TileKey& key, int x, int y) {
            return (x + y) % 2 ? QColor(Qt::black) : tileColour(key);
        };
        HttpServer server;
        server.setHandler([&](const HttpRequest& r) {
            const QStringList parts = r.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
            const QString last = parts.value(3);
            const TileKey key { parts.value(1).toInt(), parts.value(2).toInt(),
                last.section(QLatin1Char('@'), 0, 0).section(QLatin1Char('.'), 0, 0).toInt(), 1 };
            const int size = last.contains(QLatin1String("@2x")) ? 512 : 256;
            QImage image(size, size, QImage::Format_RGB32);
            for (int y = 0; y < size; ++y)
                for (int x = 0; x < size; ++x)
                    image.setPixelColor(x, y, checkerboard(key, x, y));
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            HttpResponse response;
            response.contentType = "image/png";
            response.body = bytes;
            return response;
        });
        QVERIFY(server.listen());
        MapWidget map;
        map.setTileSource(TileSource::xyz(
            server.baseUrl().toString() + QStringLiteral("tiles/{z}/{x}/{y}{r}.png"),
            QStringLiteral("test")));
        const QImage shot = shotOfFourTiles(map);
        QVERIFY(!shot.isNull());
        const int ratio = qRound(map.devicePixelRatioF());
        QCOMPARE(shot.width(), 512 * ratio);
        // Tile 2/1/1 fills the top-left quarter; a block of it away from the map's controls.
        const TileKey key { 2, 1, 1, ratio };
        for (int y = 40 * ratio; y < 104 * ratio; ++y) {
            for (int x = 40 * ratio; x < 104 * ratio; ++x) {
                if (shot.pixelColor(x, y) != checkerboard(key, x, y))
                    QFAIL(qPrintable(QStringLiteral("device pixel %1,%2 at %3x is %4")
                                         .arg(x)
                                         .arg(y)
                                         .arg(ratio)
                                         .arg(shot.pixelColor(x, y).name())));
            }
        }
    }

    void parentTilesFillInWhileChildrenLoad()
    {
        MapWidget map;
        // Only zooms 0..4 exist on disk; at zoom 5 the children never load.
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("4/8")));
        for (int y = 0; y < 16; ++y) {
            QFile file(dir.filePath(QStringLiteral("4/8/%1.png").arg(y)));
            file.open(QIODevice::WriteOnly);
            file.write(tilePng({ 4, 8, y, 1 }));
        }
        map.setTileSource(TileSource::folder(dir.path(), QStringLiteral("t"), 0, 6));
        map.resize(300, 300);
        map.setZoom(4);
        map.setCenter(QGeoCoordinate(0.5, 10));
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QVERIFY(waitForTiles(*map.tileLoader(), { { 4, 8, 7, 1 } }));
        map.setZoom(6);
        QTest::qWait(50);
        const QImage shot = map.grab().toImage();
        QCOMPARE(shot.pixelColor(150, 150), tileColour({ 4, 8, 7, 1 }));
    }

    // A flick glides on, unless the person turned the glide off (Settings): then the map stops
    // where the finger left it.
    void flickGlidesUnlessTurnedOff()
    {
        for (const bool kinetic : { true, false }) {
            MapWidget map;
            map.setTileSource(TileSource::folder(folderTiles(), QStringLiteral("t"), 0, 18));
            map.resize(400, 300);
            map.setZoom(10);
            map.setCenter(QGeoCoordinate(40, -100));
            map.setKineticPanning(kinetic);
            map.show();
            QVERIFY(QTest::qWaitForWindowExposed(&map));
            QTest::mousePress(&map, Qt::LeftButton, {}, QPoint(100, 150));
            for (int i = 1; i <= 10; ++i) {
                QTest::qWait(5);
                QTest::mouseMove(&map, QPoint(100 + i * 20, 150));
            }
            QTest::mouseRelease(&map, Qt::LeftButton, {}, QPoint(300, 150));
            const QGeoCoordinate released = map.center();
            QTest::qWait(200);
            const double moved = map.center().distanceTo(released);
            if (kinetic)
                QVERIFY2(moved > 10, qPrintable(QString::number(moved)));
            else
                QCOMPARE(moved, 0.0);
        }
    }

    void mouseWheelAndKeys()
    {
        MapWidget map;
        map.setTileSource(TileSource::folder(folderTiles(), QStringLiteral("t"), 0, 18));
        map.resize(400, 300);
        map.setZoom(10);
        map.setCenter(QGeoCoordinate(40, -100));
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QSignalSpy placed(&map, &MapWidget::pinPlacedByUser);

        // A click drops the pin where it was clicked.
        const QPoint clickAt(300, 100);
        const QGeoCoordinate expected = map.fromScreen(clickAt);
        QTest::mouseClick(&map, Qt::LeftButton, {}, clickAt);
        QCOMPARE(placed.count(), 1);
        QVERIFY(map.pin().distanceTo(expected) < 1.0);

        // A drag pans: the place under the cursor follows it.
        const QGeoCoordinate under = map.fromScreen(QPoint(100, 150));
        QTest::mousePress(&map, Qt::LeftButton, {}, QPoint(100, 150));
        for (int i = 1; i <= 10; ++i)
            QTest::mouseMove(&map, QPoint(100 + i * 10, 150 + i * 5));
        QTest::mouseRelease(&map, Qt::LeftButton, {}, QPoint(200, 200));
        QVERIFY(map.toScreen(under).x() > 195 && map.toScreen(under).x() < 205);
        QCOMPARE(placed.count(), 1); // a pan places no pin

        // Dragging the pin moves it.
        const QPointF tip = dragPinLeft(map);
        QCOMPARE(placed.count(), 2);
        QVERIFY(map.toScreen(map.pin()).x() < tip.x() - 30);

        // The wheel zooms about the cursor.
        const QPoint cursor(80, 60);
        const QGeoCoordinate anchor = map.fromScreen(cursor);
        const double zoom = map.zoom();
        QWheelEvent wheel(cursor, map.mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&map, &wheel);
        QVERIFY(qAbs(map.zoom() - (zoom + 1.0)) < 1e-9);
        QVERIFY(QLineF(map.toScreen(anchor), cursor).length() < 0.5);

        // Keys: arrows pan, +/- zoom, Enter drops the pin at the centre.
        map.setFocus();
        const QGeoCoordinate before = map.center();
        QTest::keyClick(&map, Qt::Key_Right);
        QVERIFY(map.center().longitude() > before.longitude());
        QTest::keyClick(&map, Qt::Key_Up);
        QVERIFY(map.center().latitude() > before.latitude());
        const double z = std::round(map.zoom());
        QTest::keyClick(&map, Qt::Key_Plus);
        QCOMPARE(map.zoom(), z + 1);
        QTest::keyClick(&map, Qt::Key_Minus);
        QCOMPARE(map.zoom(), z);
        QTest::keyClick(&map, Qt::Key_Return);
        QCOMPARE(placed.count(), 3);
        QVERIFY(map.pin().distanceTo(map.center()) < 0.01);
        QTest::mouseDClick(&map, Qt::LeftButton, {}, QPoint(200, 150));
        QCOMPARE(map.zoom(), z + 1);
    }

    // A map server that gives none of the tiles left an empty grey map: it now says so, and
    // that the report can do without it.
    void aMapWithoutTilesSaysSo()
    {
        HttpServer server;
        server.setHandler(
            [](const HttpRequest&) { return HttpResponse::html(404, "<html>none</html>"); });
        QVERIFY(server.listen());
        MapWidget map;
        map.setTileSource(
            TileSource::xyz(server.baseUrl().toString() + QStringLiteral("tiles/{z}/{x}/{y}.png"),
                QStringLiteral("t")));
        map.resize(400, 300);
        map.setZoom(12);
        map.setCenter(QGeoCoordinate(40, -100));
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QTRY_VERIFY_WITH_TIMEOUT(map.isViewUnavailable(), 10000);
        QVERIFY(!map.accessibleDescription().isEmpty());
        const QImage shot = map.grab().toImage();
        // Inside the notice, above its text.
        QCOMPARE(shot.pixelColor(shot.width() / 2, 14), map.palette().color(QPalette::Base));

        // With tiles, nothing of it.
        map.setTileSource(TileSource::folder(folderTiles(), QStringLiteral("t"), 0, 18));
        map.setZoom(3);
        QTRY_VERIFY(!map.grab().isNull() && !map.isViewUnavailable());
        QCOMPARE(map.accessibleDescription(), MapWidget::keyboardHelp());
    }

    // A pin that shows where something is (a followed request's details) stays put.
    void aFixedPinStaysPut()
    {
        MapWidget map;
        map.setTileSource(TileSource::folder(folderTiles(), QStringLiteral("t"), 0, 18));
        map.resize(400, 300);
        map.setZoom(12);
        map.setCenter(QGeoCoordinate(40, -100));
        const QGeoCoordinate where(40.001, -100.001);
        map.setPin(where);
        map.setPinFixed(true);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QSignalSpy placed(&map, &MapWidget::pinPlacedByUser);
        QSignalSpy changed(&map, &MapWidget::pinChanged);

        QTest::mouseClick(&map, Qt::LeftButton, {}, QPoint(300, 100));
        map.setFocus();
        QTest::keyClick(&map, Qt::Key_Return);
        QTest::keyClick(&map, Qt::Key_Space);
        // Grabbing the pin pans the map instead.
        const QPointF tip = dragPinLeft(map);

        QCOMPARE(placed.count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(map.pin(), where);
        QVERIFY(map.toScreen(where).x() < tip.x() - 30); // the view moved, the pin with it

        // Zoom keys still work.
        const double zoom = std::round(map.zoom());
        QTest::keyClick(&map, Qt::Key_Plus);
        QCOMPARE(map.zoom(), zoom + 1);
    }

    void fitBoundsShowsTheWholeArea()
    {
        MapWidget map;
        map.setTileSource(TileSource::folder(folderTiles(), QStringLiteral("t"), 0, 18));
        map.resize(400, 300);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        const QGeoRectangle area(QGeoCoordinate(40.01, -100.02), QGeoCoordinate(39.99, -99.98));
        map.fitBounds(area);
        const QPointF topLeft = map.toScreen(area.topLeft());
        const QPointF bottomRight = map.toScreen(area.bottomRight());
        QVERIFY(QRectF(map.rect()).contains(topLeft));
        QVERIFY(QRectF(map.rect()).contains(bottomRight));
        // Not absurdly far out either: the area spans more than half the view one way.
        QVERIFY(bottomRight.x() - topLeft.x() > 200 || bottomRight.y() - topLeft.y() > 150);
        QVERIFY(map.center().distanceTo(area.center()) < 5);
    }

    void markersAreClickable()
    {
        MapWidget map;
        map.setTileSource(TileSource::folder(folderTiles(), QStringLiteral("t"), 0, 18));
        map.resize(400, 300);
        map.setZoom(14);
        map.setCenter(QGeoCoordinate(40, -100));
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        const QGeoCoordinate spot = map.fromScreen(QPoint(250, 120));
        map.setMarkers({ { QStringLiteral("100001"), spot, QStringLiteral("Pothole"), Qt::red } });
        QSignalSpy activated(&map, &MapWidget::markerActivated);
        QSignalSpy placed(&map, &MapWidget::pinPlacedByUser);
        QTest::mouseClick(&map, Qt::LeftButton, {}, QPoint(252, 121));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("100001"));
        QCOMPARE(placed.count(), 0);
        const QImage shot = map.grab().toImage();
        QCOMPARE(shot.pixelColor(250, 120), QColor(Qt::red));
    }

    void geocoderAgainstTheTrainingCity()
    {
        SandboxServer city({});
        QString error;
        QVERIFY(city.start(error));
        int requests = 0;
        connect(&city, &SandboxServer::requestServed, this, [&] { ++requests; });
        Geocoder geocoder(city.geocoderUrl());
        geocoder.setMinimumInterval(200);
        const Result<QList<GeoPlace>> found
            = waitFor(geocoder.search(QStringLiteral("123 Oak St")));
        QVERIFY(found.ok());
        QCOMPARE(found.value().size(), 1);
        QCOMPARE(found.value()[0].displayName, QStringLiteral("123 Oak Street, Sandbox City"));
        QCOMPARE(found.value()[0].road, QStringLiteral("Oak Street"));
        const GeoPlace place = found.value()[0];
        const Result<QList<GeoPlace>> back
            = waitFor(geocoder.reverse(place.latitude, place.longitude));
        QVERIFY(back.ok());
        QCOMPARE(back.value().value(0).houseNumber, QStringLiteral("123"));
        // Nothing there: an empty answer, not an error.
        const Result<QList<GeoPlace>> nothing = waitFor(geocoder.reverse(10, 10));
        QVERIFY(nothing.ok());
        QVERIFY(nothing.value().isEmpty());
        // The same search again comes from the cache.
        const int before = requests;
        QVERIFY(waitFor(geocoder.search(QStringLiteral("123 Oak St"))).ok());
        QCOMPARE(requests, before);
        QCOMPARE(waitFor(geocoder.search(QStringLiteral("   "))).error().kind(),
            Error::Kind::Validation);
    }

    void geocoderRateLimitAndErrors()
    {
        QList<qint64> times;
        QStringList formats;
        HttpServer server;
        server.setHandler([&](const HttpRequest& r) {
            times.append(QDateTime::currentMSecsSinceEpoch());
            const QString q = r.queryValue(QStringLiteral("q"));
            formats.append(r.queryValue(QStringLiteral("format")));
            if (q == QLatin1String("broken"))
                return HttpResponse::json("[{\"lat\": \"1\", ");
            if (q == QLatin1String("down"))
                return HttpResponse::html(503, "<html>down</html>");
            if (q == QLatin1String("refused"))
                return HttpResponse::json("{\"error\":\"Unable to geocode\"}");
            return HttpResponse::json("[{\"lat\":\"51.5\",\"lon\":\"-0.12\",\"display_name\":\""
                + q.toUtf8() + "\"},{\"lat\":\"nope\",\"lon\":\"1\"}]");
        });
        QVERIFY(server.listen());
        Geocoder geocoder(server.baseUrl());
        geocoder.setMinimumInterval(250);
        auto a = geocoder.search(QStringLiteral("first"));
        auto b = geocoder.search(QStringLiteral("second & third"));
        auto c = geocoder.search(QStringLiteral("broken"));
        auto d = geocoder.search(QStringLiteral("down"));
        auto e = geocoder.search(QStringLiteral("refused"));
        const Result<QList<GeoPlace>> first = waitFor(a);
        QVERIFY(first.ok());
        QCOMPARE(first.value().size(), 1); // the entry with a bad latitude is dropped
        QCOMPARE(first.value()[0].latitude, 51.5);
        QCOMPARE(waitFor(b).value()[0].displayName, QStringLiteral("second & third"));
        QCOMPARE(waitFor(c).error().kind(), Error::Kind::Protocol);
        QCOMPARE(waitFor(d).error().kind(), Error::Kind::Http);
        QCOMPARE(waitFor(e).error().kind(), Error::Kind::Protocol);
        QCOMPARE(times.size(), 5);
        QCOMPARE(formats, QStringList(5, QStringLiteral("jsonv2")));
        for (int i = 1; i < times.size(); ++i)
            QVERIFY2(times[i] - times[i - 1] >= 240,
                qPrintable(QString::number(times[i] - times[i - 1])));
    }

    void positionLocator()
    {
        // An NMEA log stands in for a GPS receiver.
        auto* log = new QBuffer(this);
        log->setData("$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*6A\r\n");
        auto* nmea = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode);
        nmea->setDevice(log);
        PositionLocator locator;
        locator.setSource(nmea);
        QSignalSpy located(&locator, &PositionLocator::located);
        QSignalSpy failed(&locator, &PositionLocator::failed);
        locator.locate(5000);
        QVERIFY(located.wait(5000) || !located.isEmpty());
        const QGeoCoordinate where = located.first().first().value<QGeoCoordinate>();
        QVERIFY(qAbs(where.latitude() - 48.1173) < 0.001);
        QVERIFY(failed.isEmpty());

        // A receiver that says nothing: a clear message after the timeout.
        auto* silent = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::RealTimeMode);
        auto* empty = new QBuffer(this);
        empty->open(QIODevice::ReadOnly);
        silent->setDevice(empty);
        PositionLocator quiet;
        quiet.setSource(silent);
        QSignalSpy quietFailed(&quiet, &PositionLocator::failed);
        quiet.locate(300);
        QVERIFY(quietFailed.wait(5000));
        QVERIFY(quietFailed.first().first().toString().contains(QLatin1String("in time")));
    }
};

QTEST_MAIN(MapTest)
#include "map_test.moc"
