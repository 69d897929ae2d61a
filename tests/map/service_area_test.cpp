#include "map/ServiceArea.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Open311;

namespace {

// Lon 10..20, lat 50..60, with a hole at lon 13..17, lat 53..57.
const QByteArray kSquareWithHole = R"({"type":"Polygon","coordinates":[
 [[10,50],[20,50],[20,60],[10,60],[10,50]],
 [[13,53],[13,57],[17,57],[17,53],[13,53]]]})";

// Two islands: lon 0..1, lat 0..1 and lon 10..11, lat 10..11.
const QByteArray kIslands = R"({"type":"MultiPolygon","coordinates":[
 [[[0,0],[1,0],[1,1],[0,1],[0,0]]],
 [[[10,10],[11,10],[11,11],[10,11],[10,10]]]]})";

// Lon -101..-99, lat 39..41: a box no reading of latitude as longitude can land in.
const QByteArray kAroundMinus100North40 = R"({"type":"Polygon","coordinates":[
 [[-101,39],[-99,39],[-99,41],[-101,41],[-101,39]]]})";

QByteArray nested(int depth, const QByteArray& inside = QByteArray())
{
    return QByteArray(depth, '[') + inside + QByteArray(depth, ']');
}

// A ring of count positions, all at one place: closed, and cheap to write.
QByteArray flatRing(int count)
{
    QByteArray ring = "[";
    ring.reserve(count * 6 + 2);
    for (int i = 0; i < count; ++i)
        ring += i ? ",[0,0]" : "[0,0]";
    return ring + ']';
}

// A star around lon -100, lat 40: vertex k at angle 2πk/n, on the outer radius when k is even
// and the inner one when odd, so every even k is the tip of a thin spike.
struct Star
{
    static constexpr int kVertices = 5000;
    static constexpr double kLon = -100;
    static constexpr double kLat = 40;
    static constexpr double kOuter = 1.0;
    static constexpr double kInner = 0.5;

    static constexpr double kPi = 3.14159265358979323846;

    static double angle(int k) { return 2 * kPi * k / kVertices; }
    static QPointF at(double angle, double radius)
    {
        return { kLon + radius * std::cos(angle), kLat + radius * std::sin(angle) };
    }

    static QPolygonF ring()
    {
        QPolygonF points;
        for (int k = 0; k < kVertices; ++k)
            points << at(angle(k), k % 2 ? kInner : kOuter);
        return points;
    }

    static QByteArray geoJson()
    {
        QByteArray json = R"({"type":"Polygon","coordinates":[[)";
        const QPolygonF points = ring();
        for (const QPointF& p : points)
            json += '[' + QByteArray::number(p.x(), 'g', 17) + ','
                + QByteArray::number(p.y(), 'g', 17) + "],";
        json.chop(1); // the last comma; the ring stays unclosed on purpose
        return json + "]]}";
    }
};

} // namespace

class ServiceAreaTest : public QObject
{
    Q_OBJECT

    static ServiceArea parsed(const QByteArray& json)
    {
        const Result<ServiceArea> area
            = ServiceArea::fromGeoJson(json, QStringLiteral("Testville"));
        if (!area.ok())
            qWarning() << area.error().message();
        return area.ok() ? area.value() : ServiceArea();
    }

private Q_SLOTS:
    void emptyAreaContainsNothing()
    {
        const ServiceArea area;
        QVERIFY(area.isEmpty());
        QCOMPARE(area.vertexCount(), 0);
        QVERIFY(!area.contains(0, 0));
    }

    void squareWithHole_data()
    {
        QTest::addColumn<double>("latitude");
        QTest::addColumn<double>("longitude");
        QTest::addColumn<bool>("inside");
        QTest::newRow("ring, south-west") << 51.0 << 11.0 << true;
        QTest::newRow("ring, east") << 55.0 << 19.0 << true;
        QTest::newRow("ring, between hole and north edge") << 58.0 << 15.0 << true;
        QTest::newRow("hole, centre") << 55.0 << 15.0 << false;
        QTest::newRow("hole, near its corner") << 53.2 << 13.2 << false;
        QTest::newRow("just east of the square") << 55.0 << 20.5 << false;
        QTest::newRow("just south of the square") << 49.9 << 15.0 << false;
        QTest::newRow("far away") << -33.9 << 151.2 << false;
        QTest::newRow("not a number") << std::nan("") << 15.0 << false;
    }

