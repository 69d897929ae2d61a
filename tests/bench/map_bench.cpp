#include "Http2Proxy.h"
#include "ServerThread.h"
#include "TilePng.h"
#include "http/HttpServer.h"
#include "map/TileLoader.h"
#include "mapwidget/MapWidget.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cmath>
#include <sys/resource.h>

using namespace Open311;

namespace {

QByteArray tilePng(int seed, int size = 256)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(seed * 37 % 360, 120, 230));
    QPainter painter(&image);
    painter.setPen(QPen(Qt::white, 6));
    for (int i = 0; i < size; i += size / 4)
        painter.drawLine(i, 0, i, size);
    painter.end();
    return Testing::pngOf(image);
}

// User and system time of the whole process.
double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

long rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace

// The map's figures for docs/performance.md: painting a full-HD view from cached tiles (against
// drawing the same tiles with bare QPainter calls), a fresh view against a slow tile server,
// and memory after panning across thousands of tiles.
class MapBench : public QObject
{
    Q_OBJECT

    Testing::ServerThread m_serverThread;
    HttpServer* m_server = nullptr;
    const QByteArray m_png = tilePng(1);
    const QByteArray m_png2x = tilePng(1, 512); // what {r} asks for on a HiDPI screen
    std::atomic<int> m_latencyMs { 0 };
    Testing::Http2Proxy m_proxy;
    QList<Testing::Http2Proxy::Site> m_sites { { true, 128, 0 }, { false, 128, 0 } };
    bool m_tls = false;

    // Over TLS through nginx: site 0 speaks HTTP/2, site 1 HTTP/1.1.
    TileSource tlsSource(int site) const
    {
        return TileSource::xyz(
            QStringLiteral("https://127.0.0.1:%1/{z}/{x}/{y}.png").arg(m_sites[site].port),
            QStringLiteral("bench"));
    }

