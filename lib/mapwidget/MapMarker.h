#pragma once

#include <QColor>
#include <QGeoCoordinate>
#include <QString>

namespace Open311 {

// Something other than the pin on the map: an existing request, say.
struct MapMarker
{
    QString id;
    QGeoCoordinate coordinate;
    QString toolTip;
    QColor color = QColor(0x1f, 0x6f, 0xc5);
};

} // namespace Open311
