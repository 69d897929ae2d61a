#include "SandboxCity.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QtMath>

#include <cmath>

namespace Open311 {

namespace {

const char* const kTrees[] = { "Acacia", "Birch",  "Cedar",    "Dogwood", "Elm",    "Fir",
                               "Ginkgo", "Hazel",  "Ivy",      "Juniper", "Linden", "Maple",
                               "Nutmeg", "Oak",    "Pine",     "Quince",  "Rowan",  "Spruce",
                               "Tamarack", "Walnut", "Yew" };

constexpr double kMetersPerDegreeLatitude = 111320.0;

double metersPerDegreeLongitude()
{
    return kMetersPerDegreeLatitude * std::cos(qDegreesToRadians(SandboxCity::kCenterLatitude));
}

// "1st", "22nd" in English; a translation has its own form for each ending (Spanish writes the
// bare number: "Avenida 11", not "Avenida 11th").
QString ordinal(int n)
{
    const int lastTwo = n % 100;
    const int last = n % 10;
    QString form;
    if (lastTwo >= 11 && lastTwo <= 13)
        form = QCoreApplication::translate("Open311::SandboxCity", "%1th", "ordinal: 4th, 11th, 12th");
    else if (last == 1)
        form = QCoreApplication::translate("Open311::SandboxCity", "%1st", "ordinal: 1st, 21st");
    else if (last == 2)
        form = QCoreApplication::translate("Open311::SandboxCity", "%1nd", "ordinal: 2nd, 22nd");
    else if (last == 3)
        form = QCoreApplication::translate("Open311::SandboxCity", "%1rd", "ordinal: 3rd, 23rd");
    else
        form = QCoreApplication::translate("Open311::SandboxCity", "%1th", "ordinal: 4th, 11th, 12th");
    return form.arg(n);
}

QString normalised(QString text)
{
    text = text.toLower().simplified();
    static const QRegularExpression street(QStringLiteral("\\bst\\b\\.?"));
    static const QRegularExpression avenue(QStringLiteral("\\bave?\\b\\.?"));
    text.replace(street, QStringLiteral("street"));
    text.replace(avenue, QStringLiteral("avenue"));
    return text;
}

} // namespace

QString SandboxCity::cityName()
{
    return tr("Sandbox City");
}

QString SandboxCity::roadName(bool isAvenue, int index)
{
    if (isAvenue)
        return tr("%1 Avenue").arg(ordinal(index + kLinesPerSide + 1));
    return tr("%1 Street").arg(QLatin1String(kTrees[index + kLinesPerSide]));
}

QList<SandboxCity::Road> SandboxCity::roads()
{
    QList<Road> list;
    for (int i = -kLinesPerSide; i <= kLinesPerSide; ++i) {
        list.append({ roadName(true, i), true, i });
        list.append({ roadName(false, i), false, i });
    }
    return list;
}

void SandboxCity::toMeters(double latitude, double longitude, double& east, double& north)
{
    north = (latitude - kCenterLatitude) * kMetersPerDegreeLatitude;
    east = (longitude - kCenterLongitude) * metersPerDegreeLongitude();
}

void SandboxCity::fromMeters(double east, double north, double& latitude, double& longitude)
{
    latitude = kCenterLatitude + north / kMetersPerDegreeLatitude;
    longitude = kCenterLongitude + east / metersPerDegreeLongitude();
}

bool SandboxCity::contains(double latitude, double longitude)
{
    double east = 0;
    double north = 0;
    toMeters(latitude, longitude, east, north);
    const double extent = (kLinesPerSide + 0.5) * kBlockMeters;
    return std::abs(east) <= extent && std::abs(north) <= extent;
}

bool SandboxCity::isPark(int blockEast, int blockNorth)
{
    if (blockEast == 0 && blockNorth == 0)
        return true; // the central square
    return ((blockEast + 20) * 7 + (blockNorth + 20) * 3) % 13 == 0;
}

std::optional<SandboxCity::Road> SandboxCity::findRoad(const QString& text)
{
    const QString wanted = normalised(text);
    if (wanted.isEmpty())
        return std::nullopt;
    for (const Road& road : roads()) {
        const QString name = normalised(road.name);
        if (name == wanted || name.startsWith(wanted + QLatin1Char(' ')))
            return road;
    }
    return std::nullopt;
}

SandboxCity::Place SandboxCity::placeOn(const Road& road, double along)
{
    const double extent = kLinesPerSide * kBlockMeters;
    along = std::clamp(along, -extent, extent);
    Place place;
    const double fixed = road.index * kBlockMeters;
    if (road.isAvenue)
        fromMeters(fixed, along, place.latitude, place.longitude);
    else
        fromMeters(along, fixed, place.latitude, place.longitude);
    // House numbers grow by 100 a block from the city's south-west corner.
    const int number = qMax(1, int(std::lround((along + extent) / kBlockMeters * 100.0)));
    place.houseNumber = QString::number(number);
    place.road = road.name;
    place.displayName = tr("%1 %2, %3").arg(place.houseNumber, road.name, cityName());
    return place;
}

QList<SandboxCity::Place> SandboxCity::search(const QString& query, int limit)
{
    QList<Place> results;
    const QString text = query.simplified();
    // "Oak Street & 5th Avenue", "... and ...", or the user's own word for "and" ("y").
    const QRegularExpression intersection(
        QStringLiteral("^(.+?)\\s*(?:&|/|\\band\\b|\\b%1\\b)\\s*(.+)$")
            .arg(QRegularExpression::escape(tr("and", "joins two roads into a crossing: Oak Street and 5th Avenue"))),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch crossing = intersection.match(text);
    if (crossing.hasMatch()) {
        const std::optional<Road> a = findRoad(crossing.captured(1));
        const std::optional<Road> b = findRoad(crossing.captured(2));
        if (a && b && a->isAvenue != b->isAvenue) {
            const Road& avenue = a->isAvenue ? *a : *b;
            const Road& street = a->isAvenue ? *b : *a;
            Place place = placeOn(avenue, street.index * kBlockMeters);
            place.houseNumber.clear();
            place.road = avenue.name;
            place.displayName = tr("%1 & %2, %3").arg(avenue.name, street.name, cityName());
            results.append(place);
            return results;
        }
    }
    static const QRegularExpression numbered(QStringLiteral("^(\\d{1,5})\\s+(.+)$"));
    const QRegularExpressionMatch match = numbered.match(text);
    if (match.hasMatch()) {
        if (const std::optional<Road> road = findRoad(match.captured(2))) {
            const double extent = kLinesPerSide * kBlockMeters;
            const double along = match.captured(1).toInt() / 100.0 * kBlockMeters - extent;
            Place place = placeOn(*road, along);
            place.houseNumber = match.captured(1);
            place.displayName = tr("%1 %2, %3").arg(place.houseNumber, road->name, cityName());
            results.append(place);
            return results;
        }
        return results;
    }
    // A bare name: every road that starts with it, each at its midpoint.
    const QString wanted = normalised(text);
    for (const Road& road : roads()) {
        if (results.size() >= limit || wanted.isEmpty())
            break;
        if (normalised(road.name).startsWith(wanted)) {
            Place place = placeOn(road, 0);
            place.houseNumber.clear();
            place.displayName = tr("%1, %2").arg(road.name, cityName());
            results.append(place);
        }
    }
    return results;
}

std::optional<SandboxCity::Place> SandboxCity::reverse(double latitude, double longitude)
{
    if (!contains(latitude, longitude))
        return std::nullopt;
    double east = 0;
    double north = 0;
    toMeters(latitude, longitude, east, north);
    const int avenue = std::clamp(int(std::lround(east / kBlockMeters)), -kLinesPerSide, kLinesPerSide);
    const int street = std::clamp(int(std::lround(north / kBlockMeters)), -kLinesPerSide, kLinesPerSide);
    const double toAvenue = std::abs(east - avenue * kBlockMeters);
    const double toStreet = std::abs(north - street * kBlockMeters);
    if (toAvenue <= toStreet)
        return placeOn({ roadName(true, avenue), true, avenue }, north);
    return placeOn({ roadName(false, street), false, street }, east);
}

} // namespace Open311
