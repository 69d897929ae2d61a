#include "core/WebMercator.h"
#include "map/MapViewport.h"

#include <QLineF>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace Open311;

namespace {

// A viewport of this size, zoom and centre, with the zoom range a map without a source has.
MapViewport viewport(const QSizeF& size, double zoom, const QGeoCoordinate& centre)
{
    MapViewport view;
    view.setSize(size);
    view.setZoom(zoom);
    view.setCenter(centre);
    return view;
}

// The coordinate at the middle of tile x, y of level z.
QGeoCoordinate tileMiddle(int z, int x, int y)
{
    double latitude = 0;
    double longitude = 0;
    WebMercator::fromWorld(QPointF((x + 0.5) * 256, (y + 0.5) * 256), z, latitude, longitude);
    return QGeoCoordinate(latitude, longitude);
}

double pixelsPerDegree(double zoom)
{
    return WebMercator::worldSize(zoom) / 360.0;
}

} // namespace

class MapViewportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zoomZeroIsOneTileWithNullIslandAtItsMiddle()
    {
        const MapViewport view = viewport(QSizeF(256, 256), 0, QGeoCoordinate(0, 0));
        QCOMPARE(view.worldSize(), 256.0);
        QCOMPARE(view.worldCenter(0), QPointF(128, 128));
        QCOMPARE(view.toScreen(QGeoCoordinate(0, 0)), QPointF(128, 128));
        QCOMPARE(view.worldOrigin(), QPointF(0, 0));
        const QList<TileKey> tiles = view.visibleTiles({ 0, 1 });
        QCOMPARE(tiles.size(), 1);
        QCOMPARE(tiles.first(), (TileKey { 0, 0, 0, 1 }));
        // Ground metres per pixel at the equator: the earth's circumference over 256.
        QVERIFY(std::abs(view.metersPerPixel() - 156543.034) < 0.001);
    }

    void zoomOneHasTheAntimeridianAtItsLeftEdge()
    {
        // A 512-pixel view shows the whole 512-pixel world of zoom 1.
        const MapViewport view = viewport(QSizeF(512, 512), 1, QGeoCoordinate(0, 0));
        QCOMPARE(view.worldCenter(1), QPointF(256, 256));
        QCOMPARE(view.toScreen(QGeoCoordinate(0, -180)).x(), 0.0);
        QCOMPARE(view.toScreen(QGeoCoordinate(0, 90)), QPointF(384, 256));
        QCOMPARE(view.fromScreen(QPointF(0, 256)).longitude(), -180.0);
        QCOMPARE(view.fromScreen(QPointF(256, 256)), QGeoCoordinate(0, 0));
        // The world's top edge is Web Mercator's northern limit.
        QCOMPARE(view.fromScreen(QPointF(256, 0)).latitude(), WebMercator::kMaxLatitude);
        QCOMPARE(view.visibleTiles({ 1, 1 }).size(), 4);
    }

    void screenToCoordinateAndBack()
    {
        const MapViewport view
            = viewport(QSizeF(1920, 1080), 15.3, QGeoCoordinate(37.7749, -122.4194));
        QCOMPARE(view.toScreen(view.center()), QPointF(960, 540));
        for (const QPointF point :
            { QPointF(0, 0), QPointF(1919, 1079), QPointF(17.25, 900.5), QPointF(960, 540) }) {
            const QGeoCoordinate coordinate = view.fromScreen(point);
            QVERIFY(coordinate.isValid());
            const QPointF back = view.toScreen(coordinate);
            QVERIFY2(QLineF(back, point).length() < 1e-6,
                qPrintable(QStringLiteral("%1,%2 came back as %3,%4")
                               .arg(point.x())
                               .arg(point.y())
                               .arg(back.x())
                               .arg(back.y())));
        }
        // Right of the centre is east, below it is south.
        QVERIFY(view.fromScreen(QPointF(1000, 540)).longitude() > view.longitude());
        QVERIFY(view.fromScreen(QPointF(960, 600)).latitude() < view.latitude());
    }

    void zoomAboutKeepsThePlaceUnderTheCursor()
    {
        MapViewport view = viewport(QSizeF(800, 600), 10, QGeoCoordinate(40, -100));
        const QPointF cursor(123, 456);
        const QGeoCoordinate under = view.fromScreen(cursor);
        QVERIFY(view.zoomAbout(11.5, cursor));
        QCOMPARE(view.zoom(), 11.5);
        QVERIFY(QLineF(view.toScreen(under), cursor).length() < 1e-6);
        // The centre moved toward the cursor: what was under it is now bigger, not elsewhere.
        QVERIFY(view.center().distanceTo(under) < QGeoCoordinate(40, -100).distanceTo(under));

        QVERIFY(view.zoomAbout(7, cursor));
        QVERIFY(QLineF(view.toScreen(under), cursor).length() < 1e-6);

        // Clamped to the range; no change at all when the clamped zoom is the current one.
        QVERIFY(view.zoomAbout(100, cursor));
        QCOMPARE(view.zoom(), view.maximumZoom());
        QVERIFY(QLineF(view.toScreen(under), cursor).length() < 1e-6);
        const QGeoCoordinate centre = view.center();
        QVERIFY(!view.zoomAbout(101, cursor));
        QCOMPARE(view.center(), centre);
    }

    void zoomRangeClampsTheZoom()
    {
        MapViewport view;
        QCOMPARE(view.zoom(), 2.0);
        view.setZoomRange(3, 10);
        QCOMPARE(view.zoom(), 3.0);
        view.setZoom(12);
        QCOMPARE(view.zoom(), 10.0);
        view.setZoom(-1);
        QCOMPARE(view.zoom(), 3.0);
    }

    void fullHdViewAskingForTilesCentreFirst()
    {
        // The centre in the middle of tile 5241, 12663 at zoom 15 (San Francisco): a 1920x1080
        // view reaches 3.75 tiles left and right of the centre and 2.1 above and below it.
        const MapViewport view = viewport(QSizeF(1920, 1080), 15, tileMiddle(15, 5241, 12663));
        const QList<TileKey> tiles = view.visibleTiles({ 15, 1 });
        QCOMPARE(tiles.size(), 9 * 5);
        QCOMPARE(tiles.first(), (TileKey { 15, 5241, 12663, 1 }));
        const QSet<TileKey> distinct(tiles.begin(), tiles.end());
        QCOMPARE(distinct.size(), tiles.size());
        for (const TileKey& key : tiles) {
            QVERIFY(key.x >= 5241 - 4 && key.x <= 5241 + 4);
            QVERIFY(key.y >= 12663 - 2 && key.y <= 12663 + 2);
        }
        // Nearest first: the four sharing an edge with the centre tile come next.
        const QSet<TileKey> next(tiles.begin() + 1, tiles.begin() + 5);
        QCOMPARE(next,
            (QSet<TileKey> { { 15, 5240, 12663, 1 }, { 15, 5242, 12663, 1 }, { 15, 5241, 12662, 1 },
                { 15, 5241, 12664, 1 } }));

        // A margin of one adds a ring, asked for only after the whole view.
        const QList<TileKey> withMargin = view.visibleTiles({ 15, 2 }, 1);
        QCOMPARE(withMargin.size(), 11 * 7);
        QCOMPARE(withMargin.first(), (TileKey { 15, 5241, 12663, 2 }));
        for (qsizetype i = 0; i < tiles.size(); ++i)
            QVERIFY(qAbs(withMargin[i].x - 5241) <= 4 && qAbs(withMargin[i].y - 12663) <= 2);
    }

    void aViewWiderThanTheWorldAsksForEachTileOnce()
    {
        // Zoom 1 is 512 pixels across: the columns repeat, the rows stop at the poles.
        const MapViewport view = viewport(QSizeF(1920, 1080), 1, QGeoCoordinate(0, 0));
        const QList<TileKey> tiles = view.visibleTiles({ 1, 1 }, 1);
        QCOMPARE(tiles.size(), 4);
        QCOMPARE(QSet<TileKey>(tiles.begin(), tiles.end()),
            (QSet<TileKey> { { 1, 0, 0, 1 }, { 1, 1, 0, 1 }, { 1, 0, 1, 1 }, { 1, 1, 1, 1 } }));
    }

    void latitudeIsClampedToWebMercator()
    {
        MapViewport view = viewport(QSizeF(400, 300), 3, QGeoCoordinate(89.9, 10));
        QCOMPARE(view.latitude(), WebMercator::kMaxLatitude);
        view.setCenter(QGeoCoordinate(-90, 10));
        QCOMPARE(view.latitude(), -WebMercator::kMaxLatitude);
        // Panning far past a pole stops at the world's edge.
        view.panBy(QPointF(0, 1e7));
        QVERIFY(std::abs(view.latitude() - WebMercator::kMaxLatitude) < 1e-9);
        QVERIFY(view.latitude() <= WebMercator::kMaxLatitude);
        view.panBy(QPointF(0, -1e7));
        QVERIFY(std::abs(view.latitude() + WebMercator::kMaxLatitude) < 1e-9);
        // Above the world the screen still names the northernmost latitude.
        view.setCenter(QGeoCoordinate(0, 10));
        QCOMPARE(view.fromScreen(QPointF(200, -5000)).latitude(), WebMercator::kMaxLatitude);
        // An invalid centre is ignored.
        view.setCenter(QGeoCoordinate());
        QCOMPARE(view.center(), QGeoCoordinate(0, 10));
    }

    void panningFollowsThePointer()
    {
        MapViewport view = viewport(QSizeF(800, 600), 12, QGeoCoordinate(40, -100));
        const QGeoCoordinate under = view.fromScreen(QPointF(300, 200));
        view.panBy(QPointF(80, -30));
        QVERIFY(QLineF(view.toScreen(under), QPointF(380, 170)).length() < 1e-6);
        // Content moved right and up: the centre went west and south.
        QVERIFY(view.longitude() < -100);
        QVERIFY(view.latitude() < 40);
    }

    void panningAcrossTheAntimeridianWrapsTheLongitude()
    {
        MapViewport view = viewport(QSizeF(800, 600), 5, QGeoCoordinate(0, 179.9));
        const double degree = pixelsPerDegree(5);
        // Dragging to the left brings in the east: over the antimeridian to -179.1.
        view.panBy(QPointF(-degree, 0));
        QVERIFY(std::abs(view.longitude() - -179.1) < 1e-9);
        QCOMPARE(view.latitude(), 0.0);
        view.panBy(QPointF(degree, 0));
        QVERIFY(std::abs(view.longitude() - 179.9) < 1e-9);
        // A whole world's width comes back to the same place.
        view.panBy(QPointF(-view.worldSize(), 0));
        QVERIFY(std::abs(view.longitude() - 179.9) < 1e-9);
        // Westward too, into [-180, 180).
        view.setCenter(QGeoCoordinate(0, -179.5));
        view.panBy(QPointF(degree, 0));
        QVERIFY(std::abs(view.longitude() - 179.5) < 1e-9);
    }

    void acrossTheAntimeridianTheNearestCopyIsDrawn()
    {
        const MapViewport view = viewport(QSizeF(800, 600), 5, QGeoCoordinate(0, 179.9));
        const double degree = pixelsPerDegree(5);
        // Just east of the antimeridian is just right of the centre, not a world away.
        const QPointF east = view.toScreen(QGeoCoordinate(0, -179.9));
        QVERIFY(std::abs(east.x() - (400 + 0.2 * degree)) < 1e-6);
        QVERIFY(view.fromScreen(east).longitude() < -179.8);
        // The tile east of the antimeridian sits right against the one west of it.
        const MapViewport::TileGrid grid = view.tileGrid(5);
        const QRectF west = grid.rect({ 5, 31, 16, 1 });
        const QRectF eastTile = grid.rect({ 5, 0, 16, 1 });
        QCOMPARE(eastTile.left(), west.right());
        QVERIFY(west.contains(QPointF(399, 301)));
        QCOMPARE(west.width(), 256.0);
    }

    void tileGridAtAFractionalZoom()
    {
        // Half a level above 10: the tiles of level 10 drawn at 362 pixels, edges on whole
        // pixels and shared by neighbours.
        const MapViewport view = viewport(QSizeF(1000, 800), 10.5, QGeoCoordinate(40, -100));
        const MapViewport::TileGrid grid = view.tileGrid(10);
        QVERIFY(std::abs(grid.tilePixels - 256 * std::sqrt(2.0)) < 1e-9);
        const QRectF a = grid.rect({ 10, 227, 387, 1 });
        const QRectF b = grid.rect({ 10, 228, 387, 1 });
        const QRectF c = grid.rect({ 10, 227, 388, 1 });
        QCOMPARE(a.right(), b.left());
        QCOMPARE(a.bottom(), c.top());
        QCOMPARE(a.left(), std::round(a.left()));
        QCOMPARE(a.top(), std::round(a.top()));
        // The centre's tile holds the centre.
        const TileKey centre = view.visibleTiles({ 10, 1 }).first();
        QVERIFY(grid.rect(centre).contains(QPointF(500, 400)));
        QVERIFY(grid.worldBottom() > 800);
        QVERIFY(grid.origin.y() < 0);
    }

    void tileLevelForTheScreenAndTheSource()
    {
        MapViewport view = viewport(QSizeF(600, 400), 15.4, QGeoCoordinate(40, -100));
        QCOMPARE(view.tileLevel(1).z, 15);
        QCOMPARE(view.tileLevel(1).scale, 1);
        // No @2x tiles: a HiDPI screen gets the plain ones.
        QCOMPARE(view.tileLevel(2).scale, 1);
        view.setRetinaTiles(true);
        QCOMPARE(view.tileLevel(2).z, 15);
        QCOMPARE(view.tileLevel(2).scale, 2);
        QCOMPARE(view.tileLevel(1.25).scale, 1);
        // Magnified at about 100 %: the level below in @2x tiles; at 200 % the screen already is.
        view.setMagnified(true);
        QCOMPARE(view.tileLevel(1).z, 14);
        QCOMPARE(view.tileLevel(1).scale, 2);
        QCOMPARE(view.tileLevel(2).z, 15);
        view.setRetinaTiles(false);
        QCOMPARE(view.tileLevel(1).z, 15);
        QCOMPARE(view.tileLevel(1).scale, 1);
        view.setZoom(15.6);
        QCOMPARE(view.tileLevel(1).z, 16);
        // Never past the source's own levels.
        view.setTileLevels(3, 12);
        QCOMPARE(view.tileLevel(1).z, 12);
        view.setZoom(1);
        QCOMPARE(view.tileLevel(1).z, 3);
    }

    void fitBoundsShowsTheWholeArea()
    {
        MapViewport view = viewport(QSizeF(400, 300), 2, QGeoCoordinate(0, 0));
        const QGeoRectangle area(QGeoCoordinate(40.02, -100.03), QGeoCoordinate(39.98, -99.97));
        view.fitBounds(area);
        QVERIFY(view.center().distanceTo(area.center()) < 1);
        // About 20 pixels to spare: the centre is the geographic one, a little off the middle of
        // the area as Mercator draws it.
        const QRectF inside(19, 19, 362, 262);
        const QPointF topLeft = view.toScreen(area.topLeft());
        const QPointF bottomRight = view.toScreen(area.bottomRight());
        QVERIFY(inside.contains(topLeft));
        QVERIFY(inside.contains(bottomRight));
        // At 40° north this area is the taller for the view: its height fills 300 - 40 pixels.
        QVERIFY(std::abs(bottomRight.y() - topLeft.y() - 260) < 1e-6);
        QVERIFY(bottomRight.x() - topLeft.x() < 360);
        // A single point zooms in as far as the range allows.
        view.fitBounds(QGeoRectangle(QGeoCoordinate(10, 10), QGeoCoordinate(10, 10)));
        QCOMPARE(view.zoom(), view.maximumZoom());
        QVERIFY(view.center().distanceTo(QGeoCoordinate(10, 10)) < 1e-6);
        // An invalid one changes nothing.
        const double zoom = view.zoom();
        view.fitBounds(QGeoRectangle());
        QCOMPARE(view.zoom(), zoom);
    }
};

QTEST_APPLESS_MAIN(MapViewportTest)
#include "map_viewport_test.moc"
