#include "map/DuplicateFinder.h"

#include "core/WebMercator.h"

namespace Open311 {

QString DuplicateFinder::normalizedAddress(const QString& address)
{
    QString text = address.simplified().toCaseFolded();
    while (text.endsWith(QLatin1Char(',')) || text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

std::optional<DuplicateFinder::Match> DuplicateFinder::find(const QList<FeedRequest>& known,
    const QString& serviceName, const QGeoCoordinate& pin, const QString& address,
    double radiusMeters)
{
    if (serviceName.isEmpty())
        return std::nullopt;
    const QString wanted = normalizedAddress(address);
    std::optional<Match> best;
    for (qsizetype i = 0; i < known.size(); ++i) {
        const FeedRequest& r = known.at(i);
        if (!r.isOpen() || r.serviceName.compare(serviceName, Qt::CaseInsensitive) != 0)
            continue;
        if (pin.isValid() && r.hasPosition) {
            const double meters = WebMercator::distanceMeters(
                pin.latitude(), pin.longitude(), r.latitude, r.longitude);
            if (meters <= radiusMeters && (!best || !best->meters || meters < *best->meters))
                best = Match { i, meters };
        } else if (!wanted.isEmpty() && !best && normalizedAddress(r.address) == wanted) {
            // One side has no place on the map: a caller who found the address on the map
            // repeats one that went with the address alone.
            best = Match { i, std::nullopt };
        }
    }
    return best;
}

} // namespace Open311
