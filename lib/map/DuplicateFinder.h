#pragma once

#include "map/FeedRequest.h"

#include <QGeoCoordinate>
#include <QList>
#include <QString>

#include <optional>

namespace Open311 {

// Finds the open request of the same service that a new report would most likely repeat: the
// nearest within a radius of the pin, or, for a report without a pin, one at the same address.
class DuplicateFinder
{
public:
    struct Match
    {
        qsizetype index = -1;
        // Distance from the pin; not set when the match is by address alone.
        std::optional<double> meters;
    };

    static std::optional<Match> find(const QList<FeedRequest>& known, const QString& serviceName,
        const QGeoCoordinate& pin, const QString& address, double radiusMeters);
    // Case, spacing and a trailing comma or full stop do not make another address.
    static QString normalizedAddress(const QString& address);
};

} // namespace Open311
