#pragma once

#include <QColor>
#include <QGeoCoordinate>
#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>

namespace Open311 {

// How a shape is drawn. Widths are in logical pixels, so a line keeps its weight at 200 %.
struct ShapeStyle
{
    QColor stroke = QColor(0x1a, 0x55, 0xc4);
    qreal strokeWidth = 2.0;
    // Drawn under the stroke, wider: the line stays legible over light and dark tiles alike.
    QColor halo = QColor(255, 255, 255, 200);
    qreal haloWidth = 2.0; // on each side of the stroke; 0: none
    QColor fill = Qt::transparent;
    QList<qreal> dashes; // in stroke widths, as QPen::setDashPattern; empty: solid
};

// A shape on the map in geographic coordinates: polygons with holes (and several of them),
// a polyline, or a circle of a radius on the ground. It is kept as a path in world units (the
// whole Web Mercator world is 0..1), so that a view needs only one scale and one offset.
class MapShape
{
public:
    enum class Kind
    {
        Polygons,
        Polyline,
        Circle,
    };

    // Each polygon is its rings in longitude/latitude (x, y): the outer one, then its holes.
    static MapShape polygons(const QList<QList<QPolygonF>>& polygons);
    static MapShape polyline(const QPolygonF& lonLat);
    static MapShape circle(const QGeoCoordinate& centre, double radiusMeters);

    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_world.isEmpty(); }
    // Holes and the spaces between polygons are outside (odd-even fill).
    const QPainterPath& worldPath() const { return m_world; }
    QRectF worldBounds() const { return m_bounds; }
    int vertexCount() const { return m_vertices; }

private:
    void finish();

    Kind m_kind = Kind::Polygons;
    QPainterPath m_world;
    QRectF m_bounds;
    int m_vertices = 0;
};

} // namespace Open311
