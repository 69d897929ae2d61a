#include "map/MapViewport.h"

#include "core/WebMercator.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace Open311 {

namespace {

double wrapped(double x, double size)
{
    x = std::fmod(x, size);
    return x < 0 ? x + size : x;
}

} // namespace

QRectF MapViewport::TileGrid::rect(const TileKey& key) const
{
    const int n = 1 << z;
    double column = key.x;
    const double dx = (column + 0.5) * tileSize - centreX;
    if (dx > n * tileSize / 2.0)
        column -= n;
    else if (dx < -n * tileSize / 2.0)
        column += n;
    const qreal left = std::round(origin.x() + column * tilePixels);
    const qreal right = std::round(origin.x() + (column + 1) * tilePixels);
    const qreal top = std::round(origin.y() + key.y * tilePixels);
    const qreal bottom = std::round(origin.y() + (key.y + 1) * tilePixels);
    return QRectF(left, top, right - left, bottom - top);
}

MapViewport::MapViewport(int tileSize)
    : m_tileSize(tileSize)
{ }

void MapViewport::setCenter(const QGeoCoordinate& center)
{
    if (!center.isValid())
        return;
    m_latitude = WebMercator::clampLatitude(center.latitude());
    m_longitude = WebMercator::wrapLongitude(center.longitude());
}

void MapViewport::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, m_minimumZoom, m_maximumZoom);
}

void MapViewport::setZoomRange(double minimum, double maximum)
{
    m_minimumZoom = minimum;
    m_maximumZoom = maximum;
    setZoom(m_zoom);
}

double MapViewport::worldSize() const
{
    return WebMercator::worldSize(m_zoom, m_tileSize);
}

QPointF MapViewport::worldCenter(double zoom) const
{
    return WebMercator::toWorld(m_latitude, m_longitude, zoom, m_tileSize);
}

double MapViewport::metersPerPixel() const
{
    return WebMercator::metersPerPixel(m_latitude, m_zoom, m_tileSize);
}

QPointF MapViewport::toScreen(const QGeoCoordinate& coordinate) const
{
    const QPointF world
        = WebMercator::toWorld(coordinate.latitude(), coordinate.longitude(), m_zoom, m_tileSize);
    QPointF delta = world - worldCenter(m_zoom);
    const double size = worldSize();
    if (delta.x() > size / 2)
        delta.rx() -= size;
    else if (delta.x() < -size / 2)
        delta.rx() += size;
    return screenCenter() + delta;
}

QGeoCoordinate MapViewport::fromScreen(const QPointF& point) const
{
    const QPointF world = worldCenter(m_zoom) + (point - screenCenter());
    double latitude = 0;
    double longitude = 0;
    WebMercator::fromWorld(world, m_zoom, latitude, longitude, m_tileSize);
    return QGeoCoordinate(latitude, WebMercator::wrapLongitude(longitude));
}

void MapViewport::panBy(const QPointF& screenDelta)
{
    const QPointF world = worldCenter(m_zoom) - screenDelta;
    const double size = worldSize();
    WebMercator::fromWorld(QPointF(wrapped(world.x(), size), std::clamp(world.y(), 0.0, size)),
        m_zoom, m_latitude, m_longitude, m_tileSize);
    m_longitude = WebMercator::wrapLongitude(m_longitude);
}