    TileSource source() const
    {
        // {r}: @2x tiles on a HiDPI screen (run with QT_SCALE_FACTOR=2), as the training city
        // offers.
        return TileSource::xyz(
            m_server->baseUrl().toString() + QStringLiteral("{z}/{x}/{y}{r}.png"),
            QStringLiteral("bench"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_serverThread.start([this](const HttpRequest& r) {
            HttpResponse response;
            response.contentType = "image/png";
            response.body = r.path.contains(QLatin1String("@2x")) ? m_png2x : m_png;
            response.delayMs = m_latencyMs;
            return response;
        }));
        m_server = m_serverThread.server();
        const QString failed = m_proxy.start(m_server->baseUrl().port(), m_sites);
        m_tls = failed.isEmpty();
        if (!m_tls)
            qWarning("no HTTP/2 figures: %s", qPrintable(failed));
    }

    void cleanupTestCase()
    {
        m_proxy.stop();
        m_serverThread.stop();
    }

    void paintBaselineBareDrawImage()
    {
        // The format the loader keeps an opaque tile in; at 200 % the @2x tile on a target of
        // twice the pixels, as the screen gets it.
        const qreal ratio = qApp->devicePixelRatio();
        QImage tile
            = QImage::fromData(ratio > 1 ? m_png2x : m_png).convertToFormat(QImage::Format_RGB32);
        tile.setDevicePixelRatio(ratio);
        QImage target(QSize(1920, 1080) * ratio, QImage::Format_ARGB32_Premultiplied);
        target.setDevicePixelRatio(ratio);
        QBENCHMARK
        {
            QPainter painter(&target);
            for (int y = -100; y < 1080; y += 256)
                for (int x = -60; x < 1920; x += 256)
                    painter.drawImage(QPointF(x, y), tile);
        }
    }

    void paintFullHdFromCache_data()
    {
        QTest::addColumn<int>("flags");
        QTest::addColumn<bool>("boundary");
        QTest::addColumn<bool>("rezoom"); // a new zoom each frame: the area drawn afresh
        QTest::newRow("render(): map and its buttons")
            << int(QWidget::DrawChildren) << false << false;
        QTest::newRow("render(): map alone") << 0 << false << false;
        QTest::newRow("repaint on screen") << -1 << false << false;
        // A city's outline of 5,000 vertices across the view, its outside dimmed.
        QTest::newRow("render(): map alone, 5,000-vertex boundary") << 0 << true << false;
        QTest::newRow("repaint on screen, 5,000-vertex boundary") << -1 << true << false;
        QTest::newRow("render(): 5,000-vertex boundary, a new zoom each frame")
            << 0 << true << true;
    }

    void paintFullHdFromCache()
    {
        MapWidget map;
        map.setTileSource(source());
        map.resize(1920, 1080);
        map.setZoom(14.0);
        map.setCenter(QGeoCoordinate(40.0, -100.0));
        map.setPin(QGeoCoordinate(40.001, -100.001));
        QFETCH(bool, boundary);
        if (boundary) {
            // A wavy ring about 1.5 km across, so the edge and the dimmed outside are in view.
            QPolygonF ring;
            for (int i = 0; i < 5000; ++i) {
                const double angle = 2 * M_PI * i / 5000;
                const double radius = 0.012 * (1 + 0.08 * std::sin(angle * 60));
                ring.append(QPointF(
                    -100.0 + radius * 1.3 * std::cos(angle), 40.0 + radius * std::sin(angle)));
            }
            map.setServiceArea(MapShape::polygons({ { ring } }));
        }
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        // Every wanted tile, the margin too, so no decoding runs while painting is measured.
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const TileKey& key : map.visibleTiles(1))
                    if (map.tileLoader()->tile(key).isNull())
                        return false;
                return map.tileLoader()->inFlight() == 0;
            },
            20000));
        QTest::qWait(300); // let the view settle so the smooth path is measured
        QImage target(1920, 1080, QImage::Format_ARGB32_Premultiplied);
        QFETCH(int, flags);
        if (flags < 0) {
            // What the screen gets: a synchronous repaint into the window's backing store.
            QBENCHMARK
            {
                map.repaint();
            }
        } else {
            QFETCH(bool, rezoom);
            int frame = 0;
            QBENCHMARK
            {
                if (rezoom)
                    map.setZoom(14.0 + 0.001 * (++frame % 2));
                map.render(&target, QPoint(), QRegion(), QWidget::RenderFlags(flags));
            }
        }
    }

    void freshViewWith100msLatency_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("site"); // -1: plain HTTP/1.1; else the TLS site
        QTest::addColumn<bool>("warm"); // the server's protocol and connection known already
        // The report window's map as laid out in a 1280x800 window and in a window maximised on
        // a 1920x1080 screen (measured with the report window), then a full-HD map alone.
        QTest::newRow("570x612 (report window, 1280x800)") << QSize(570, 612) << -1 << false;
        QTest::newRow("800x600") << QSize(800, 600) << -1 << false;
        QTest::newRow("1210x892 (report window, maximised)") << QSize(1210, 892) << -1 << false;
        QTest::newRow("1920x1080") << QSize(1920, 1080) << -1 << false;
        QTest::newRow("1920x1080 HTTP/1.1 over TLS, warm") << QSize(1920, 1080) << 1 << true;
        QTest::newRow("1920x1080 HTTP/2, first view") << QSize(1920, 1080) << 0 << false;
        QTest::newRow("1920x1080 HTTP/2, warm") << QSize(1920, 1080) << 0 << true;
    }

    void freshViewWith100msLatency()
    {
        QFETCH(QSize, size);
        QFETCH(int, site);
        QFETCH(bool, warm);
        if (site >= 0 && !m_tls)
            QSKIP("nginx is not installed");
        m_latencyMs = 100;
        MapWidget map;
        map.resize(size);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        // A new port for a cold row: nothing known of it, no connection open.
        if (site >= 0 && !warm) {
            m_sites[site].port = 0;
            QList<Testing::Http2Proxy::Site> one { m_sites[site] };
            m_proxy.stop();
            QVERIFY(m_proxy.start(m_server->baseUrl().port(), one).isEmpty());
            m_sites[site].port = one.first().port;
            m_sites[1 - site].port = 0;
        }
        map.setTileSource(site >= 0 ? tlsSource(site) : source());
        if (site >= 0)
            map.tileLoader()->setSslConfiguration(m_proxy.trust());
        map.setZoom(15.0);
        if (warm) {
            // One view elsewhere first: its answers leave the protocol known and a connection
            // open, as on every view after a map's first.
            map.setCenter(QGeoCoordinate(40.0, -100.0));
            const QList<TileKey> first = map.visibleTiles(0);
            QVERIFY(QTest::qWaitFor(
                [&] {
                    for (const TileKey& key : first)
                        if (map.tileLoader()->tile(key).isNull())
                            return false;
                    return map.tileLoader()->inFlight() == 0;
                },
                20000));
        }
        QElapsedTimer timer;
        const double cpuBefore = cpuMs();
        timer.start();
        map.setCenter(QGeoCoordinate(37.7749, -122.4194));
        const QList<TileKey> visible = map.visibleTiles(0);
        const auto complete = [&] {
            for (const TileKey& key : visible)
                if (map.tileLoader()->tile(key).isNull())
                    return false;
            return true;
        };
        // Woken by each tile, not by qWaitFor's 10 ms polling.
        QEventLoop loop;
        connect(map.tileLoader(), &TileLoader::tileLoaded, &loop, [&] {
            if (complete())
                loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY(complete());
        const qint64 elapsed = timer.elapsed();
        const double cpu = cpuMs() - cpuBefore; // the tile server's thread included
        const int tiles = int(visible.size());
        qInfo("FRESHVIEW %s: %d tiles complete in %lld ms (latency 100 ms, ratio %.2f), CPU %.0f "
              "ms, peak in flight %d, over HTTP/2 %d; floors: QMapShack (6 in flight) %d ms, "
              "GPXSee (all at once) %d ms",
            QTest::currentDataTag(), tiles, elapsed, elapsed / 100.0, cpu,
            map.tileLoader()->peakInFlight(), map.tileLoader()->answersOverHttp2(),
            (tiles + 5) / 6 * 100, site == 0 ? 100 : (tiles + 5) / 6 * 100);
        m_latencyMs = 0;
    }

    void memoryAfterPanningAcross2000Tiles()
    {
        const long before = rssKiB();
        MapWidget map;
        map.setTileSource(source());
        const qint64 budget = 32ll * 1024 * 1024;
        map.tileLoader()->setMemoryCacheBytes(budget);
        map.resize(1024, 768);
        map.setZoom(12.0);
        map.setCenter(QGeoCoordinate(40.0, -100.0));
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        int loaded = 0;
        connect(map.tileLoader(), &TileLoader::tileLoaded, this, [&] { ++loaded; });
        QElapsedTimer timer;
        timer.start();
        while (loaded < 2000 && timer.elapsed() < 120000) {
            const QList<TileKey> visible = map.visibleTiles(0);
            const bool settled = QTest::qWaitFor(
                [&] {
                    for (const TileKey& key : visible)
                        if (map.tileLoader()->tile(key).isNull()
                            && !map.tileLoader()->hasFailed(key))
                            return false;
                    return true;
                },
                10000);
            QVERIFY(settled);
            QTest::keyClick(&map, Qt::Key_Right);
            for (int i = 0; i < 12; ++i)
                QTest::keyClick(&map, Qt::Key_Right);
        }
        const long after = rssKiB();
        qInfo("PANMEMORY: %d tiles loaded; tile cache %lld of %lld bytes; RSS %ld kB before, %ld "
              "kB after",
            loaded, map.tileLoader()->memoryBytes(), budget, before, after);
        QVERIFY(loaded >= 2000);
        QVERIFY(map.tileLoader()->memoryBytes() <= budget);
    }
};

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    MapBench bench;
    return QTest::qExec(&bench, argc, argv);
}
#include "map_bench.moc"
