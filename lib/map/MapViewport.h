#pragma once

#include "map/TileKey.h"

#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <limits>

namespace Open311 {

// The map's view without a widget: its centre (WGS84), its zoom (fractional), its size in
// logical pixels, and the Web Mercator maths between the screen, the world and the tiles.
// Screen points have 0,0 at the view's top left; world pixels at a zoom are WebMercator's.
class MapViewport
{
public:
    // The tiles that draw the view.
    struct TileLevel
    {
        int z = 0;
        int scale = 1; // 2 for @2x tiles
    };

    // Where the tiles of one level fall on the screen.
    struct TileGrid
    {
        int z = 0;
        int tileSize = 256; // in the level's world pixels
        double tilePixels = 256; // a tile's side on the screen
        QPointF origin; // the level's world point 0,0 on the screen
        double centreX = 0; // the view's centre in the level's world pixels

        // Where the world ends below; above, it ends at origin.y().
        double worldBottom() const { return origin.y() + (1 << z) * tilePixels; }
        // In the copy of the world nearest the centre, so tiles line up across the
        // antimeridian. Edges on whole pixels, each computed the same way for both neighbours:
        // no seams, and at whole zoom levels every tile is an unscaled blit.
        QRectF rect(const TileKey& key) const;
    };

    explicit MapViewport(int tileSize = 256);

    double latitude() const { return m_latitude; }
    double longitude() const { return m_longitude; }
    QGeoCoordinate center() const { return QGeoCoordinate(m_latitude, m_longitude); }
    // Latitude clamped to Web Mercator's ±85.0511°, longitude wrapped into [-180, 180); an
    // invalid coordinate is ignored.
    void setCenter(const QGeoCoordinate& center);

    double zoom() const { return m_zoom; }
    // Clamped to the zoom range.
    void setZoom(double zoom);
    double minimumZoom() const { return m_minimumZoom; }
    double maximumZoom() const { return m_maximumZoom; }
    // The current zoom is clamped into the new range.
    void setZoomRange(double minimum, double maximum);

    QSizeF size() const { return m_size; }
    void setSize(const QSizeF& size) { m_size = size; }
    int tileSize() const { return m_tileSize; }

    QPointF screenCenter() const { return QPointF(m_size.width() / 2.0, m_size.height() / 2.0); }
    // Pixels across the world at the current zoom.
    double worldSize() const;
    // The view's centre in world pixels at a zoom, not necessarily the current one.
    QPointF worldCenter(double zoom) const;
    // Where world point 0,0 falls on the screen: a point p in world units (0..1) is drawn at
    // p * worldSize() + worldOrigin().
    QPointF worldOrigin() const { return screenCenter() - worldCenter(m_zoom); }
    // Ground metres per pixel at the centre.
    double metersPerPixel() const;

    // Of the copies of the world side by side, the one nearest the centre.
    QPointF toScreen(const QGeoCoordinate& coordinate) const;
    // The longitude wrapped into [-180, 180), the latitude clamped.
    QGeoCoordinate fromScreen(const QPointF& point) const;

    // The map follows the pointer: a delta to the right brings in what lay to the left. East
    // and west the centre wraps around the antimeridian; north and south it stops at the
    // world's edge.
    void panBy(const QPointF& screenDelta);
    // Keeps the place under screenPoint where it is. False, and nothing changes, when the
    // clamped zoom is the one already shown.
    bool zoomAbout(double zoom, const QPointF& screenPoint);
    // Centres on the bounds and zooms so that they fit with about 20 pixels to spare on each
    // side (the centre is the geographic one, a little off the middle in Mercator).
    void fitBounds(const QGeoRectangle& bounds);

    // The source's whole levels; until set, any level is taken.
    void setTileLevels(int minimum, int maximum);
    // The source has @2x tiles.
    void setRetinaTiles(bool offered) { m_retinaTiles = offered; }
    // Labels twice the size, for reading at a kiosk: on a screen of about 100 %, the level
    // below in @2x tiles, each pixel for pixel. Only with @2x tiles; a scaled-up tile blurs.
    void setMagnified(bool magnified) { m_magnified = magnified; }
    // The level nearest the zoom, and @2x tiles on a HiDPI screen when the source has them.
    TileLevel tileLevel(qreal devicePixelRatio) const;
    TileGrid tileGrid(int z) const;
    // The tiles the view needs at this level, plus margin tiles around it: the whole view
    // nearest the centre first, then the margin nearest the centre first. Columns wrap around
    // the antimeridian; rows stop at the poles.
    QList<TileKey> visibleTiles(const TileLevel& level, int margin = 0) const;

private:
    int m_tileSize;
    double m_latitude = 0;
    double m_longitude = 0;
    double m_zoom = 2;
    // Until told otherwise, as a map without a tile source: levels 0 to 19, half a level past.
    double m_minimumZoom = 0;
    double m_maximumZoom = 19.5;
    QSizeF m_size;
    int m_minimumLevel = std::numeric_limits<int>::min();
    int m_maximumLevel = std::numeric_limits<int>::max();
    bool m_retinaTiles = false;
    bool m_magnified = false;
};

} // namespace Open311