bool MapViewport::zoomAbout(double zoom, const QPointF& screenPoint)
{
    zoom = std::clamp(zoom, m_minimumZoom, m_maximumZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return false;
    const QGeoCoordinate anchor = fromScreen(screenPoint);
    m_zoom = zoom;
    const QPointF anchorWorld
        = WebMercator::toWorld(anchor.latitude(), anchor.longitude(), m_zoom, m_tileSize);
    const QPointF centreWorld = anchorWorld - (screenPoint - screenCenter());
    // Not wrapped first: the longitude is wrapped after, and fromWorld clamps the latitude.
    WebMercator::fromWorld(centreWorld, m_zoom, m_latitude, m_longitude, m_tileSize);
    m_longitude = WebMercator::wrapLongitude(m_longitude);
    return true;
}

void MapViewport::fitBounds(const QGeoRectangle& bounds)
{
    if (!bounds.isValid())
        return;
    const QPointF a = WebMercator::toWorld(
        bounds.topLeft().latitude(), bounds.topLeft().longitude(), 0, m_tileSize);
    const QPointF b = WebMercator::toWorld(
        bounds.bottomRight().latitude(), bounds.bottomRight().longitude(), 0, m_tileSize);
    // A single point still gets a zoom, which the zoom range then clamps.
    const double spanX = std::max(1e-9, std::abs(b.x() - a.x()));
    const double spanY = std::max(1e-9, std::abs(b.y() - a.y()));
    const double zoomX = std::log2((m_size.width() - 40) / spanX);
    const double zoomY = std::log2((m_size.height() - 40) / spanY);
    setCenter(bounds.center());
    setZoom(std::min(zoomX, zoomY));
}

void MapViewport::setTileLevels(int minimum, int maximum)
{
    m_minimumLevel = minimum;
    m_maximumLevel = maximum;
}

MapViewport::TileLevel MapViewport::tileLevel(qreal devicePixelRatio) const
{
    const bool hiDpi = devicePixelRatio > 1.25;
    const bool magnified = m_magnified && m_retinaTiles && !hiDpi;
    const int z = int(std::lround(m_zoom)) - (magnified ? 1 : 0);
    return { std::clamp(z, m_minimumLevel, m_maximumLevel),
        (hiDpi || magnified) && m_retinaTiles ? 2 : 1 };
}

MapViewport::TileGrid MapViewport::tileGrid(int z) const
{
    const double scale = std::exp2(m_zoom - z);
    const QPointF centre = worldCenter(z);
    return { z, m_tileSize, m_tileSize * scale, screenCenter() - centre * scale, centre.x() };
}

QList<TileKey> MapViewport::visibleTiles(const TileLevel& level, int margin) const
{
    const int z = level.z;
    const double scale = std::exp2(m_zoom - z);
    const QPointF centre = worldCenter(z);
    const double halfW = m_size.width() / 2.0 / scale;
    const double halfH = m_size.height() / 2.0 / scale;
    const int n = 1 << z;
    const int viewX0 = int(std::floor((centre.x() - halfW) / m_tileSize));
    const int viewX1 = int(std::floor((centre.x() + halfW) / m_tileSize));
    const int viewY0 = int(std::floor((centre.y() - halfH) / m_tileSize));
    const int viewY1 = int(std::floor((centre.y() + halfH) / m_tileSize));
    const int x0 = viewX0 - margin;
    const int x1 = viewX1 + margin;
    const int y0 = std::max(0, viewY0 - margin);
    const int y1 = std::min(n - 1, viewY1 + margin);
    struct Candidate
    {
        bool margin;
        double distance;
        TileKey key;
    };
    QList<Candidate> candidates;
    // A view wider than the world meets the same column twice.
    QSet<TileKey> seen;
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const TileKey key { z, int(wrapped(x, n)), y, level.scale };
            if (seen.contains(key))
                continue;
            seen.insert(key);
            const double dx = (x + 0.5) * m_tileSize - centre.x();
            const double dy = (y + 0.5) * m_tileSize - centre.y();
            const bool inMargin = x < viewX0 || x > viewX1 || y < viewY0 || y > viewY1;
            candidates.append({ inMargin, dx * dx + dy * dy, key });
        }
    }
    // The whole view before any of the margin: in a wide view the margin above the centre is
    // nearer than the view's own left and right edges, and fetching it first left holes.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.margin != b.margin ? !a.margin : a.distance < b.distance;
    });
    QList<TileKey> keys;
    keys.reserve(candidates.size());
    for (const Candidate& c : std::as_const(candidates))
        keys.append(c.key);
    return keys;
}

} // namespace Open311
