#pragma once

#include "map/FeedRequest.h"
#include "mapwidget/MapMarker.h"

#include <QCoreApplication>
#include <QList>

namespace Open311 {

// Known requests as the map shows them: open ones in orange, closed ones in grey, each with
// its service, status, date, address and the start of its description.
class KnownRequestMarkers
{
    Q_DECLARE_TR_FUNCTIONS(Open311::KnownRequestMarkers)

public:
    // Those without a position are left out: they have no place on the map.
    static QList<MapMarker> markers(const QList<FeedRequest>& requests);
};

} // namespace Open311
