#include "map/TileSource.h"

#include "core/Endpoint.h"
#include "core/TileUrl.h"

#include <QDir>
#include <QFileInfo>

namespace Open311 {

TileSource TileSource::openStreetMap()
{
    return xyz(QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
        tr("\u00a9 OpenStreetMap contributors"),
        QUrl(QStringLiteral("https://www.openstreetmap.org/copyright")), 0, 19);
}

TileSource TileSource::make(Kind kind, const QString& location, const QString& attribution,
    const QUrl& attributionUrl, int minZoom, int maxZoom)
{
    TileSource source;
    source.m_kind = kind;
    source.m_location = location;
    source.m_attribution = attribution.trimmed();
    source.m_attributionUrl = attributionUrl;
    // A tile source always says whose map it is: the tiles' licence asks for it, and an empty
    // attribution once showed OpenStreetMap's own tiles with none at all.
    if (source.m_attribution.isEmpty() && kind == Kind::Xyz && TileUrl::isOpenStreetMap(location)) {
        source.m_attribution = openStreetMap().attribution();
        source.m_attributionUrl = openStreetMap().attributionUrl();
    } else if (source.m_attribution.isEmpty()) {
        const QString where
            = kind == Kind::Xyz ? TileUrl::host(location) : QFileInfo(location).fileName();
        source.m_attribution = tr("Map tiles: %1").arg(where.isEmpty() ? location : where);
    }
    source.m_minZoom = minZoom;
    source.m_maxZoom = maxZoom;
    return source;
}

TileSource TileSource::xyz(const QString& urlTemplate, const QString& attribution,
    const QUrl& attributionUrl, int minZoom, int maxZoom, const QStringList& subdomains)
{
    TileSource source = make(Kind::Xyz, urlTemplate, attribution, attributionUrl, minZoom, maxZoom);
    source.m_subdomains = subdomains;
    return source;
}

TileSource TileSource::folder(
    const QString& path, const QString& attribution, int minZoom, int maxZoom)
{
    return make(Kind::Folder, path, attribution, QUrl(), minZoom, maxZoom);
}

TileSource TileSource::mbtiles(
    const QString& path, const QString& attribution, int minZoom, int maxZoom)
{
    return make(Kind::MBTiles, path, attribution, QUrl(), minZoom, maxZoom);
}

TileSource TileSource::fromSetting(
    const QString& setting, const QString& attribution, const QUrl& attributionUrl)
{
    if (setting.isEmpty())
        return openStreetMap();
    if (setting.endsWith(QLatin1String(".mbtiles")))
        return mbtiles(setting, attribution);
    if (setting.startsWith(QLatin1Char('/')))
        return folder(setting, attribution);
    return xyz(setting, attribution, attributionUrl, 0, 19);
}

bool TileSource::refusesPlainHttp() const
{
    return m_kind == Kind::Xyz
        && Endpoint::refusesPlainHttp(tileUrl({ 0, 0, 0, 1 }), m_allowPlainHttp);
}

bool TileSource::isValid() const
{
    if (m_location.isEmpty() || m_minZoom < 0 || m_maxZoom > 24 || m_minZoom > m_maxZoom)
        return false;
    if (m_kind != Kind::Xyz)
        return true;
    const QUrl url(m_location);
    return url.isValid() && !url.scheme().isEmpty() && m_location.contains(QLatin1String("{z}"))
        && m_location.contains(QLatin1String("{x}")) && m_location.contains(QLatin1String("{y}"));
}

QUrl TileSource::tileUrl(const TileKey& key) const
{
    QString text = m_location;
    text.replace(QLatin1String("{z}"), QString::number(key.z));
    text.replace(QLatin1String("{x}"), QString::number(key.x));
    text.replace(QLatin1String("{y}"), QString::number(key.y));
    text.replace(QLatin1String("{r}"), key.scale > 1 ? QStringLiteral("@2x") : QString());
    if (!m_subdomains.isEmpty())
        text.replace(QLatin1String("{s}"), m_subdomains.at((key.x + key.y) % m_subdomains.size()));
    return QUrl(text);
}

QString TileSource::tilePath(const TileKey& key, const QString& extension) const
{
    return QDir(m_location)
        .filePath(QStringLiteral("%1/%2/%3.%4").arg(key.z).arg(key.x).arg(key.y).arg(extension));
}

} // namespace Open311
