#include "gui/window/StartupProbe.h"
#include "map/FeedLoader.h"
#include "map/FeedParser.h"
#include "mapwidget/MapWidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Open311;

// A feed of 100,000 requests: loading it (parse time and memory), and painting the map with
// all of them in view, clustered, against painting the same view with none.
class FeedBench : public QObject
{
    Q_OBJECT

    QList<FeedRequest> m_requests;

private Q_SLOTS:
    void loadHundredThousand()
    {
        QByteArray json = "{\"type\":\"FeatureCollection\",\"features\":[";
        QRandomGenerator random(311);
        for (int i = 0; i < 100000; ++i) {
            if (i)
                json += ',';
            json += "{\"type\":\"Feature\",\"id\":\"" + QByteArray::number(i)
                + "\",\"geometry\":{\"type\":\"Point\",\"coordinates\":["
                + QByteArray::number(-100.05 + random.generateDouble() * 0.1, 'f', 6) + ','
                + QByteArray::number(39.95 + random.generateDouble() * 0.1, 'f', 6)
                + "]},\"properties\":{\"service_name\":\"Pothole in Street\",\"status\":\"open\","
                  "\"requested_datetime\":\"2026-11-29T08:00:00Z\",\"address\":\"123 Oak Street\","
                  "\"description\":\"A deep hole near the curb\"}}";
        }
        json += "]}";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("requests.geojson"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        const qsizetype bytes = json.size();
        json.clear();
        json.squeeze();

        // The app's own path: read and parsed on worker threads, handed back on this one.
        const long before = StartupProbe::residentKiB();
        FeedLoader loader(path, QString());
        QSignalSpy loaded(&loader, &FeedLoader::loaded);
        QElapsedTimer timer;
        timer.start();
        loader.refresh();
        QVERIFY(loaded.wait(60000));
        const qint64 elapsed = timer.elapsed();
        qInfo("FEEDLOAD: %lld requests (%.1f MB of GeoJSON) read and parsed in %lld ms; RSS %ld kB "
              "before, %ld kB after",
            qint64(loader.requests().size()), bytes / 1e6, elapsed, before,
            StartupProbe::residentKiB());
        // A feed refreshed all day must not grow the app.
        for (int i = 0; i < 10; ++i) {
            loader.refresh();
            QVERIFY(loaded.wait(60000));
        }
        qInfo("FEEDLOAD: RSS %ld kB after ten more refreshes", StartupProbe::residentKiB());
        m_requests = loader.requests();
        QCOMPARE(m_requests.size(), 100000);
    }

    void paint_data()
    {
        QTest::addColumn<bool>("withMarkers");
        QTest::newRow("no markers (baseline)") << false;
        QTest::newRow("100,000 markers, clustered") << true;
    }

    void paint()
    {
        QFETCH(bool, withMarkers);
        MapWidget map;
        map.resize(1920, 1080);
        map.setZoom(13);
        map.setCenter(QGeoCoordinate(40.0, -100.0));
        if (withMarkers) {
            QList<MapMarker> markers;
            markers.reserve(m_requests.size());
            for (const FeedRequest& r : std::as_const(m_requests))
                markers.append({ r.id, QGeoCoordinate(r.latitude, r.longitude), QString(),
                    QColor(0xe0, 0x6c, 0x00) });
            map.setMarkers(markers);
        }
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QBENCHMARK
        {
            map.repaint();
        }
    }
};

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    FeedBench bench;
    return QTest::qExec(&bench, argc, argv);
}
#include "feed_bench.moc"
