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
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
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

    // The tile server has a thread of its own, as a real one would: in the map's thread its
    // 100 ms timers fired late whenever the map was painting, adding ~40 ms to every round.
    QThread m_serverThread;
    HttpServer* m_server = nullptr;
    const QByteArray m_png = tilePng(1);
    const QByteArray m_png2x = tilePng(1, 512); // what {r} asks for on a HiDPI screen
    std::atomic<int> m_latencyMs { 0 };

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
        m_server = new HttpServer;
        m_server->setHandler([this](const HttpRequest& r) {
            HttpResponse response;
            response.contentType = "image/png";
            response.body = r.path.contains(QLatin1String("@2x")) ? m_png2x : m_png;
            response.delayMs = m_latencyMs;
            return response;
        });
        m_server->moveToThread(&m_serverThread);
        connect(&m_serverThread, &QThread::finished, m_server, &QObject::deleteLater);
        m_serverThread.start();
        bool listening = false;
        QMetaObject::invokeMethod(
            m_server, [&] { listening = m_server->listen(); }, Qt::BlockingQueuedConnection);
        QVERIFY(listening);
    }

    void cleanupTestCase()
    {
        m_serverThread.quit();
        m_serverThread.wait();
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
        QTest::newRow("render(): map and its buttons") << int(QWidget::DrawChildren);
        QTest::newRow("render(): map alone") << 0;
        QTest::newRow("repaint on screen") << -1;
    }

    void paintFullHdFromCache()
    {
        MapWidget map;
        map.setTileSource(source());
        map.resize(1920, 1080);
        map.setZoom(14.0);
        map.setCenter(QGeoCoordinate(40.0, -100.0));
        map.setPin(QGeoCoordinate(40.001, -100.001));
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
            QBENCHMARK
            {
                map.render(&target, QPoint(), QRegion(), QWidget::RenderFlags(flags));
            }
        }
    }

    void freshViewWith100msLatency_data()
    {
        QTest::addColumn<QSize>("size");
        // The report window's map as laid out in a 1280x800 window and in a window maximised on
        // a 1920x1080 screen (measured with the report window), then a full-HD map alone.
        QTest::newRow("570x612 (report window, 1280x800)") << QSize(570, 612);
        QTest::newRow("800x600") << QSize(800, 600);
        QTest::newRow("1210x892 (report window, maximised)") << QSize(1210, 892);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    void freshViewWith100msLatency()
    {
        QFETCH(QSize, size);
        m_latencyMs = 100;
        MapWidget map;
        map.setTileSource(source());
        map.resize(size);
        map.setZoom(15.0);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QElapsedTimer timer;
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
        qInfo("FRESHVIEW %s: %d tiles complete in %lld ms (latency 100 ms, ratio %.2f), peak in "
              "flight %d",
            QTest::currentDataTag(), int(visible.size()), elapsed, elapsed / 100.0,
            map.tileLoader()->peakInFlight());
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
