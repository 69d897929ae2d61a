#include "core/TileUrl.h"

#include <QUrl>

namespace Open311 {

QString TileUrl::host(const QString& urlTemplate)
{
    return QUrl(QString(urlTemplate).replace(QLatin1String("{s}"), QLatin1String("a"))).host();
}

bool TileUrl::isOpenStreetMap(const QString& urlTemplate)
{
    const QString name = host(urlTemplate);
    return name.compare(QLatin1String("tile.openstreetmap.org"), Qt::CaseInsensitive) == 0
        || name.endsWith(QLatin1String(".tile.openstreetmap.org"), Qt::CaseInsensitive);
}

} // namespace Open311
