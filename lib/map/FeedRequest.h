#pragma once

#include <QDateTime>
#include <QString>

namespace Open311 {

// A request a city published in a feed (KML, GeoJSON or CSV), for spotting duplicates.
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

    bool isOpen() const { return !status.contains(QLatin1String("closed"), Qt::CaseInsensitive); }
};

} // namespace Open311
