#include "map/ServiceArea.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace Open311 {

namespace {

// Walks the document at the fixed depths GeoJSON defines, so no nesting, however deep, makes it
// recurse; the first fault stops it with the one message that explains it.
class Reader
{
public:
    QList<ServiceArea::Polygon> polygons;
    int vertices = 0;
    QString error;

    bool readRoot(const QJsonObject& root)
    {
        const QString type = root.value(QLatin1String("type")).toString();
        if (type == QLatin1String("FeatureCollection")) {
            const QJsonValue features = root.value(QLatin1String("features"));
            if (!features.isArray())
                return fail(ServiceArea::tr(
                    "The service area's feature collection has no list of features."));
            for (const QJsonValue feature : features.toArray()) {
                if (!feature.isObject())
                    return fail(ServiceArea::tr("A feature of the service area is not an object."));
                if (!readFeature(feature.toObject()))
                    return false;
            }
            return true;
        }
        if (type == QLatin1String("Feature"))
            return readFeature(root);
        return readGeometry(root);
    }

private:
    bool fail(const QString& message)
    {
        error = message;
        return false;
    }

    bool nestingFault(const QString& type)
    {
        return fail(
            ServiceArea::tr("The coordinates of the service area's %1 are not nested as GeoJSON "
                            "requires.")
                .arg(type));
    }

    bool readFeature(const QJsonObject& feature)
    {
        const QJsonValue geometry = feature.value(QLatin1String("geometry"));
        // A feature without a place says nothing about the boundary.
        if (geometry.isNull() || geometry.isUndefined())
            return true;
        if (!geometry.isObject())
            return fail(ServiceArea::tr("A geometry of the service area is not an object."));
        return readGeometry(geometry.toObject());
    }

    bool readGeometry(const QJsonObject& geometry)
    {
        const QJsonValue typeValue = geometry.value(QLatin1String("type"));
        const QString type = typeValue.toString();
        const bool polygon = type == QLatin1String("Polygon");
        if (polygon || type == QLatin1String("MultiPolygon")) {
            const QJsonValue coordinates = geometry.value(QLatin1String("coordinates"));
            if (!coordinates.isArray())
                return fail(
                    ServiceArea::tr("The service area's %1 has no list of coordinates.").arg(type));
            if (polygon)
                return readPolygon(coordinates.toArray(), type);
            for (const QJsonValue rings : coordinates.toArray()) {
                if (!rings.isArray())
                    return nestingFault(type);
                if (!readPolygon(rings.toArray(), type))
                    return false;
            }
            return true;
        }
        // Points and lines (a city hall, a street) may sit beside the boundary; they are not it.
        static const char* const kOtherGeometries[]
            = { "Point", "MultiPoint", "LineString", "MultiLineString", "GeometryCollection" };
        for (const char* other : kOtherGeometries) {
            if (type == QLatin1String(other))
                return true;
        }
        if (!typeValue.isString() || type.isEmpty())
            return fail(ServiceArea::tr("The service area's GeoJSON object has no type."));
        // Cut short: the type comes from the document and could be megabytes long.
        return fail(ServiceArea::tr("The service area's GeoJSON type \"%1\" is not known.")
                        .arg(type.left(40)));
    }

    bool readPolygon(const QJsonArray& rings, const QString& type)
    {
        // RFC 7946 lets an empty geometry stand for none.
        if (rings.isEmpty())
            return true;
        ServiceArea::Polygon polygon;
        polygon.rings.reserve(rings.size());
        for (const QJsonValue ring : rings) {
            if (!ring.isArray())
                return nestingFault(type);
            QPolygonF points;
            if (!readRing(ring.toArray(), type, points))
                return false;
            polygon.rings.append(points);
        }
        polygons.append(polygon);
        return true;
    }

    bool tooManyVertices()
    {
        return fail(ServiceArea::tr("The service area has more than %1 positions and was not read.")
                        .arg(ServiceArea::kMaxVertices));
    }

