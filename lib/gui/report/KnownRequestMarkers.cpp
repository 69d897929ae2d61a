#include "gui/report/KnownRequestMarkers.h"

#include "gui/tracker/TrackerModel.h"

#include <QLocale>

namespace Open311 {

QList<MapMarker> KnownRequestMarkers::markers(const QList<FeedRequest>& requests)
{
    QList<MapMarker> markers;
    markers.reserve(requests.size());
    const QLocale locale;
    for (const FeedRequest& r : requests) {
        if (!r.hasPosition)
            continue;
        const QString excerpt = r.description.size() > 120
            ? r.description.left(117) + QStringLiteral("\u2026")
            : r.description;
        markers.append({ r.id, QGeoCoordinate(r.latitude, r.longitude),
            tr("%1 \u2014 %2\n%3\n%4\n%5")
                .arg(r.serviceName, TrackerModel::statusText(r.status),
                    r.requested.isValid()
                        ? locale.toString(r.requested.toLocalTime(), QLocale::ShortFormat)
                        : QString(),
                    r.address, excerpt),
            r.isOpen() ? QColor(0xe0, 0x6c, 0x00) : QColor(0x75, 0x75, 0x75) });
    }
    return markers;
}

} // namespace Open311
