#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Open311 {

// The training city's geography: a grid of numbered avenues (north-south) and tree-named streets
// (east-west) around a fixed centre, with addresses that map to coordinates and back. The tile
// renderer draws it and the geocoder answers from it, so both always agree. Roads are named in
// the app's language; addresses are understood in the city's own English and in every language
// the app ships, with the house number before or after the road.
class SandboxCity
{
    Q_DECLARE_TR_FUNCTIONS(Open311::SandboxCity)

public:
    static constexpr double kCenterLatitude = 40.0;
    static constexpr double kCenterLongitude = -100.0;
    static constexpr double kBlockMeters = 110.0;
    static constexpr int kLinesPerSide = 10; // 21 avenues and 21 streets

    struct Road
    {
        QString name;
        bool isAvenue = false; // north-south
        int index = 0; // -kLinesPerSide .. kLinesPerSide
    };

    struct Place
    {
        double latitude = 0;
        double longitude = 0;
        QString houseNumber;
        QString road;
        QString displayName;
    };

    static QString cityName();
    static QList<Road> roads();
    // In the app's language: what the map labels and the geocoder's answers say.
    static QString roadName(bool isAvenue, int index);

    // Local metres east and north of the centre, and back.
    static void toMeters(double latitude, double longitude, double& east, double& north);
    static void fromMeters(double east, double north, double& latitude, double& longitude);

    static bool contains(double latitude, double longitude);
    // A block is a park when this says so; the renderer colours it green.
    static bool isPark(int blockEast, int blockNorth);

    // "123 Oak Street", "Calle Oak 123", "Oak St", "Oak Street & 5th Avenue": candidates, best
    // first.
    static QList<Place> search(const QString& query, int limit = 5);
    // Only a house on a road or a crossing: an address that names a point, not a whole road.
    static std::optional<Place> locate(const QString& address);
    static std::optional<Place> reverse(double latitude, double longitude);

private:
    static Place placeOn(const Road& road, double along, const QString& number = QString());
    static Place house(const Road& road, const QString& number);
    static Place crossing(const Road& avenue, const Road& street);
};

} // namespace Open311
