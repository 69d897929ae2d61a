#pragma once

#include "core/Profile.h"
#include "map/TileKey.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace Open311 {

// Where map tiles come from: an XYZ URL template, a folder of z/x/y files, or an MBTiles file.
// Each source carries its attribution, zoom range and tile size.
class TileSource
{
    Q_DECLARE_TR_FUNCTIONS(Open311::TileSource)

public:
    enum class Kind
    {
        Xyz,
        Folder,
        MBTiles
    };

    // OpenStreetMap's standard tiles, under the only URL form its tile policy allows.
    static TileSource openStreetMap();
    // {z} {x} {y}, optional {s} (one of `subdomains`) and {r} ("@2x" for HiDPI, else empty).
    static TileSource xyz(const QString& urlTemplate, const QString& attribution,
        const QUrl& attributionUrl = QUrl(), int minZoom = 0, int maxZoom = 19,
        const QStringList& subdomains = {});
    // Files at PATH/{z}/{x}/{y}.png (or .jpg).
    static TileSource folder(
        const QString& path, const QString& attribution, int minZoom = 0, int maxZoom = 19);
    static TileSource mbtiles(
        const QString& path, const QString& attribution, int minZoom = 0, int maxZoom = 19);
    // A jurisdiction's one tile setting: empty for OpenStreetMap, a .mbtiles file, an absolute
    // folder of tiles (an offline kiosk), or else an XYZ URL template.
    static TileSource fromSetting(
        const QString& setting, const QString& attribution, const QUrl& attributionUrl = QUrl());
    // The map of a jurisdiction, from its tile setting.
    static TileSource forProfile(const Profile& profile)
    {
        TileSource source = fromSetting(
            profile.tileUrlTemplate, profile.tileAttribution, profile.tileAttributionUrl);
        source.m_allowPlainHttp = profile.allowPlainHttp;
        return source;
    }

    Kind kind() const { return m_kind; }
    QString location() const { return m_location; }
    QString attribution() const { return m_attribution; }
    QUrl attributionUrl() const { return m_attributionUrl; }
    int minZoom() const { return m_minZoom; }
    int maxZoom() const { return m_maxZoom; }
    int tileSize() const { return m_tileSize; }
    bool offersRetina() const { return m_location.contains(QLatin1String("{r}")); }
    bool isValid() const;
    // Plain HTTP to another machine without the jurisdiction's opt-in: no tile is fetched.
    bool refusesPlainHttp() const;
    void setAllowPlainHttp(bool allow) { m_allowPlainHttp = allow; }

    QUrl tileUrl(const TileKey& key) const;
    QString tilePath(const TileKey& key, const QString& extension = QStringLiteral("png")) const;

private:
    static TileSource make(Kind kind, const QString& location, const QString& attribution,
        const QUrl& attributionUrl, int minZoom, int maxZoom);

    Kind m_kind = Kind::Xyz;
    QString m_location;
    QString m_attribution;
    QUrl m_attributionUrl;
    QStringList m_subdomains;
    int m_minZoom = 0;
    int m_maxZoom = 19;
    int m_tileSize = 256;
    bool m_allowPlainHttp = false;
};

} // namespace Open311
