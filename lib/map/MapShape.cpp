#include "map/MapShape.h"

#include "core/WebMercator.h"

#include <cmath>

namespace Open311 {

namespace {

QPointF toWorld(const QPointF& lonLat)
{
    return WebMercator::toWorld(lonLat.y(), lonLat.x(), 0, 1);
}

QPolygonF ringToWorld(const QPolygonF& ring)
{
    QPolygonF world;
    world.reserve(ring.size());
    for (const QPointF& point : ring)
        world.append(toWorld(point));
    return world;
}

} // namespace

MapShape MapShape::polygons(const QList<QList<QPolygonF>>& polygons)
{
    MapShape shape;
    shape.m_kind = Kind::Polygons;
    shape.m_world.setFillRule(Qt::OddEvenFill);
    for (const QList<QPolygonF>& rings : polygons) {
        for (const QPolygonF& ring : rings) {
            if (ring.size() < 3)
                continue;
            QPolygonF world = ringToWorld(ring);
            if (world.first() != world.last())
                world.append(world.first());
            shape.m_world.addPolygon(world);
            shape.m_world.closeSubpath();
            shape.m_vertices += int(ring.size());
        }
    }
    shape.finish();
    return shape;
}

MapShape MapShape::polyline(const QPolygonF& lonLat)
{
    MapShape shape;
    shape.m_kind = Kind::Polyline;
    if (lonLat.size() >= 2) {
        shape.m_world.addPolygon(ringToWorld(lonLat));
        shape.m_vertices = int(lonLat.size());
    }
    shape.finish();
    return shape;
}

MapShape MapShape::circle(const QGeoCoordinate& centre, double radiusMeters)
{
    MapShape shape;
    shape.m_kind = Kind::Circle;
    if (centre.isValid() && radiusMeters > 0 && std::isfinite(radiusMeters)) {
        const QPointF world = toWorld(QPointF(centre.longitude(), centre.latitude()));
        // Mercator is conformal: a small circle on the ground stays a circle, scaled by the
        // latitude's stretch.
        const double latitude = qDegreesToRadians(WebMercator::clampLatitude(centre.latitude()));
        const double radius
            = radiusMeters / (2 * M_PI * WebMercator::kEarthRadius * std::cos(latitude));
        shape.m_world.addEllipse(world, radius, radius);
        shape.m_vertices = 1;
    }
    shape.finish();
    return shape;
}

void MapShape::finish()
{
    m_bounds = m_world.boundingRect();
}

} // namespace Open311
