#include "core/WebMercator.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace Open311 {

double WebMercator::clampLatitude(double latitude)
{
    return std::clamp(latitude, -kMaxLatitude, kMaxLatitude);
}

double WebMercator::wrapLongitude(double longitude)
{
    double wrapped = std::fmod(longitude + 180.0, 360.0);
    if (wrapped < 0)
        wrapped += 360.0;
    return wrapped - 180.0;
}

double WebMercator::worldSize(double zoom, int tileSize)
{
    return tileSize * std::exp2(zoom);
}

QPointF WebMercator::toWorld(double latitude, double longitude, double zoom, int tileSize)
{
    const double size = worldSize(zoom, tileSize);
    const double lat = qDegreesToRadians(clampLatitude(latitude));
    const double x = (longitude + 180.0) / 360.0 * size;
    const double y = (1.0 - std::log(std::tan(lat) + 1.0 / std::cos(lat)) / M_PI) / 2.0 * size;
    return { x, y };
}

void WebMercator::fromWorld(
    QPointF world, double zoom, double& latitude, double& longitude, int tileSize)
{
    const double size = worldSize(zoom, tileSize);
    longitude = world.x() / size * 360.0 - 180.0;
    const double n = M_PI - 2.0 * M_PI * world.y() / size;
    latitude = clampLatitude(qRadiansToDegrees(std::atan(std::sinh(n))));
}

double WebMercator::metersPerPixel(double latitude, double zoom, int tileSize)
{
    return std::cos(qDegreesToRadians(clampLatitude(latitude))) * 2.0 * M_PI * kEarthRadius
        / worldSize(zoom, tileSize);
}

double WebMercator::distanceMeters(double lat1, double lon1, double lat2, double lon2)
{
    const double p1 = qDegreesToRadians(lat1);
    const double p2 = qDegreesToRadians(lat2);
    const double dp = p2 - p1;
    const double dl = qDegreesToRadians(lon2 - lon1);
    const double a = std::sin(dp / 2) * std::sin(dp / 2)
        + std::cos(p1) * std::cos(p2) * std::sin(dl / 2) * std::sin(dl / 2);
    return 2.0 * 6371008.8 * std::asin(std::min(1.0, std::sqrt(a)));
}

} // namespace Open311
