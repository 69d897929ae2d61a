#include "core/WebMercator.h"
#include "mapwidget/MapWidget.h"

#include <QApplication>
#include <QTest>

#include <cmath>

using namespace Open311;

namespace {

constexpr double kLatitude = 40.0;
constexpr double kLongitude = -100.0;

// A square of `half` degrees around a point, as a closed ring in longitude/latitude.
QPolygonF square(double longitude, double latitude, double half)
{
    return QPolygonF({ { longitude - half, latitude - half }, { longitude + half, latitude - half },
        { longitude + half, latitude + half }, { longitude - half, latitude + half },
        { longitude - half, latitude - half } });
}

ShapeStyle solidFill(const QColor& colour)
{
    ShapeStyle style;
    style.fill = colour;
    style.stroke = Qt::transparent;
    style.haloWidth = 0;
    return style;
}

} // namespace

// Shapes on the map, pixel by pixel, offscreen (and at 200 % in map_shapes_test_200): a map
// without tiles paints one flat colour, so every pixel that differs is the shape's.
class MapShapesTest : public QObject
{
    Q_OBJECT

    MapWidget* m_map = nullptr;

    QImage shot()
    {
        m_map->update();
        return m_map->grab().toImage();
    }
    // A logical point's colour, whatever the screen's scale.
    QColor at(const QImage& image, const QPointF& point) const
    {
        const qreal ratio = image.devicePixelRatio();
        return image.pixelColor((point * ratio).toPoint());
    }
    QPointF screen(double latitude, double longitude) const
    {
        return m_map->toScreen(QGeoCoordinate(latitude, longitude));
    }

private Q_SLOTS:
    void init()
    {
        m_map = new MapWidget;
        m_map->resize(600, 400);
        m_map->setZoom(14);
        m_map->setCenter(QGeoCoordinate(kLatitude, kLongitude));
        m_map->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_map));
    }

    void cleanup()
    {
        delete m_map;
        m_map = nullptr;
    }

    void aPolygonWithAHoleFillsItsRingOnly()
    {
        const QColor background = at(shot(), QPointF(5, 5));
        const QColor red(220, 0, 0);
        m_map->shapes().add(MapShape::polygons({ { square(kLongitude, kLatitude, 0.01),
                                square(kLongitude, kLatitude, 0.004) } }),
            solidFill(red));
        const QImage image = shot();
        QCOMPARE(at(image, screen(kLatitude + 0.007, kLongitude)), red); // in the ring
        QCOMPARE(at(image, screen(kLatitude, kLongitude)), background); // in the hole
        QCOMPARE(at(image, screen(kLatitude - 0.011, kLongitude - 0.011)), background); // outside
        QCOMPARE(m_map->shapes().paintedLastTime(), 1);
    }

    void twoPolygonsAreOneShape()
    {
        const QColor green(0, 160, 0);
        m_map->shapes().add(MapShape::polygons({ { square(kLongitude - 0.01, kLatitude, 0.003) },
                                { square(kLongitude + 0.01, kLatitude, 0.003) } }),
            solidFill(green));
        const QImage image = shot();
        QCOMPARE(at(image, screen(kLatitude, kLongitude - 0.01)), green);
        QCOMPARE(at(image, screen(kLatitude, kLongitude + 0.01)), green);
        QVERIFY(at(image, screen(kLatitude, kLongitude)) != green);
    }

    void aCircleHasItsRadiusOnTheGround()
    {
        const QColor blue(0, 0, 230);
        const double meters = 300;
        m_map->shapes().add(
            MapShape::circle(QGeoCoordinate(kLatitude, kLongitude), meters), solidFill(blue));
        const QImage image = shot();
        const double pixels
            = meters / WebMercator::metersPerPixel(kLatitude, m_map->zoom()); // at the centre
        const QPointF centre = screen(kLatitude, kLongitude);
        for (const QPointF direction : { QPointF(1, 0), QPointF(0, 1), QPointF(-0.6, -0.8) }) {
            QCOMPARE(at(image, centre + direction * (pixels - 3)), blue);
            QVERIFY(at(image, centre + direction * (pixels + 3)) != blue);
        }
    }

    void aDashedLineKeepsAHaloOnDarkAndLight()
    {
        ShapeStyle style;
        style.stroke = QColor(0, 0, 200);
        style.strokeWidth = 4;
        style.halo = Qt::white;
        style.haloWidth = 3;
        m_map->shapes().add(MapShape::polyline(QPolygonF({ { kLongitude - 0.02, kLatitude },
                                { kLongitude + 0.02, kLatitude } })),
            style);
        const QImage image = shot();
        const QPointF onLine = screen(kLatitude, kLongitude);
        // Somewhere along a few pixels the dash is drawn; beside it, always the halo.
        bool stroked = false;
        for (int dx = 0; dx < 24 && !stroked; ++dx)
            stroked = at(image, onLine + QPointF(dx, 0)) == style.stroke;
        QVERIFY(stroked);
        QCOMPARE(at(image, onLine + QPointF(0, 3.5)), QColor(Qt::white));
        QCOMPARE(at(image, onLine - QPointF(0, 3.5)), QColor(Qt::white));
    }

    void theOutsideOfTheAreaIsDimmed()
    {
        const QImage before = shot();
        const QColor background = at(before, QPointF(5, 5));
        m_map->setServiceArea(MapShape::polygons({ { square(kLongitude, kLatitude, 0.01) } }));
        QVERIFY(m_map->hasServiceArea());
        const QImage image = shot();
        QCOMPARE(at(image, screen(kLatitude, kLongitude)), background); // inside: as it was
        const QColor outside = at(image, QPointF(5, 5));
        QVERIFY(outside.lightness() < background.lightness() - 15);
        // The outline sits on the edge.
        QVERIFY(at(image, screen(kLatitude, kLongitude + 0.01)) != background);

        // Away from the area the whole view is outside it; inside, nothing is dimmed.
        m_map->setCenter(QGeoCoordinate(kLatitude + 1, kLongitude));
        QCOMPARE(at(shot(), QPointF(300, 200)), outside);
        m_map->setCenter(QGeoCoordinate(kLatitude, kLongitude));
        m_map->setZoom(18);
        QCOMPARE(at(shot(), QPointF(300, 200)), background);
        m_map->clearServiceArea();
        m_map->setZoom(14);
        QCOMPARE(at(shot(), QPointF(5, 5)), background);

        // The same area again at the same zoom (a jurisdiction opened anew): drawn afresh, not
        // from the image that was dropped with the old one.
        const MapShape area = MapShape::polygons({ { square(kLongitude, kLatitude, 0.01) } });
        m_map->setServiceArea(area);
        const QImage first = shot();
        m_map->clearServiceArea();
        m_map->setServiceArea(area);
        QCOMPARE(shot(), first);
        QCOMPARE(at(first, QPointF(5, 5)), outside);
    }

    // The area is blitted unsmoothed; the radius drawn over it is still antialiased.
    void shapesOverTheAreaKeepTheirAntialiasing()
    {
        m_map->setServiceArea(MapShape::polygons({ { square(kLongitude, kLatitude, 0.01) } }));
        const QColor background = at(shot(), screen(kLatitude, kLongitude));
        m_map->shapes().add(
            MapShape::circle(QGeoCoordinate(kLatitude, kLongitude), 300), solidFill(Qt::blue));
        const QImage image = shot();
        const double pixels = 300 / WebMercator::metersPerPixel(kLatitude, m_map->zoom());
        const QPointF centre = screen(kLatitude, kLongitude);
        // Around its edge, pixels between blue and the map: the edge is antialiased.
        int blended = 0;
        const qreal ratio = image.devicePixelRatio();
        const QRect box = QRectF(
            centre - QPointF(pixels + 3, pixels + 3), QSizeF(2 * pixels + 6, 2 * pixels + 6))
                              .toAlignedRect();
        for (int y = int(box.top() * ratio); y < int(box.bottom() * ratio); ++y) {
            for (int x = int(box.left() * ratio); x < int(box.right() * ratio); ++x) {
                const QColor c = image.pixelColor(x, y);
                blended += c != QColor(Qt::blue) && c != background ? 1 : 0;
            }
        }
        QVERIFY2(blended > 20, qPrintable(QString::number(blended)));
    }

    void shapesOutsideTheViewAreNotPainted()
    {
        m_map->shapes().add(
            MapShape::circle(QGeoCoordinate(kLatitude + 5, kLongitude), 500), solidFill(Qt::red));
        m_map->shapes().add(
            MapShape::polygons({ { square(kLongitude + 8, kLatitude, 0.5) } }), solidFill(Qt::red));
        shot();
        QCOMPARE(m_map->shapes().paintedLastTime(), 0);
        m_map->setCenter(QGeoCoordinate(kLatitude + 5, kLongitude));
        shot();
        QCOMPARE(m_map->shapes().paintedLastTime(), 1);
    }

    void theNearbyRadiusComesAndGoes()
    {
        const QColor background = at(shot(), QPointF(300, 200));
        m_map->setNearbyRadius(QGeoCoordinate(kLatitude, kLongitude), 50);
        QVERIFY(m_map->showsNearbyRadius());
        QVERIFY(at(shot(), screen(kLatitude, kLongitude)) != background);
        m_map->clearNearbyRadius();
        QVERIFY(!m_map->showsNearbyRadius());
        QCOMPARE(at(shot(), screen(kLatitude, kLongitude)), background);
    }
};

QTEST_MAIN(MapShapesTest)
#include "map_shapes_test.moc"
