#pragma once

#include <QPointF>
#include <QSizeF>

namespace Open311 {

// Spherical Web Mercator (EPSG:3857) as used by XYZ tiles. World pixel coordinates at zoom z
// run from 0 to tileSize * 2^z on both axes, with (0, 0) at 180°W, 85.0511°N.
class WebMercator
{
public:
    static constexpr double kMaxLatitude = 85.0511287798066;
    static constexpr double kEarthRadius = 6378137.0;

    static double clampLatitude(double latitude);
    // Longitude wrapped into [-180, 180).
    static double wrapLongitude(double longitude);
    static double worldSize(double zoom, int tileSize = 256);

    static QPointF toWorld(double latitude, double longitude, double zoom, int tileSize = 256);
    static void fromWorld(
        QPointF world, double zoom, double& latitude, double& longitude, int tileSize = 256);

    // Ground metres per pixel at this latitude and zoom.
    static double metersPerPixel(double latitude, double zoom, int tileSize = 256);
    // Great-circle distance in metres.
    static double distanceMeters(double lat1, double lon1, double lat2, double lon2);
};

} // namespace Open311
