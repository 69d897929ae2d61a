#pragma once

#include <QDateTime>
#include <QString>

namespace Open311 {

// A request the city already has, or one of ours on its way there: from a feed (KML, GeoJSON or
// CSV), the Tracker or the outbox, for the map and for spotting duplicates.
struct FeedRequest
{
    QString id;
    QString serviceName;
    QString status;
    QDateTime requested;
    QString address;
    QString description;
    double latitude = 0;
    double longitude = 0;
    // A report sent or queued with an address alone has no place on the map.
    bool hasPosition = true;
    // Ours, waiting in the outbox: the city has given it no id yet, so nobody can follow it.
    bool queued = false;

    bool isOpen() const { return !status.contains(QLatin1String("closed"), Qt::CaseInsensitive); }
};

} // namespace Open311
