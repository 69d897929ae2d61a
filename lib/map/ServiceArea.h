#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

namespace Open311 {

// A jurisdiction's service area, the city's boundary, read from GeoJSON: a bare Polygon or
// MultiPolygon, a Feature with one, or a FeatureCollection of them. It warns when a report's pin
// is outside the city and draws the boundary on the map. Points are QPointF(longitude, latitude),
// as GeoJSON orders them; hostile documents are refused whole, never half read.
class ServiceArea
{
    Q_DECLARE_TR_FUNCTIONS(Open311::ServiceArea)

public:
    struct Polygon
    {
        QList<QPolygonF> rings; // ring 0 is the outer ring, the others are holes; all closed
    };

    static constexpr qint64 kMaxBytes = 16ll * 1024 * 1024;
    static constexpr int kMaxVertices = 1000000;

    ServiceArea() = default;

    // name: the city's display name, for the warning shown when a pin is outside.
    static Result<ServiceArea> fromGeoJson(const QByteArray& bytes, const QString& name);
    static Result<ServiceArea> fromFile(const QString& path, const QString& name);

    QString name() const { return m_name; }
    const QList<Polygon>& polygons() const { return m_polygons; }
    // x is longitude, y latitude.
    QRectF bounds() const { return m_bounds; }
    // Positions kept, counting the closing position of every ring.
    int vertexCount() const { return m_vertexCount; }
    bool isEmpty() const { return m_polygons.isEmpty(); }

    // Inside an outer ring and in none of its holes; a point exactly on an edge may go either way.
    bool contains(double latitude, double longitude) const;

private:
    QString m_name;
    QList<Polygon> m_polygons;
    QList<QList<QRectF>> m_ringBounds; // parallel to m_polygons and their rings
    QRectF m_bounds;
    int m_vertexCount = 0;
};

} // namespace Open311