    void squareWithHole()
    {
        QFETCH(double, latitude);
        QFETCH(double, longitude);
        QFETCH(bool, inside);
        const ServiceArea area = parsed(kSquareWithHole);
        QVERIFY(!area.isEmpty());
        QCOMPARE(area.contains(latitude, longitude), inside);
    }

    void boundsAndVertexCount()
    {
        const Result<ServiceArea> area
            = ServiceArea::fromGeoJson(kSquareWithHole, QStringLiteral("Testville"));
        QVERIFY2(area.ok(), qPrintable(area.error().message()));
        QCOMPARE(area.value().name(), QStringLiteral("Testville"));
        QCOMPARE(area.value().bounds(), QRectF(10, 50, 10, 10));
        QCOMPARE(area.value().vertexCount(), 10);
        QCOMPARE(area.value().polygons().size(), 1);
        const QList<QPolygonF>& rings = area.value().polygons()[0].rings;
        QCOMPARE(rings.size(), 2);
        QCOMPARE(rings[0].first(), QPointF(10, 50));
        QCOMPARE(rings[1][2], QPointF(17, 57));
    }

    void multiPolygonOfTwoIslands_data()
    {
        QTest::addColumn<double>("latitude");
        QTest::addColumn<double>("longitude");
        QTest::addColumn<bool>("inside");
        QTest::newRow("first island") << 0.5 << 0.5 << true;
        QTest::newRow("second island") << 10.5 << 10.5 << true;
        QTest::newRow("sea between, inside the bounds") << 5.0 << 5.0 << false;
        QTest::newRow("sea beside the second") << 10.5 << 11.5 << false;
    }

    void multiPolygonOfTwoIslands()
    {
        QFETCH(double, latitude);
        QFETCH(double, longitude);
        QFETCH(bool, inside);
        const ServiceArea area = parsed(kIslands);
        QCOMPARE(area.polygons().size(), 2);
        QCOMPARE(area.bounds(), QRectF(0, 0, 11, 11));
        QCOMPARE(area.vertexCount(), 10);
        QCOMPARE(area.contains(latitude, longitude), inside);
    }