    bool readRing(const QJsonArray& positions, const QString& type, QPolygonF& points)
    {
        // Checked before reserving, so a hostile count never becomes an allocation.
        if (positions.size() > ServiceArea::kMaxVertices - vertices)
            return tooManyVertices();
        points.reserve(positions.size() + 1);
        for (const QJsonValue position : positions) {
            if (!position.isArray())
                return nestingFault(type);
            const QJsonArray pair = position.toArray();
            if (!pair.isEmpty() && pair.at(0).isArray())
                return nestingFault(type);
            // Further numbers (altitude, measures) are allowed and ignored.
            if (pair.size() < 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
                return fail(ServiceArea::tr(
                    "A position in the service area is not a longitude and latitude pair."));
            const double longitude = pair.at(0).toDouble();
            const double latitude = pair.at(1).toDouble();
            if (!std::isfinite(longitude) || !std::isfinite(latitude) || std::abs(longitude) > 180
                || std::abs(latitude) > 90)
                return fail(ServiceArea::tr("The service area has a position outside the world: "
                                            "longitude %1, latitude %2.")
                                .arg(longitude)
                                .arg(latitude));
            points.append(QPointF(longitude, latitude));
        }
        if (points.size() < 4)
            return fail(
                ServiceArea::tr("A ring of the service area has fewer than four positions."));
        // Exact, not QPointF's fuzzy ==: a ring must end where it began.
        const QPointF first = points.first();
        const QPointF last = points.last();
        if (first.x() != last.x() || first.y() != last.y())
            points.append(first);
        if (points.size() > ServiceArea::kMaxVertices - vertices)
            return tooManyVertices();
        vertices += int(points.size());
        return true;
    }
};

// Inclusive, unlike QRectF::contains, which never contains anything in a flat rectangle.
bool within(const QRectF& box, double x, double y)
{
    return x >= box.left() && x <= box.right() && y >= box.top() && y <= box.bottom();
}

// Even-odd rule: a ray running east from inside crosses the ring an odd number of times.
bool insideRing(const QPolygonF& ring, double x, double y)
{
    bool inside = false;
    const QPointF* p = ring.constData();
    for (qsizetype i = 1, n = ring.size(); i < n; ++i) {
        const QPointF& a = p[i - 1];
        const QPointF& b = p[i];
        if ((a.y() > y) != (b.y() > y)) {
            const double crossing = a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
            if (x < crossing)
                inside = !inside;
        }
    }
    return inside;
}

} // namespace

Result<ServiceArea> ServiceArea::fromGeoJson(const QByteArray& bytes, const QString& name)
{
    if (bytes.size() > kMaxBytes)
        return Error::protocol(tr("The service area is larger than 16 MB and was not read."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::protocol(
            tr("The service area is not valid GeoJSON: %1.").arg(parseError.errorString()));
    if (!document.isObject())
        return Error::protocol(tr("The service area is not a GeoJSON object."));
    Reader reader;
    if (!reader.readRoot(document.object()))
        return Error::protocol(reader.error);
    if (reader.polygons.isEmpty())
        return Error::protocol(tr("The service area has no polygon."));

    ServiceArea area;
    area.m_name = name;
    area.m_polygons = reader.polygons;
    area.m_vertexCount = reader.vertices;
    double west = 180;
    double east = -180;
    double south = 90;
    double north = -90;
    area.m_ringBounds.reserve(area.m_polygons.size());
    for (const Polygon& polygon : std::as_const(area.m_polygons)) {
        QList<QRectF> boxes;
        boxes.reserve(polygon.rings.size());
        for (const QPolygonF& ring : polygon.rings)
            boxes.append(ring.boundingRect());
        const QRectF& outer = boxes.first();
        west = std::min(west, outer.left());
        east = std::max(east, outer.right());
        south = std::min(south, outer.top());
        north = std::max(north, outer.bottom());
        area.m_ringBounds.append(boxes);
    }
    area.m_bounds = QRectF(QPointF(west, south), QPointF(east, north));
    return area;
}

Result<ServiceArea> ServiceArea::fromFile(const QString& path, const QString& name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::protocol(
            tr("The service area file %1 cannot be read: %2").arg(path, file.errorString()));
    // One byte past the cap is enough to tell that a file is too large.
    const QByteArray bytes = file.read(kMaxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::protocol(
            tr("The service area file %1 cannot be read: %2").arg(path, file.errorString()));
    return fromGeoJson(bytes, name);
}

bool ServiceArea::contains(double latitude, double longitude) const
{
    // The boxes turn most pins away without a look at a single edge.
    if (!within(m_bounds, longitude, latitude))
        return false;
    for (qsizetype i = 0; i < m_polygons.size(); ++i) {
        const QList<QPolygonF>& rings = m_polygons[i].rings;
        const QList<QRectF>& boxes = m_ringBounds[i];
        if (!within(boxes[0], longitude, latitude) || !insideRing(rings[0], longitude, latitude))
            continue;
        bool inHole = false;
        for (qsizetype r = 1; r < rings.size() && !inHole; ++r)
            inHole = within(boxes[r], longitude, latitude)
                && insideRing(rings[r], longitude, latitude);
        if (!inHole)
            return true;
    }
    return false;
}

} // namespace Open311
