#include "WidgetLookup.h"
#include "gui/report/ReportForm.h"
#include "http/HttpServer.h"
#include "map/FeedLoader.h"
#include "map/FeedParser.h"
#include "mapwidget/MapWidget.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Open311;

namespace {

const QByteArray kKml = R"(<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Placemark><name>Case 1</name><description><![CDATA[Large pothole <b>near</b> the curb]]></description>
 <ExtendedData>
  <Data name="service_request_id"><value>101</value></Data>
  <Data name="service_name"><value>Pothole in Street</value></Data>
  <Data name="status"><value>Open</value></Data>
  <Data name="requested_datetime"><value>2026-11-29T08:15:00Z</value></Data>
  <Data name="address"><value>123 Oak Street</value></Data>
 </ExtendedData>
 <Point><coordinates>-100.0113127,40.0029644,0</coordinates></Point></Placemark>
<Placemark><name>Broken</name><Point><coordinates>not,numbers</coordinates></Point></Placemark>
<Placemark><name>Closed one</name><ExtendedData><Data name="status"><value>Closed</value></Data>
 <Data name="service_name"><value>Graffiti on street sign</value></Data></ExtendedData>
 <Point><coordinates>-100.001,40.001</coordinates></Point></Placemark>
</Document></kml>)";

const QByteArray kGeoJson = R"({"type":"FeatureCollection","features":[
 {"type":"Feature","id":"g1","geometry":{"type":"Point","coordinates":[-100.002,40.002]},
  "properties":{"service_name":"Illegal dumping","status":"open","requested_datetime":"2026-11-30T01:00:00Z","address":"2 Elm St"}},
 {"type":"Feature","geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]},"properties":{}},
 {"type":"Feature","geometry":{"type":"Point","coordinates":[200,40]},"properties":{}}]})";

const QByteArray kCsv
    = "service_request_id,service_name,status,latitude,longitude,address,description\r\n"
      "c1,Sidewalk defect,open,40.003,-100.003,\"5 Pine St, Apt "
      "\"\"B\"\"\",\"Cracked,\nsinking\"\r\n"
      "c2,Sidewalk defect,closed,40.0031,-100.0031,6 Pine St,\r\n"
      "c3,Sidewalk defect,open,north,-100,7 Pine St,\r\n";

} // namespace

class FeedTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kmlWithExtendedData()
    {
        const Result<FeedParser::Parsed> parsed
            = FeedParser::parse(kKml, FeedParser::guessFormat(kKml, QString()));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
        QCOMPARE(parsed.value().requests.size(), 2);
        QCOMPARE(parsed.value().skipped, 1);
        const FeedRequest& r = parsed.value().requests[0];
        QCOMPARE(r.id, QStringLiteral("101"));
        QCOMPARE(r.serviceName, QStringLiteral("Pothole in Street"));
        QCOMPARE(r.address, QStringLiteral("123 Oak Street"));
        QCOMPARE(r.requested, QDateTime(QDate(2026, 11, 29), QTime(8, 15), Qt::UTC));
        QVERIFY(r.description.contains(QLatin1String("Large pothole")));
        QCOMPARE(r.latitude, 40.0029644);
        QVERIFY(r.isOpen());
        QVERIFY(!parsed.value().requests[1].isOpen());
        QCOMPARE(
            parsed.value().requests[1].id, QStringLiteral("Closed one")); // the placemark's name
    }

    void geoJsonPoints()
    {
        const Result<FeedParser::Parsed> parsed
            = FeedParser::parse(kGeoJson, FeedParser::Format::GeoJson);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().requests.size(), 1);
        QCOMPARE(parsed.value().skipped, 2);
        QCOMPARE(parsed.value().requests[0].id, QStringLiteral("g1"));
        QCOMPARE(parsed.value().requests[0].serviceName, QStringLiteral("Illegal dumping"));
    }

    void csvWithQuotedFields()
    {
        const Result<FeedParser::Parsed> parsed
            = FeedParser::parse(kCsv, FeedParser::guessFormat(kCsv, QStringLiteral("x.csv")));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().requests.size(), 2);
        QCOMPARE(parsed.value().skipped, 1);
        QCOMPARE(parsed.value().requests[0].address, QStringLiteral("5 Pine St, Apt \"B\""));
        QCOMPARE(parsed.value().requests[0].description, QStringLiteral("Cracked,\nsinking"));
        QCOMPARE(parsed.value().requests[1].status, QStringLiteral("closed"));
    }

    void malformedFeedsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("words");
        QTest::newRow("kml dtd") << QByteArray(
            "<!DOCTYPE kml [<!ENTITY a \"aaaa\">]><kml><Placemark>&a;</Placemark></kml>")
                                 << int(FeedParser::Format::Kml) << QStringLiteral("DTD");
        QTest::newRow("kml truncated")
            << QByteArray("<kml><Document><Placemark><name>1</na") << int(FeedParser::Format::Kml)
            << QStringLiteral("not well-formed");
        QTest::newRow("broken json")
            << QByteArray("{\"type\":\"FeatureCollection\",\"features\":[")
            << int(FeedParser::Format::GeoJson) << QStringLiteral("not valid JSON");
        QTest::newRow("csv without coordinates")
            << QByteArray("id,service\n1,x\n") << int(FeedParser::Format::Csv)
            << QStringLiteral("latitude");
        QTest::newRow("huge") << QByteArray(FeedParser::kMaxBytes + 1, ' ')
                              << int(FeedParser::Format::Csv) << QStringLiteral("64 MB");
    }

    void malformedFeedsAreRefused()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, format);
        QFETCH(QString, words);
        const Result<FeedParser::Parsed> parsed
            = FeedParser::parse(data, FeedParser::Format(format));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message().contains(words), qPrintable(parsed.error().message()));
    }

    void refreshIsConditional()
    {
        int version = 1;
        int full = 0;
        int notModified = 0;
        HttpServer server;
        server.setHandler([&](const HttpRequest& r) {
            const QByteArray etag = "\"v" + QByteArray::number(version) + '"';
            HttpResponse response;
            response.headers.append({ QByteArray("ETag"), etag });
            response.headers.append({ QByteArray("Cache-Control"), QByteArray("no-cache") });
            if (r.headers.value("if-none-match") == etag) {
                ++notModified;
                response.status = 304;
                return response;
            }
            ++full;
            response.contentType = "application/geo+json";
            response.body
                = version == 1 ? kGeoJson : QByteArray(kGeoJson).replace("\"g1\"", "\"g2\"");
            return response;
        });
        QVERIFY(server.listen());
        QTemporaryDir cache;
        FeedLoader loader(
            server.baseUrl().toString() + QStringLiteral("requests.geojson"), cache.path());
        QSignalSpy loaded(&loader, &FeedLoader::loaded);
        loader.refresh();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loader.requests().first().id, QStringLiteral("g1"));
        QVERIFY(!loader.lastUnchanged());
        loader.refresh();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(notModified, 1); // the same feed: a conditional request, answered 304
        QVERIFY(loader.lastUnchanged());
        QCOMPARE(loader.requests().first().id, QStringLiteral("g1"));
        version = 2;
        loader.refresh();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(full, 2);
        QCOMPARE(loader.requests().first().id, QStringLiteral("g2"));

        FeedLoader missing(server.baseUrl().toString() + QStringLiteral("gone.kml"), QString());
        server.setHandler(
            [](const HttpRequest&) { return HttpResponse::html(404, "<html>gone</html>"); });
        QSignalSpy failed(&missing, &FeedLoader::failed);
        missing.refresh();
        QVERIFY(failed.wait(5000));
        QVERIFY(missing.lastError().contains(QLatin1String("404")));
    }

    void markersClusterAtLowZoom()
    {
        MapWidget map;
        map.resize(400, 300);
        map.setZoom(17);
        map.setCenter(QGeoCoordinate(40, -100));
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QList<MapMarker> markers;
        for (int i = 0; i < 100; ++i)
            markers.append({ QString::number(i),
                QGeoCoordinate(40 + (i % 10) * 0.0001, -100 + (i / 10) * 0.0001), QString(),
                Qt::red });
        map.setMarkers(markers);
        QCOMPARE(map.visibleClusterCount(), 100); // close in: one each
        // Marker 0 is drawn where its coordinate is.
        const QPointF at = map.toScreen(markers[0].coordinate);
        QCOMPARE(map.grab().toImage().pixelColor(at.toPoint()), QColor(Qt::red));
        map.setZoom(12);
        QVERIFY(map.visibleClusterCount() <= 2); // far out: grouped
        const QImage far = map.grab().toImage();
        const QPointF centre = map.toScreen(QGeoCoordinate(40.00045, -100.00045));
        QVERIFY(far.pixelColor(centre.toPoint()) != QColor(Qt::red)); // a cluster, not a marker
    }

    void duplicateHintFollowsPinAndService()
    {
        ReportForm form;
        form.resize(1200, 800);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        form.setServices(
            { { QStringLiteral("021"), QStringLiteral("Pothole in Street"), QString() },
                { QStringLiteral("015"), QStringLiteral("Illegal dumping"), QString() } });
        const Result<FeedParser::Parsed> parsed = FeedParser::parse(kKml, FeedParser::Format::Kml);
        form.setKnownRequests(parsed.value().requests, 50);
        QTest::keyClicks(
            Open311::Testing::child<QLineEdit>(&form, QStringLiteral("Filter services")),
            QStringLiteral("pothole"));
        QSignalSpy follow(&form, &ReportForm::followRequested);
        form.map()->setPin(QGeoCoordinate(40.0031, -100.0113)); // ~16 m from request 101
        QVERIFY(form.duplicateHint().contains(QLatin1String("101")));
        QTest::mouseClick(Open311::Testing::child<QPushButton>(
                              &form, QStringLiteral("Follow the existing request instead")),
            Qt::LeftButton);
        QCOMPARE(follow.count(), 1);
        QCOMPARE(follow.first().first().toString(), QStringLiteral("101"));
        form.map()->setPin(QGeoCoordinate(40.0040, -100.0113)); // ~115 m away
        QVERIFY(form.duplicateHint().isEmpty());
        form.map()->setPin(QGeoCoordinate(40.0031, -100.0113));
        QVERIFY(!form.duplicateHint().isEmpty());
        Open311::Testing::child<QLineEdit>(&form, QStringLiteral("Filter services"))
            ->setText(QStringLiteral("dumping"));
        QVERIFY(form.duplicateHint().isEmpty()); // another service
    }
};

QTEST_MAIN(FeedTest)
#include "feed_test.moc"