    void featureWrapper()
    {
        const ServiceArea area = parsed(R"({"type":"Feature","properties":{"name":"Testville"},
            "geometry":)"
            + kSquareWithHole + "}");
        QCOMPARE(area.polygons().size(), 1);
        QCOMPARE(area.polygons()[0].rings.size(), 2);
        QVERIFY(area.contains(51, 11));
        QVERIFY(!area.contains(55, 15));
    }

    // City hall (a point), a street (a line) and a feature without geometry are no boundary.
    void featureCollectionSkipsWhatIsNoPolygon()
    {
        const ServiceArea area = parsed(R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[15,55]}},
            {"type":"Feature","properties":{},"geometry":null},
            {"type":"Feature","properties":{}},
            {"type":"Feature","properties":{},"geometry":{"type":"LineString",
             "coordinates":[[30,30],[31,31]]}},
            {"type":"Feature","properties":{},"geometry":)"
            + kSquareWithHole + R"(},
            {"type":"Feature","properties":{},"geometry":)"
            + kIslands + "}]}");
        QCOMPARE(area.polygons().size(), 3);
        QCOMPARE(area.vertexCount(), 20);
        QCOMPARE(area.bounds(), QRectF(0, 0, 20, 60));
        QVERIFY(area.contains(51, 11));
        QVERIFY(area.contains(10.5, 10.5));
        QVERIFY(!area.contains(55, 15));
        QVERIFY(!area.contains(30.5, 30.5));
    }

    void unclosedRingIsClosed()
    {
        const ServiceArea area
            = parsed(R"({"type":"Polygon","coordinates":[[[0,0],[4,0],[4,4],[0,4]]]})");
        QCOMPARE(area.polygons().size(), 1);
        const QPolygonF& ring = area.polygons()[0].rings[0];
        QCOMPARE(ring.size(), 5);
        QCOMPARE(ring.last(), QPointF(0, 0));
        QCOMPARE(area.vertexCount(), 5);
        QVERIFY(area.contains(2, 2));
        QVERIFY(area.contains(0.5, 3.5)); // next to the edge the closing position makes
        QVERIFY(!area.contains(5, 2));
    }

    void altitudeIsIgnored()
    {
        const ServiceArea area = parsed(R"({"type":"Polygon","coordinates":[
            [[0,0,120.5],[4,0,121],[4,4,3,"measure"],[0,4,0],[0,0,120.5]]]})");
        QCOMPARE(area.polygons().size(), 1);
        QCOMPARE(area.polygons()[0].rings[0],
            QPolygonF({ { 0, 0 }, { 4, 0 }, { 4, 4 }, { 0, 4 }, { 0, 0 } }));
        QVERIFY(area.contains(2, 2));
    }

    void longitudeComesFirst()
    {
        const ServiceArea area = parsed(kAroundMinus100North40);
        QVERIFY(area.contains(40.0, -100.0));
        QVERIFY(!area.contains(-100.0, 40.0));
        QCOMPARE(area.polygons()[0].rings[0].first(), QPointF(-101, 39));
        QCOMPARE(area.bounds(), QRectF(-101, 39, 2, 2));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says"); // a part of the one message that explains it

        const QByteArray square = "[[0,0],[1,0],[1,1],[0,1],[0,0]]";
        QTest::newRow("not JSON") << QByteArray(R"({"type":"Polygon",)") << "not valid GeoJSON";
        QTest::newRow("empty") << QByteArray() << "not valid GeoJSON";
        QTest::newRow("a number too large for a double")
            << QByteArray(R"({"type":"Polygon","coordinates":[[[1e999,0],[1,0],[1,1],[0,0]]]})")
            << "not valid GeoJSON";
        QTest::newRow("an array, not an object") << ("[" + square + "]") << "not a GeoJSON object";
        QTest::newRow("no type") << QByteArray(R"({"coordinates":[]})") << "has no type";
        QTest::newRow("type not a string") << QByteArray(R"({"type":7})") << "has no type";
        QTest::newRow("unknown type")
            << QByteArray(R"({"type":"Circle","radius":5})") << "\"Circle\" is not known";
        QTest::newRow("unknown geometry in a feature")
            << QByteArray(R"({"type":"Feature","geometry":{"type":"Blob"}})") << "is not known";
        QTest::newRow("bare point")
            << QByteArray(R"({"type":"Point","coordinates":[0,0]})") << "has no polygon";
        QTest::newRow("feature without geometry")
            << QByteArray(R"({"type":"Feature","geometry":null,"properties":{}})")
            << "has no polygon";
        QTest::newRow("empty polygon")
            << QByteArray(R"({"type":"Polygon","coordinates":[]})") << "has no polygon";
        QTest::newRow("empty collection")
            << QByteArray(R"({"type":"FeatureCollection","features":[]})") << "has no polygon";
        QTest::newRow("collection of points only")
            << QByteArray(R"({"type":"FeatureCollection","features":[{"type":"Feature",
                "geometry":{"type":"Point","coordinates":[0,0]}}]})")
            << "has no polygon";
        QTest::newRow("features not a list")
            << QByteArray(R"({"type":"FeatureCollection","features":{}})") << "no list of features";
        QTest::newRow("feature not an object")
            << QByteArray(R"({"type":"FeatureCollection","features":[3]})") << "not an object";
        QTest::newRow("geometry not an object")
            << QByteArray(R"({"type":"Feature","geometry":"Polygon"})") << "not an object";
        QTest::newRow("no coordinates")
            << QByteArray(R"({"type":"Polygon"})") << "no list of coordinates";
        QTest::newRow("coordinates not an array")
            << QByteArray(R"({"type":"MultiPolygon","coordinates":"0 0 1 1"})")
            << "no list of coordinates";
        QTest::newRow("polygon one level short")
            << ("{\"type\":\"Polygon\",\"coordinates\":" + square + "}") << "not nested";
        QTest::newRow("polygon one level deep")
            << ("{\"type\":\"Polygon\",\"coordinates\":[[" + square + "]]}") << "not nested";
        QTest::newRow("multipolygon one level short")
            << ("{\"type\":\"MultiPolygon\",\"coordinates\":[" + square + "]}") << "not nested";
        QTest::newRow("multipolygon of numbers")
            << QByteArray(R"({"type":"MultiPolygon","coordinates":[1,2,3,4]})") << "not nested";
        QTest::newRow("ring of strings")
            << QByteArray(R"({"type":"Polygon","coordinates":[["a","b","c","d"]]})")
            << "not nested";
        QTest::newRow("500 deep in the coordinates")
            << ("{\"type\":\"Polygon\",\"coordinates\":" + nested(500, "0") + "}") << "not nested";
        QTest::newRow("position of one number")
            << QByteArray(R"({"type":"Polygon","coordinates":[[[0],[1],[2],[0]]]})")
            << "longitude and latitude pair";
        QTest::newRow("position of strings") << QByteArray(
            R"({"type":"Polygon","coordinates":[[["0","0"],["1","0"],["1","1"],
                ["0","0"]]]})") << "longitude and latitude pair";
        QTest::newRow("position with null")
            << QByteArray(R"({"type":"Polygon","coordinates":[[[0,null],[1,0],[1,1],[0,0]]]})")
            << "longitude and latitude pair";
        QTest::newRow("ring of three")
            << QByteArray(R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]})")
            << "fewer than four";
        QTest::newRow("empty ring")
            << QByteArray(R"({"type":"Polygon","coordinates":[[]]})") << "fewer than four";
        QTest::newRow("empty hole")
            << ("{\"type\":\"Polygon\",\"coordinates\":[" + square + ",[]]}") << "fewer than four";
        QTest::newRow("latitude 91")
            << QByteArray(R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,91],[0,0]]]})")
            << "outside the world";
        QTest::newRow("longitude -180.5")
            << QByteArray(R"({"type":"Polygon","coordinates":[[[0,0],[-180.5,0],[1,1],[0,0]]]})")
            << "outside the world";
        QTest::newRow("latitude first, as if GeoJSON were lat/lon") << QByteArray(
            R"({"type":"Polygon","coordinates":[[[40,-100],[40,-99],[41,-99],
                [40,-100]]]})") << "outside the world";
        QTest::newRow("one bad feature among good ones")
            << ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
                   + kIslands
                   + "},{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\","
                     "\"coordinates\":[[[0,0],[1,0],[1,95],[0,0]]]}}]}")
            << "outside the world";
    }

    void refusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        const Result<ServiceArea> area
            = ServiceArea::fromGeoJson(json, QStringLiteral("Testville"));
        QVERIFY(!area.ok());
        QCOMPARE(area.error().kind(), Error::Kind::Protocol);
        const QString message = area.error().message();
        QVERIFY(!message.isEmpty());
        QVERIFY2(message.contains(says), qPrintable(message));
    }

    // The type comes from the document; the message quotes only its start.
    void longUnknownTypeIsCutShort()
    {
        const QByteArray json = "{\"type\":\"" + QByteArray(1024 * 1024, 'x') + "\"}";
        const Result<ServiceArea> area = ServiceArea::fromGeoJson(json, QString());
        QVERIFY(!area.ok());
        QVERIFY(area.error().message().contains(QLatin1String("is not known")));
        QVERIFY(area.error().message().size() < 200);
    }

    void tenThousandDeepIsRefused()
    {
        for (const QByteArray& json :
            { nested(10000), "{\"type\":\"Polygon\",\"coordinates\":" + nested(10000, "0") + "}",
                "{\"type\":\"FeatureCollection\",\"features\":" + nested(10000) + "}" }) {
            const Result<ServiceArea> area = ServiceArea::fromGeoJson(json, QString());
            QVERIFY(!area.ok());
            QVERIFY2(area.error().message().contains(QLatin1String("not valid GeoJSON")),
                qPrintable(area.error().message()));
        }
    }

    // Padded with whitespace, which JSON allows: only the size can refuse it.
    void sizeCap()
    {
        QByteArray json = kAroundMinus100North40;
        json += QByteArray(ServiceArea::kMaxBytes - json.size(), ' ');
        QCOMPARE(qint64(json.size()), ServiceArea::kMaxBytes);
        const Result<ServiceArea> atCap = ServiceArea::fromGeoJson(json, QString());
        QVERIFY2(atCap.ok(), qPrintable(atCap.error().message()));

        json += ' ';
        const Result<ServiceArea> over = ServiceArea::fromGeoJson(json, QString());
        QVERIFY(!over.ok());
        QVERIFY2(over.error().message().contains(QLatin1String("larger than 16 MB")),
            qPrintable(over.error().message()));
    }

    // The cap is on all rings together, not each one.
    void vertexCap()
    {
        const int half = ServiceArea::kMaxVertices / 2 + 1;
        const QByteArray ring = flatRing(half);
        const Result<ServiceArea> one = ServiceArea::fromGeoJson(
            "{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}", QString());
        QVERIFY2(one.ok(), qPrintable(one.error().message()));
        QCOMPARE(one.value().vertexCount(), half);

        const Result<ServiceArea> two = ServiceArea::fromGeoJson(
            "{\"type\":\"MultiPolygon\",\"coordinates\":[[" + ring + "],[" + ring + "]]}",
            QString());
        QVERIFY(!two.ok());
        QVERIFY2(two.error().message().contains(QLatin1String("more than 1000000 positions")),
            qPrintable(two.error().message()));

        const Result<ServiceArea> single
            = ServiceArea::fromGeoJson("{\"type\":\"Polygon\",\"coordinates\":["
                    + flatRing(ServiceArea::kMaxVertices + 1) + "]}",
                QString());
        QVERIFY(!single.ok());
        QVERIFY(single.error().message().contains(QLatin1String("more than")));
    }

    void starPolygon_data()
    {
        QTest::addColumn<double>("angle");
        QTest::addColumn<double>("radius");
        QTest::addColumn<bool>("inside");
        QTest::newRow("centre") << 0.0 << 0.0 << true;
        for (int k : { 0, 2, 1250, 2500, 3752, 4998 }) {
            QTest::addRow("inside the inner circle at %d", k)
                << Star::angle(k) << Star::kInner * 0.98 << true;
            QTest::addRow("up spike %d", k) << Star::angle(k) << 0.75 << true;
            QTest::addRow("near the tip of spike %d", k) << Star::angle(k) << 0.99 << true;
            QTest::addRow("in the notch after %d", k) << Star::angle(k + 1) << 0.75 << false;
            QTest::addRow("past the tip of spike %d", k) << Star::angle(k) << 1.01 << false;
        }
        QTest::newRow("far outside") << 1.0 << 30.0 << false;
    }

    void starPolygon()
    {
        QFETCH(double, angle);
        QFETCH(double, radius);
        QFETCH(bool, inside);
        static const ServiceArea area = parsed(Star::geoJson());
        QCOMPARE(area.vertexCount(), Star::kVertices + 1);
        const QPointF p = Star::at(angle, radius);
        QCOMPARE(area.contains(p.y(), p.x()), inside);
    }

    // Random pins in and around the star, against Qt's own even-odd fill.
    void starAgreesWithOddEvenFill()
    {
        const ServiceArea area = parsed(Star::geoJson());
        const QPolygonF star = Star::ring();
        QRandomGenerator random(20261130);
        int in = 0;
        int out = 0;
        for (int i = 0; i < 20000; ++i) {
            const double lon = Star::kLon + random.bounded(2.4) - 1.2;
            const double lat = Star::kLat + random.bounded(2.4) - 1.2;
            const bool expected = star.containsPoint(QPointF(lon, lat), Qt::OddEvenFill);
            QVERIFY2(area.contains(lat, lon) == expected,
                qPrintable(
                    QStringLiteral("lat %1, lon %2").arg(lat, 0, 'g', 17).arg(lon, 0, 'g', 17)));
            ++(expected ? in : out);
        }
        QVERIFY(in > 1000);
        QVERIFY(out > 1000);
    }

    void fromFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("area.geojson"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kIslands);
        file.close();
        const Result<ServiceArea> area = ServiceArea::fromFile(path, QStringLiteral("Testville"));
        QVERIFY2(area.ok(), qPrintable(area.error().message()));
        QCOMPARE(area.value().name(), QStringLiteral("Testville"));
        QVERIFY(area.value().contains(0.5, 0.5));

        const QString missing = dir.filePath(QStringLiteral("missing.geojson"));
        const Result<ServiceArea> none = ServiceArea::fromFile(missing, QString());
        QVERIFY(!none.ok());
        QVERIFY2(none.error().message().contains(QLatin1String("cannot be read")),
            qPrintable(none.error().message()));
        QVERIFY(none.error().message().contains(missing));

        const QString large = dir.filePath(QStringLiteral("large.geojson"));
        QFile big(large);
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(kIslands);
        big.write(QByteArray(ServiceArea::kMaxBytes, ' '));
        big.close();
        const Result<ServiceArea> tooLarge = ServiceArea::fromFile(large, QString());
        QVERIFY(!tooLarge.ok());
        QVERIFY2(tooLarge.error().message().contains(QLatin1String("larger than 16 MB")),
            qPrintable(tooLarge.error().message()));
    }
};

QTEST_APPLESS_MAIN(ServiceAreaTest)
#include "service_area_test.moc"
